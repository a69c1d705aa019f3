// The Growth plan page: the shared goal's every input (target, funnel, periods, sources, capacity,
// budget) and scenarios, each part next to what follows from it. Inputs edit through
// History::setGrowth / updateScenario; outputs come from GrowthResults, recomputed per revision.
#include "growth_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/growth_fields.h"
#include "ui/growth_panels.h"
#include "ui/page_frame.h"
#include "ui/theme.h"
#include "ui/views/views.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace growth {

std::string label(const char* prefix, size_t i) { return std::string("##") + prefix + "-" + std::to_string(i); }
std::string label(const char* prefix, size_t i, size_t j) {
  return std::string("##") + prefix + "-" + std::to_string(i) + "-" + std::to_string(j);
}
std::string at(const std::string& list, size_t i) { return list + "[" + std::to_string(i) + "]"; }

std::string withCurrency(const char* caption, const std::string& currency) {
  return currency.empty() ? std::string(caption) : std::string(caption) + " (" + currency + ")";
}

void smallMuted(const std::string& text) {
  ImGui::PushFont(smallFont());
  ImGui::PushTextWrapPos(0.0f);  // footnotes wrap at word breaks
  textColored(theme::palette().textMuted, text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

void sectionTitle(const char* title, const char* subtitle) {
  caption(title);
  if (subtitle) textWrappedMuted(subtitle);
  ImGui::Spacing();
}

void verdict(const std::string& text, const std::string& id, const ImVec4& color) {
  colorDot(color);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  labelledText(text, id, color, headingFont(), ImGui::GetContentRegionAvail().x);  // wraps on a narrow card
}

void metricLine(const char* name, const std::string& value, const std::string& id, float valueRight, const ImVec4* color) {
  const float x0 = ImGui::GetCursorPosX();
  ImGui::TextUnformatted(name);
  const float w = ImGui::CalcTextSize(value.c_str()).x;
  // The value goes under its name when both do not fit on the line.
  if (x0 + ImGui::CalcTextSize(name).x + 2 * ImGui::GetStyle().ItemSpacing.x + w <= valueRight) ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(x0, valueRight - w));
  labelledText(value, id, color ? *color : theme::palette().text);
}

void GrowthView::edit(UiContext& ui, const std::string& mergeKey, const std::function<void(GrowthAssumptions&)>& change) {
  History& history = ui.history();
  GrowthAssumptions next = history.doc().growth.assumptions;
  change(next);
  if (mergeKey.empty()) history.seal();
  history.setGrowth(next, ui.edit(), mergeKey);
  if (mergeKey.empty()) history.seal();
}

void GrowthView::applyNumber(UiContext& ui, const NumberEdit& e, const std::string& mergeKey,
                             const std::function<void(GrowthAssumptions&, double)>& set) {
  if (e.value) edit(ui, mergeKey, [&](GrowthAssumptions& a) { set(a, *e.value); });
  if (e.deactivated) ui.history().seal();
}

void GrowthView::draw(UiContext& ui) {
  results_.update(ui.history(), ui.edit().now);
  const Document& doc = ui.history().doc();
  currency_ = doc.plan.currency;
  const float s = theme::scale();

  const float width = beginPage("##growth-scroll", 1120);

  pageHeading("SHARED GOAL", "Growth plan",
              "One revenue goal, worked back through the funnel: what marketing and sales each owe, and whether the team "
              "and the budget can deliver it.");
  ImGui::Dummy(ImVec2(0, 8 * s));
  if (results_.ok()) headlineTiles(results_, doc, width);
  else fixInputsPanel(results_, width);
  ImGui::Dummy(ImVec2(0, 10 * s));
  drawTabs(width);
  ImGui::Dummy(ImVec2(0, 10 * s));

  switch (part_) {
    case GrowthPart::funnel:
      drawGoal(ui, width);
      ImGui::Dummy(ImVec2(0, 6 * s));
      drawStages(ui, width);
      break;
    case GrowthPart::periods: drawPeriods(ui, width); break;
    case GrowthPart::sources: drawSources(ui, width); break;
    case GrowthPart::capacity: drawCapacity(ui, width); break;
    case GrowthPart::budget: drawBudget(ui, width); break;
    case GrowthPart::scenarios: drawScenarios(ui, width); break;
  }
  ImGui::Dummy(ImVec2(0, 40 * s));
  endPage();
}

// A segmented control; a red count marks parts with problems.
void GrowthView::drawTabs(float width) {
  std::vector<std::string> labels;
  std::vector<int> problems;
  for (GrowthPart part : kGrowthParts) {
    labels.push_back(growthPartLabel(part));
    problems.push_back(issueCount(results_, part));
  }
  const int picked = segmentedControl("growth-tab", labels, static_cast<int>(part_), width, problems);
  part_ = kGrowthParts[picked];
}

// ---- Stage tables (periods, sources) ----------------------------------------------------------------

void GrowthView::drawStageTable(const char* id, const std::vector<std::string>& rowNames,
                                const std::vector<const StageCounts*>& rows, const std::vector<std::string>& extraHeaders,
                                const std::function<void(size_t, size_t)>& extraCell, const std::string& idPrefix) {
  const theme::Palette& p = theme::palette();
  const auto& stages = results_.waterfall.stageNames;
  const int columns = 1 + static_cast<int>(extraHeaders.size() + stages.size());
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10 * theme::scale(), 7 * theme::scale()));
  if (ImGui::BeginTable(id, columns, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    for (size_t e = 0; e < extraHeaders.size(); ++e)
      ImGui::TableSetupColumn(extraHeaders[e].c_str(), ImGuiTableColumnFlags_WidthStretch, e == 0 ? 1.4f : 1.9f);
    for (const auto& stage : stages) ImGui::TableSetupColumn(stage.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < columns; ++c) {
      ImGui::TableSetColumnIndex(c);
      ImGui::PushFont(smallFont());
      textColored(p.textMuted, ImGui::TableGetColumnName(c));
      ImGui::PopFont();
    }
    for (size_t r = 0; r < rows.size(); ++r) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextUnformatted(rowNames[r].c_str());
      for (size_t e = 0; e < extraHeaders.size(); ++e) {
        ImGui::TableSetColumnIndex(static_cast<int>(1 + e));
        extraCell(r, e);
      }
      for (size_t st = 0; st < stages.size(); ++st) {
        ImGui::TableSetColumnIndex(static_cast<int>(1 + extraHeaders.size() + st));
        labelledText(formatCount(rows[r]->required[st]), idPrefix + rowNames[r] + "-" + stages[st],
                     st + 1 == stages.size() ? p.accent : p.text);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s exactly, rounded up", formatNumber(rows[r]->exact[st], 4).c_str());
      }
    }
    ImGui::EndTable();
  }
  ImGui::PopStyleVar();
}

