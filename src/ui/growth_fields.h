// Fields and read-outs of the growth pages: number fields that take what people type ("1.2M",
// "20%") and show numbers formatted, validation messages right under the field they concern, and
// text drawn as a labelled item so automation finds a shown number or message by its label.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

#include "core/growth/growth_validation.h"

namespace gp::ui {

enum class NumberStyle {
  amount,  // money and other amounts: "1,200,000"; accepts "1.2M", "30k"
  rate,    // conversion rates and shares: "20%"; accepts "20%" or 0.2
  whole,   // days, reps, months: "90"; accepts only whole numbers
  weight,  // period weights: up to four decimals
};

std::string formatForField(double value, NumberStyle style);

struct NumberEdit {
  std::optional<double> value;  // a new value parsed from what was typed this frame
  bool deactivated = false;     // the typing burst ended: seal the undo step
};

// A text field over a number. While the person types, text that is not a number shows its reason
// under the field (labelled "<reason>##input-error<id>") and changes nothing.
NumberEdit numberField(const char* id, double value, NumberStyle style, float width, const char* hint = nullptr);

// Text drawn as an item whose ImGui label is `text` + "##" + `id`, so window.growthplan.widgetRect
// finds it; wrapped at `wrapWidth` when > 0.
void labelledText(const std::string& text, const std::string& id, const ImVec4& color, ImFont* font = nullptr,
                  float wrapWidth = 0);

// Every issue on exactly `field` (e.g. "growth.stages[1].conversionRate") in red under the current
// item, labelled "<message>##issue-<field>". Returns whether there was any.
bool fieldIssues(const std::vector<ValidationIssue>& issues, const std::string& field, float wrapWidth = 0);
bool hasIssue(const std::vector<ValidationIssue>& issues, const std::string& field);

// Lays out fields side by side, each with a caption above and its messages below. With a
// `rowWidth`, a field that would pass the row's end starts the next line (fields wrap on a phone).
class FieldRow {
 public:
  explicit FieldRow(float gap, float rowWidth = 0) : gap_(gap), rowWidth_(rowWidth) {}
  // Starts a field column of `width`; call end() after the field and its messages.
  void begin(const char* caption, float width);
  void end();

 private:
  float gap_;
  float rowWidth_;
  float startX_ = 0;
  bool first_ = true;
  float nextX_ = 0;  // where the next column starts (window coordinates)
};

}  // namespace gp::ui
