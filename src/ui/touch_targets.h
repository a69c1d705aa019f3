// Fingers need bigger targets than a mouse pointer: on touch screens every button, field and row
// is at least 44 CSS pixels tall (the common guideline for tappable things).
#pragma once

namespace gp::ui {

// After applyTheme on a device whose main pointer is coarse (a finger): taller frames and more
// room between items. `dpr` is the device pixel ratio the style was built for.
void enlargeTouchTargets(float dpr);
// The smallest height a tappable thing should have, in pixels: 44 CSS px on touch screens, else 0.
float minTouchTarget();

}  // namespace gp::ui
