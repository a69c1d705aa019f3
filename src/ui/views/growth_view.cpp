// The Growth plan page: the shared goal's every input (target, funnel, periods, sources, capacity,
// budget) and scenarios, each part next to what follows from it. Inputs edit through
// History::setGrowth / updateScenario; outputs come from GrowthResults, recomputed per revision.
#include "growth_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>
#include <string>

#include "core/number_text.h"
#include "ui/growth_fields.h"
#include "ui/growth_panels.h"
#include "ui/growth_results.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

std::string label(const char* prefix, size_t i) { return std::string("##") + prefix + "-" + std::to_string(i); }
std::string label(const char* prefix, size_t i, size_t j) {
  return std::string("##") + prefix + "-" + std::to_string(i) + "-" + std::to_string(j);
}
std::string at(const std::string& list, size_t i) { return list + "[" + std::to_string(i) + "]"; }

std::string withCurrency(const char* caption, const std::string& currency) {
  return currency.empty() ? std::string(caption) : std::string(caption) + " (" + currency + ")";
}

// A name not yet used in `names`: "New stage", "New stage 2"...
template <typename T>
std::string freshName(const std::vector<T>& items, const std::string& base) {
  for (int n = 1;; ++n) {
    const std::string name = n == 1 ? base : base + " " + std::to_string(n);
    if (std::none_of(items.begin(), items.end(), [&](const T& item) { return item.name == name; })) return name;
  }
}

void smallMuted(const std::string& text) {
  ImGui::PushFont(smallFont());
  textColored(theme::palette().textMuted, text.c_str());
  ImGui::PopFont();
}

void sectionTitle(const char* title, const char* subtitle) {
  caption(title);
  if (subtitle) textWrappedMuted(subtitle);
  ImGui::Spacing();
}

// A verdict line: coloured dot and text, e.g. "The team can carry the target".
void verdict(const std::string& text, const std::string& id, const ImVec4& color) {
  colorDot(color);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  labelledText(text, id, color, headingFont());
}

// One "label · value" line of a check, the value right-aligned at `valueX`.
void metricLine(const char* name, const std::string& value, const std::string& id, float valueRight,
                const ImVec4* color = nullptr) {
  ImGui::TextUnformatted(name);
  ImGui::SameLine();
  const float w = ImGui::CalcTextSize(value.c_str()).x;
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), valueRight - w));
  labelledText(value, id, color ? *color : theme::palette().text);
}

class GrowthView final : public View {
 public:
  const char* title() const override { return "Growth plan"; }
  void draw(UiContext& ui) override;

 private:
  // Edits of the plan's own assumptions: `change` modifies a copy of the current ones.
  void edit(UiContext& ui, const std::string& mergeKey, const std::function<void(GrowthAssumptions&)>& change);
  void applyNumber(UiContext& ui, const NumberEdit& e, const std::string& mergeKey,
                   const std::function<void(GrowthAssumptions&, double)>& set);

  void drawTabs(float width);
  void drawGoal(UiContext& ui, float width);
  void drawStages(UiContext& ui, float width);
  void drawPeriods(UiContext& ui, float width);
  void drawSources(UiContext& ui, float width);
  void drawCapacity(UiContext& ui, float width);
  void drawBudget(UiContext& ui, float width);
  void drawScenarios(UiContext& ui, float width);
  void drawComparison(UiContext& ui, float width);
  void drawStageTable(const char* id, const std::vector<std::string>& rowNames, const std::vector<const StageCounts*>& rows,
                      const std::vector<std::string>& extraHeaders,
                      const std::function<void(size_t row, size_t column)>& extraCell, const std::string& idPrefix);

  GrowthResults results_;
  GrowthPart part_ = GrowthPart::funnel;
  std::string currency_;
};

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

  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(32 * s, 28 * s));
  ImGui::BeginChild("##growth-scroll", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::min(avail, 1120 * s);
  const float indent = std::floor((avail - width) * 0.5f);
  if (indent > 0) ImGui::Indent(indent);

  caption("SHARED GOAL");
  heading("Growth plan");
  textMuted("One revenue goal, worked back through the funnel: what marketing and sales each owe, and whether the team and "
            "the budget can deliver it.");
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
  if (indent > 0) ImGui::Unindent(indent);
  ImGui::EndChild();
}

