// Case-insensitive matching for search and term mentions, without a Unicode library.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gp {

// Lowercases ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals. Every mapping keeps the
// byte length, so an offset into the folded text is the same offset in the original. Other bytes
// (including invalid UTF-8) are copied unchanged.
std::string foldCase(std::string_view text);

// The code point at `offset` and its byte length (1 for a byte that is not valid UTF-8, returned
// as U+FFFD so callers always advance).
char32_t codePointAt(std::string_view text, size_t offset, size_t* length);

// Letters and digits of any script count as word characters; ASCII punctuation, spaces, Latin-1
// symbols (« » · ×), general punctuation (– — “ ” …) and CJK punctuation do not. Enough to find
// whole words in plan text; not a full Unicode word-break algorithm.
bool isWordCodePoint(char32_t c);

}  // namespace gp
