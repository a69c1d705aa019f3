#include "record_changes.h"

#include <vector>

namespace gp {

namespace {

// The ids of `a` that are also in `b`, in a's order.
OrderedJson commonIds(const OrderedJson& a, const OrderedJson& b) {
  OrderedJson out = OrderedJson::array();
  for (const auto& id : a)
    for (const auto& other : b)
      if (id == other) { out.push_back(id); break; }
  return out;
}

bool isOrderPath(const std::string& path) { return path.size() >= 7 && path.ends_with("/#order"); }

// Drops recorded writes at or below `path` (they are superseded).
void eraseWithin(std::map<std::string, Dot>& writes, const std::string& path) {
  for (auto it = writes.lower_bound(path); it != writes.end() && it->first.starts_with(path);) {
    if (isWithin(it->first, path)) it = writes.erase(it);
    else ++it;
  }
}

// The entity path containing `path` that is new in `next`, if any (outermost first).
std::optional<std::string> newEntityAround(const std::string& path, const FlatJson& previous, const FlatJson& next) {
  for (size_t slash = path.find('/'); ; slash = path.find('/', slash + 1)) {
    const std::string prefix = slash == std::string::npos ? path : path.substr(0, slash);
    if (next.entities.count(prefix) && !previous.entities.count(prefix)) return prefix;
    if (slash == std::string::npos) return std::nullopt;
  }
}

// Whether `path` lies in an entity that `next` no longer has.
bool deletedEntityAround(const std::string& path, const FlatJson& previous, const FlatJson& next) {
  for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
    const std::string prefix = path.substr(0, slash);
    if (previous.entities.count(prefix) && !next.entities.count(prefix)) return true;
  }
  return false;
}

}  // namespace

void recordChanges(const OrderedJson& previous, const OrderedJson& next, const std::string& replica, SyncState& sync) {
  const FlatJson before = flatten(previous);
  const FlatJson after = flatten(next);
  std::vector<std::string> changed;
  for (const auto& [path, value] : after.leaves) {
    auto old = before.leaves.find(path);
    if (isOrderPath(path)) {
      // Adding or removing entities is recorded on them; only a reordering of survivors counts.
      if (old == before.leaves.end()) continue;
      if (commonIds(value, old->second) != commonIds(old->second, value)) changed.push_back(path);
      continue;
    }
    if (old == before.leaves.end() || old->second != value) changed.push_back(path);
  }
  for (const auto& [path, value] : before.leaves)
    if (!isOrderPath(path) && !after.leaves.count(path) && !newEntityAround(path, before, after)) {
      if (!deletedEntityAround(path, before, after)) changed.push_back(path);
    }
  std::vector<std::string> removed;
  for (const auto& entity : before.entities)
    if (!after.entities.count(entity)) removed.push_back(entity);
  if (changed.empty() && removed.empty()) return;

  const Dot dot{replica, sync.clock[replica] + 1};
  sync.clock[replica] = dot.counter;
  for (const std::string& path : changed) {
    if (auto entity = newEntityAround(path, before, after)) {
      eraseWithin(sync.writes, *entity);
      sync.writes[*entity] = dot;
    } else {
      eraseWithin(sync.writes, path);
      sync.writes[path] = dot;
    }
  }
  for (const std::string& entity : removed) {
    eraseWithin(sync.writes, entity);
    sync.deleted[entity] = sync.clock;
  }
  // An entity deleted earlier and now back (undo) is alive again.
  for (auto it = sync.deleted.begin(); it != sync.deleted.end();) {
    if (after.entities.count(it->first)) it = sync.deleted.erase(it);
    else ++it;
  }
}

}  // namespace gp
