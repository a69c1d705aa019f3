#include "core/merge/glossary_split.h"

#include <algorithm>
#include <unordered_set>

#include "core/format/format_entities.h"
#include "core/format/format_tree.h"
#include "core/merge/record_changes.h"

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

// Marks the terms of `ids` that are alike: by position where the ids line up with ours's (the
// usual case), else by id.
std::vector<char> alikeFlags(const GlossarySplit& split, const std::vector<std::string_view>& ids) {
  std::vector<char> flags(ids.size(), 0);
  for (size_t i = 0; i < ids.size(); ++i)
    flags[i] = i < split.oursIds.size() && ids[i] == split.oursIds[i] ? split.oursAlike[i] : split.alike.count(ids[i]) > 0;
  return flags;
}

}  // namespace

std::optional<GlossarySplit> splitGlossary(const Document* base, const Document& ours, const Document& theirs) {
  GlossarySplit split;
  if (!collectIds(ours, split.oursIds) || !collectIds(theirs, split.theirsIds)) return std::nullopt;
  if (base && !collectIds(*base, split.baseIds)) return std::nullopt;
  // Terms at the same place in both copies are compared there; only the rest are looked up.
  std::unordered_map<std::string_view, const GlossaryTerm*> theirsById;
  const auto theirsTerm = [&](size_t i) -> const GlossaryTerm* {
    if (i < theirs.glossary.size() && split.theirsIds[i] == split.oursIds[i]) return &theirs.glossary[i];
    if (theirsById.empty())
      for (const GlossaryTerm& term : theirs.glossary) theirsById.emplace(term.meta.id, &term);
    const auto found = theirsById.find(split.oursIds[i]);
    return found != theirsById.end() ? found->second : nullptr;
  };
  split.oursAlike.assign(ours.glossary.size(), 0);
  split.alike.reserve(ours.glossary.size());
  for (size_t i = 0; i < ours.glossary.size(); ++i) {
    const GlossaryTerm* other = theirsTerm(i);
    if (!other || !(*other == ours.glossary[i])) continue;
    split.oursAlike[i] = 1;
    split.alike.emplace(split.oursIds[i], &ours.glossary[i]);
  }
  split.theirsAlike = alikeFlags(split, split.theirsIds);
  if (base) split.baseAlike = alikeFlags(split, split.baseIds);
  return split;
}

OrderedJson unsharedContentJson(const Document& doc, Copy copy, const GlossarySplit& split) {
  const std::vector<char>& alike = copy == Copy::base ? split.baseAlike : copy == Copy::ours ? split.oursAlike : split.theirsAlike;
  return reparsedContentJson(doc, [&](const GlossaryTerm& term) { return !alike[static_cast<size_t>(&term - doc.glossary.data())]; });
}

std::vector<std::string_view> mergedTermOrder(const GlossarySplit& split, const OrderedJson& mergedTerms, bool oursReordered,
                                              bool theirsReordered) {
  // The terms the merge dropped (deleted ones): usually none, so most ids need no lookup.
  std::unordered_set<std::string_view> merged, dropped;
  for (const OrderedJson& term : mergedTerms)
    if (term.is_object() && term.contains("id") && term["id"].is_string()) merged.insert(term["id"].get_ref<const std::string&>());
  for (const auto* ids : {&split.oursIds, &split.theirsIds}) {
    const std::vector<char>& alike = ids == &split.oursIds ? split.oursAlike : split.theirsAlike;
    for (size_t i = 0; i < ids->size(); ++i)
      if (!alike[i] && !merged.count((*ids)[i])) dropped.insert((*ids)[i]);
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
            const PathValues term = rest_.at(childPath("glossary", id));
            same = same && (side == Side::ours ? term.oursSame : term.theirsSame);
          }
      (side == Side::ours ? values.oursSame : values.theirsSame) = values.inMerged && same;
    }
    return values;
  }
  const auto term = termPath(path);
  const auto alike = term ? split_.alike.find(term->id) : split_.alike.end();
  if (alike == split_.alike.end()) return rest_.at(path);
  // An alike term is the same in both copies and in the result.
  const bool exists = term->rest.empty() || alikeTerm(*alike->second).node(term->rest) != nullptr;
  return PathValues{exists, exists, exists};
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
    } else {
      out.push_back(*split.alike.at(id));
    }
  }
  return out;
}

}  // namespace gp
