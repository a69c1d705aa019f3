#include "touch_targets.h"

#include <imgui.h>

#include <algorithm>

namespace gp::ui {

namespace {
constexpr float kTargetCssPx = 44.0f;
constexpr float kBodyFontCssPx = 16.0f;  // the shell's body font before fonts are loaded
float gMinTarget = 0;  // set once a coarse pointer was seen: phones stay phones
}  // namespace

float minTouchTarget() { return gMinTarget; }

void enlargeTouchTargets(float dpr) {
  gMinTarget = kTargetCssPx * dpr;
  ImGuiStyle& style = ImGui::GetStyle();
  const ImFont* font = ImGui::GetIO().FontDefault;
  const float fontPx = font ? font->LegacySize * dpr : kBodyFontCssPx * dpr;
  style.FramePadding.y = std::max(style.FramePadding.y, (kTargetCssPx * dpr - fontPx) * 0.5f);
  style.ItemSpacing = ImVec2(std::max(style.ItemSpacing.x, 12 * dpr), std::max(style.ItemSpacing.y, 12 * dpr));
  style.ScrollbarSize = std::max(style.ScrollbarSize, 16 * dpr);
  style.GrabMinSize = std::max(style.GrabMinSize, 24 * dpr);
  // Taps a little outside a small widget (a checkbox) still reach it.
  style.TouchExtraPadding = ImVec2(4 * dpr, 4 * dpr);
}

}  // namespace gp::ui
