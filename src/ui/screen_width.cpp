#include "screen_width.h"

#include <imgui.h>

#include "theme.h"

namespace gp::ui {

float cssScreenWidth() { return ImGui::GetMainViewport()->Size.x / theme::scale(); }

bool narrowScreen() { return cssScreenWidth() < 1000; }

bool phoneScreen() { return cssScreenWidth() < 600; }

}  // namespace gp::ui
