#include "fonts.h"

#include <imgui.h>

#include <cstdlib>
#include <vector>

#include "browser_glyphs.h"
#include "js_bridge.h"

namespace gp::web {
namespace {

enum FontRole { kBody = 0, kHeading = 1 };
constexpr float kBodyPx = 16.0f, kHeadingPx = 24.0f, kSmallPx = 13.0f, kFiguresPx = 40.0f;
constexpr float kDisplayPx = 44.0f, kClockPx = 132.0f;  // presenter mode

std::vector<unsigned char> takeFont(int role) {
  std::vector<unsigned char> data;
  int size = 0;
  unsigned char* bytes = gpjs_take_font(role, &size);
  if (bytes && size > 0) data.assign(bytes, bytes + size);
  std::free(bytes);
  return data;
}

// One ImFont per role so views keep PushFont(font) at the role's size (font->LegacySize); each
// is its face plus the browser's glyphs for every other character.
ImFont* addFont(std::vector<unsigned char>& data, float px, bool bold) {
  ImGuiIO& io = ImGui::GetIO();
  ImFontConfig config;
  config.SizePixels = px;
  ImFont* font = nullptr;
  if (data.empty()) {
    font = io.Fonts->AddFontDefault(&config);
  } else {
    config.FontDataOwnedByAtlas = false;  // the atlas copies the bytes
    font = io.Fonts->AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), px, &config);
  }
  ImFontConfig browser;
  useBrowserGlyphs(browser, bold);
  io.Fonts->AddFont(&browser);
  return font;
}

}  // namespace

ui::Fonts buildFonts() {
  std::vector<unsigned char> body = takeFont(kBody), heading = takeFont(kHeading);
  const bool boldHeading = !heading.empty();
  if (heading.empty()) heading = body;
  ui::Fonts fonts;
  fonts.body = addFont(body, kBodyPx, false);
  fonts.heading = addFont(heading, kHeadingPx, boldHeading);
  fonts.small = addFont(body, kSmallPx, false);
  fonts.figures = addFont(heading, kFiguresPx, boldHeading);
  fonts.display = addFont(heading, kDisplayPx, boldHeading);
  fonts.clock = addFont(heading, kClockPx, boldHeading);
  ImGui::GetIO().FontDefault = fonts.body;
  return fonts;
}

}  // namespace gp::web
