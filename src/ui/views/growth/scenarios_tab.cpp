// The Scenarios tab: what-if copies of the assumptions, compared side by side with the base plan.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "growth_view.h"
#include "ui/columns.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui::growth {

void GrowthView::drawScenarios(UiContext& ui, float width) {
  History& history = ui.history();
  const Document& doc = history.doc();
  const std::vector<Scenario> scenarios = doc.growth.scenarios;
  const std::vector<ValidationIssue>& issues = results_.issues;
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();

  beginCard("##scenarios-card", nullptr, width);
  ImGui::AlignTextToFramePadding();
  caption("WHAT-IF SCENARIOS");
  ImGui::SameLine();
  alignRight(buttonWidth("Add scenario"));
  if (button("Add scenario", nullptr, ButtonKind::primary)) {
    Scenario scenario;
    scenario.name = freshName(scenarios, "Scenario " + std::to_string(scenarios.size() + 1));
    scenario.assumptions = doc.growth.assumptions;
    history.seal();
    history.addScenario(scenario, ui.edit());
  }
  textWrappedMuted("A scenario starts as a copy of the plan's assumptions. Change what you want to test (\xE2\x80\x9Cwin rate "
                   "+2 points\xE2\x80\x9D, \xE2\x80\x9Ctwo more reps\xE2\x80\x9D) and compare it with the base below.");
  endCard();
  ImGui::Dummy(ImVec2(0, 6 * s));
  drawComparison(ui, width);

  std::optional<size_t> remove;
  for (size_t i = 0; i < scenarios.size(); ++i) {
    const Scenario& scenario = scenarios[i];
    const std::string path = at("growth.scenarios", i);
    const std::string prefix = path + ".assumptions";
    const GrowthAssumptions& a = scenario.assumptions;
    std::set<std::string> shown;
    auto issuesOn = [&](const std::string& field, float w) {
      shown.insert(field);
      fieldIssues(issues, field, w);
    };
    auto change = [&](const std::string& key, const std::function<void(GrowthAssumptions&)>& fn) {
      const Scenario* current = history.findScenario(scenario.meta.id);
      if (!current) return;
      Scenario next = *current;
      fn(next.assumptions);
      history.updateScenario(next, ui.edit(), key);
    };
    auto number = [&](const NumberEdit& e, const std::string& key, const std::function<void(GrowthAssumptions&, double)>& set) {
      if (e.value) change(key, [&](GrowthAssumptions& x) { set(x, *e.value); });
      if (e.deactivated) history.seal();
    };

    ImGui::Dummy(ImVec2(0, 6 * s));
    ImGui::PushID(scenario.meta.id.c_str());
    const ImVec4 stripe = theme::palette().accent;
    beginCard("##scenario-card", &stripe, width);
    const float deleteW = buttonWidth("Delete");
    caption(("SCENARIO " + std::to_string(i + 1)).c_str());
    ImGui::PushFont(headingFont());
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() - ImGui::GetStyle().FramePadding.x);
    const TextEdit name = textField(label("scenario-name", i).c_str(), scenario.name, "Name this scenario",
                                    ImGui::GetContentRegionAvail().x - deleteW - ImGui::GetStyle().ItemSpacing.x);
    ImGui::PopStyleColor(2);
    ImGui::PopFont();
    if (name.changed && name.text != scenario.name) {
      Scenario next = scenario;
      next.name = name.text;
      history.updateScenario(next, ui.edit(), "scenario:" + scenario.meta.id + ":name");
    }
    if (name.deactivated) history.seal();
    ImGui::SameLine();
    if (button("Delete", label("scenario-delete", i).c_str(), ButtonKind::subtle)) remove = i;
    issuesOn(path + ".name", 0);

    const float gap = 14 * s;
    const float rowW = ImGui::GetContentRegionAvail().x;
    const float w = columnWidth(rowW, columnsFitting(rowW, 140 * s, gap, 5), gap);
    FieldRow row(gap, rowW);
    row.begin(withCurrency("Revenue target", currency_).c_str(), w);
    number(numberField(label("scenario-target", i).c_str(), a.target, NumberStyle::amount, w), "scenario:" + scenario.meta.id + ":target",
           [](GrowthAssumptions& x, double v) { x.target = v; });
    issuesOn(prefix + ".target", w);
    row.end();
    row.begin(withCurrency("Average deal size", currency_).c_str(), w);
    number(numberField(label("scenario-deal", i).c_str(), a.averageDealSize, NumberStyle::amount, w), "scenario:" + scenario.meta.id + ":deal",
           [](GrowthAssumptions& x, double v) { x.averageDealSize = v; });
    issuesOn(prefix + ".averageDealSize", w);
    row.end();
    row.begin("Quota-carrying reps", w);
    number(numberField(label("scenario-reps", i).c_str(), a.capacity.reps, NumberStyle::whole, w), "scenario:" + scenario.meta.id + ":reps",
           [](GrowthAssumptions& x, double v) { x.capacity.reps = static_cast<int>(v); });
    issuesOn(prefix + ".capacity.reps", w);
    row.end();
    row.begin(withCurrency("Quota per rep", currency_).c_str(), w);
    number(numberField(label("scenario-quota", i).c_str(), a.capacity.quotaPerRep, NumberStyle::amount, w),
           "scenario:" + scenario.meta.id + ":quota", [](GrowthAssumptions& x, double v) { x.capacity.quotaPerRep = v; });
    issuesOn(prefix + ".capacity.quotaPerRep", w);
    row.end();
    row.begin(withCurrency("Marketing budget", currency_).c_str(), w);
    number(numberField(label("scenario-budget", i).c_str(), a.budget.amount, NumberStyle::amount, w),
           "scenario:" + scenario.meta.id + ":budget", [](GrowthAssumptions& x, double v) { x.budget.amount = v; });
    issuesOn(prefix + ".budget.amount", w);
    row.end();

    if (a.stages.size() >= 2) {
      ImGui::Dummy(ImVec2(0, 2 * s));
      const size_t rates = a.stages.size() - 1;
      const float rw = std::min(150 * s, std::floor((ImGui::GetContentRegionAvail().x - (rates - 1) * 10 * s) / rates));
      FieldRow rateRow(10 * s);
      for (size_t j = 0; j < rates; ++j) {
        const std::string title = a.stages[j].name + " to " + a.stages[j + 1].name;
        rateRow.begin(title.c_str(), rw);
        number(numberField(label("scenario-rate", i, j).c_str(), a.stages[j].conversionRate, NumberStyle::rate, rw),
               "scenario:" + scenario.meta.id + ":rate:" + a.stages[j].id,
               [j](GrowthAssumptions& x, double v) {
                 if (j < x.stages.size()) x.stages[j].conversionRate = v;
               });
        issuesOn(prefix + ".stages[" + std::to_string(j) + "].conversionRate", rw);
        rateRow.end();
      }
    }
    // Problems in parts this card does not show (sources, budget channels...) are listed here.
    bool other = false;
    for (const auto& issue : issues) {
      if (!issue.field.starts_with(path + ".") || shown.count(issue.field)) continue;
      if (!other) ImGui::Spacing();
      other = true;
      ImGui::PushFont(smallFont());
      labelledText(describe(issue), "issue-" + issue.field, p.danger, nullptr, ImGui::GetContentRegionAvail().x);
      ImGui::PopFont();
    }
    endCard();
    ImGui::PopID();
  }
  if (remove) {
    const Scenario& scenario = scenarios[*remove];
    history.seal();
    history.removeScenario(scenario.meta.id, ui.edit());
    ui.notifyUndoable("Deleted scenario \xE2\x80\x9C" + scenario.name + "\xE2\x80\x9D.");
  }
}

