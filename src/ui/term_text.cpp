#include "term_text.h"

#include <algorithm>
#include <cstring>

#include "core/text/text_trim.h"
#include "theme.h"
#include "widgets.h"

namespace gp::ui {

std::vector<std::vector<ImRect>> wrappedSpanRects(ImFont* font, float fontSize, ImVec2 pos, std::string_view text,
                                                  float wrapWidth, const std::vector<MarkedSpan>& spans) {
  std::vector<std::vector<ImRect>> rects(spans.size());
  if (spans.empty() || !font) return rects;
  // The same walk as ImFont::RenderText: x advances by glyph, lines break at '\n' and where
  // CalcWordWrapPositionA says, and a wrap skips the blanks that follow.
  ImFontBaked* baked = font->GetFontBaked(fontSize);
  const float startX = IM_TRUNC(pos.x);
  float x = startX, y = IM_TRUNC(pos.y);
  const char* begin = text.data();
  const char* end = begin + text.size();
  const char* s = begin;
  const char* wrapEol = nullptr;
  size_t next = 0;  // spans are checked from here (they are sorted and do not overlap)
  auto extend = [&](size_t offset, float x0, float x1) {
    while (next < spans.size() && spans[next].end <= offset) ++next;
    for (size_t i = next; i < spans.size() && spans[i].begin <= offset; ++i) {
      if (offset >= spans[i].end) continue;
      auto& list = rects[i];
      if (!list.empty() && list.back().Min.y == y && list.back().Max.x >= x0 - 0.5f) list.back().Max.x = x1;
      else list.emplace_back(ImVec2(x0, y), ImVec2(x1, y + fontSize));
    }
  };
  while (s < end) {
    if (wrapWidth > 0) {
      if (!wrapEol) wrapEol = font->CalcWordWrapPosition(fontSize, s, end, wrapWidth - (x - startX));
      if (s >= wrapEol) {
        x = startX;
        y += fontSize;
        wrapEol = nullptr;
        while (s < end && ImCharIsBlankA(*s)) ++s;
        if (s < end && *s == '\n') ++s;
        continue;
      }
    }
    const size_t offset = static_cast<size_t>(s - begin);
    unsigned int c = static_cast<unsigned char>(*s);
    if (c < 0x80) s += 1;
    else s += ImTextCharFromUtf8(&c, s, end);
    if (c < 32) {
      if (c == '\n') {
        x = startX;
        y += fontSize;
        continue;
      }
      if (c == '\r') continue;
    }
    const float advance = baked->GetCharAdvance(static_cast<ImWchar>(c));
    extend(offset, x, x + advance);
    x += advance;
  }
  return rects;
}

int markTextAreaSpans(std::string_view text, const std::vector<MarkedSpan>& spans, const char* exposePrefix) {
  if (spans.empty()) return -1;
  // textArea's idle layout: text at the frame padding, wrapped inside the scrollbar's room.
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const float wrapWidth = std::max(10.0f, (max.x - min.x) - 2 * style.FramePadding.x - style.ScrollbarSize);
  const ImVec2 pos(min.x + style.FramePadding.x, min.y + style.FramePadding.y);
  const auto rects = wrappedSpanRects(ImGui::GetFont(), ImGui::GetFontSize(), pos, text, wrapWidth, spans);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(min, max, true);
  const bool dark = theme::palette().dark;
  const float s = theme::scale();
  const ImVec2 mouse = ImGui::GetMousePos();
  const bool canHover = ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows);
  int hovered = -1;
  for (size_t i = 0; i < spans.size(); ++i) {
    if (exposePrefix && !rects[i].empty() && spans[i].end <= text.size())
      exposeRect(rects[i].front(), exposePrefix + std::string(text.substr(spans[i].begin, spans[i].end - spans[i].begin)));
    for (const ImRect& r : rects[i]) {
      const ImVec2 a(r.Min.x - 1 * s, r.Min.y), b(r.Max.x + 1 * s, r.Max.y);
      dl->AddRectFilled(a, b, theme::u32(spans[i].color, dark ? 0.28f : 0.16f), 3 * s);
      dl->AddLine(ImVec2(a.x + 1 * s, b.y - 0.5f * s), ImVec2(b.x - 1 * s, b.y - 0.5f * s), theme::u32(spans[i].color, 0.85f),
                  1.5f * s);
      if (canHover && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y && mouse.y < max.y)
        hovered = static_cast<int>(i);
    }
  }
  dl->PopClipRect();
  return hovered;
}

void exposeLastItem(const std::string& label) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
  ImGuiContext& g = *GImGui;
  IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, label.c_str(), g.LastItemData.StatusFlags);
#else
  (void)label;
#endif
}

void exposeRect(const ImRect& rect, const std::string& label) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
  ImGuiContext& g = *GImGui;
  const ImGuiLastItemData saved = g.LastItemData;
  g.LastItemData.ID = 0;
  g.LastItemData.Rect = rect;
  IMGUI_TEST_ENGINE_ITEM_INFO(0, label.c_str(), 0);
  g.LastItemData = saved;
#else
  (void)rect;
  (void)label;
#endif
}

void termTooltip(const GlossaryTerm& term, const Document& doc) {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16 * s, 12 * s));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 8 * s);
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
  ImGui::PushFont(headingFont());
  ImGui::TextUnformatted(term.name.empty() ? "Untitled term" : term.name.c_str());
  ImGui::PopFont();
  exposeLastItem("##term-tooltip");
  pill(termStatusLabel(term.status), theme::statusColor(term.status));
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(smallFont());
  textColored(p.textMuted, termCategoryLabel(term.category));
  ImGui::PopFont();
  if (!term.aliases.empty()) {
    std::string aliases = "Also: ";
    for (size_t i = 0; i < term.aliases.size(); ++i) aliases += (i ? ", " : "") + term.aliases[i];
    ImGui::PushFont(smallFont());
    textWrappedMuted(aliases.c_str());
    ImGui::PopFont();
  }
  ImGui::Spacing();
  if (isBlank(term.definition)) {
    textWrappedMuted(term.status == TermStatus::agreed ? "Agreed, but the definition is still empty."
                                                       : "No agreed definition yet.");
    exposeLastItem("##term-tooltip-definition");
  } else {
    ImGui::TextUnformatted(term.definition.c_str());
    exposeLastItem("##term-tooltip-definition");
    exposeLastItem(term.definition + "##term-tooltip-definition");
  }
  if (term.status == TermStatus::deprecated) {
    for (const auto& other : doc.glossary) {
      if (other.meta.id != term.replacedBy || term.replacedBy.empty()) continue;
      ImGui::Spacing();
      textColored(p.warning, ("Deprecated: use \xE2\x80\x9C" + other.name + "\xE2\x80\x9D instead.").c_str());
    }
  } else if (term.status != TermStatus::agreed) {
    ImGui::Spacing();
    ImGui::PushFont(smallFont());
    textWrappedMuted("Not agreed by both teams yet.");
    ImGui::PopFont();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
  ImGui::PopStyleVar(2);
}

}  // namespace gp::ui