// A segmented control; a red count marks parts with problems.
void GrowthView::drawTabs(float width) {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetFrameHeight() + 8 * s;
  dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + h + 8 * s), theme::u32(p.cardBg), 10 * s);
  dl->AddRect(origin, ImVec2(origin.x + width, origin.y + h + 8 * s), theme::u32(p.cardBorder), 10 * s);
  ImGui::SetCursorScreenPos(ImVec2(origin.x + 4 * s, origin.y + 4 * s));
  const float segment = (width - 8 * s) / std::size(kGrowthParts);
  for (GrowthPart part : kGrowthParts) {
    const bool selected = part == part_;
    const std::string text = growthPartLabel(part);
    const std::string id = text + "##growth-tab-" + std::to_string(static_cast<int>(part));
    ImGui::PushStyleColor(ImGuiCol_Button, selected ? p.accent : ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, selected ? p.accent : p.accentSoft);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, selected ? p.accentActive : p.accentSoft);
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? p.accentText : p.text);
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 7 * s);
    if (ImGui::Button(id.c_str(), ImVec2(segment, h))) part_ = part;
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(5);
    const int problems = issueCount(results_, part);
    if (problems > 0) {
      const std::string count = std::to_string(problems);
      const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
      const float textW = ImGui::CalcTextSize(text.c_str()).x;
      const float r = 9 * s;
      const ImVec2 c(std::floor((min.x + max.x + textW) * 0.5f) + 8 * s + r, std::floor((min.y + max.y) * 0.5f));
      dl->AddCircleFilled(c, r, theme::u32(p.danger));
      const ImVec2 ts = ImGui::CalcTextSize(count.c_str());
      dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), IM_COL32_WHITE, count.c_str());
    }
    ImGui::SameLine(0, 0);
  }
  ImGui::NewLine();
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + h + 8 * s));
  ImGui::Dummy(ImVec2(width, 0));
}

// ---- Goal and funnel ------------------------------------------------------------------------------

