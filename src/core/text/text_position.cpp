#include "core/text/text_position.h"

#include "core/text/utf8.h"

namespace gp {

TextPosition textPositionAt(std::string_view text, size_t offset) {
  if (offset > text.size()) offset = text.size();
  TextPosition position;
  size_t lineStart = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++position.line;
      lineStart = i + 1;
    }
  }
  // A byte order mark is invisible in editors, so it does not take up a column.
  if (lineStart == 0 && text.substr(0, 3) == "\xEF\xBB\xBF" && offset >= 3) lineStart = 3;
  for (size_t i = lineStart; i < offset; ++i)
    if (!isUtf8ContinuationByte(static_cast<unsigned char>(text[i]))) ++position.column;
  return position;
}

std::string describeTextPosition(std::string_view text, size_t offset) {
  const TextPosition position = textPositionAt(text, offset);
  return "line " + std::to_string(position.line) + ", column " + std::to_string(position.column);
}

}  // namespace gp
