// The Capacity tab: the sales team against the target, and the pipeline coverage.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/text/number_text.h"
#include "growth_view.h"
#include "ui/columns.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui::growth {

void GrowthView::drawCapacity(UiContext& ui, float width) {
  drawInputsAndCheck(width, "##capacity-card", "##capacity-check-card", "CAPACITY CHECK", [&](float gap) {
    const GrowthAssumptions a = ui.history().doc().growth.assumptions;
    const std::vector<ValidationIssue>& issues = results_.issues;
    const float s = theme::scale();
    sectionTitle("SALES CAPACITY", "Quota-carrying reps at full speed from the start, and the people you hire during the plan.");
    const float rowW = ImGui::GetContentRegionAvail().x;
    const float w = columnWidth(rowW, columnsFitting(rowW, 170 * s, gap, 2), gap);
    FieldRow row(gap, rowW);
    row.begin("Quota-carrying reps", w);
    applyNumber(ui, numberField("##growth-reps", a.capacity.reps, NumberStyle::whole, w, "e.g. 4"), "growth:reps",
                [](GrowthAssumptions& x, double v) { x.capacity.reps = static_cast<int>(v); });
    fieldIssues(issues, "growth.capacity.reps", w);
    row.end();
    row.begin(withCurrency("Quota per rep for the plan", currency_).c_str(), w);
    applyNumber(ui, numberField("##growth-quota", a.capacity.quotaPerRep, NumberStyle::amount, w, "e.g. 300k"), "growth:quota",
                [](GrowthAssumptions& x, double v) { x.capacity.quotaPerRep = v; });
    fieldIssues(issues, "growth.capacity.quotaPerRep", w);
    row.end();

    ImGui::Dummy(ImVec2(0, 6 * s));
    ImGui::AlignTextToFramePadding();
    caption("NEW HIRES");
    ImGui::SameLine();
    alignRight(buttonWidth("Add new hire"));
    const bool add = button("Add new hire");
    if (a.capacity.newHires.empty()) smallMuted("No hires planned.");
    std::optional<size_t> remove;
    for (size_t i = 0; i < a.capacity.newHires.size(); ++i) {
      const NewHire& hire = a.capacity.newHires[i];
      const ItemRow item{"Who", "hire", hire.name, "e.g. Account executive", "growth:hire:" + hire.id + ":",
                        at("growth.capacity.newHires", i), false, 100 * s,
                        [i](GrowthAssumptions& x, const std::string& name) { x.capacity.newHires[i].name = name; },
                        {{"Starts in month", "hire-start", static_cast<double>(hire.startMonth), NumberStyle::whole, "start",
                          "startMonth", [i](GrowthAssumptions& x, double v) { x.capacity.newHires[i].startMonth = static_cast<int>(v); }},
                         {"Ramp (months)", "hire-ramp", static_cast<double>(hire.rampMonths), NumberStyle::whole, "ramp",
                          "rampMonths", [i](GrowthAssumptions& x, double v) { x.capacity.newHires[i].rampMonths = static_cast<int>(v); }}}};
      if (itemRow(ui, i, item)) remove = i;
    }
    if (!a.capacity.newHires.empty())
      smallMuted("A new hire sells 1/(ramp+1) of a full month's quota in the first month, 2/(ramp+1) in the second, and so on.");
    if (add)
      edit(ui, {}, [&](GrowthAssumptions& x) {
        x.capacity.newHires.push_back(NewHire{"", "New hire " + std::to_string(x.capacity.newHires.size() + 1), 1, 3});
      });
    else if (remove)
      edit(ui, {}, [&](GrowthAssumptions& x) { x.capacity.newHires.erase(x.capacity.newHires.begin() + static_cast<long>(*remove)); });
  }, [&] { drawCapacityCheck(); });
}

void GrowthView::drawCapacityCheck() {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  if (!results_.ok()) {
    labelledText("Fix the highlighted inputs to see the check.", "capacity-invalid", p.danger);
  } else {
    const CapacityResult& c = results_.capacity;
    const bool good = c.gap <= 0.5;
    verdict(good ? "The team can carry the target" : "Short by " + money(c.gap, currency_), "capacity-verdict",
            good ? p.success : p.danger);
    ImGui::Spacing();
    const float right = ImGui::GetContentRegionMax().x;
    metricLine("Revenue target", money(c.target, currency_), "cap-target", right);
    metricLine("Reps at full quota", money(c.existingRepsCapacity, currency_), "cap-existing", right);
    metricLine("New hires, ramped", money(c.newHireCapacity, currency_), "cap-hires", right);
    const ImVec4 coverColor = good ? p.success : p.danger;
    metricLine("Capacity", money(c.capacity, currency_) + "  (" + formatPercent(c.capacityCoverage, 0) + ")", "cap-total", right,
               &coverColor);
    ImGui::Dummy(ImVec2(0, 6 * s));
    caption("PIPELINE COVERAGE");
    metricLine("Pipeline open at the start", money(c.openPipeline, currency_), "cap-open", right);
    const bool covered = c.pipelineCoverage >= c.requiredCoverage - 1e-9;
    const ImVec4 pipeColor = covered ? p.success : p.warning;
    metricLine("Coverage of the target", formatNumber(c.pipelineCoverage, 2) + "\xC3\x97", "cap-coverage", right, &pipeColor);
    metricLine("Coverage the funnel needs", formatNumber(c.requiredCoverage, 2) + "\xC3\x97", "cap-required-coverage", right);
    metricLine("Expected from open pipeline", money(c.openPipelineExpectedRevenue, currency_), "cap-expected", right);
    ImGui::Spacing();
    ImGui::PushFont(smallFont());
    ImGui::PushTextWrapPos(0);
    textColored(p.textMuted, ("The funnel needs " + money(c.requiredPipeline, currency_) +
                              " of opportunities over the plan; coverage is pipeline value divided by the target.").c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
  }
}

}  // namespace gp::ui::growth
