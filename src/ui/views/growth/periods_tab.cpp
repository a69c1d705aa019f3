// The Periods tab: how the target splits over months or quarters, and what each period needs.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/growth/plan_period.h"
#include "growth_view.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui::growth {

void GrowthView::drawPeriods(UiContext& ui, float width) {
  History& history = ui.history();
  const GrowthAssumptions a = history.doc().growth.assumptions;
  const std::vector<ValidationIssue>& issues = results_.issues;
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();

  beginCard("##periods-card", nullptr, width);
  sectionTitle("SPLIT OF THE TARGET OVER TIME", "Months or quarters of the plan period, weighted by their length or by "
                                                "your own weights (e.g. a strong Q4).");
  FieldRow row(16 * s);
  row.begin("Periods", 200 * s);
  if (beginCombo("##growth-periods", periodGranularityLabel(a.periods), 200 * s)) {
    for (PeriodGranularity g : {PeriodGranularity::monthly, PeriodGranularity::quarterly})
      if (ImGui::Selectable(periodGranularityLabel(g), g == a.periods, 0, ImVec2(0, ImGui::GetFrameHeight())) && g != a.periods)
        edit(ui, {}, [&](GrowthAssumptions& x) {
          x.periodWeights = convertPeriodWeights(x.periodWeights, results_.period, x.periods, g);
          x.periods = g;
        });
    ImGui::EndCombo();
  }
  row.end();
  row.begin("Split of the target", 420 * s);
  const bool custom = !a.periodWeights.empty();
  if (ImGui::RadioButton("By length of period##growth-weights-length", !custom) && custom)
    edit(ui, {}, [](GrowthAssumptions& x) { x.periodWeights.clear(); });
  ImGui::SameLine(0, 20 * s);
  if (ImGui::RadioButton("Custom weights##growth-weights-custom", custom) && !custom)
    edit(ui, {}, [&](GrowthAssumptions& x) {
      for (const auto& slot : periodSlots(results_.period, x.periods)) x.periodWeights.push_back(slot.months);
    });
  row.end();

  if (custom) {
    ImGui::Spacing();
    const std::vector<PeriodSlot> slots = periodSlots(results_.period, a.periods);
    double sum = 0;
    for (double w : a.periodWeights) sum += w;
    const float fieldW = 96 * s, gap = 10 * s;
    const int perLine = std::max(1, static_cast<int>((ImGui::GetContentRegionAvail().x + gap) / (fieldW + gap)));
    for (size_t i = 0; i < a.periodWeights.size(); ++i) {
      if (i % perLine != 0) ImGui::SameLine(0, gap);
      ImGui::BeginGroup();
      const std::string title = i < slots.size() ? slots[i].label : "Weight " + std::to_string(i + 1);
      caption(title.c_str());
      applyNumber(ui, numberField(label("period-weight", i).c_str(), a.periodWeights[i], NumberStyle::weight, fieldW),
                  "growth:weight:" + std::to_string(i), [i](GrowthAssumptions& x, double v) {
                    if (i < x.periodWeights.size()) x.periodWeights[i] = v;
                  });
      if (!fieldIssues(issues, at("growth.periodWeights", i), fieldW) && sum > 0)
        smallMuted(formatPercent(a.periodWeights[i] / sum) + " of target");
      ImGui::EndGroup();
    }
  }
  fieldIssues(issues, "growth.periodWeights");
  for (const auto& issue : issues)
    if (issue.field.starts_with("plan.")) fieldIssues(issues, issue.field);
  endCard();

  ImGui::Dummy(ImVec2(0, 6 * s));
  beginCard("##period-table-card", nullptr, width);
  sectionTitle("WHAT EACH PERIOD NEEDS", "Counts per period, each rounded up. Leads must enter the funnel one sales cycle "
                                         "before the deals they become are won.");
  if (!results_.ok()) {
    labelledText("Fix the highlighted inputs to see the periods.", "periods-invalid", p.danger);
  } else {
    const auto& periods = results_.waterfall.periods;
    const std::string firstLabel = periods.empty() ? std::string() : periods.front().slot.label;
    std::vector<std::string> names;
    std::vector<const StageCounts*> rows;
    for (const auto& period : periods) names.push_back(period.slot.label), rows.push_back(&period.counts);
    const std::string leadStage = results_.waterfall.stageNames.front();
    drawStageTable("##period-table", names, rows, {"Revenue", leadStage + "s enter in"},
                   [&](size_t r, size_t column) {
                     const WaterfallPeriod& period = periods[r];
                     if (column == 0) {
                       ImGui::TextUnformatted(money(period.revenue, currency_).c_str());
                     } else {
                       const bool early = period.leadsCreatedIn < firstLabel;
                       labelledText(period.leadsCreatedIn, "leads-enter-" + period.slot.label, early ? p.warning : p.text);
                       if (early) {
                         ImGui::SameLine();
                         ImGui::PushFont(smallFont());
                         textColored(p.warning, "before the plan");
                         ImGui::PopFont();
                         if (ImGui::IsItemHovered())
                           ImGui::SetTooltip("The leads for %s's deals must enter the funnel before the plan starts.",
                                             period.slot.label.c_str());
                       }
                     }
                   },
                   "period-");
    if (!results_.roundingExcess.empty()) {
      std::string note = "Each period is rounded up on its own, so the periods add up to a little more than the total:";
      for (size_t i = 0; i < results_.roundingExcess.size(); ++i) {
        const auto& e = results_.roundingExcess[i];
        note += (i ? ", " : " ") + e.stageName + " " + formatCount(e.periodSum) + " vs " + formatCount(e.total);
      }
      note += ".";
      ImGui::Spacing();
      ImGui::PushFont(smallFont());
      labelledText(note, "rounding-note", p.textMuted, nullptr, ImGui::GetContentRegionAvail().x);
      ImGui::PopFont();
    }
  }
  endCard();
}

}  // namespace gp::ui::growth
