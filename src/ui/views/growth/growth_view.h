// The Growth plan page's parts: the page with its headline and tabs (growth_view.cpp), then one
// file per tab: goal and funnel, periods, sources, capacity, budget, scenarios.
#pragma once

#include <imgui.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "ui/app_state.h"
#include "core/text/number_text.h"
#include "ui/growth_fields.h"
#include "ui/growth_panels.h"
#include "ui/growth_results.h"

namespace gp::ui::growth {

// ImGui ids: "##prefix-i", "##prefix-i-j".
std::string label(const char* prefix, size_t i);
std::string label(const char* prefix, size_t i, size_t j);
// A list item's path in validation messages: "growth.stages[2]".
std::string at(const std::string& list, size_t i);
// "Revenue target (EUR)".
std::string withCurrency(const char* caption, const std::string& currency);

// A name not yet used in `names`: "New stage", "New stage 2"...
template <typename T>
std::string freshName(const std::vector<T>& items, const std::string& base) {
  for (int n = 1;; ++n) {
    const std::string name = n == 1 ? base : base + " " + std::to_string(n);
    if (std::none_of(items.begin(), items.end(), [&](const T& item) { return item.name == name; })) return name;
  }
}

// One number of a named list item (a new hire's start month, a channel's cost per lead).
struct ItemNumber {
  const char* caption;  // above the first row only
  const char* id;       // the field is "##<id>-<row>"
  double value;
  NumberStyle style;
  const char* key;    // merge key suffix: "start"
  const char* field;  // what validation calls it: "startMonth"
  std::function<void(GrowthAssumptions&, double)> set;
};

// A row of a list of named items (new hires, channels): name, two numbers and Remove.
struct ItemRow {
  const char* nameCaption;  // above the first row only
  const char* id;           // "hire": the fields are "##hire-name-<row>", "##hire-delete-<row>"
  const std::string& name;
  const char* nameHint;
  std::string keyPrefix;  // merge keys: "growth:hire:<id>:"
  std::string path;       // "growth.capacity.newHires[2]"
  bool nameIssues;        // show validation messages under the name
  float numberWidth;
  std::function<void(GrowthAssumptions&, const std::string&)> setName;
  ItemNumber numbers[2];
};

void smallMuted(const std::string& text);
void sectionTitle(const char* title, const char* subtitle);
// A verdict line: coloured dot and text, e.g. "The team can carry the target".
void verdict(const std::string& text, const std::string& id, const ImVec4& color);
// One "label · value" line of a check, the value right-aligned at `valueRight`.
void metricLine(const char* name, const std::string& value, const std::string& id, float valueRight,
                const ImVec4* color = nullptr);

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
  void drawCapacityCheck();
  void drawBudget(UiContext& ui, float width);
  void drawBudgetCheck();
  // The Capacity and Budget tabs: the inputs in a card on the left, what follows from them in a
  // card on the right. `inputs` gets the gap between the two.
  void drawInputsAndCheck(float width, const char* inputsId, const char* checkId, const char* checkCaption,
                          const std::function<void(float gap)>& inputs, const std::function<void()>& check);
  // Draws `row` as row `i` of its list; true when its Remove was clicked.
  bool itemRow(UiContext& ui, size_t i, const ItemRow& row);
  void drawScenarios(UiContext& ui, float width);
  void drawComparison(UiContext& ui, float width);
  void drawStageTable(const char* id, const std::vector<std::string>& rowNames, const std::vector<const StageCounts*>& rows,
                      const std::vector<std::string>& extraHeaders,
                      const std::function<void(size_t row, size_t column)>& extraCell, const std::string& idPrefix);

  GrowthResults results_;
  GrowthPart part_ = GrowthPart::funnel;
  std::string currency_;
};

}  // namespace gp::ui::growth
