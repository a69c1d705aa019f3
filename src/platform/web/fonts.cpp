#include "fonts.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <cstdlib>
#include <vector>

#include "js_bridge.h"

namespace gp::web {
namespace {

enum FontRole { kBody = 0, kHeading = 1 };
constexpr float kBodyPx = 16.0f, kHeadingPx = 24.0f, kSmallPx = 13.0f, kFiguresPx = 40.0f;
constexpr float kDisplayPx = 44.0f, kClockPx = 132.0f;  // presenter mode

struct FontFiles {
  std::vector<unsigned char> body, heading;
  bool taken = false;
};

FontFiles& files() {
  static FontFiles f;
  if (!f.taken) {
    f.taken = true;
    for (int role : {kBody, kHeading}) {
      int size = 0;
      unsigned char* bytes = gpjs_take_font(role, &size);
      if (bytes && size > 0) (role == kBody ? f.body : f.heading).assign(bytes, bytes + size);
      std::free(bytes);
    }
  }
  return f;
}

const ImWchar* glyphRanges() {
  static ImVector<ImWchar> ranges;
  if (ranges.empty()) {
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesDefault());  // Basic Latin + Latin-1
    static const ImWchar extra[] = {0x0100, 0x024F,   // Latin Extended-A/B
                                    0x0370, 0x03FF,   // Greek
                                    0x0400, 0x04FF,   // Cyrillic
                                    0x2000, 0x206F,   // punctuation: dashes, quotes, bullet, ellipsis
                                    0x20A0, 0x20CF,   // currency symbols
                                    0x2100, 0x215F,   // letterlike, fractions
                                    0x2190, 0x21FF,   // arrows
                                    0x2200, 0x22FF,   // math operators
                                    0x25A0, 0x25FF,   // geometric shapes
                                    0x2713, 0x2717,   // check marks
                                    0};
    builder.AddRanges(extra);
    builder.BuildRanges(&ranges);
  }
  return ranges.Data;
}

// Key figures are drawn large: digits and their punctuation only, so the atlas stays small.
const ImWchar* figureRanges() {
  static const ImWchar ranges[] = {0x0020, 0x0039, 0x2014, 0x2014, 0};
  return ranges;
}

// Presenter mode's big type, loaded at its size so it stays crisp; few glyphs keep the atlas small.
const ImWchar* displayRanges() {
  static const ImWchar ranges[] = {0x0020, 0x017F, 0x2010, 0x2026, 0x20AC, 0x20AC, 0};
  return ranges;
}
const ImWchar* clockRanges() {
  static const ImWchar ranges[] = {0x0020, 0x003A, 'T', 'T', 'e', 'e', 'i', 'i', 'm', 'm', 'p', 'p', 's', 's', 'u', 'u', 0};
  return ranges;
}

ImFont* addFont(std::vector<unsigned char>& data, float px, float dpr, const ImWchar* ranges) {
  ImGuiIO& io = ImGui::GetIO();
  float size = std::floor(px * dpr);
  if (data.empty()) {
    ImFontConfig config;
    config.SizePixels = size;
    return io.Fonts->AddFontDefault(&config);
  }
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes outlive atlas rebuilds on DPI changes
  config.OversampleH = 2;
  config.OversampleV = 1;
  return io.Fonts->AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), size, &config, ranges);
}

}  // namespace

ui::Fonts buildFonts(float dpr) {
  FontFiles& f = files();
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ui::Fonts fonts;
  std::vector<unsigned char>& heading = f.heading.empty() ? f.body : f.heading;
  fonts.body = addFont(f.body, kBodyPx, dpr, glyphRanges());
  fonts.heading = addFont(heading, kHeadingPx, dpr, glyphRanges());
  fonts.small = addFont(f.body, kSmallPx, dpr, glyphRanges());
  fonts.figures = addFont(heading, kFiguresPx, dpr, figureRanges());
  fonts.display = addFont(heading, kDisplayPx, dpr, displayRanges());
  fonts.clock = addFont(heading, kClockPx, dpr, clockRanges());
  io.FontDefault = fonts.body;
  io.Fonts->Build();
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  return fonts;
}

}  // namespace gp::web
