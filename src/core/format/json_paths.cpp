#include "core/format/json_paths.h"

#include <vector>

namespace gp {

namespace {

// Splits "a/b~1c" into escaped segments ("a", "b~1c"); segments stay escaped for comparison.
std::vector<std::string> segmentsOf(const std::string& path) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= path.size()) {
    const size_t slash = path.find('/', start);
    out.push_back(path.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return out;
}

void flattenInto(const OrderedJson& value, const std::string& path, FlatJson& flat) {
  if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (path.empty() && isFileKey(it.key())) continue;
      flattenInto(it.value(), childPath(path, it.key()), flat);
    }
    return;
  }
  if (isEntityList(value)) {
    OrderedJson order = OrderedJson::array();
    for (const auto& entity : value) {
      const std::string entityPath = childPath(path, entity["id"].get<std::string>());
      order.push_back(entity["id"]);
      flat.entities.insert(entityPath);
      flattenInto(entity, entityPath, flat);
    }
    flat.leaves[orderPath(path)] = std::move(order);
    return;
  }
  flat.leaves[path] = value;
}

// pathSegment(key) == segment, without building the escaped key.
bool segmentMatches(std::string_view key, std::string_view segment) {
  size_t at = 0;
  for (const char c : key) {
    const char escaped = c == '~' ? '0' : c == '/' ? '1' : c == '#' ? '2' : '\0';
    if (escaped) {
      if (at + 2 > segment.size() || segment[at] != '~' || segment[at + 1] != escaped) return false;
      at += 2;
    } else {
      if (at >= segment.size() || segment[at] != c) return false;
      ++at;
    }
  }
  return at == segment.size();
}

}  // namespace

std::string pathSegment(std::string_view keyOrId) {
  std::string out;
  out.reserve(keyOrId.size());
  for (char c : keyOrId) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else if (c == '#') out += "~2";
    else out += c;
  }
  return out;
}

std::string childPath(const std::string& parent, std::string_view keyOrId) {
  return parent.empty() ? pathSegment(keyOrId) : parent + "/" + pathSegment(keyOrId);
}

std::string orderPath(const std::string& listPath) { return listPath + "/#order"; }

bool isEntityList(const OrderedJson& value) {
  if (!value.is_array() || value.empty()) return false;
  for (const auto& element : value) {
    if (!element.is_object()) return false;
    auto id = element.find("id");
    if (id == element.end() || !id->is_string()) return false;
  }
  return true;
}

bool isFileKey(std::string_view key) {
  return key == "format" || key == "schemaVersion" || key == "sync" || key == "conflicts";
}

FlatJson flatten(const OrderedJson& document) {
  FlatJson flat;
  flattenInto(document, "", flat);
  return flat;
}

std::optional<OrderedJson> valueAt(const OrderedJson& document, const std::string& path) {
  const OrderedJson* node = &document;
  for (const std::string& segment : segmentsOf(path)) {
    if (segment == "#order") {
      if (!node->is_array()) return std::nullopt;
      OrderedJson order = OrderedJson::array();
      for (const auto& entity : *node)
        if (entity.is_object() && entity.contains("id")) order.push_back(entity["id"]);
      return order;
    }
    const OrderedJson* next = nullptr;
    if (node->is_object()) {
      for (auto it = node->begin(); it != node->end(); ++it)
        if (pathSegment(it.key()) == segment) { next = &it.value(); break; }
    } else if (node->is_array()) {
      for (const auto& entity : *node) {
        if (!entity.is_object()) continue;
        auto id = entity.find("id");
        if (id != entity.end() && id->is_string() && pathSegment(id->get<std::string>()) == segment) {
          next = &entity;
          break;
        }
      }
    }
    if (!next) return std::nullopt;
    node = next;
  }
  return *node;
}

PathIndex::PathIndex(const OrderedJson& document) : root_(&document) { add(document, ""); }

namespace {

// An object with objects or arrays in it, where entity lists may be.
bool hasContainers(const OrderedJson& object) {
  for (const auto& [key, value] : object.get_ref<const OrderedJson::object_t&>())
    if (value.is_object() || value.is_array()) return true;
  return false;
}

}  // namespace

// Only entities are indexed (one per entity): everything else is reached from the nearest
// indexed ancestor (or the root) through object keys.
void PathIndex::add(const OrderedJson& value, const std::string& path) {
  if (value.is_object()) {
    for (const auto& [key, child] : value.get_ref<const OrderedJson::object_t&>()) {
      if (path.empty() && isFileKey(key)) continue;
      if (child.is_object() ? hasContainers(child) : isEntityList(child)) add(child, childPath(path, key));
    }
  } else if (isEntityList(value)) {
    for (const auto& entity : value) {
      const std::string entityPath = childPath(path, entity["id"].get_ref<const std::string&>());
      nodes_[entityPath] = &entity;
      add(entity, entityPath);
    }
  }
}

const OrderedJson* PathIndex::node(const std::string& path) const {
  auto it = nodes_.find(path);
  if (it != nodes_.end()) return it->second;
  const size_t slash = path.rfind('/');
  const OrderedJson* parent = slash == std::string::npos ? root_ : node(path.substr(0, slash));
  if (!parent || !parent->is_object()) return nullptr;
  const std::string_view last = std::string_view(path).substr(slash == std::string::npos ? 0 : slash + 1);
  if (slash == std::string::npos && isFileKey(last)) return nullptr;
  for (const auto& [key, value] : parent->get_ref<const OrderedJson::object_t&>())
    if (segmentMatches(key, last)) return &value;
  return nullptr;
}

std::optional<OrderedJson> PathIndex::find(const std::string& path) const {
  if (path.ends_with("/#order")) {
    const OrderedJson* list = node(path.substr(0, path.size() - 7));
    if (!list || !list->is_array()) return std::nullopt;
    OrderedJson order = OrderedJson::array();
    for (const auto& entity : *list)
      if (entity.is_object() && entity.contains("id")) order.push_back(entity["id"]);
    return order;
  }
  const OrderedJson* found = node(path);
  if (!found) return std::nullopt;
  return *found;
}

bool isWithin(const std::string& path, const std::string& ancestor) {
  if (ancestor.empty()) return true;
  return path.size() >= ancestor.size() && path.compare(0, ancestor.size(), ancestor) == 0 &&
         (path.size() == ancestor.size() || path[ancestor.size()] == '/');
}

}  // namespace gp
