// The Goal and funnel tab: the shared goal, and the funnel stages worked back from the deals to win.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/text/number_text.h"
#include "growth_view.h"
#include "ui/columns.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui::growth {

void GrowthView::drawGoal(UiContext& ui, float width) {
  const GrowthAssumptions a = ui.history().doc().growth.assumptions;
  const std::vector<ValidationIssue>& issues = results_.issues;
  const float s = theme::scale();
  beginCard("##goal-card", nullptr, width);
  sectionTitle("THE SHARED GOAL", "New-business revenue for the whole plan period, and what one deal is worth.");
  const float gap = 16 * s;
  const float rowW = ImGui::GetContentRegionAvail().x;
  const float w = columnWidth(rowW, columnsFitting(rowW, 170 * s, gap, 4), gap);
  FieldRow row(gap, rowW);

  row.begin(withCurrency("Revenue target", currency_).c_str(), w);
  applyNumber(ui, numberField("##growth-target", a.target, NumberStyle::amount, w, "e.g. 1.2M"), "growth:target",
              [](GrowthAssumptions& x, double v) { x.target = v; });
  fieldIssues(issues, "growth.target", w);
  row.end();

  row.begin(withCurrency("Average deal size", currency_).c_str(), w);
  applyNumber(ui, numberField("##growth-deal-size", a.averageDealSize, NumberStyle::amount, w, "e.g. 30k"), "growth:deal",
              [](GrowthAssumptions& x, double v) { x.averageDealSize = v; });
  fieldIssues(issues, "growth.averageDealSize", w);
  row.end();

  row.begin("Sales cycle (days)", w);
  applyNumber(ui, numberField("##growth-cycle-days", a.salesCycleDays, NumberStyle::whole, w, "e.g. 90"), "growth:cycle",
              [](GrowthAssumptions& x, double v) { x.salesCycleDays = static_cast<int>(v); });
  fieldIssues(issues, "growth.salesCycleDays", w);
  row.end();

  row.begin(withCurrency("Pipeline open at the start", currency_).c_str(), w);
  applyNumber(ui, numberField("##growth-open-pipeline", a.openPipeline, NumberStyle::amount, w, "0"), "growth:pipeline",
              [](GrowthAssumptions& x, double v) { x.openPipeline = v; });
  fieldIssues(issues, "growth.openPipeline", w);
  row.end();

  if (results_.ok()) {
    const auto& wf = results_.waterfall;
    ImGui::Spacing();
    smallMuted(money(a.target, currency_) + " \xC3\xB7 " + money(a.averageDealSize, currency_) + " = " +
               formatCount(wf.total.required.back()) + " deals to win. A lead takes about " +
               std::to_string(a.salesCycleDays) + " days to become a won deal, so leads must enter the funnel that much earlier.");
  }
  endCard();
}

