#include "core/format/json_walker.h"

#include <algorithm>

namespace gp {

void JsonNode::fail(std::string_view problem) const {
  throw FormatError(path_.empty() ? std::string(problem) : path_ + ": " + std::string(problem));
}

const std::string& JsonNode::string() const {
  if (!value_->is_string()) fail("expected a string");
  return value_->get_ref<const std::string&>();
}

std::vector<JsonNode> JsonNode::elements() const {
  if (!value_->is_array()) fail("expected an array");
  std::vector<JsonNode> result;
  result.reserve(value_->size());
  for (size_t i = 0; i < value_->size(); ++i)
    result.emplace_back((*value_)[i], path_ + "[" + std::to_string(i) + "]");
  return result;
}

std::string JsonNode::childPath(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

ObjectReader::ObjectReader(const JsonNode& node, std::initializer_list<std::string_view> knownFields)
    : node_(node) {
  if (!node.value().is_object()) node.fail("expected an object");
  for (const auto& [key, value] : node.value().items()) {
    if (std::find(knownFields.begin(), knownFields.end(), key) == knownFields.end())
      JsonNode(value, node.childPath(key)).fail("unknown field");
  }
}

JsonNode ObjectReader::field(std::string_view key) const {
  const auto& object = node_.value();
  const auto found = object.find(std::string(key));
  if (found == object.end()) JsonNode(object, node_.childPath(key)).fail("missing field");
  return JsonNode(*found, node_.childPath(key));
}

}  // namespace gp
