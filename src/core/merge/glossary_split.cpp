#include "core/merge/glossary_split.h"

#include <algorithm>
#include <tuple>
#include <unordered_set>

#include "core/format/format_entities.h"
#include "core/format/format_tree.h"
#include "core/merge/record_changes.h"
#include "core/merge/term_fields.h"

namespace gp {

namespace {

constexpr std::string_view kTermsPrefix = "glossary/";

// Ids in order; false when one is there twice. A hash set: sorting ids that share a long prefix
// compared them byte by byte, most of this function's work.
bool collectIds(const Document& doc, std::vector<std::string_view>& ids) {
  ids.reserve(doc.glossary.size());
  std::unordered_set<std::string_view> seen;
  seen.reserve(doc.glossary.size());
  for (const GlossaryTerm& term : doc.glossary) {
    if (!seen.insert(term.meta.id).second) return false;
    ids.push_back(term.meta.id);
  }
  return true;
}

// "glossary/<segment>[/<rest>]" -> the term's id and rest; nullopt for any other path (the list's
// own paths "glossary" and "glossary/#order" included).
struct TermPath {
  std::string id;
  std::string rest;
};
std::optional<TermPath> termPath(std::string_view path) {
  if (!path.starts_with(kTermsPrefix)) return std::nullopt;
  const size_t start = kTermsPrefix.size();
  const size_t slash = path.find('/', start);
  const std::string_view segment = path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
  if (segment == "#order") return std::nullopt;
  TermPath parts{std::string(), slash == std::string_view::npos ? std::string() : std::string(path.substr(slash + 1))};
  // pathSegment undone: "~0" "~1" "~2" stand for "~" "/" "#".
  for (size_t i = 0; i < segment.size(); ++i) {
    if (segment[i] == '~' && i + 1 < segment.size()) {
      const char escaped = segment[++i];
      parts.id += escaped == '0' ? '~' : escaped == '1' ? '/' : '#';
    } else {
      parts.id += segment[i];
    }
  }
  return parts;
}

// Marks the terms of `ids` that are settled: by position where the ids line up with ours's (the
// usual case), else by id.
std::vector<char> settledFlags(const GlossarySplit& split, const std::vector<std::string_view>& ids) {
  std::vector<char> flags(ids.size(), 0);
  for (size_t i = 0; i < ids.size(); ++i)
    flags[i] = i < split.oursIds.size() && ids[i] == split.oursIds[i] ? split.oursSettled[i] : split.settled(ids[i]);
  return flags;
}

// Would the JSON merge of `changed` with `unchanged` (the base's version, so every difference
// counts as `changed`'s change) give `changed` whole? Every field takes the changed value, except
// two that merge.cpp unites instead: "modified" is the later of the two stamps, and "history"
// the union of both copies' change records in time order (the newest kMaxTermChanges). So:
// `changed` must be the later, and its history `unchanged`'s with records added, in time order.
// Both texts must be valid UTF-8: the JSON compares what it holds, and replaces invalid bytes.
bool mergeKeepsWhole(const GlossaryTerm& changed, const GlossaryTerm& unchanged) {
  const Stamp& later = changed.meta.modified;
  const Stamp& earlier = unchanged.meta.modified;
  if (!(later == earlier) && !(std::tie(later.at, later.by) > std::tie(earlier.at, earlier.by))) return false;
  const std::vector<TermChange>& history = changed.history;
  if (history.size() > kMaxTermChanges || unchanged.history.size() > history.size() ||
      !std::equal(unchanged.history.begin(), unchanged.history.end(), history.begin()))
    return false;
  for (size_t i = 1; i < history.size(); ++i)
    if (!(history[i - 1].at < history[i].at)) return false;
  return termTextIsValid(changed) && termTextIsValid(unchanged);
}

// Looks terms up by id, trying the same position in another list first (the usual case).
class TermFinder {
 public:
  TermFinder(const Document& doc, const std::vector<std::string_view>& ids) : doc_(doc), ids_(ids) {}
  const GlossaryTerm* find(std::string_view id, size_t hint) const {
    if (hint < ids_.size() && ids_[hint] == id) return &doc_.glossary[hint];
    if (byId_.empty())
      for (const GlossaryTerm& term : doc_.glossary) byId_.emplace(term.meta.id, &term);
    const auto found = byId_.find(id);
    return found != byId_.end() ? found->second : nullptr;
  }

