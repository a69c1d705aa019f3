#include "modal.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>

#include "theme.h"
#include "widgets.h"

namespace gp::ui {

namespace {
int gEnterTakenFrame = -1;  // the frame a field used Enter for itself
}  // namespace

bool beginModal(const char* id, float width, bool* requestOpen) {
  if (requestOpen && *requestOpen) {
    *requestOpen = false;
    ImGui::OpenPopup(id);
  }
  const float s = theme::scale();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  // A dialog taller than the screen (a phone, a long import) scrolls instead of losing its buttons.
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, std::max(120 * s, viewport->WorkSize.y - 16 * s)));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28 * s, 24 * s));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 12 * s);
  const bool open = ImGui::BeginPopupModal(id, nullptr,
                                           ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                               ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PopStyleVar(2);
  return open;
}

bool dialogEnterPressed() {
  if (!ImGui::IsKeyPressed(ImGuiKey_Enter, false) && !ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)) return false;
  if (gEnterTakenFrame == ImGui::GetFrameCount()) return false;
  const ImGuiContext& g = *GImGui;
  if (g.NavWindow && g.NavWindow->RootWindow != ImGui::GetCurrentWindow()->RootWindow) return false;
  const bool inField = g.NavId != 0 && g.NavId == g.InputTextState.ID;
  if (inField) return !(g.InputTextState.Flags & ImGuiInputTextFlags_Multiline);
  return g.NavId == 0 || !g.NavCursorVisible;  // else ImGui presses the button under the keyboard
}

void fieldTookEnter() { gEnterTakenFrame = ImGui::GetFrameCount(); }

void modalHeading(const char* captionText, const char* title, const char* intro) {
  caption(captionText);
  heading(title);
  ImGui::Spacing();
  if (!intro) return;
  textWrappedMuted(intro);
  ImGui::Dummy(ImVec2(0, 10 * theme::scale()));
}

}  // namespace gp::ui
