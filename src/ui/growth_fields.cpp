#include "growth_fields.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "core/text/number_text.h"
#include "theme.h"
#include "widgets.h"
#include "word_wrap.h"

namespace gp::ui {

std::string formatForField(double value, NumberStyle style) {
  switch (style) {
    case NumberStyle::rate: return formatPercent(value, 2);
    case NumberStyle::whole: return formatNumber(value, 0);
    case NumberStyle::weight: return formatNumber(value, 4);
    case NumberStyle::amount: break;
  }
  return formatNumber(value, 2);
}

NumberEdit numberField(const char* id, double value, NumberStyle style, float width, const char* hint) {
  NumberEdit result;
  const TextEdit e = textField(id, formatForField(value, style), hint, width);
  result.deactivated = e.deactivated;
  if (!e.active && !e.changed) return result;

  const ParsedNumber parsed = style == NumberStyle::rate ? parseRate(e.text) : parseNumber(e.text);
  std::string error = parsed.error;
  if (parsed.value && style == NumberStyle::whole) {
    if (std::fabs(*parsed.value) > 1e9) error = "enter a number up to 1,000,000,000";
    else if (*parsed.value != std::floor(*parsed.value)) error = "enter a whole number";
  }
  if (e.active && !error.empty()) {
    const float wrap = width > 0 ? width : ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(smallFont());
    labelledText(error, std::string("input-error") + id, theme::palette().danger, nullptr, wrap);
    ImGui::PopFont();
  }
  if (e.changed && error.empty() && parsed.value && *parsed.value != value) result.value = parsed.value;
  return result;
}

void labelledText(const std::string& text, const std::string& id, const ImVec4& color, ImFont* font, float wrapWidth) {
  ImGuiContext& g = *GImGui;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return;
  if (font) ImGui::PushFont(font);
  const std::string label = text + "##" + id;
  const std::string shown = wrapWidth > 0 ? breakBetweenWords(text, wrapWidth - 1) : text;
  const ImVec2 size = ImGui::CalcTextSize(shown.c_str(), nullptr, false, wrapWidth > 0 ? wrapWidth : -1.0f);
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
  const ImGuiID itemId = window->GetID(label.c_str());
  ImGui::ItemSize(size);
  if (ImGui::ItemAdd(bb, itemId)) {
    window->DrawList->AddText(g.Font, g.FontSize, pos, theme::u32(color), shown.c_str(), shown.c_str() + shown.size(),
                              wrapWidth > 0 ? wrapWidth : 0.0f);
    IMGUI_TEST_ENGINE_ITEM_INFO(itemId, label.c_str(), g.LastItemData.StatusFlags);
  }
  if (font) ImGui::PopFont();
}

bool hasIssue(const std::vector<ValidationIssue>& issues, const std::string& field) {
  return std::any_of(issues.begin(), issues.end(), [&](const ValidationIssue& i) { return i.field == field; });
}

bool fieldIssues(const std::vector<ValidationIssue>& issues, const std::string& field, float wrapWidth) {
  bool any = false;
  for (const auto& issue : issues) {
    if (issue.field != field) continue;
    if (!any) ImGui::PushFont(smallFont());
    any = true;
    // Validation words start lower case ("must be more than 0"); under a field they read as a sentence.
    std::string text = issue.message;
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    labelledText(text, "issue-" + field, theme::palette().danger, nullptr,
                 wrapWidth > 0 ? wrapWidth : ImGui::GetContentRegionAvail().x);
  }
  if (any) ImGui::PopFont();
  return any;
}

void FieldRow::begin(const char* caption, float width) {
  if (first_) {
    startX_ = nextX_ = ImGui::GetCursorPosX();
  } else if (rowWidth_ > 0 && nextX_ + width > startX_ + rowWidth_ + 0.5f) {
    ImGui::Dummy(ImVec2(0, gap_ * 0.25f));  // a new line of fields, a little apart from the last
    ImGui::SetCursorPosX(startX_);
    nextX_ = startX_;
  } else {
    ImGui::SameLine();
    ImGui::SetCursorPosX(nextX_);
    // Columns start level: a caption must not drop to the baseline of the previous column's field.
    ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset = 0;
  }
  first_ = false;
  nextX_ += width + gap_;
  ImGui::BeginGroup();
  ImGui::PushItemWidth(width);
  if (caption) ::gp::ui::caption(caption);
}

void FieldRow::end() {
  ImGui::PopItemWidth();
  ImGui::EndGroup();
}

}  // namespace gp::ui
