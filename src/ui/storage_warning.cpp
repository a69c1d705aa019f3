#include "storage_warning.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "theme.h"
#include "widgets.h"

namespace gp::ui {

bool StorageWarning::report(bool keeping, const std::string& why) {
  const bool recovered = keeping && failing_;
  failing_ = !keeping;
  if (failing_) {
    const std::string reason = why.empty() ? "storage is full or blocked" : why;
    message_ = "This browser is not keeping your changes (" + reason + "). Save the plan to a file to keep your work.";
  }
  return recovered;
}

std::optional<Notice> StorageWarning::notice() const {
  if (!failing_) return std::nullopt;
  return Notice{Notice::Kind::error, message_};
}

bool StorageWarning::draw() {
  if (!failing_) return false;
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const char* saveText = "Save\xE2\x80\xA6";

  // Right under the error banners when there are some, else with the same space above.
  if (ImGui::GetCursorPosY() < 1) ImGui::Dummy(ImVec2(0, 12 * s));
  const float margin = 24 * s, pad = 14 * s, iconD = std::round(20 * s), gap = 12 * s;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x - 2 * margin;
  const float saveW = buttonWidth(saveText);
  const float textW = std::max(50.0f, width - 2 * pad - 6 * s - iconD - gap - saveW - 2 * gap);
  const ImVec2 textSize = ImGui::CalcTextSize(message_.c_str(), nullptr, false, textW);
  const float h = std::max(textSize.y, ImGui::GetFrameHeight()) + 2 * pad;
  const ImVec2 min(origin.x + margin, origin.y), max(origin.x + margin + width, origin.y + h);

  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(min, max, theme::u32(p.warningSoft), 8 * s);
  dl->AddRect(min, max, theme::u32(p.warning, 0.45f), 8 * s);
  dl->AddRectFilled(min, ImVec2(min.x + 4 * s, max.y), theme::u32(p.warning), 8 * s, ImDrawFlags_RoundCornersLeft);

  // A round "!" mark, aligned with the first line of text.
  const float textX = min.x + pad + 6 * s + iconD + gap;
  const float textY = std::floor(min.y + (h - textSize.y) * 0.5f);
  const ImVec2 center(min.x + pad + 6 * s + iconD * 0.5f, textY + ImGui::GetTextLineHeight() * 0.5f);
  dl->AddCircleFilled(center, iconD * 0.5f, theme::u32(p.warning));
  const float barW = std::max(2.0f, std::round(2.4f * s));
  const ImU32 markColor = theme::u32(p.dark ? p.appBg : ImVec4(1, 1, 1, 1));
  dl->AddRectFilled(ImVec2(center.x - barW * 0.5f, center.y - iconD * 0.28f),
                    ImVec2(center.x + barW * 0.5f, center.y + iconD * 0.08f), markColor, barW * 0.5f);
  dl->AddCircleFilled(ImVec2(center.x, center.y + iconD * 0.24f), barW * 0.62f, markColor);

  ImGui::SetCursorScreenPos(ImVec2(textX, textY));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + textW);
  ImGui::PushStyleColor(ImGuiCol_Text, p.dark ? p.text : ImVec4(0.42f, 0.22f, 0.02f, 1));
  ImGui::TextUnformatted(message_.c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();

  ImGui::SetCursorScreenPos(ImVec2(max.x - pad - saveW, min.y + (h - ImGui::GetFrameHeight()) * 0.5f));
  const bool save = button(saveText, "##storage-save", ButtonKind::primary);
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("Same as File \xE2\x80\xBA Save (Ctrl/Cmd+S)");
  ImGui::SetCursorScreenPos(ImVec2(origin.x, max.y + 8 * s));
  ImGui::Dummy(ImVec2(0, 0));
  return save;
}

}  // namespace gp::ui