void GrowthView::drawGoal(UiContext& ui, float width) {
  const GrowthAssumptions a = ui.history().doc().growth.assumptions;
  const std::vector<ValidationIssue>& issues = results_.issues;
  const float s = theme::scale();
  beginCard("##goal-card", nullptr, width);
  sectionTitle("THE SHARED GOAL", "New-business revenue for the whole plan period, and what one deal is worth.");
  const float gap = 16 * s;
  const float w = std::floor((ImGui::GetContentRegionAvail().x - 3 * gap) / 4);
  FieldRow row(gap);

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

// ---- Periods --------------------------------------------------------------------------------------

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

// ---- Sources --------------------------------------------------------------------------------------

void GrowthView::drawSources(UiContext& ui, float width) {
  History& history = ui.history();
  const GrowthAssumptions a = history.doc().growth.assumptions;
  const std::vector<ValidationIssue>& issues = results_.issues;
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();

  beginCard("##sources-card", nullptr, width);
  ImGui::AlignTextToFramePadding();
  caption("WHERE DEALS COME FROM");
  ImGui::SameLine();
  alignRight(buttonWidth("Add source"));
  const bool add = button("Add source", nullptr, ButtonKind::primary);
  textWrappedMuted("Each source's share of the deals. A source may convert better or worse than the funnel: type its own "
                   "rate, or leave the field empty to use the funnel's.");
  ImGui::Spacing();
  if (a.sources.empty()) textWrappedMuted("No sources: every deal follows the funnel's rates, and the marketing budget pays for all leads.");

  std::optional<size_t> remove;
  double sum = 0;
  for (size_t i = 0; i < a.sources.size(); ++i) {
    const LeadSource& source = a.sources[i];
    const std::string path = at("growth.sources", i);
    sum += source.share;
    ImGui::PushID(static_cast<int>(i));
    if (i > 0) {
      ImGui::Dummy(ImVec2(0, 4 * s));
      ImGui::Separator();
      ImGui::Dummy(ImVec2(0, 4 * s));
    }
    const float gap = 14 * s;
    const float shareW = 110 * s, removeW = buttonWidth("Remove");
    const float checkW = ImGui::CalcTextSize("Paid from the marketing budget").x + ImGui::GetFrameHeight() + 8 * s;
    const float nameW = ImGui::GetContentRegionAvail().x - shareW - checkW - removeW - 3 * gap;
    FieldRow row(gap);
    row.begin("Source", nameW);
    const TextEdit name = textField(label("source-name", i).c_str(), source.name, "e.g. Partner-sourced", nameW);
    if (name.changed && name.text != source.name)
      edit(ui, "growth:source:" + source.id + ":name", [&](GrowthAssumptions& x) { x.sources[i].name = name.text; });
    if (name.deactivated) history.seal();
    fieldIssues(issues, path + ".name", nameW);
    row.end();
    row.begin("Share of deals", shareW);
    applyNumber(ui, numberField(label("source-share", i).c_str(), source.share, NumberStyle::rate, shareW, "e.g. 60%"),
                "growth:source:" + source.id + ":share", [i](GrowthAssumptions& x, double v) { x.sources[i].share = v; });
    fieldIssues(issues, path + ".share", shareW);
    row.end();
    row.begin(" ", checkW);
    bool marketing = source.marketingSourced;
    const std::string checkLabel = "Paid from the marketing budget" + label("source-marketing", i);
    if (ImGui::Checkbox(checkLabel.c_str(), &marketing))
      edit(ui, {}, [&](GrowthAssumptions& x) { x.sources[i].marketingSourced = marketing; });
    row.end();
    row.begin(" ", removeW);
    if (button("Remove", label("source-delete", i).c_str(), ButtonKind::subtle)) remove = i;
    row.end();

    // Own rates, one small field per converting stage.
    if (a.stages.size() >= 2) {
      ImGui::Dummy(ImVec2(0, 2 * s));
      const float rateW = 118 * s;
      FieldRow rates(10 * s);
      for (size_t j = 0; j + 1 < a.stages.size(); ++j) {
        const FunnelStage& stage = a.stages[j];
        const auto own = std::find_if(source.ownRates.begin(), source.ownRates.end(),
                                      [&](const SourceRate& r) { return r.stageId == stage.id; });
        const std::string title = stage.name + " to " + a.stages[j + 1].name;
        rates.begin(title.c_str(), rateW);
        const std::string hint = formatPercent(stage.conversionRate, 2) + " (funnel)";
        const std::string value = own != source.ownRates.end() ? formatForField(own->rate, NumberStyle::rate) : std::string();
        const std::string id = label("source-rate", i, j);
        const TextEdit e = textField(id.c_str(), value, hint.c_str(), rateW);
        if (e.changed) {
          const std::string key = "growth:source:" + source.id + ":rate:" + stage.id;
          const bool empty = e.text.find_first_not_of(' ') == std::string::npos;
          const ParsedNumber parsed = parseRate(e.text);
          if (empty) {
            edit(ui, key, [&](GrowthAssumptions& x) {
              std::erase_if(x.sources[i].ownRates, [&](const SourceRate& r) { return r.stageId == stage.id; });
            });
          } else if (parsed.value) {
            edit(ui, key, [&](GrowthAssumptions& x) {
              auto& ownRates = x.sources[i].ownRates;
              auto it = std::find_if(ownRates.begin(), ownRates.end(), [&](const SourceRate& r) { return r.stageId == stage.id; });
              if (it != ownRates.end()) it->rate = *parsed.value;
              else ownRates.push_back({stage.id, *parsed.value});
            });
          }
        }
        if (e.active && !e.text.empty() && !parseRate(e.text).value) {
          ImGui::PushFont(smallFont());
          labelledText(parseRate(e.text).error, "input-error" + id, p.danger, nullptr, rateW);
          ImGui::PopFont();
        }
        if (e.deactivated) history.seal();
        if (own != source.ownRates.end())
          fieldIssues(issues, path + ".ownRates[" + std::to_string(own - source.ownRates.begin()) + "].rate", rateW);
        rates.end();
      }
      for (size_t k = 0; k < source.ownRates.size(); ++k) fieldIssues(issues, path + ".ownRates[" + std::to_string(k) + "].stageId");
    }
    fieldIssues(issues, path + ".id");
    ImGui::PopID();
  }
  if (!a.sources.empty()) {
    ImGui::Spacing();
    if (!fieldIssues(issues, "growth.sources")) {
      ImGui::PushFont(smallFont());
      labelledText("Shares add up to " + formatPercent(sum, 2), "sources-sum", p.success);
      ImGui::PopFont();
    }
  }
  if (add) {
    edit(ui, {}, [&](GrowthAssumptions& x) { x.sources.push_back(LeadSource{"", freshName(x.sources, "New source"), 0, false, {}}); });
  } else if (remove) {
    const std::string name = a.sources[*remove].name;
    edit(ui, {}, [&](GrowthAssumptions& x) { x.sources.erase(x.sources.begin() + static_cast<long>(*remove)); });
    ui.notifyUndoable("Removed the source \xE2\x80\x9C" + name + "\xE2\x80\x9D.");
  }
  endCard();

  ImGui::Dummy(ImVec2(0, 6 * s));
  beginCard("##source-table-card", nullptr, width);
  sectionTitle("WHAT EACH SOURCE NEEDS", nullptr);
  if (!results_.ok()) {
    labelledText("Fix the highlighted inputs to see the sources.", "sources-invalid", p.danger);
  } else {
    const auto& sources = results_.waterfall.sources;
    std::vector<std::string> names;
    std::vector<const StageCounts*> rows;
    for (const auto& source : sources) names.push_back(source.name), rows.push_back(&source.counts);
    drawStageTable("##source-table", names, rows, {"Share", "Revenue"},
                   [&](size_t r, size_t column) {
                     if (column == 0) ImGui::TextUnformatted(formatPercent(sources[r].share).c_str());
                     else ImGui::TextUnformatted(money(sources[r].revenue, currency_).c_str());
                   },
                   "source-");
  }
  endCard();
}

// ---- Capacity -------------------------------------------------------------------------------------

void GrowthView::drawCapacity(UiContext& ui, float width) {
  History& history = ui.history();
  const GrowthAssumptions a = history.doc().growth.assumptions;
  const std::vector<ValidationIssue>& issues = results_.issues;
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const float gap = 16 * s;
  const float leftW = std::floor((width - gap) * 0.56f), rightW = width - gap - leftW;

  beginCard("##capacity-card", nullptr, leftW);
  sectionTitle("SALES CAPACITY", "Quota-carrying reps at full speed from the start, and the people you hire during the plan.");
  const float w = std::floor((ImGui::GetContentRegionAvail().x - gap) / 2);
  FieldRow row(gap);
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
    const std::string path = at("growth.capacity.newHires", i);
    ImGui::PushID(static_cast<int>(i));
    const float numW = 100 * s, removeW = buttonWidth("Remove"), g = 10 * s;
    const float nameW = ImGui::GetContentRegionAvail().x - 2 * numW - removeW - 3 * g;
    FieldRow hireRow(g);
    hireRow.begin(i == 0 ? "Who" : nullptr, nameW);
    const TextEdit name = textField(label("hire-name", i).c_str(), hire.name, "e.g. Account executive", nameW);
    if (name.changed && name.text != hire.name)
      edit(ui, "growth:hire:" + hire.id + ":name", [&](GrowthAssumptions& x) { x.capacity.newHires[i].name = name.text; });
    if (name.deactivated) history.seal();
    hireRow.end();
    hireRow.begin(i == 0 ? "Starts in month" : nullptr, numW);
    applyNumber(ui, numberField(label("hire-start", i).c_str(), hire.startMonth, NumberStyle::whole, numW), "growth:hire:" + hire.id + ":start",
                [i](GrowthAssumptions& x, double v) { x.capacity.newHires[i].startMonth = static_cast<int>(v); });
    fieldIssues(issues, path + ".startMonth", numW);
    hireRow.end();
    hireRow.begin(i == 0 ? "Ramp (months)" : nullptr, numW);
    applyNumber(ui, numberField(label("hire-ramp", i).c_str(), hire.rampMonths, NumberStyle::whole, numW), "growth:hire:" + hire.id + ":ramp",
                [i](GrowthAssumptions& x, double v) { x.capacity.newHires[i].rampMonths = static_cast<int>(v); });
    fieldIssues(issues, path + ".rampMonths", numW);
    hireRow.end();
    hireRow.begin(i == 0 ? " " : nullptr, removeW);
    if (button("Remove", label("hire-delete", i).c_str(), ButtonKind::subtle)) remove = i;
    hireRow.end();
    ImGui::PopID();
  }
  if (!a.capacity.newHires.empty()) smallMuted("A new hire sells 1/(ramp+1) of a full month's quota in the first month, 2/(ramp+1) in the second, and so on.");
  if (add)
    edit(ui, {}, [&](GrowthAssumptions& x) {
      x.capacity.newHires.push_back(NewHire{"", "New hire " + std::to_string(x.capacity.newHires.size() + 1), 1, 3});
    });
  else if (remove)
    edit(ui, {}, [&](GrowthAssumptions& x) { x.capacity.newHires.erase(x.capacity.newHires.begin() + static_cast<long>(*remove)); });
  endCard();

  ImGui::SameLine(0, gap);
  beginCard("##capacity-check-card", nullptr, rightW);
  caption("CAPACITY CHECK");
  ImGui::Spacing();
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
  endCard();
}

