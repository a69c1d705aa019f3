// UTF-8 well-formedness follows Unicode table 3-7 exactly, so overlongs and surrogates are rejected.
#include "core/text/utf8.h"

namespace gp {

namespace {

bool inRange(unsigned char byte, unsigned char low, unsigned char high) {
  return byte >= low && byte <= high;
}

}  // namespace

size_t utf8SequenceLength(std::string_view text, size_t offset) {
  if (offset >= text.size()) return 0;
  const auto byteAt = [&](size_t i) -> unsigned char {
    return offset + i < text.size() ? static_cast<unsigned char>(text[offset + i]) : 0;
  };
  const unsigned char lead = byteAt(0);
  if (lead < 0x80) return 1;

  // The second byte's allowed range depends on the lead byte; later bytes are plain continuations.
  size_t length = 0;
  unsigned char secondLow = 0x80, secondHigh = 0xBF;
  if (inRange(lead, 0xC2, 0xDF)) {
    length = 2;
  } else if (lead == 0xE0) {
    length = 3, secondLow = 0xA0;
  } else if (inRange(lead, 0xE1, 0xEC) || inRange(lead, 0xEE, 0xEF)) {
    length = 3;
  } else if (lead == 0xED) {
    length = 3, secondHigh = 0x9F;
  } else if (lead == 0xF0) {
    length = 4, secondLow = 0x90;
  } else if (inRange(lead, 0xF1, 0xF3)) {
    length = 4;
  } else if (lead == 0xF4) {
    length = 4, secondHigh = 0x8F;
  } else {
    return 0;
  }
  if (!inRange(byteAt(1), secondLow, secondHigh)) return 0;
  for (size_t i = 2; i < length; ++i)
    if (!isUtf8ContinuationByte(byteAt(i))) return 0;
  return length;
}

std::string truncateUtf8(std::string_view text, size_t maxCharacters) {
  size_t characters = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (isUtf8ContinuationByte(static_cast<unsigned char>(text[i]))) continue;
    if (characters == maxCharacters) return std::string(text.substr(0, i)) + "…";
    ++characters;
  }
  return std::string(text);
}

bool isValidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;  // most text is ASCII
  while (i < text.size()) {
    const size_t length = utf8SequenceLength(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

}  // namespace gp
