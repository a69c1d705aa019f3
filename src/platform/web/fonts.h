// UI fonts: fetched by the page from Debian font packages at build time, rasterised at the
// device pixel ratio so text stays crisp.
#pragma once

#include "ui/app.h"

namespace gp::web {

// Takes the font files the page fetched (once), then (re)builds the atlas for `dpr`.
ui::Fonts buildFonts(float dpr);

}  // namespace gp::web
