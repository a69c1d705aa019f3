#include "storage_warning.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "theme.h"
#include "notices.h"
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
  const float iconD = std::round(20 * s);
  const float saveW = buttonWidth(saveText);
  const BannerPlace place =
      beginBanner(message_, saveW, BannerLook{p.warningSoft, p.warning, 0.45f, ImVec4(0.42f, 0.22f, 0.02f, 1), iconD});

  // A round "!" mark, aligned with the first line of text.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 center(place.text.x - 12 * s - iconD * 0.5f, place.text.y + ImGui::GetTextLineHeight() * 0.5f);
  dl->AddCircleFilled(center, iconD * 0.5f, theme::u32(p.warning));
  const float barW = std::max(2.0f, std::round(2.4f * s));
  const ImU32 markColor = theme::u32(p.dark ? p.appBg : ImVec4(1, 1, 1, 1));
  dl->AddRectFilled(ImVec2(center.x - barW * 0.5f, center.y - iconD * 0.28f),
                    ImVec2(center.x + barW * 0.5f, center.y + iconD * 0.08f), markColor, barW * 0.5f);
  dl->AddCircleFilled(ImVec2(center.x, center.y + iconD * 0.24f), barW * 0.62f, markColor);

  ImGui::SetCursorScreenPos(bannerButtonAt(place, saveW));
  const bool save = button(saveText, "##storage-save", ButtonKind::primary);
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("Same as File \xE2\x80\xBA Save (Ctrl/Cmd+S)");
  endBanner(place);
  return save;
}

}  // namespace gp::ui
