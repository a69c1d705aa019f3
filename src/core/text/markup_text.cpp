#include "core/text/markup_text.h"

namespace gp {

namespace {

std::string markdownEscapedWith(std::string_view text, std::string_view lineBreak) {
  std::string out;
  out.reserve(text.size() + 8);
  bool lineStart = true;
  for (char c : text) {
    if (c == '\r') continue;
    if (c == '\n') {
      out += lineBreak;
      lineStart = lineBreak.back() == '\n';
      continue;
    }
    if (std::string_view("\\`*_[]<>|~").find(c) != std::string_view::npos ||
        (lineStart && std::string_view("#-+=>").find(c) != std::string_view::npos))
      out += '\\';
    out += c;
    lineStart = lineStart && (c == ' ' || c == '\t');
  }
  return out;
}

}  // namespace

std::string htmlEscaped(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string markdownEscaped(std::string_view text) { return markdownEscapedWith(text, "  \n"); }

std::string markdownCellEscaped(std::string_view text) {
  return markdownEscapedWith(text, " ");
}

}  // namespace gp