void GrowthView::drawStages(UiContext& ui, float width) {
  History& history = ui.history();
  const Document& doc = history.doc();
  const GrowthAssumptions a = doc.growth.assumptions;
  const std::vector<ValidationIssue>& issues = results_.issues;
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const ImGuiStyle& style = ImGui::GetStyle();

  beginCard("##stages-card", nullptr, width);
  ImGui::AlignTextToFramePadding();
  caption("FUNNEL STAGES");
  ImGui::SameLine();
  alignRight(buttonWidth("Add stage"));
  const bool add = button("Add stage", nullptr, ButtonKind::primary);
  textWrappedMuted("From first touch to won deal. Each stage converts a share of its people to the next; the counts are "
                   "worked back from the deals to win and rounded up.");
  ImGui::Spacing();

  const float gap = 12 * s;
  const float fh = ImGui::GetFrameHeight();
  const float arrowsW = 2 * fh + style.ItemSpacing.x;
  const float removeW = buttonWidth("Remove");
  const float rateW = 130 * s, neededW = 150 * s, termW = 240 * s;
  const float nameW = ImGui::GetContentRegionAvail().x - arrowsW - removeW - rateW - neededW - termW - 5 * gap;

  // Column captions.
  {
    const float x0 = ImGui::GetCursorPosX();
    float x = x0 + arrowsW + gap;
    const std::pair<const char*, float> columns[] = {
        {"Stage", nameW}, {"Defined by glossary term", termW}, {"Converts to next", rateW}, {"Needed", neededW}};
    for (const auto& [name, w] : columns) {
      ImGui::SetCursorPosX(x);
      caption(name);
      ImGui::SameLine();
      x += w + gap;
    }
    ImGui::NewLine();
  }

  enum class Action { none, up, down, remove };
  Action action = Action::none;
  size_t actionIndex = 0;
  for (size_t i = 0; i < a.stages.size(); ++i) {
    const FunnelStage& stage = a.stages[i];
    const std::string path = at("growth.stages", i);
    const bool last = i + 1 == a.stages.size();
    ImGui::PushID(static_cast<int>(i));
    FieldRow row(gap);

    row.begin(nullptr, arrowsW);
    ImGui::BeginDisabled(i == 0);
    if (ImGui::ArrowButton(label("stage-up", i).c_str(), ImGuiDir_Up)) action = Action::up, actionIndex = i;
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(last);
    if (ImGui::ArrowButton(label("stage-down", i).c_str(), ImGuiDir_Down)) action = Action::down, actionIndex = i;
    ImGui::EndDisabled();
    row.end();

    row.begin(nullptr, nameW);
    const TextEdit name = textField(label("stage-name", i).c_str(), stage.name, "Stage name", nameW);
    if (name.changed && name.text != stage.name)
      edit(ui, "growth:stage:" + stage.id + ":name", [&](GrowthAssumptions& x) { x.stages[i].name = name.text; });
    if (name.deactivated) history.seal();
    fieldIssues(issues, path + ".name", nameW);
    fieldIssues(issues, path + ".id", nameW);
    row.end();

    row.begin(nullptr, termW);
    const GlossaryTerm* term = stage.glossaryTermId.empty() ? nullptr : history.findTerm(stage.glossaryTermId);
    const std::string preview = term ? term->name : stage.glossaryTermId.empty() ? "Not linked" : "Missing term";
    if (beginCombo(label("stage-term", i).c_str(), preview.c_str(), termW)) {
      if (ImGui::Selectable("Not linked", stage.glossaryTermId.empty(), 0, ImVec2(0, ImGui::GetFrameHeight())))
        edit(ui, {}, [&](GrowthAssumptions& x) { x.stages[i].glossaryTermId.clear(); });
      for (const auto& t : doc.glossary) {
        ImGui::PushID(t.meta.id.c_str());
        colorDot(theme::statusColor(t.status));
        ImGui::SameLine();
        if (ImGui::Selectable(t.name.empty() ? "(unnamed term)" : t.name.c_str(), t.meta.id == stage.glossaryTermId, 0,
                              ImVec2(0, ImGui::GetFrameHeight())))
          edit(ui, {}, [&](GrowthAssumptions& x) { x.stages[i].glossaryTermId = t.meta.id; });
        ImGui::PopID();
      }
      if (doc.glossary.empty()) textMuted("The glossary is empty: add the term first.");
      ImGui::EndCombo();
    }
    if (term && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal) && !term->definition.empty()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(360 * s);
      ImGui::TextUnformatted(term->definition.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    fieldIssues(issues, path + ".glossaryTermId", termW);
    row.end();

    row.begin(nullptr, rateW);
    if (last) {
      ImGui::AlignTextToFramePadding();
      textMuted("the won deal");
    } else {
      applyNumber(ui, numberField(label("stage-rate", i).c_str(), stage.conversionRate, NumberStyle::rate, rateW, "e.g. 20%"),
                  "growth:stage:" + stage.id + ":rate", [i](GrowthAssumptions& x, double v) { x.stages[i].conversionRate = v; });
      fieldIssues(issues, path + ".conversionRate", rateW);
    }
    row.end();

    row.begin(nullptr, neededW);
    ImGui::AlignTextToFramePadding();
    if (results_.ok() && i < results_.waterfall.total.required.size()) {
      const double exact = results_.waterfall.total.exact[i];
      labelledText(formatCount(results_.waterfall.total.required[i]), "total-" + stage.name, last ? p.accent : p.text,
                   headingFont());
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s exactly, rounded up", formatNumber(exact, 4).c_str());
    } else {
      textColored(p.textFaint, "\xE2\x80\x94");
    }
    row.end();

    row.begin(nullptr, removeW);
    ImGui::BeginDisabled(a.stages.size() <= 2);
    if (button("Remove", label("stage-delete", i).c_str(), ButtonKind::subtle)) action = Action::remove, actionIndex = i;
    ImGui::EndDisabled();
    row.end();
    ImGui::PopID();
  }
  fieldIssues(issues, "growth.stages");

  if (add) {
    edit(ui, {}, [&](GrowthAssumptions& x) {
      FunnelStage stage{"", freshName(x.stages, "New stage"), "", 0.5};
      x.stages.insert(x.stages.end() - (x.stages.empty() ? 0 : 1), stage);
    });
  } else if (action == Action::up || action == Action::down) {
    edit(ui, {}, [&](GrowthAssumptions& x) {
      const size_t other = action == Action::up ? actionIndex - 1 : actionIndex + 1;
      if (other < x.stages.size()) std::swap(x.stages[actionIndex], x.stages[other]);
    });
  } else if (action == Action::remove) {
    const std::string name = a.stages[actionIndex].name;
    edit(ui, {}, [&](GrowthAssumptions& x) {
      const std::string id = x.stages[actionIndex].id;
      x.stages.erase(x.stages.begin() + static_cast<long>(actionIndex));
      for (auto& source : x.sources)
        std::erase_if(source.ownRates, [&](const SourceRate& r) { return r.stageId == id; });
    });
    ui.notifyUndoable("Removed the stage \xE2\x80\x9C" + name + "\xE2\x80\x9D.");
  }
  endCard();
}

}  // namespace gp::ui::growth
