// Turning an edit into version information: what a save wrote, for merging later (sync_state.h).
#pragma once

#include <string>

#include "json_paths.h"
#include "sync_state.h"

namespace gp {

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