 private:
  const Document& doc_;
  const std::vector<std::string_view>& ids_;
  mutable std::unordered_map<std::string_view, const GlossaryTerm*> byId_;
};

}  // namespace

std::optional<GlossarySplit> splitGlossary(const Document* base, const Document& ours, const Document& theirs) {
  GlossarySplit split;
  if (!collectIds(ours, split.oursIds) || !collectIds(theirs, split.theirsIds)) return std::nullopt;
  if (base && !collectIds(*base, split.baseIds)) return std::nullopt;
  const TermFinder theirsTerms(theirs, split.theirsIds);
  const std::optional<TermFinder> baseTerms = base ? std::optional<TermFinder>(std::in_place, *base, split.baseIds) : std::nullopt;
  split.oursSettled.assign(ours.glossary.size(), 0);
  split.alike.reserve(ours.glossary.size());
  for (size_t i = 0; i < ours.glossary.size(); ++i) {
    const GlossaryTerm& mine = ours.glossary[i];
    const GlossaryTerm* other = theirsTerms.find(split.oursIds[i], i);
    if (!other) continue;
    if (*other == mine) {
      split.oursSettled[i] = 1;
      split.alike.emplace(split.oursIds[i], &mine);
      continue;
    }
    const GlossaryTerm* before = baseTerms ? baseTerms->find(split.oursIds[i], i) : nullptr;
    if (!before) continue;
    std::optional<Side> from;
    if (*other == *before && mergeKeepsWhole(mine, *other)) from = Side::ours;
    else if (mine == *before && mergeKeepsWhole(*other, mine)) from = Side::theirs;
    if (!from) continue;
    split.oursSettled[i] = 1;
    split.taken.emplace(split.oursIds[i], TakenTerm{&mine, other, *from});
  }
  split.theirsSettled = settledFlags(split, split.theirsIds);
  if (base) split.baseSettled = settledFlags(split, split.baseIds);
  return split;
}

OrderedJson unsharedContentJson(const Document& doc, Copy copy, const GlossarySplit& split) {
  const std::vector<char>& settled =
      copy == Copy::base ? split.baseSettled : copy == Copy::ours ? split.oursSettled : split.theirsSettled;
  return reparsedContentJson(doc, [&](const GlossaryTerm& term) { return !settled[static_cast<size_t>(&term - doc.glossary.data())]; });
}

std::vector<std::string_view> mergedTermOrder(const GlossarySplit& split, const OrderedJson& mergedTerms, bool oursReordered,
                                              bool theirsReordered) {
  // The terms the merge dropped (deleted ones): usually none, so most ids need no lookup.
  std::unordered_set<std::string_view> merged, dropped;
  for (const OrderedJson& term : mergedTerms)
    if (term.is_object() && term.contains("id") && term["id"].is_string()) merged.insert(term["id"].get_ref<const std::string&>());
  for (const auto* ids : {&split.oursIds, &split.theirsIds}) {
    const std::vector<char>& settled = ids == &split.oursIds ? split.oursSettled : split.theirsSettled;
    for (size_t i = 0; i < ids->size(); ++i)
      if (!settled[i] && !merged.count((*ids)[i])) dropped.insert((*ids)[i]);
  }
  const auto kept = [&](std::string_view id) { return dropped.empty() || !dropped.count(id); };
  return mergedOrder(split.oursIds, split.theirsIds, oursReordered, theirsReordered, kept);
}

struct SplitValues::TermTree {
  explicit TermTree(const GlossaryTerm& term) : json(entityJson(term)), index(json) {}
  OrderedJson json;
  PathIndex index;
};

const PathIndex& SplitValues::alikeTerm(const GlossaryTerm& term) const {
  std::shared_ptr<TermTree>& tree = alikeTrees_[&term];
  if (!tree) tree = std::make_shared<TermTree>(term);
  return tree->index;
}

PathValues SplitValues::at(const std::string& path) const {
  if (path == "glossary/#order" || path == "glossary") {
    PathValues values = rest_.at(path);
    for (const Side side : {Side::ours, Side::theirs}) {
      const std::vector<std::string_view>& ids = side == Side::ours ? split_.oursIds : split_.theirsIds;
      // As TreeValues: an order is the copy's where the entities both have keep its order.
      bool same = path == "glossary" ? ids == mergedIds_ : !survivorsReordered(ids, mergedIds_);
      // The whole list: also every term the JSON merge saw.
      if (same && path == "glossary")
        for (const std::string_view id : mergedIds_)
          if (!split_.alike.count(id)) {
            const auto taken = split_.taken.find(id);
            const PathValues term =
                taken != split_.taken.end() ? termValuesAt(*taken->second.ours, *taken->second.theirs, taken->second.from, "") : rest_.at(childPath("glossary", id));
            same = same && (side == Side::ours ? term.oursSame : term.theirsSame);
          }
      (side == Side::ours ? values.oursSame : values.theirsSame) = values.inMerged && same;
    }
    return values;
  }
  const auto term = termPath(path);
  if (!term) return rest_.at(path);
  if (const auto alike = split_.alike.find(term->id); alike != split_.alike.end()) {
    // An alike term is the same in both copies and in the result.
    const bool exists = term->rest.empty() || alikeTerm(*alike->second).node(term->rest) != nullptr;
    return PathValues{exists, exists, exists};
  }
  if (const auto taken = split_.taken.find(term->id); taken != split_.taken.end()) 
    return termValuesAt(*taken->second.ours, *taken->second.theirs, taken->second.from, term->rest);
  return rest_.at(path);
}

size_t takenDifferences(const GlossarySplit& split) {
  size_t count = 0;
  for (const auto& entry : split.taken) {
    const TakenTerm& term = entry.second;
    if (term.from == Side::theirs) count += termDifferences(*term.ours, *term.theirs);  // else it kept ours's
  }
  return count;
}

std::vector<GlossaryTerm> splicedGlossary(const GlossarySplit& split, const std::vector<std::string_view>& order,
                                          std::vector<GlossaryTerm> merged) {
  std::unordered_map<std::string_view, GlossaryTerm*> mergedById;
  for (GlossaryTerm& term : merged) mergedById.emplace(term.meta.id, &term);
  std::vector<GlossaryTerm> out;
  out.reserve(order.size());
  for (const std::string_view id : order) {
    if (auto it = mergedById.find(id); it != mergedById.end()) {
      out.push_back(std::move(*it->second));
      mergedById.erase(it);
    } else if (const auto alike = split.alike.find(id); alike != split.alike.end()) {
      out.push_back(*alike->second);
    } else {
      out.push_back(split.taken.at(id).merged());
    }
  }
  return out;
}

}  // namespace gp
