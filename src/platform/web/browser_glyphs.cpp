#include "browser_glyphs.h"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstdlib>
#include <unordered_set>

// Draws one code point with Canvas 2D in the page's system fonts and reads it back. Returns a
// malloc'd RGBA bitmap (caller frees) and fills metrics[6] = advance, left, top (from the
// baseline, up), width, height, coloured; null when no browser font has the glyph (it would draw
// the same as a surely missing code point) or the page cannot draw.
EM_JS(unsigned char*, gpjs_draw_glyph, (int codepoint, float px, int bold, float* metrics), {
  try {
    var gp = Module.gpGlyphs || (Module.gpGlyphs = { missing: {} });
    var size = Math.max(1, Math.round(px * 4) / 4);
    var font = (bold ? '600 ' : '400 ') + size + 'px system-ui, -apple-system, "Segoe UI", "Noto Sans", ' +
      '"Noto Sans CJK JP", "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji", sans-serif';
    var pad = Math.ceil(size * 0.5) + 2;
    var side = Math.ceil(size * 3) + 2 * pad;
    var canvas = gp.canvas || (gp.canvas = document.createElement('canvas'));
    if (canvas.width < side || canvas.height < side) { canvas.width = side; canvas.height = side; }
    var ctx = gp.ctx || (gp.ctx = canvas.getContext('2d', { willReadFrequently: true }));
    // Renders into the canvas's top-left side×side square; the baseline sits at 2*size.
    function render(text) {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.font = font;
      ctx.textBaseline = 'alphabetic';
      ctx.fillStyle = '#fff';
      ctx.fillText(text, pad, pad + size * 2);
      return { width: ctx.measureText(text).width, pixels: ctx.getImageData(0, 0, side, side).data };
    }
    var key = font;
    if (!gp.missing[key]) gp.missing[key] = render(String.fromCodePoint(0x10FFFE));
    var text = String.fromCodePoint(codepoint);
    var drawn = render(text);
    var tofu = gp.missing[key];
    if (drawn.width === tofu.width) {
      var same = true;
      for (var i = 3; i < drawn.pixels.length; i += 4) if (drawn.pixels[i] !== tofu.pixels[i]) { same = false; break; }
      if (same) return 0;
    }
    // Ink bounds, and whether any pixel has colour (emoji) rather than white coverage.
    var x0 = side, y0 = side, x1 = -1, y1 = -1, coloured = 0, p = drawn.pixels;
    for (var y = 0; y < side; y++) for (var x = 0; x < side; x++) {
      var o = (y * side + x) * 4;
      if (p[o + 3] === 0) continue;
      if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
      if (!coloured && (p[o] < 250 || p[o + 1] < 250 || p[o + 2] < 250) && p[o + 3] > 8) coloured = 1;
    }
    var w = x1 >= x0 ? x1 - x0 + 1 : 0, h = y1 >= y0 ? y1 - y0 + 1 : 0;
    var out = _malloc(Math.max(1, w * h * 4));
    for (var row = 0; row < h; row++) {
      var start = ((y0 + row) * side + x0) * 4;
      HEAPU8.set(p.subarray(start, start + w * 4), out + row * w * 4);
    }
    var m = metrics >> 2;
    HEAPF32[m] = drawn.width;
    HEAPF32[m + 1] = x0 - pad;
    HEAPF32[m + 2] = pad + size * 2 - y0;
    HEAPF32[m + 3] = w;
    HEAPF32[m + 4] = h;
    HEAPF32[m + 5] = coloured;
    return out;
  } catch (e) {
    return 0;
  }
});

namespace gp::web {
namespace {

std::unordered_set<ImWchar>& fallbacks() {
  static std::unordered_set<ImWchar> set;
  return set;
}

bool sourceInit(ImFontAtlas*, ImFontConfig* src) {
  // Metrics come from the font's own (first) source; this one only adds glyphs.
  if (src->MergeMode && src->SizePixels == 0.0f) src->SizePixels = src->DstFont->Sources[0]->SizePixels;
  return true;
}

// Said yes to everything: asking the browser is only worth it when a glyph is really drawn, and
// the glyph loader reports the ones it cannot draw.
bool containsGlyph(ImFontAtlas*, ImFontConfig*, ImWchar) { return true; }

bool bakedInit(ImFontAtlas*, ImFontConfig*, ImFontBaked*, void*) { return true; }

bool loadGlyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint,
               ImFontGlyph* out, float* outAdvanceX) {
  // ImGui asks every new font size for a tab and makes it from spaces when no source has one. A
  // control character is never drawn, and asking the browser for one made the page load its
  // system fonts before the first frame (a fifth of a second, the largest part of that frame).
  if (codepoint < 0x20 || (codepoint >= 0x7F && codepoint < 0xA0)) return false;
  const float density = src->RasterizerDensity * baked->RasterizerDensity;
  float m[6] = {0, 0, 0, 0, 0, 0};
  unsigned char* pixels = gpjs_draw_glyph(static_cast<int>(codepoint), baked->Size * density, src->FontLoaderFlags & 1, m);
  if (!pixels) {
    fallbacks().insert(codepoint);
    return false;
  }
  const float advance = m[0] / density;
  const int w = static_cast<int>(m[3]), h = static_cast<int>(m[4]);
  if (outAdvanceX) {
    *outAdvanceX = advance;
    std::free(pixels);
    return true;
  }
  out->Codepoint = codepoint;
  out->AdvanceX = advance;
  if (w > 0 && h > 0) {
    ImFontAtlasRectId id = ImFontAtlasPackAddRect(atlas, w, h);
    if (id == ImFontAtlasRectId_Invalid) {
      std::free(pixels);
      return false;
    }
    ImTextureRect* r = ImFontAtlasPackGetRect(atlas, id);
    out->X0 = m[1] / density;
    out->Y0 = (IM_ROUND(baked->Ascent) * density - m[2]) / density;
    out->X1 = out->X0 + w / density;
    out->Y1 = out->Y0 + h / density;
    out->Visible = true;
    out->Colored = m[5] != 0;
    out->PackId = id;
    if (out->Colored) {
      ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out, r, pixels, ImTextureFormat_RGBA32, w * 4);
    } else {
      // Drawn white: the alpha channel is the coverage, tinted by the text colour later.
      ImVector<unsigned char>& alpha = atlas->Builder->TempBuffer;
      alpha.resize(w * h);
      for (int i = 0; i < w * h; ++i) alpha[i] = pixels[i * 4 + 3];
      ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out, r, alpha.Data, ImTextureFormat_Alpha8, w);
    }
  }
  std::free(pixels);
  return true;
}

}  // namespace

const ImFontLoader* browserGlyphLoader() {
  static ImFontLoader loader;
  loader.Name = "browser canvas";
  loader.FontSrcInit = sourceInit;
  loader.FontSrcContainsGlyph = containsGlyph;
  loader.FontBakedInit = bakedInit;
  loader.FontBakedLoadGlyph = loadGlyph;
  return &loader;
}

void useBrowserGlyphs(ImFontConfig& config, bool bold) {
  config.MergeMode = true;
  config.FontLoader = browserGlyphLoader();
  config.FontLoaderFlags = bold ? 1u : 0u;
  ImFormatString(config.Name, IM_ARRAYSIZE(config.Name), "browser %s", bold ? "bold" : "regular");
}

int glyphFallbacks() { return static_cast<int>(fallbacks().size()); }

}  // namespace gp::web
