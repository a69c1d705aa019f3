#include "core/format/json_walker.h"

#include <algorithm>

namespace gp {

std::string JsonNode::path() const {
  std::string out = base_;
  for (unsigned char i = 0; i < stepCount_; ++i) {
    const Step& step = steps_[i];
    if (step.key) {
      if (!out.empty()) out += '.';
      out += *step.key;
    } else {
      out += '[';
      out += std::to_string(step.index);
      out += ']';
    }
  }
  return out;
}

void JsonNode::fail(std::string_view problem) const {
  const std::string where = path();
  throw FormatError(where.empty() ? std::string(problem) : where + ": " + std::string(problem));
}

const std::string& JsonNode::string() const {
  if (!value_->is_string()) fail("expected a string");
  return value_->get_ref<const std::string&>();
}

std::vector<JsonNode> JsonNode::elements() const {
  if (!value_->is_array()) fail("expected an array");
  std::vector<JsonNode> result;
  result.reserve(value_->size());
  const auto& array = value_->get_ref<const Json::array_t&>();
  for (size_t i = 0; i < array.size(); ++i) result.push_back(element(array[i], i));
  return result;
}

std::string JsonNode::childPath(std::string_view key) const {
  const std::string where = path();
  return where.empty() ? std::string(key) : where + "." + std::string(key);
}

JsonNode JsonNode::withStep(const Json& value, Step step) const {
  if (stepCount_ < kInlineSteps) {
    JsonNode node = *this;
    node.value_ = &value;
    node.steps_[node.stepCount_++] = step;
    return node;
  }
  JsonNode node(value, path());  // deeper than the inline steps: spell the path out once
  node.steps_[node.stepCount_++] = step;
  return node;
}

JsonNode JsonNode::child(const Json& child, const std::string& key) const { return withStep(child, Step{&key, 0}); }

JsonNode JsonNode::element(const Json& element, size_t index) const { return withStep(element, Step{nullptr, index}); }

ObjectReader::ObjectReader(const JsonNode& node, std::initializer_list<std::string_view> knownFields)
    : node_(node) {
  if (!node.value().is_object()) node.fail("expected an object");
  for (const auto& [key, value] : node.value().get_ref<const JsonNode::Json::object_t&>()) {
    if (std::find(knownFields.begin(), knownFields.end(), key) == knownFields.end())
      JsonNode(value, node.childPath(key)).fail("unknown field");
  }
}

JsonNode ObjectReader::field(std::string_view key) const {
  const auto& object = node_.value();
  for (const auto& [name, value] : object.get_ref<const JsonNode::Json::object_t&>())
    if (name == key) return node_.child(value, name);
  JsonNode(object, node_.childPath(key)).fail("missing field");
}

}  // namespace gp
