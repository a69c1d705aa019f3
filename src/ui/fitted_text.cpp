#include "fitted_text.h"

#include <imgui_internal.h>

#include <algorithm>

#include "widgets.h"

namespace gp::ui {

namespace {

constexpr const char* kEllipsis = "\xE2\x80\xA6";

struct Frames {
  std::vector<ElidedText> building;
  std::vector<ElidedText> published;
  bool tooltipShown = false;  // this frame: a whole text is up, so no other may be
};

Frames& frames() {
  static Frames f;
  return f;
}

void noteElided(const std::string& text, bool shownInFull) {
  auto& list = frames().building;
  auto it = std::find_if(list.begin(), list.end(), [&](const ElidedText& e) { return e.text == text; });
  if (it == list.end()) list.push_back({text, shownInFull});
  else it->shownInFull = it->shownInFull || shownInFull;
}

// One whole text at a time: while the person moves the keyboard focus, the focused item's; else
// what the pointer (on a phone, the last touch) rests on, wherever the focus was left.
bool keyboardLeads() {
  const ImGuiContext& g = *GImGui;
  return g.NavCursorVisible && g.NavHighlightItemUnderNav;
}

// Shows `text` whole unless another whole text is up this frame; whether it shows.
bool showWhole(const std::string& text) {
  if (frames().tooltipShown) return false;
  frames().tooltipShown = true;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
  return true;
}

bool isBreak(char c) { return c == ' ' || c == '-' || c == '/' || c == ','; }

}  // namespace

std::string fitToWidth(std::string_view text, float width, ImFont* font) {
  if (!font) font = ImGui::GetFont();
  const float size = scaledSize(font);
  const char* begin = text.data();
  const char* end = begin + text.size();
  if (font->CalcTextSizeA(size, FLT_MAX, 0, begin, end).x <= width) return std::string(text);
  const float room = width - font->CalcTextSizeA(size, FLT_MAX, 0, kEllipsis).x;
  if (room <= 0) return kEllipsis;
  const char* cut = begin;
  font->CalcTextSizeA(size, room, 0, begin, end, &cut);  // stops at the first glyph past `room`
  // Prefer a word break when it keeps most of what fits.
  const char* word = cut;
  while (word > begin && !isBreak(word[-1])) --word;
  if (word - begin >= (cut - begin) * 6 / 10) cut = word;
  while (cut > begin && (cut[-1] == ' ' || cut[-1] == ',')) --cut;
  return std::string(begin, cut) + kEllipsis;
}

bool fittedText(const std::string& text, float width, const ImVec4& color) {
  const std::string shown = fitToWidth(text, width);
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextUnformatted(shown.c_str());
  ImGui::PopStyleColor();
  if (shown == text) return false;
  fullTextTooltip(text);
  return true;
}

bool fittedTextAt(ImDrawList* drawList, ImVec2 pos, const std::string& text, float width, ImU32 color, ImFont* font) {
  if (!font) font = ImGui::GetFont();
  const float size = scaledSize(font);
  const std::string shown = fitToWidth(text, width, font);
  drawList->AddText(font, size, pos, color, shown.c_str());
  if (shown == text) return false;
  const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0, shown.c_str());
  const bool hovered = !keyboardLeads() && ImGui::IsWindowHovered() &&
                       ImGui::IsMouseHoveringRect(pos, ImVec2(pos.x + extent.x, pos.y + extent.y));
  noteElided(text, hovered && showWhole(text));
  return true;
}

void fullTextTooltip(const std::string& fullText) {
  const bool show = keyboardLeads() ? ImGui::IsItemFocused() && !ImGui::IsItemActive() : ImGui::IsItemHovered();
  noteElided(fullText, show && showWhole(fullText));
}

void beginFittedTextFrame() {
  Frames& f = frames();
  f.published.swap(f.building);
  f.building.clear();
  f.tooltipShown = false;
}

const std::vector<ElidedText>& elidedTexts() { return frames().published; }

}  // namespace gp::ui
