// A strict JSON pre-scan that runs before nlohmann parses: it finds the first syntax error,
// invalid UTF-8, excessive nesting or duplicate key, with a readable reason and exact offset.
// Running it first keeps hostile input (10,000 '[') away from the parser and gives better
// messages than nlohmann's exception texts.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace gp {

struct JsonSyntaxProblem {
  size_t offset = 0;    // byte offset the message refers to
  std::string message;  // e.g. "syntax error: expected ':' after the property name"
};

std::optional<JsonSyntaxProblem> findJsonSyntaxProblem(std::string_view text, int maxNestingDepth);

}  // namespace gp
