#include "entity_fields.h"

#include <imgui_internal.h>

#include "core/number_text.h"
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
  const bool blank = e.text.find_first_not_of(" \t") == std::string::npos;
  if (blank) {
    result.cleared = e.changed && value.has_value();
    return result;
  }
  const ParsedNumber parsed = kind == NumberKind::percent ? parseRate(e.text) : parseNumber(e.text);
  if (!parsed.value) {
    if (e.active) {
      ImGui::PushFont(smallFont());
      labelledText(parsed.error, std::string("input-error") + id, theme::palette().danger,
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

void labelledText(const std::string& text, const std::string& id, const ImVec4& color, float wrapWidth) {
  ImGuiContext& g = *GImGui;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return;
  const std::string label = text + "##" + id;
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrapWidth > 0 ? wrapWidth : -1.0f);
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
  const ImGuiID itemId = window->GetID(label.c_str());
  ImGui::ItemSize(size);
  if (!ImGui::ItemAdd(bb, itemId)) return;
  window->DrawList->AddText(g.Font, g.FontSize, pos, theme::u32(color), text.c_str(), text.c_str() + text.size(),
                            wrapWidth > 0 ? wrapWidth : 0.0f);
  IMGUI_TEST_ENGINE_ITEM_INFO(itemId, label.c_str(), g.LastItemData.StatusFlags);
}

bool fieldIssues(const std::vector<ValidationIssue>& issues, const std::string& field, float wrapWidth) {
  bool any = false;
  for (const auto& issue : issues) {
    if (issue.field != field) continue;
    if (!any) ImGui::PushFont(smallFont());
    any = true;
    std::string message = issue.message;  // a sentence under the field: "Must be 0 or more"
    if (!message.empty() && message[0] >= 'a' && message[0] <= 'z') message[0] = static_cast<char>(message[0] - 'a' + 'A');
    labelledText(message, "issue-" + field, theme::palette().danger,
                 wrapWidth > 0 ? wrapWidth : ImGui::GetContentRegionAvail().x);
  }
  if (any) ImGui::PopFont();
  return any;
}

}  // namespace gp::ui::entity
