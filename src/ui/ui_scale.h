// The UI scale a person picks (View > UI scale, Ctrl/Cmd + / - / 0), remembered in settings.
// The shell multiplies it with the device pixel ratio for the style and the fonts.
#pragma once

#include "platform.h"

namespace gp::ui {

float uiScale();  // 1 = 100%
void loadUiScale(Platform& platform);
void setUiScale(Platform& platform, float scale);  // snaps to the nearest step and saves it
void stepUiScale(Platform& platform, int direction);  // +1 larger, -1 smaller, 0 back to 100%
void drawUiScaleMenu(Platform& platform);  // the View > UI scale submenu

}  // namespace gp::ui
