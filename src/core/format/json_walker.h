// Walking parsed JSON while carrying the path of the current value (e.g. "glossary[3].status"),
// so every problem names exactly where it is. Problems are thrown as FormatError and turned into
// a LoadError at the public boundary (format_reader.cpp).
#pragma once

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

  JsonNode(const Json& value, std::string path) : value_(&value), path_(std::move(path)) {}

  const Json& value() const { return *value_; }
  const std::string& path() const { return path_; }

  // Throws "path: problem" (just "problem" at the top level).
  [[noreturn]] void fail(std::string_view problem) const;

  const std::string& string() const;          // "expected a string"
  std::vector<JsonNode> elements() const;     // "expected an array"
  std::string childPath(std::string_view key) const;

 private:
  const Json* value_;
  std::string path_;
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
