// Turning an edit into version information: what a save wrote, for merging later (sync_state.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/format/json_paths.h"
#include "core/merge/sync_state.h"

namespace gp {

// What one write changed, by path (json_paths.h).
struct ChangeSet {
  std::vector<std::string> written;  // leaves or whole keys that changed, appeared or went away
  std::vector<std::string> added;    // entities new in the later version
  std::vector<std::string> removed;  // entities the later version no longer has
  bool empty() const { return written.empty() && added.empty() && removed.empty(); }
};

// Adds to `out` every difference of `after` from `before` at `path` (nullptr: absent), walking
// both side by side and skipping equal subtrees.
void collectChanges(const OrderedJson* before, const OrderedJson* after, const std::string& path, ChangeSet& out);
// True when entities present in both lists (ids) come in a different order.
bool survivorsReordered(const std::vector<std::string_view>& before, const std::vector<std::string_view>& after);
bool survivorsReordered(const std::vector<std::string>& before, const std::vector<std::string>& after);
// Records `changes` as one new write by `replica` (none when empty).
void recordChangeSet(const ChangeSet&, const std::string& replica, SyncState&, const WriteAuthor* author = nullptr);

// Records every difference of `next` from `previous` (both whole plan JSON) as one new write by
// `replica`. New entities get one write for the whole entity; deleted ones a tombstone. A list's
// order counts as changed only when entities present in both are reordered.
// `author`, when given, is remembered as who made this write (SyncState::authors).
void recordChanges(const OrderedJson& previous, const OrderedJson& next, const std::string& replica, SyncState&,
                   const WriteAuthor* author = nullptr);

// How many values differ between two versions (leaves, entities added or removed), not counting
// who-modified-when stamps: "12 changes taken" after a merge.
size_t countDifferences(const OrderedJson& before, const OrderedJson& after);

}  // namespace gp