void GrowthView::drawInputsAndCheck(float width, const char* inputsId, const char* checkId, const char* checkCaption,
                                    const std::function<void(float gap)>& inputs, const std::function<void()>& check) {
  const float gap = 16 * theme::scale();
  const float leftW = std::floor((width - gap) * 0.56f), rightW = width - gap - leftW;
  beginCard(inputsId, nullptr, leftW);
  inputs(gap);
  endCard();
  ImGui::SameLine(0, gap);
  beginCard(checkId, nullptr, rightW);
  caption(checkCaption);
  ImGui::Spacing();
  check();
  endCard();
}

bool GrowthView::itemRow(UiContext& ui, size_t i, const ItemRow& item) {
  const std::vector<ValidationIssue>& issues = results_.issues;
  const float removeW = buttonWidth("Remove"), gap = 10 * theme::scale();
  const float fieldsW = ImGui::GetContentRegionAvail().x - removeW - 3 * gap;
  // On a narrow card the numbers give way, so the name keeps at least half the row (never just "…").
  const float numberW = std::min(item.numberWidth, std::floor(fieldsW / 4));
  const float nameW = fieldsW - 2 * numberW;
  const bool first = i == 0;
  ImGui::PushID(static_cast<int>(i));
  FieldRow row(gap);
  row.begin(first ? item.nameCaption : nullptr, nameW);
  const std::string nameId = std::string(item.id) + "-name";
  const TextEdit name = textField(label(nameId.c_str(), i).c_str(), item.name, item.nameHint, nameW);
  if (name.changed && name.text != item.name)
    edit(ui, item.keyPrefix + "name", [&](GrowthAssumptions& x) { item.setName(x, name.text); });
  if (name.deactivated) ui.history().seal();
  if (item.nameIssues) fieldIssues(issues, item.path + ".name", nameW);
  row.end();
  for (const ItemNumber& number : item.numbers) {
    row.begin(first ? number.caption : nullptr, numberW);
    applyNumber(ui, numberField(label(number.id, i).c_str(), number.value, number.style, numberW), item.keyPrefix + number.key,
                number.set);
    fieldIssues(issues, item.path + "." + number.field, numberW);
    row.end();
  }
  row.begin(first ? " " : nullptr, removeW);
  const std::string removeId = std::string(item.id) + "-delete";
  const bool remove = button("Remove", label(removeId.c_str(), i).c_str(), ButtonKind::subtle);
  row.end();
  ImGui::PopID();
  return remove;
}

}  // namespace growth

std::unique_ptr<View> makeGrowthView() { return std::make_unique<growth::GrowthView>(); }

}  // namespace gp::ui
