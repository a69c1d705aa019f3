// The focus ring: where the keyboard is, drawn in the theme's focus colour at 2 px × pixel ratio.
#pragma once

namespace gp::ui {

// Call once a frame after every window is submitted. Rings the item keyboard navigation is on,
// and the text field being typed into however it was reached (a click too).
void drawFocusRing();

}  // namespace gp::ui
