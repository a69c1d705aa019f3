#include "entity_fields.h"

#include <imgui_internal.h>

#include "core/text/number_text.h"
#include "core/text/text_trim.h"
#include "ui/growth_fields.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui::entity {

std::string formatForField(double value, NumberKind kind) {
  return kind == NumberKind::percent ? formatPercent(value, 2) : formatNumber(value, 2);
}

NumberInput numberInput(const char* id, std::optional<double> value, NumberKind kind, float width, const char* hint) {
  NumberInput result;
  const std::string shown = value ? formatForField(*value, kind) : std::string();
  TextEdit e = textField(id, shown, hint, width);
  result.deactivated = e.deactivated;
  const bool blank = isBlank(e.text);
  if (blank) {
    result.cleared = e.changed && value.has_value();
    return result;
  }
  const ParsedNumber parsed = kind == NumberKind::percent ? parseRate(e.text) : parseNumber(e.text);
  if (!parsed.value) {
    if (e.active) {
      ImGui::PushFont(smallFont());
      labelledText(parsed.error, std::string("input-error") + id, theme::palette().danger, nullptr,
                   width > 0 ? width : ImGui::GetContentRegionAvail().x);
      ImGui::PopFont();
    }
    return result;
  }
  if (e.changed && (!value || *parsed.value != *value)) result.value = parsed.value;
  return result;
}

void continueRowAt(float rowY) {
  ImGui::SetCursorPosY(rowY);
  ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset = 0.0f;
}

}  // namespace gp::ui::entity
