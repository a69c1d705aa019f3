// Walking parsed JSON while carrying the path of the current value (e.g. "glossary[3].status"),
// so every problem names exactly where it is. Problems are thrown as FormatError and turned into
// a LoadError at the public boundary (format_reader.cpp).
//
// The path is kept as a short list of steps (keys owned by the parsed document, array indexes)
// and only spelled out as text when a problem is reported or path() is asked for: a valid file
// builds no path strings at all.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace gp {

class FormatError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class JsonNode {
 public:
  using Json = nlohmann::ordered_json;

  JsonNode(const Json& value, std::string path) : value_(&value), base_(std::move(path)) {}

  const Json& value() const { return *value_; }
  std::string path() const;

  // Throws "path: problem" (just "problem" at the top level).
  [[noreturn]] void fail(std::string_view problem) const;

  const std::string& string() const;          // "expected a string"
  std::vector<JsonNode> elements() const;     // "expected an array"
  std::string childPath(std::string_view key) const;

  // The value `child` of this object under `key`; `key` must outlive the node (a key of the
  // parsed document, or a string literal).
  JsonNode child(const Json& child, const std::string& key) const;
  JsonNode element(const Json& element, size_t index) const;

 private:
  struct Step {
    const std::string* key;  // nullptr: an array index
    size_t index;
  };
  static constexpr size_t kInlineSteps = 8;

  JsonNode withStep(const Json& value, Step step) const;

  const Json* value_;
  std::string base_;  // the path given on construction (or spelled out when the steps ran out)
  Step steps_[kInlineSteps];
  unsigned char stepCount_ = 0;
};

// One JSON object read field by field. Unknown fields are rejected on construction, in file
// order, so a typo like "nmae" is reported before the "name" it was meant to be.
class ObjectReader {
 public:
  ObjectReader(const JsonNode& node, std::initializer_list<std::string_view> knownFields);

  JsonNode field(std::string_view key) const;  // "key: missing field"
  const std::string& string(std::string_view key) const { return field(key).string(); }

 private:
  JsonNode node_;
};

}  // namespace gp
