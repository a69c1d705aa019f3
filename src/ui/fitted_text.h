// Text that fits a width: whole when it fits, otherwise shortened and ending in "…", with the
// whole text in a tooltip on hover or keyboard focus, one at a time. Text is never cut mid-word
// without the "…".
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace gp::ui {

// `text` as it fits `width` in `font` (null: the current font): unchanged when it fits, else
// shortened (at a word break when one is near) and ending in "…".
std::string fitToWidth(std::string_view text, float width, ImFont* font = nullptr);

// One line of text in at most `width`; true when it was shortened.
bool fittedText(const std::string& text, float width, const ImVec4& color);
// The same drawn at `pos` on a draw list (charts, custom rows); the tooltip follows the mouse
// over the drawn text.
bool fittedTextAt(ImDrawList* drawList, ImVec2 pos, const std::string& text, float width, ImU32 color,
                  ImFont* font = nullptr);
// For an item that drew a shortened `fullText`: the whole text in a tooltip while the item is
// hovered, or has the focus while the person moves it by keyboard; the shortening is noted for
// automation. Only the first whole text asked for in a frame shows.
void fullTextTooltip(const std::string& fullText);

// ---- What was shortened (automation: window.growthplan.elidedTexts()) ----------------------
struct ElidedText {
  std::string text;        // the whole text
  bool shownInFull = false;  // its tooltip is up
};
// Called once at the start of each frame: the previous frame's list becomes the published one.
void beginFittedTextFrame();
const std::vector<ElidedText>& elidedTexts();  // of the last complete frame

}  // namespace gp::ui
