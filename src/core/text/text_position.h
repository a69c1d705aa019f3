// Turning a byte offset into the line and column people see in their editor.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gp {

struct TextPosition {
  size_t line = 1;    // from 1
  size_t column = 1;  // from 1, counted in characters (UTF-8 code points), not bytes
};

TextPosition textPositionAt(std::string_view text, size_t offset);

// "line 3, column 14"
std::string describeTextPosition(std::string_view text, size_t offset);

}  // namespace gp
