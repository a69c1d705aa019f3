// Addresses inside a plan's JSON that survive reordering and merging: object keys by name and
// entities (objects with an "id" in an array) by their id, e.g. "glossary/k3j9x2/definition".
// The order of an entity list is itself a value, at "<list>/#order" (the ids in order).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace gp {

using OrderedJson = nlohmann::ordered_json;

// One path segment, escaped so that "/" and "#" inside ids and keys cannot split or fake a path.
std::string pathSegment(std::string_view keyOrId);
std::string childPath(const std::string& parent, std::string_view keyOrId);
std::string orderPath(const std::string& listPath);  // "<list>/#order"

// True when `value` is a list of entities: a non-empty array of objects each with a string "id".
bool isEntityList(const OrderedJson& value);

// Keys that describe the file rather than the plan; paths never cover them.
bool isFileKey(std::string_view topLevelKey);

// Every value of a plan by path: leaves (anything but objects and entity lists), the order of
// each entity list, and each entity as a whole (in `entities`).
struct FlatJson {
  std::map<std::string, OrderedJson> leaves;
  std::set<std::string> entities;
};
FlatJson flatten(const OrderedJson& document);

// The value at `path`, or nullopt when it does not exist.
std::optional<OrderedJson> valueAt(const OrderedJson& document, const std::string& path);

// Every node of a document by path, built once for many lookups (valueAt walks from the root).
class PathIndex {
 public:
  explicit PathIndex(const OrderedJson& document);
  // The value at `path` (an order path gives the ids in order), or nullptr-like nullopt.
  std::optional<OrderedJson> find(const std::string& path) const;
  const OrderedJson* node(const std::string& path) const;  // not for order paths

 private:
  void add(const OrderedJson& value, const std::string& path);
  const OrderedJson* root_;
  std::unordered_map<std::string, const OrderedJson*> nodes_;
};

// True when `path` is `ancestor` or lies below it.
bool isWithin(const std::string& path, const std::string& ancestor);

}  // namespace gp
