// Fields of the SLA and campaign pages: number fields that take what people type ("1.2M", "20%")
// and show numbers formatted, validation messages under the field they concern, and text drawn
// as a labelled item so automation finds a shown status or warning by its label.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

#include "core/growth/growth_validation.h"

namespace gp::ui::entity {

enum class NumberKind {
  amount,   // counts, hours, days, money: "1,200,000", up to two decimals; accepts "1.2M", "30k"
  percent,  // "90%"; accepts "90%" or 0.9
};

std::string formatForField(double value, NumberKind kind);

struct NumberInput {
  std::optional<double> value;  // a new value typed this frame
  bool cleared = false;         // the person emptied the field this frame
  bool deactivated = false;     // the typing burst ended: seal the undo step
};

// A text field over a number (absent: an empty field showing `hint`). Text that is not a number
// shows why under the field and changes nothing.
NumberInput numberInput(const char* id, std::optional<double> value, NumberKind kind, float width,
                        const char* hint = nullptr);

// Continues the current row at height `rowY` (window coordinates) with text at the top: after
// ImGui::SameLine following a group of frames, a caption would otherwise drop to their text baseline.
void continueRowAt(float rowY);


}  // namespace gp::ui::entity
