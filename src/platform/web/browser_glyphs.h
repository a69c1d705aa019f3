// A Dear ImGui font loader that asks the browser to draw the glyphs the bundled fonts lack (CJK,
// Hangul, emoji, rare scripts), so any typed text shows without downloading fonts for it.
#pragma once

struct ImFontConfig;
struct ImFontLoader;

namespace gp::web {

// The loader of the merged "browser" source added last to every font (see fonts.cpp).
const ImFontLoader* browserGlyphLoader();

// Marks a source config as drawn by the browser, in the bold face when `bold`.
void useBrowserGlyphs(ImFontConfig& config, bool bold);

// Distinct characters the browser could not draw either (shown as the fallback glyph).
int glyphFallbacks();

}  // namespace gp::web
