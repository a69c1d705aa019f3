// What changed since the plan was last recorded in its version clocks (sync_state.h), noted by
// History as each edit, undo and redo happens: for every entity touched (and the plan, and the
// growth assumptions) its value when first touched, and the order of a list before an entity was
// added, removed or moved in it. Recording a save then compares only those entities, so its cost
// follows the edit rather than the size of the plan.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/session/history_change.h"

namespace gp {

struct ChangeSet;  // record_changes.h

class EditJournal {
 public:
  using Collection = history_detail::Collection;
  using EntityValue = history_detail::EntityValue;

  struct Key {
    Collection collection = Collection::plan;
    std::string id;  // empty for the plan and the growth assumptions
    bool operator<(const Key& other) const {
      return collection != other.collection ? collection < other.collection : id < other.id;
    }
  };

  // A step was applied to the document, now `after`: forwards (an edit or redo) or backwards (undo).
  void noteStep(const std::vector<history_detail::EntityChange>& changes, bool forwards, const Document& after);
  // The whole document was replaced (a merge, a resolved conflict, or undoing one).
  void noteDocument(const Document& before, const Document& after);
  // Everything is recorded: the journal starts again from the document as it is now.
  void clear();
  bool empty() const { return firstValues_.empty() && ordersBefore_.empty(); }

  // What changed since the last clear(), as paths (json_paths.h) of the current document.
  ChangeSet changesSince(const Document& current) const;

 private:
  void touch(Collection, const std::string& id, const std::optional<EntityValue>& before);

  std::map<Key, std::optional<EntityValue>> firstValues_;          // nullopt: did not exist
  std::map<Collection, std::vector<std::string>> ordersBefore_;    // ids in order
};

}  // namespace gp