void GrowthView::drawComparison(UiContext&, float width) {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const auto& outcomes = results_.outcomes;
  beginCard("##comparison-card", nullptr, width);
  sectionTitle("SIDE BY SIDE", "Each scenario against the base plan; green is better, red is worse.");
  if (outcomes.size() < 2) {
    smallMuted("Add a scenario to compare it with the base plan.");
    endCard();
    return;
  }
  const int columns = static_cast<int>(outcomes.size()) + 1;
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10 * s, 7 * s));
  if (ImGui::BeginTable("##comparison", columns, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < columns; ++c) {
      ImGui::TableSetColumnIndex(c);
      if (c == 0) continue;
      const std::string& name = outcomes[static_cast<size_t>(c - 1)].name;
      labelledText(name.empty() ? std::string("(unnamed)") : name, "cmp-head-" + std::to_string(c - 1), c == 1 ? p.text : p.accent,
                   nullptr, ImGui::GetContentRegionAvail().x);
    }
    for (const ComparisonRow& row : results_.comparison) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      textMuted(row.label.c_str());
      for (size_t o = 0; o < row.values.size(); ++o) {
        ImGui::TableSetColumnIndex(static_cast<int>(o + 1));
        const std::string id = "cmp-" + row.label + "-" + std::to_string(o);
        if (!row.values[o]) {
          const bool invalid = !outcomes[o].waterfall.ok();
          ImGui::PushFont(smallFont());
          labelledText(invalid ? "fix its inputs" : "\xE2\x80\x94", id, invalid ? p.danger : p.textFaint);
          ImGui::PopFont();
          continue;
        }
        const double v = *row.values[o];
        labelledText(row.kind == MetricKind::money ? money(v, currency_) : formatCount(v), id, p.text);
        if (o == 0) continue;
        if (const auto delta = row.delta(o)) {
          const bool same = std::fabs(*delta) < 0.005;
          const bool better = (*delta > 0) == row.higherIsBetter;
          const std::string change = signedDelta(*delta, row.kind == MetricKind::money, currency_);
          ImGui::PushFont(smallFont());
          // Beside the value when the column has room, else under it: never cut at the column's edge.
          const float cellRight = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
          if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(change.c_str()).x <= cellRight)
            ImGui::SameLine();
          labelledText(change, "cmp-delta-" + row.label + "-" + std::to_string(o), same ? p.textFaint : better ? p.success : p.danger);
          ImGui::PopFont();
        }
      }
    }
    ImGui::EndTable();
  }
  ImGui::PopStyleVar();
  endCard();
}

}  // namespace gp::ui::growth
