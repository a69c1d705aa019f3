// UI fonts: fetched by the page from Debian font packages at build time. Dear ImGui 1.92 bakes
// glyphs on demand at the final size (style.FontScaleDpi), so the atlas is built once; glyphs the
// bundled fonts lack are drawn by the browser (browser_glyphs.h).
#pragma once

#include "ui/app.h"

namespace gp::web {

// Takes the font files the page fetched and adds the app's fonts to the atlas. Call once.
ui::Fonts buildFonts();

}  // namespace gp::web
