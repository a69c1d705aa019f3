// A QR code for a link (an invitation the room scans from the projector), drawn as ImGui
// rectangles from the qr-code-generator library fetched at build time.
#pragma once

#include <string_view>

namespace gp::ui {

// Draws the code for `text` as a square of `sidePx` pixels (quiet zone included, dark on white
// whatever the theme) at the cursor, as one item. False, and nothing drawn, when the text is too
// long for a QR code.
bool drawQrCode(std::string_view text, float sidePx);

}  // namespace gp::ui
