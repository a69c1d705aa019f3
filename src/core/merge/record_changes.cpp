#include "core/merge/record_changes.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace gp {

namespace {

std::vector<std::string_view> idsOf(const OrderedJson& list) {
  std::vector<std::string_view> ids;
  for (const auto& entity : list) ids.push_back(entity["id"].get_ref<const std::string&>());
  return ids;
}

bool isListOrEmpty(const OrderedJson* value) {
  return !value || isEntityList(*value) || (value->is_array() && value->empty());
}

// Walks both versions side by side and skips every equal subtree, so the cost follows the size
// of the change rather than of the plan.
void diff(const OrderedJson* before, const OrderedJson* after, const std::string& path, ChangeSet& out) {
  if (before && after && *before == *after) return;
  if (before && after && before->is_object() && after->is_object()) {
    // A file leaves an empty entity list out (comments, sign-offs). A list that appears or goes
    // is recorded entity by entity, as any list: a whole-list write would leave no tombstones, and
    // a merge could bring the deleted entities back.
    static const OrderedJson kEmptyList = OrderedJson::array();
    for (auto it = after->begin(); it != after->end(); ++it) {
      if (path.empty() && isFileKey(it.key())) continue;
      auto old = before->find(it.key());
      const OrderedJson* was = old != before->end() ? &*old : isEntityList(it.value()) ? &kEmptyList : nullptr;
      diff(was, &it.value(), childPath(path, it.key()), out);
    }
    for (auto it = before->begin(); it != before->end(); ++it) {
      if (path.empty() && isFileKey(it.key())) continue;
      if (after->contains(it.key())) continue;
      if (isEntityList(it.value())) diff(&it.value(), &kEmptyList, childPath(path, it.key()), out);
      else out.written.push_back(childPath(path, it.key()));
    }
    return;
  }
  if (before && after && isListOrEmpty(before) && isListOrEmpty(after) && (isEntityList(*before) || isEntityList(*after))) {
    std::unordered_map<std::string, const OrderedJson*> old;
    for (const auto& entity : *before) old[entity["id"].get<std::string>()] = &entity;
    std::unordered_map<std::string, bool> present;
    for (const auto& entity : *after) {
      const std::string& id = entity["id"].get_ref<const std::string&>();
      present[id] = true;
      auto found = old.find(id);
      if (found == old.end()) out.added.push_back(childPath(path, id));
      else diff(found->second, &entity, childPath(path, id), out);
    }
    for (const auto& [id, entity] : old)
      if (!present.count(id)) out.removed.push_back(childPath(path, id));
    // Adding or removing entities is recorded on them; only a reordering of survivors counts.
    if (survivorsReordered(idsOf(*before), idsOf(*after))) out.written.push_back(orderPath(path));
    return;
  }
  out.written.push_back(path);
}

// Drops recorded writes at or below `path` (they are superseded).
void eraseWithin(std::map<std::string, Dot>& writes, const std::string& path) {
  for (auto it = writes.lower_bound(path); it != writes.end() && it->first.starts_with(path);) {
    if (isWithin(it->first, path)) it = writes.erase(it);
    else ++it;
  }
}

}  // namespace

bool survivorsReordered(const std::vector<std::string_view>& before, const std::vector<std::string_view>& after) {
  // The ends both lists share are in order; with ids unique in each list, none of them is in the
  // other list's middle, so only the middles are looked at (most edits leave a list's order alone).
  const auto [beforeFirst, afterFirst] = std::mismatch(before.begin(), before.end(), after.begin(), after.end());
  const auto [beforeTail, afterTail] = std::mismatch(before.rbegin(), std::make_reverse_iterator(beforeFirst),
                                                     after.rbegin(), std::make_reverse_iterator(afterFirst));
  const auto beforeLast = beforeTail.base(), afterLast = afterTail.base();
  const std::unordered_set<std::string_view> inBefore(beforeFirst, beforeLast), inAfter(afterFirst, afterLast);
  auto a = beforeFirst, b = afterFirst;
  for (;;) {
    while (a != beforeLast && !inAfter.count(*a)) ++a;
    while (b != afterLast && !inBefore.count(*b)) ++b;
    if (a == beforeLast || b == afterLast) return false;
    if (*a != *b) return true;
    ++a;
    ++b;
  }
}

bool survivorsReordered(const std::vector<std::string>& before, const std::vector<std::string>& after) {
  return survivorsReordered(std::vector<std::string_view>(before.begin(), before.end()),
                            std::vector<std::string_view>(after.begin(), after.end()));
}

void collectChanges(const OrderedJson* before, const OrderedJson* after, const std::string& path, ChangeSet& out) {
  diff(before, after, path, out);
}

size_t countDifferences(const OrderedJson& before, const OrderedJson& after) {
  ChangeSet changes;
  diff(&before, &after, "", changes);
  size_t count = changes.added.size() + changes.removed.size();
  for (const auto& path : changes.written)
    if (!path.ends_with("#order") && !path.ends_with("/modified/at") && !path.ends_with("/modified/by")) ++count;
  return count;
}

void recordChanges(const OrderedJson& previous, const OrderedJson& next, const std::string& replica, SyncState& sync,
                   const WriteAuthor* author) {
  ChangeSet changes;
  diff(&previous, &next, "", changes);
  recordChangeSet(changes, replica, sync, author);
}

void recordChangeSet(const ChangeSet& changes, const std::string& replica, SyncState& sync, const WriteAuthor* author) {
  if (changes.empty()) return;

  const Dot dot{replica, sync.clock[replica] + 1};
  sync.clock[replica] = dot.counter;
  for (const auto* paths : {&changes.written, &changes.added}) {
    for (const std::string& path : *paths) {
      eraseWithin(sync.writes, path);
      sync.writes[path] = dot;
      sync.deleted.erase(path);  // an entity deleted earlier and now back (undo) is alive again
    }
  }
  for (const std::string& entity : changes.removed) {
    eraseWithin(sync.writes, entity);
    sync.deleted[entity] = sync.clock;
  }
  if (author) sync.authors[dotText(dot)] = *author;
  pruneAuthors(sync);
}

}  // namespace gp
