// The JSON file format: strict loading with precise messages, deterministic saving.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "document.h"

namespace gp {

inline constexpr size_t kMaxFileBytes = 32 * 1024 * 1024;
inline constexpr int kMaxNestingDepth = 64;

// A human-readable reason a file could not be loaded, e.g.
//   "line 3, column 14: syntax error: expected ',' or '}'"
//   "glossary[3].status: expected one of proposed, discussing, agreed, deprecated"
//   "schemaVersion 7 is newer than this app understands (up to 1): update Growth Plan Studio"
struct LoadError {
  std::string message;
};

using LoadResult = std::variant<Document, LoadError>;

// Never throws: every failure becomes a LoadError. Applies migrations from older schema versions.
LoadResult loadDocument(std::string_view json);

// Canonical form: fixed key order, 2-space indent, UTF-8 unescaped, trailing newline.
std::string saveDocument(const Document&);

}  // namespace gp
