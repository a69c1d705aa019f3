#include "core/merge/glossary_split.h"

#include <unordered_set>

#include "core/format/format_entities.h"
#include "core/format/format_tree.h"

namespace gp {

namespace {

constexpr std::string_view kTermsPrefix = "glossary/";

// Ids in order; false when one is there twice.
bool collectIds(const Document& doc, std::vector<std::string>& ids) {
  std::unordered_set<std::string_view> seen;
  ids.reserve(doc.glossary.size());
  for (const GlossaryTerm& term : doc.glossary) {
    if (!seen.insert(term.meta.id).second) return false;
    ids.push_back(term.meta.id);
  }
  return true;
}

// "glossary/<segment>[/<rest>]" -> segment and rest; nullopt for any other path (the list's
// own paths "glossary" and "glossary/#order" included).
struct TermPath {
  std::string segment;
  std::string rest;
};
std::optional<TermPath> termPath(const std::string& path) {
  if (!path.starts_with(kTermsPrefix)) return std::nullopt;
  const size_t start = kTermsPrefix.size();
  const size_t slash = path.find('/', start);
  TermPath parts{path.substr(start, slash == std::string::npos ? std::string::npos : slash - start),
                 slash == std::string::npos ? std::string() : path.substr(slash + 1)};
  if (parts.segment == "#order") return std::nullopt;
  return parts;
}

}  // namespace

std::optional<GlossarySplit> splitGlossary(const Document* base, const Document& ours, const Document& theirs) {
  GlossarySplit split;
  if (!collectIds(ours, split.oursIds) || !collectIds(theirs, split.theirsIds)) return std::nullopt;
  if (base && !collectIds(*base, split.baseIds)) return std::nullopt;
  std::unordered_map<std::string_view, const GlossaryTerm*> theirsById;
  theirsById.reserve(theirs.glossary.size());
  for (const GlossaryTerm& term : theirs.glossary) theirsById.emplace(term.meta.id, &term);
  for (const GlossaryTerm& term : ours.glossary) {
    auto other = theirsById.find(term.meta.id);
    if (other == theirsById.end() || !(*other->second == term)) continue;
    split.alike.emplace(term.meta.id, &term);
    split.alikeByPath.emplace(pathSegment(term.meta.id), &term);
  }
  return split;
}

OrderedJson unsharedContentJson(const Document& doc, const GlossarySplit& split) {
  return reparsedContentJson(doc, [&](const GlossaryTerm& term) { return !split.alike.count(term.meta.id); });
}

std::vector<std::string> mergedTermOrder(const GlossarySplit& split, const OrderedJson& mergedTerms, bool oursReordered,
                                         bool theirsReordered) {
  std::unordered_set<std::string_view> merged;
  for (const OrderedJson& term : mergedTerms)
    if (term.is_object() && term.contains("id") && term["id"].is_string())
      merged.insert(term["id"].get_ref<const std::string&>());
  const auto kept = [&](std::string_view id) { return split.alike.count(id) > 0 || merged.count(id) > 0; };
  std::vector<std::string> order;
  for (const std::string_view id : mergedOrder(split.oursIds, split.theirsIds, oursReordered, theirsReordered, kept))
    order.emplace_back(id);
  return order;
}

struct SplitValues::TermTree {
  explicit TermTree(const GlossaryTerm& term) : json(entityJson(term)), index(json) {}
  OrderedJson json;
  PathIndex index;
};

const PathIndex& SplitValues::alikeTerm(const std::string& segment) const {
  std::shared_ptr<TermTree>& tree = alikeTrees_[segment];
  if (!tree) tree = std::make_shared<TermTree>(*split_.alikeByPath.at(segment));
  return tree->index;
}

bool SplitValues::inMerged(const std::string& path) const {
  const auto term = termPath(path);
  if (!term || !split_.alikeByPath.count(term->segment)) return rest_.inMerged(path);
  return term->rest.empty() || alikeTerm(term->segment).node(term->rest) != nullptr;
}

bool SplitValues::sameAsMerged(Side side, const std::string& path) const {
  const std::vector<std::string>& ids = side == Side::ours ? split_.oursIds : split_.theirsIds;
  if (path == "glossary/#order") return ids == mergedIds_;
  if (path == "glossary") {
    if (ids != mergedIds_) return false;
    for (const std::string& id : mergedIds_)
      if (!split_.alike.count(id) && !rest_.sameAsMerged(side, childPath("glossary", id))) return false;
    return true;
  }
  // An alike term is the same in both copies and in the result.
  const auto term = termPath(path);
  if (term && split_.alikeByPath.count(term->segment)) return inMerged(path);
  return rest_.sameAsMerged(side, path);
}

std::vector<GlossaryTerm> splicedGlossary(const GlossarySplit& split, const std::vector<std::string>& order,
                                          std::vector<GlossaryTerm> merged) {
  std::unordered_map<std::string_view, GlossaryTerm*> mergedById;
  for (GlossaryTerm& term : merged) mergedById.emplace(term.meta.id, &term);
  std::vector<GlossaryTerm> out;
  out.reserve(order.size());
  for (const std::string& id : order) {
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
