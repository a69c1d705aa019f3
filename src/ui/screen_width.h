// How wide the screen is in CSS pixels, so layouts choose the same arrangement on a phone, a
// laptop and a projector whatever the device pixel ratio (ImGui works in physical pixels).
#pragma once

namespace gp::ui {

// The app's window width in CSS pixels (physical pixels / theme::scale()).
float cssScreenWidth();
// Below 1000 CSS px the sidebar becomes a menu and split views show one pane at a time.
bool narrowScreen();
// Below 600 CSS px (phones): one column everywhere.
bool phoneScreen();

}  // namespace gp::ui
