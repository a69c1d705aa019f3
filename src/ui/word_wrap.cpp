#include "word_wrap.h"

#include <imgui_internal.h>

#include <algorithm>

#include "widgets.h"

namespace gp::ui {

std::string breakBetweenWords(std::string_view text, float width, ImFont* font) {
  if (!font) font = ImGui::GetFont();
  const float size = scaledSize(font);
  const auto measure = [&](std::string_view part) {
    return font->CalcTextSizeA(size, FLT_MAX, 0, part.data(), part.data() + part.size()).x;
  };
  const float space = measure(" ");
  std::string out;
  out.reserve(text.size() + 8);
  float lineW = 0;
  bool lineEmpty = true;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find_first_of(" \n", start), text.size());
    const std::string_view word = text.substr(start, end - start);
    const float wordW = measure(word);
    if (!lineEmpty && lineW + space + wordW > width) {
      out += '\n';
      lineW = 0;
      lineEmpty = true;
    }
    if (!lineEmpty) {
      out += ' ';
      lineW += space;
    }
    out += word;
    lineW += wordW;
    lineEmpty = false;
    if (end == text.size()) break;
    if (text[end] == '\n') {
      out += '\n';
      lineW = 0;
      lineEmpty = true;
    }
    start = end + 1;
  }
  return out;
}

void textWrappedBetweenWords(std::string_view text) {
  const ImGuiWindow* window = ImGui::GetCurrentWindow();
  const bool wrapSet = window->DC.TextWrapPos >= 0;
  // A pixel to spare, so ImGui's own wrapping (kept for a word too long for a line) never
  // breaks a line this already fits.
  const float width = ImGui::CalcWrapWidthForPos(window->DC.CursorPos, wrapSet ? window->DC.TextWrapPos : 0.0f) - 1;
  // A window still finding its size has no width yet: leave that frame to ImGui.
  const std::string lines = width > ImGui::GetFontSize() * 4 ? breakBetweenWords(text, width) : std::string(text);
  if (!wrapSet) ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(lines.c_str(), lines.c_str() + lines.size());
  if (!wrapSet) ImGui::PopTextWrapPos();
}

}  // namespace gp::ui
