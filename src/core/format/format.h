// The JSON file format: strict loading with precise messages, deterministic saving.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "core/model/document.h"

namespace gp {

inline constexpr size_t kMaxFileBytes = 32 * 1024 * 1024;
inline constexpr int kMaxNestingDepth = 64;

// A human-readable reason a file could not be loaded, e.g.
//   "line 3, column 14: syntax error: expected ',' or '}'"
//   "glossary[3].status: expected one of proposed, discussing, agreed, deprecated"
//   "schemaVersion 7 is newer than this app understands (up to 2): open it with a newer Growth Plan Studio"
struct LoadError {
  std::string message;
};

using LoadResult = std::variant<Document, LoadError>;

// Never throws: every failure becomes a LoadError. Applies migrations from older schema versions.
LoadResult loadDocument(std::string_view json);

// The message loadDocument gives for input of `bytes` bytes (> kMaxFileBytes), so callers can
// reject a big file before reading it into memory.
std::string fileTooLargeMessage(size_t bytes);

// Canonical form: fixed key order, 2-space indent, UTF-8 unescaped, trailing newline.
std::string saveDocument(const Document&);

}  // namespace gp