// ---- Budget ---------------------------------------------------------------------------------------

void GrowthView::drawBudget(UiContext& ui, float width) {
  History& history = ui.history();
  const GrowthAssumptions a = history.doc().growth.assumptions;
  const std::vector<ValidationIssue>& issues = results_.issues;
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const float gap = 16 * s;
  const float leftW = std::floor((width - gap) * 0.56f), rightW = width - gap - leftW;

  beginCard("##budget-card", nullptr, leftW);
  sectionTitle("MARKETING BUDGET", "What marketing can spend on the plan period, and what a lead costs in each channel.");
  const float w = std::floor((ImGui::GetContentRegionAvail().x - gap) / 2);
  ImGui::BeginGroup();
  caption(withCurrency("Budget for the plan", currency_).c_str());
  applyNumber(ui, numberField("##growth-budget", a.budget.amount, NumberStyle::amount, w, "e.g. 120k"), "growth:budget",
              [](GrowthAssumptions& x, double v) { x.budget.amount = v; });
  fieldIssues(issues, "growth.budget.amount", w);
  ImGui::EndGroup();

  ImGui::Dummy(ImVec2(0, 6 * s));
  ImGui::AlignTextToFramePadding();
  caption("CHANNELS");
  ImGui::SameLine();
  alignRight(buttonWidth("Add channel"));
  const bool add = button("Add channel");
  if (a.budget.channels.empty()) smallMuted("No channels: add one to price the marketing-sourced leads.");
  std::optional<size_t> remove;
  double sum = 0;
  for (size_t i = 0; i < a.budget.channels.size(); ++i) {
    const Channel& channel = a.budget.channels[i];
    const std::string path = at("growth.budget.channels", i);
    sum += channel.share;
    ImGui::PushID(static_cast<int>(i));
    const float numW = 110 * s, removeW = buttonWidth("Remove"), g = 10 * s;
    const float nameW = ImGui::GetContentRegionAvail().x - 2 * numW - removeW - 3 * g;
    FieldRow row(g);
    row.begin(i == 0 ? "Channel" : nullptr, nameW);
    const TextEdit name = textField(label("channel-name", i).c_str(), channel.name, "e.g. Paid search", nameW);
    if (name.changed && name.text != channel.name)
      edit(ui, "growth:channel:" + channel.id + ":name", [&](GrowthAssumptions& x) { x.budget.channels[i].name = name.text; });
    if (name.deactivated) history.seal();
    fieldIssues(issues, path + ".name", nameW);
    row.end();
    row.begin(i == 0 ? "Cost per lead" : nullptr, numW);
    applyNumber(ui, numberField(label("channel-cpl", i).c_str(), channel.costPerLead, NumberStyle::amount, numW),
                "growth:channel:" + channel.id + ":cpl", [i](GrowthAssumptions& x, double v) { x.budget.channels[i].costPerLead = v; });
    fieldIssues(issues, path + ".costPerLead", numW);
    row.end();
    row.begin(i == 0 ? "Share of leads" : nullptr, numW);
    applyNumber(ui, numberField(label("channel-share", i).c_str(), channel.share, NumberStyle::rate, numW),
                "growth:channel:" + channel.id + ":share", [i](GrowthAssumptions& x, double v) { x.budget.channels[i].share = v; });
    fieldIssues(issues, path + ".share", numW);
    row.end();
    row.begin(i == 0 ? " " : nullptr, removeW);
    if (button("Remove", label("channel-delete", i).c_str(), ButtonKind::subtle)) remove = i;
    row.end();
    ImGui::PopID();
  }
  if (!a.budget.channels.empty() && !fieldIssues(issues, "growth.budget.channels")) {
    ImGui::PushFont(smallFont());
    labelledText("Shares add up to " + formatPercent(sum, 2), "channels-sum", p.success);
    ImGui::PopFont();
  }
  if (add)
    edit(ui, {}, [&](GrowthAssumptions& x) {
      x.budget.channels.push_back(Channel{"", freshName(x.budget.channels, "New channel"), 50, x.budget.channels.empty() ? 1.0 : 0.0});
    });
  else if (remove)
    edit(ui, {}, [&](GrowthAssumptions& x) { x.budget.channels.erase(x.budget.channels.begin() + static_cast<long>(*remove)); });
  endCard();

  ImGui::SameLine(0, gap);
  beginCard("##budget-check-card", nullptr, rightW);
  caption("BUDGET CHECK");
  ImGui::Spacing();
  if (!results_.ok()) {
    labelledText("Fix the highlighted inputs to see the check.", "budget-invalid", p.danger);
  } else {
    const BudgetResult& b = results_.budget;
    const float right = ImGui::GetContentRegionMax().x;
    if (!b.costKnown) {
      verdict("Add a channel to price the leads", "budget-verdict", p.warning);
    } else {
      const bool good = b.moneyGap <= 0.5;
      verdict(good ? "The budget pays for the leads" : "Short by " + money(b.moneyGap, currency_), "budget-verdict",
              good ? p.success : p.danger);
    }
    ImGui::Spacing();
    metricLine(("Marketing-sourced " + b.leadStageName + "s needed").c_str(), formatCount(b.marketingLeads), "bud-leads", right);
    if (b.costKnown) {
      metricLine("Blended cost per lead", money(b.costPerLead, currency_), "bud-cpl", right);
      metricLine("What those leads cost", money(b.cost, currency_), "bud-cost", right);
      metricLine("Budget", money(b.budget, currency_), "bud-budget", right);
      const bool good = b.moneyGap <= 0.5;
      const ImVec4 color = good ? p.success : p.danger;
      metricLine(good ? "Left over" : "Gap in money", money(std::fabs(b.moneyGap), currency_), "bud-gap", right, &color);
      metricLine("Leads the budget pays for", formatCount(b.affordableLeads), "bud-affordable", right);
      const ImVec4 leadsColor = b.leadsGap > 0 ? p.danger : p.success;
      metricLine("Gap in leads", b.leadsGap > 0 ? formatCount(b.leadsGap) : std::string("none"), "bud-leads-gap", right, &leadsColor);
      ImGui::Dummy(ImVec2(0, 6 * s));
      caption("BY CHANNEL");
      for (const auto& channel : b.channels)
        metricLine(channel.name.c_str(), formatCount(channel.leads) + " leads \xC2\xB7 " + money(channel.cost, currency_),
                   "bud-channel-" + channel.id, right);
    }
  }
  endCard();
}

// ---- Scenarios ------------------------------------------------------------------------------------

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
    const float w = std::floor((ImGui::GetContentRegionAvail().x - 4 * gap) / 5);
    FieldRow row(gap);
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
          ImGui::SameLine();
          ImGui::PushFont(smallFont());
          labelledText(signedDelta(*delta, row.kind == MetricKind::money, currency_), "cmp-delta-" + row.label + "-" + std::to_string(o),
                       same ? p.textFaint : better ? p.success : p.danger);
          ImGui::PopFont();
        }
      }
    }
    ImGui::EndTable();
  }
  ImGui::PopStyleVar();
  endCard();
}

}  // namespace

std::unique_ptr<View> makeGrowthView() { return std::make_unique<GrowthView>(); }

}  // namespace gp::ui
