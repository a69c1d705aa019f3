// Merging two copies of one plan. Changes to different entities or fields combine; a field both
// copies changed differently, or an entity one copy deleted while the other edited it, is a
// conflict: the merged plan holds a provisional value (the later edit) and the conflict lists
// both. The result does not depend on which copy is "ours": merging A into B gives B into A.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/format/json_paths.h"
#include "core/merge/sync_state.h"

namespace gp {

enum class Side { ours, theirs };

// Tells the merge what each copy changed since the other copy's view of it.
class MergeOracle {
 public:
  virtual ~MergeOracle() = default;
  // The copy changed something at or below `path`.
  virtual bool changed(Side, const std::string& path) const = 0;
  // The copy had the entity at `entityPath` and deleted it.
  virtual bool deleted(Side, const std::string& entityPath) const = 0;
  // The copy wrote the list at `listPath` whole (as files before entity-by-entity tombstones did
  // when emptying it), so the entities it lacks were deleted there.
  virtual bool wroteWhole(Side, const std::string& listPath) const = 0;
};

// With the common ancestor at hand (git's merge driver).
class ThreeWayOracle final : public MergeOracle {
 public:
  ThreeWayOracle(const OrderedJson& base, const OrderedJson& ours, const OrderedJson& theirs);
  bool changed(Side, const std::string& path) const override;
  bool deleted(Side, const std::string& entityPath) const override;
  bool wroteWhole(Side, const std::string&) const override { return false; }  // the base tells deletions

 private:
  PathIndex base_, ours_, theirs_;  // the documents must outlive the oracle
};

// Without it: the version clocks each copy carries (sync_state.h).
class SyncOracle final : public MergeOracle {
 public:
  SyncOracle(const SyncState& ours, const SyncState& theirs) : ours_(ours), theirs_(theirs) {}
  bool changed(Side, const std::string& path) const override;
  bool deleted(Side, const std::string& entityPath) const override;
  bool wroteWhole(Side, const std::string& listPath) const override;

 private:
  const SyncState& ours_;
  const SyncState& theirs_;
};

// One of the values a conflicting field had. `value` is null for "deleted".
struct ConflictOption {
  OrderedJson value;
  std::string by;  // who last modified the entity in that copy
  std::string at;
  bool operator==(const ConflictOption&) const = default;
};

struct MergeConflict {
  std::string path;   // json_paths.h path of the field or entity
  std::string label;  // for people: "Glossary › MQL › definition"
  std::vector<ConflictOption> options;  // sorted, so the conflict reads the same from both sides
  bool operator==(const MergeConflict&) const = default;
};

struct JsonMerge {
  OrderedJson merged;  // file keys (format, schemaVersion) from ours; no sync or conflicts keys
  std::vector<MergeConflict> conflicts;  // sorted by path
};

// Merges the plan content of two copies (whole-file JSON objects).
JsonMerge mergeJson(const OrderedJson& ours, const OrderedJson& theirs, const MergeOracle&);

// The merged order of an entity list (ids): the order of the copy that reordered it, else a fixed
// choice; each of the other copy's own entities goes right after the entity it follows there.
// Only ids `kept` accepts are in the result; views into `ours` and `theirs`.
std::vector<std::string_view> mergedOrder(const std::vector<std::string_view>& ours,
                                          const std::vector<std::string_view>& theirs,
                                          bool oursReordered, bool theirsReordered,
                                          const std::function<bool(std::string_view)>& kept);

// What mergeSyncStates needs to know of the copies and the result at one path (json_paths.h).
struct PathValues {
  bool inMerged = false;
  bool oursSame = false;    // ours has a value there equal to the merged one (an order: in the same order)
  bool theirsSame = false;
};
class MergedValues {
 public:
  virtual ~MergedValues() = default;
  virtual PathValues at(const std::string& path) const = 0;
};

// MergedValues of whole JSON trees (the trees must outlive it).
class TreeValues final : public MergedValues {
 public:
  TreeValues(const OrderedJson& ours, const OrderedJson& theirs, const OrderedJson& merged)
      : ours_(ours), theirs_(theirs), merged_(merged) {}
  PathValues at(const std::string& path) const override;

 private:
  PathIndex ours_, theirs_, merged_;
};

// The sync state of a merge result: both clocks, both tombstones (less those the result still
// has), and per path the write of the copy whose value the result kept.
SyncState mergeSyncStates(const SyncState& ours, const SyncState& theirs, const MergedValues&);
SyncState mergeSyncStates(const SyncState& ours, const SyncState& theirs, const OrderedJson& oursJson,
                          const OrderedJson& theirsJson, const OrderedJson& merged);

// Conflicts of both copies and of the merge, one per path (options united), sorted by path.
std::vector<MergeConflict> uniteConflicts(std::vector<MergeConflict> a, const std::vector<MergeConflict>& b);

}  // namespace gp
