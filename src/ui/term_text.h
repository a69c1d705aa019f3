// Text that speaks the glossary: marking words inside wrapped text (terms in plan sections, the
// words where marketing's and sales's definitions differ) and the tooltip that explains a term.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/document.h"

namespace gp::ui {

// A byte range [begin, end) of a UTF-8 text, marked in `color`.
struct MarkedSpan {
  size_t begin = 0;
  size_t end = 0;
  ImVec4 color;
};

// Where each span lands when `text` is drawn at `pos` with ImDrawList::AddText's word wrapping
// at `wrapWidth` (one rectangle per line a span covers), so marks line up with the drawn glyphs.
std::vector<std::vector<ImRect>> wrappedSpanRects(ImFont* font, float fontSize, ImVec2 pos, std::string_view text,
                                                  float wrapWidth, const std::vector<MarkedSpan>& spans);

// Marks spans of the text an idle textArea (widgets.h) just drew, like a highlighter pen: a soft
// band over the words and a line under them. Call right after textArea, with the text it shows.
// Returns the index of the span under the mouse, or -1. With `exposePrefix`, each span's first
// rectangle is exposed to automation as prefix + the span's text ("##term-mention-MQL").
int markTextAreaSpans(std::string_view text, const std::vector<MarkedSpan>& spans, const char* exposePrefix = nullptr);

// The hover card for a term: name, status, agreed definition (or that there is none yet),
// aliases, and what replaces it when deprecated.
void termTooltip(const GlossaryTerm& term, const Document& doc);

// Registers the last drawn item (even plain text) under `label` for automation (widgetRect).
void exposeLastItem(const std::string& label);
// Registers a drawn rectangle that is no item (a marked word) under `label` for automation.
void exposeRect(const ImRect& rect, const std::string& label);

}  // namespace gp::ui
