#include "core/merge/plan_merge.h"

#include <algorithm>
#include <functional>

#include "core/format/format.h"
#include "core/format/format_tree.h"
#include "core/format/json_paths.h"
#include "core/merge/glossary_split.h"
#include "core/merge/merge.h"
#include "core/merge/record_changes.h"

namespace gp {

namespace {

// The plan content as JSON, without the merge bookkeeping.
OrderedJson contentJson(const Document& doc) { return reparsedDocumentJson(doc, false); }

std::vector<MergeConflict> toMergeConflicts(const std::vector<PlanConflict>& conflicts) {
  std::vector<MergeConflict> out;
  for (const auto& conflict : conflicts) {
    MergeConflict converted{conflict.path, conflict.label, {}};
    for (const auto& option : conflict.options)
      converted.options.push_back(ConflictOption{OrderedJson::parse(option.valueJson, nullptr, false), option.by, option.at});
    out.push_back(std::move(converted));
  }
  return out;
}

std::vector<PlanConflict> toPlanConflicts(const std::vector<MergeConflict>& conflicts) {
  std::vector<PlanConflict> out;
  for (const auto& conflict : conflicts) {
    PlanConflict converted{conflict.path, conflict.label, {}};
    for (const auto& option : conflict.options)
      converted.options.push_back(
          ConflictChoice{option.value.dump(-1, ' ', false, OrderedJson::error_handler_t::replace), option.by, option.at});
    out.push_back(std::move(converted));
  }
  return out;
}

// Reads merged JSON back through the strict loader, so a merge can never produce a file the app
// would refuse to open.
std::variant<Document, MergeRefusal> reload(OrderedJson json) {
  LoadResult loaded = loadDocumentJson(std::move(json));
  if (auto* error = std::get_if<LoadError>(&loaded))
    return MergeRefusal{"the merged plan would be invalid (" + error->message + ")"};
  return std::get<Document>(std::move(loaded));
}

// Conflicts of both copies and of this merge, the merged content read back (and completed by
// `complete`, when the merge left terms out of the JSON), and the sync state.
PlanMergeResult finish(const Document& ours, const Document& theirs, std::vector<MergeConflict> found,
                       OrderedJson merged, SyncState sync, size_t taken,
                       const std::function<void(Document&)>& complete = {}) {
  std::vector<MergeConflict> all = uniteConflicts(toMergeConflicts(ours.conflicts), toMergeConflicts(theirs.conflicts));
  size_t newConflicts = 0;
  for (const auto& conflict : found)
    if (std::none_of(all.begin(), all.end(), [&](const MergeConflict& c) { return c.path == conflict.path; })) ++newConflicts;
  all = uniteConflicts(std::move(all), found);

  auto loaded = reload(std::move(merged));
  if (auto* refusal = std::get_if<MergeRefusal>(&loaded)) return *refusal;
  PlanMerge result;
  result.doc = std::get<Document>(std::move(loaded));
  if (complete) complete(result.doc);
  result.doc.conflicts = toPlanConflicts(all);
  result.doc.sync = std::move(sync);
  result.newConflicts = newConflicts;
  result.takenFromTheirs = taken;
  return result;
}

// `base` null: the copies' version clocks say what each changed.
PlanMergeResult mergeTrees(const Document* base, const Document& ours, const Document& theirs) {
  const OrderedJson oursJson = contentJson(ours), theirsJson = contentJson(theirs);
  JsonMerge merge;
  if (base) {
    const OrderedJson baseJson = contentJson(*base);
    merge = mergeJson(oursJson, theirsJson, ThreeWayOracle(baseJson, oursJson, theirsJson));
  } else {
    merge = mergeJson(oursJson, theirsJson, SyncOracle(ours.sync, theirs.sync));
  }
  SyncState sync = mergeSyncStates(ours.sync, theirs.sync, oursJson, theirsJson, merge.merged);
  const size_t taken = countDifferences(oursJson, merge.merged);
  return finish(ours, theirs, std::move(merge.conflicts), std::move(merge.merged), std::move(sync), taken);
}

// mergeTrees without the JSON of the terms it can settle by comparing them (glossary_split.h):
// the same result, in time that follows the size of the changes rather than of the glossary.
PlanMergeResult mergeSplit(const Document* base, const Document& ours, const Document& theirs) {
  const std::optional<GlossarySplit> split = splitGlossary(base, ours, theirs);
  if (!split) return mergeTrees(base, ours, theirs);
  const OrderedJson oursJson = unsharedContentJson(ours, Copy::ours, *split);
  const OrderedJson theirsJson = unsharedContentJson(theirs, Copy::theirs, *split);
  JsonMerge merge;
  bool oursReordered = false, theirsReordered = false;
  if (base) {
    const OrderedJson baseJson = unsharedContentJson(*base, Copy::base, *split);
    merge = mergeJson(oursJson, theirsJson, ThreeWayOracle(baseJson, oursJson, theirsJson));
    oursReordered = survivorsReordered(split->baseIds, split->oursIds);
    theirsReordered = survivorsReordered(split->baseIds, split->theirsIds);
  } else {
    const SyncOracle oracle(ours.sync, theirs.sync);
    merge = mergeJson(oursJson, theirsJson, oracle);
    oursReordered = oracle.changed(Side::ours, orderPath("glossary"));
    theirsReordered = oracle.changed(Side::theirs, orderPath("glossary"));
  }
  static const OrderedJson kNoTerms = OrderedJson::array();
  const auto terms = merge.merged.find("glossary");
  const std::vector<std::string_view> order =
      mergedTermOrder(*split, terms != merge.merged.end() ? *terms : kNoTerms, oursReordered, theirsReordered);
  SyncState sync = mergeSyncStates(ours.sync, theirs.sync,
                                   SplitValues(*split, TreeValues(oursJson, theirsJson, merge.merged), order));
  const size_t taken = countDifferences(oursJson, merge.merged) + takenDifferences(*split);
  return finish(ours, theirs, std::move(merge.conflicts), std::move(merge.merged), std::move(sync), taken,
                [&](Document& doc) { doc.glossary = splicedGlossary(*split, order, std::move(doc.glossary)); });
}

std::optional<MergeRefusal> differentPlans(const Document& ours, const Document& theirs) {
  if (ours.plan.meta.id == theirs.plan.meta.id) return std::nullopt;
  const std::string name = theirs.plan.title.empty() ? std::string("The other file") : "“" + theirs.plan.title + "”";
  return MergeRefusal{name + " is a different plan (plan id " + theirs.plan.meta.id + ", this one is " + ours.plan.meta.id +
                      "): only copies of the same plan can be merged"};
}

}  // namespace

PlanMergeResult mergeCopies(const Document& ours, const Document& theirs) {
  if (auto refusal = differentPlans(ours, theirs)) return *refusal;
  return mergeSplit(nullptr, ours, theirs);
}

PlanMergeResult mergeWithAncestor(const Document& base, const Document& ours, const Document& theirs) {
  if (auto refusal = differentPlans(ours, theirs)) return *refusal;
  return mergeSplit(&base, ours, theirs);
}

PlanMergeResult mergeCopiesWholeTrees(const Document& ours, const Document& theirs) {
  if (auto refusal = differentPlans(ours, theirs)) return *refusal;
  return mergeTrees(nullptr, ours, theirs);
}

PlanMergeResult mergeWithAncestorWholeTrees(const Document& base, const Document& ours, const Document& theirs) {
  if (auto refusal = differentPlans(ours, theirs)) return *refusal;
  return mergeTrees(&base, ours, theirs);
}

void recordEdits(const Document& previous, Document& current, const std::string& replica, const WriteAuthor* author) {
  recordChanges(contentJson(previous), contentJson(current), replica, current.sync, author);
}

std::variant<Document, MergeRefusal> resolveConflict(const Document& doc, const std::string& path,
                                                      const std::string& valueJson) {
  Document rest = doc;
  std::erase_if(rest.conflicts, [&](const PlanConflict& c) { return c.path == path; });
  if (valueJson.empty()) return rest;
  OrderedJson value = OrderedJson::parse(valueJson, nullptr, false);
  if (value.is_discarded()) return MergeRefusal{"the chosen value is not valid JSON"};

  OrderedJson json = contentJson(rest);
  // Walk to the parent of `path`, then set, insert or remove the last segment.
  const size_t slash = path.rfind('/');
  const std::string parentPath = slash == std::string::npos ? std::string() : path.substr(0, slash);
  const std::string last = slash == std::string::npos ? path : path.substr(slash + 1);
  std::vector<std::string> segments;
  for (size_t start = 0; !parentPath.empty() && start <= parentPath.size();) {
    const size_t next = parentPath.find('/', start);
    segments.push_back(parentPath.substr(start, next == std::string::npos ? std::string::npos : next - start));
    if (next == std::string::npos) break;
    start = next + 1;
  }
  OrderedJson* node = &json;
  const auto childOf = [](OrderedJson& parent, const std::string& segment) -> OrderedJson* {
    if (parent.is_object()) {
      for (auto it = parent.begin(); it != parent.end(); ++it)
        if (pathSegment(it.key()) == segment) return &it.value();
    } else if (parent.is_array()) {
      for (auto& element : parent)
        if (element.is_object() && element.contains("id") && element["id"].is_string() &&
            pathSegment(element["id"].get<std::string>()) == segment)
          return &element;
    }
    return nullptr;
  };
  for (const auto& segment : segments) {
    node = childOf(*node, segment);
    if (!node) return MergeRefusal{"“" + path + "” is no longer in the plan"};
  }
  if (node->is_array()) {
    // An entity: keep it (value), or delete it (null).
    OrderedJson* entity = childOf(*node, last);
    if (value.is_null()) {
      if (entity) node->erase(static_cast<size_t>(entity - &(*node)[0]));
    } else if (entity) {
      *entity = value;
    } else {
      node->push_back(value);
    }
  } else if (node->is_object()) {
    std::string key;
    for (auto it = node->begin(); it != node->end(); ++it)
      if (pathSegment(it.key()) == last) key = it.key();
    if (key.empty()) return MergeRefusal{"“" + path + "” is no longer in the plan"};
    (*node)[key] = value;
  } else {
    return MergeRefusal{"“" + path + "” is no longer in the plan"};
  }
  auto loaded = reload(std::move(json));
  if (auto* refusal = std::get_if<MergeRefusal>(&loaded)) return *refusal;
  Document resolved = std::get<Document>(std::move(loaded));
  resolved.conflicts = rest.conflicts;
  resolved.sync = rest.sync;
  return resolved;
}

}  // namespace gp
