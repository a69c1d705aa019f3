#include "sync_state.h"

#include <charconv>
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

}  // namespace

bool covers(const VersionClock& clock, const Dot& dot) {
  auto it = clock.find(dot.replica);
  return it != clock.end() && it->second >= dot.counter;
}

void mergeClockInto(VersionClock& into, const VersionClock& other) {
  for (const auto& [replica, counter] : other) into[replica] = std::max(into[replica], counter);
}

std::optional<Dot> effectiveWrite(const SyncState& sync, const std::string& path) {
  std::string prefix = path;
  for (;;) {
    auto it = sync.writes.find(prefix);
    if (it != sync.writes.end()) return it->second;
    const size_t slash = prefix.rfind('/');
    if (slash == std::string::npos) return std::nullopt;
    prefix.resize(slash);
  }
}

bool wroteUnseen(const SyncState& sync, const std::string& path, const VersionClock& other) {
  if (auto dot = effectiveWrite(sync, path); dot && !covers(other, *dot)) return true;
  for (auto it = sync.writes.lower_bound(path); it != sync.writes.end() && it->first.starts_with(path); ++it)
    if (isWithin(it->first, path) && !covers(other, it->second)) return true;
  return false;
}

bool wasDeleted(const SyncState& sync, const std::string& entityPath) {
  std::string prefix = entityPath;
  for (;;) {
    if (sync.deleted.count(prefix)) return true;
    const size_t slash = prefix.rfind('/');
    if (slash == std::string::npos) return false;
    prefix.resize(slash);
  }
}

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
      bool insideDeleted = false;
      for (const auto& entity : before.entities)
        if (!after.entities.count(entity) && isWithin(path, entity)) { insideDeleted = true; break; }
      if (!insideDeleted) changed.push_back(path);
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

std::string dotText(const Dot& dot) { return dot.replica + ":" + std::to_string(dot.counter); }

std::optional<Dot> dotFromText(const std::string& text) {
  const size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return std::nullopt;
  Dot dot;
  dot.replica = text.substr(0, colon);
  const char* first = text.data() + colon + 1;
  const char* last = text.data() + text.size();
  auto [end, error] = std::from_chars(first, last, dot.counter);
  if (error != std::errc() || end != last || dot.counter == 0) return std::nullopt;
  return dot;
}

}  // namespace gp
