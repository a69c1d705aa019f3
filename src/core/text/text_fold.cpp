#include "core/text/text_fold.h"

#include "core/text/utf8.h"

namespace gp {

namespace {

char32_t lowerCodePoint(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;             // À..Þ except ×
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x138 && c != 0x149 && c != 0x178) {
    // Latin Extended-A alternates capital/small, with the parity flipped in 0x139..0x148 and 0x179..0x17E.
    const bool flipped = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    const bool capital = flipped ? (c % 2 == 1) : (c % 2 == 0);
    return capital ? c + 1 : c;
  }
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;           // Greek Α..Ϋ
  if (c >= 0x410 && c <= 0x42F) return c + 32;                         // Cyrillic А..Я
  if (c >= 0x400 && c <= 0x40F) return c + 80;                         // Cyrillic Ѐ..Џ
  return c;
}

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace

char32_t codePointAt(std::string_view text, size_t offset, size_t* length) {
  const size_t size = utf8SequenceLength(text, offset);
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  if (size == 0) {
    *length = 1;
    return 0xFFFD;
  }
  *length = size;
  switch (size) {
    case 1: return byte(0);
    case 2: return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
    case 3: return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    default:
      return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
  }
}

std::string foldCase(std::string_view text) {
  // Copied, then lowered in place: every mapping keeps the byte length (see the header), and a
  // byte loop over the copy is several times faster than appending character by character.
  std::string out(text);
  char* bytes = out.data();
  for (size_t i = 0; i < out.size();) {
    const unsigned char byte = static_cast<unsigned char>(bytes[i]);
    if (byte < 0x80) {  // fast path: most text is ASCII
      if (byte >= 'A' && byte <= 'Z') bytes[i] = static_cast<char>(byte + 32);
      ++i;
      continue;
    }
    size_t length = 0;
    const char32_t c = codePointAt(text, i, &length);
    const char32_t lower = lowerCodePoint(c);
    if (lower != c && c != 0xFFFD) {
      std::string encoded;
      appendUtf8(encoded, lower);
      encoded.copy(bytes + i, length);
    }
    i += length;
  }
  return out;
}

bool isWordCodePoint(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c <= 0xBF || c == 0xD7 || c == 0xF7) return false;        // Latin-1 controls, symbols, « » ×
  if (c >= 0x2000 && c <= 0x2BFF) return false;                 // punctuation, symbols, arrows, dashes, quotes
  if (c >= 0x3000 && c <= 0x303F) return false;                 // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;                 // full-width punctuation
  if (c == 0xFFFD || (c >= 0x1F000 && c <= 0x1FAFF)) return false;  // replacement, emoji
  return true;
}

}  // namespace gp
