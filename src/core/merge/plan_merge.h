// Merging copies of one plan as documents: "Merge a colleague's copy…" in the app (no common
// ancestor needed: the files carry version clocks) and `growthplan merge` for git (with one).
#pragma once

#include <string>
#include <variant>

#include "core/model/document.h"

namespace gp {

struct PlanMerge {
  Document doc;               // merged content, conflicts (old and new) and sync state
  size_t newConflicts = 0;    // conflicts this merge found
  size_t takenFromTheirs = 0; // fields and entities where the result took the other copy's value
};

// A reason the copies cannot be merged (different plans, a result the format rejects).
struct MergeRefusal {
  std::string message;
};

using PlanMergeResult = std::variant<PlanMerge, MergeRefusal>;

// Terms both copies hold alike are taken as ours has them, not read back again: each copy must be
// a plan the app could open (loaded from a file, or changed through core's edit functions).
PlanMergeResult mergeCopies(const Document& ours, const Document& theirs);
PlanMergeResult mergeWithAncestor(const Document& base, const Document& ours, const Document& theirs);

// The same merges over the whole plans' JSON trees, every term included: the reference the fast
// path above is tested against (and slower on a big glossary).
PlanMergeResult mergeCopiesWholeTrees(const Document& ours, const Document& theirs);
PlanMergeResult mergeWithAncestorWholeTrees(const Document& base, const Document& ours, const Document& theirs);

// Before saving or merging: records what changed since `previous` (the last recorded state) as
// writes of `replica` in `current.sync`.
// `author`: who is saving, so each field records who last changed it (SyncState::authors).
void recordEdits(const Document& previous, Document& current, const std::string& replica,
                 const WriteAuthor* author = nullptr);

// Settles a conflict with the option `valueJson` (or the value already in the plan when empty):
// the document with that value at the conflict's path and the conflict gone.
std::variant<Document, MergeRefusal> resolveConflict(const Document&, const std::string& path,
                                                      const std::string& valueJson);

}  // namespace gp
