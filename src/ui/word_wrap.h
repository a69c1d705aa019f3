// Wrapping that breaks lines only between words. ImGui also breaks after "." and ",", which
// splits numbers ("EUR 1,250,|000") and abbreviations ("e.|g.") across lines.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

namespace gp::ui {

// `text` with a line break at the last space before each line would pass `width` in `font`
// (null: the current font); the text's own line breaks stay. A word wider than `width` keeps a
// line of its own.
std::string breakBetweenWords(std::string_view text, float width, ImFont* font = nullptr);

// ImGui::TextWrapped for text: wrapped at the current wrap position (the content's right edge
// when none is set), between words only.
void textWrappedBetweenWords(std::string_view text);

}  // namespace gp::ui
