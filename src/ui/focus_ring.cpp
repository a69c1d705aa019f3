// ImGui draws its navigation cursor 2 physical pixels thick whatever the screen, which is
// a hairline at pixel ratio 2; this ring lies over it, in the same place, scaled to the screen.
#include "focus_ring.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "theme.h"

namespace gp::ui {

void drawFocusRing() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiWindow* window = g.NavWindow;
  if (!window || g.NavId == 0 || !g.NavIdIsAlive) return;
  const bool typing = g.ActiveId == g.NavId && ImGui::GetInputTextState(g.NavId) != nullptr;
  const bool keyboardFocus = g.NavCursorVisible && !window->DC.NavHideHighlightOneFrame &&
                             !(window->Flags & ImGuiWindowFlags_NoNavInputs);
  if (!typing && !keyboardFocus) return;

  ImRect item = ImGui::WindowRectRelToAbs(window, window->NavRectRel[g.NavLayer]);
  item.ClipWith(window->InnerClipRect);
  if (item.GetWidth() <= 0 || item.GetHeight() <= 0) return;

  // ImGui's own ring starts 2 px outside the item; this one starts there too and covers it.
  const float gap = 2.0f;
  const float thickness = 2.0f * theme::scale();
  ImRect ring = item;
  ring.Expand(gap + thickness * 0.5f);
  ImRect clip = ring;
  clip.Expand(thickness);
  ImDrawList* dl = window->DrawList;
  dl->PushClipRect(clip.Min, clip.Max, false);
  dl->AddRect(ring.Min, ring.Max, theme::u32(theme::palette().focus), g.Style.FrameRounding + gap, 0, thickness);
  dl->PopClipRect();
}

}  // namespace gp::ui
