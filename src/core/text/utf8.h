// Small UTF-8 helpers shared by the JSON scanner, error positions and display labels.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gp {

// Length of the well-formed UTF-8 sequence starting at `offset`, or 0 when the bytes there are
// not valid UTF-8 (stray continuation byte, overlong form, surrogate, beyond U+10FFFF, truncated).
size_t utf8SequenceLength(std::string_view text, size_t offset);

// True when all of `text` is well-formed UTF-8.
bool isValidUtf8(std::string_view text);

inline bool isUtf8ContinuationByte(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// At most `maxCharacters` characters of valid UTF-8 `text`, with "…" appended when cut.
std::string truncateUtf8(std::string_view text, size_t maxCharacters);

}  // namespace gp
