#include "core/merge/plan_merge.h"

#include <algorithm>

#include "core/format/format.h"
#include "core/format/format_tree.h"
#include "core/format/json_paths.h"
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

PlanMergeResult finish(const Document& ours, const Document& theirs, const OrderedJson& oursJson,
                       const OrderedJson& theirsJson, JsonMerge merge) {
  std::vector<MergeConflict> all = uniteConflicts(toMergeConflicts(ours.conflicts), toMergeConflicts(theirs.conflicts));
  size_t newConflicts = 0;
  for (const auto& conflict : merge.conflicts)
    if (std::none_of(all.begin(), all.end(), [&](const MergeConflict& c) { return c.path == conflict.path; })) ++newConflicts;
  all = uniteConflicts(std::move(all), merge.conflicts);
  const SyncState sync = mergeSyncStates(ours.sync, theirs.sync, oursJson, theirsJson, merge.merged);
  const size_t taken = countDifferences(oursJson, merge.merged);

  auto loaded = reload(std::move(merge.merged));
  if (auto* refusal = std::get_if<MergeRefusal>(&loaded)) return *refusal;
  PlanMerge result;
  result.doc = std::get<Document>(std::move(loaded));
  result.doc.conflicts = toPlanConflicts(all);
  result.doc.sync = sync;
  result.newConflicts = newConflicts;
  result.takenFromTheirs = taken;
  return result;
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
  const OrderedJson oursJson = contentJson(ours), theirsJson = contentJson(theirs);
  return finish(ours, theirs, oursJson, theirsJson, mergeJson(oursJson, theirsJson, SyncOracle(ours.sync, theirs.sync)));
}

PlanMergeResult mergeWithAncestor(const Document& base, const Document& ours, const Document& theirs) {
  if (auto refusal = differentPlans(ours, theirs)) return *refusal;
  const OrderedJson baseJson = contentJson(base), oursJson = contentJson(ours), theirsJson = contentJson(theirs);
  return finish(ours, theirs, oursJson, theirsJson,
                mergeJson(oursJson, theirsJson, ThreeWayOracle(baseJson, oursJson, theirsJson)));
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
