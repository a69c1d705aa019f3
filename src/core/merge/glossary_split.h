// A big plan's merge without the JSON of the glossary terms both copies hold alike (nearly all
// of them): those are taken as they are, and only the rest of the plan goes through the JSON
// merge (merge.h). What here sees the whole glossary: which terms are alike, the merged order of
// all terms, the sync state's view of paths into them, and the merged glossary itself.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/merge/merge.h"
#include "core/model/document.h"

namespace gp {

struct GlossarySplit {
  std::unordered_map<std::string_view, const GlossaryTerm*> alike;  // id -> ours's term (views into ours)
  std::unordered_map<std::string, const GlossaryTerm*> alikeByPath;  // the same by pathSegment(id)
  std::vector<std::string> baseIds, oursIds, theirsIds;             // every term's id, in order
};

// The copies' terms compared; nullopt when a copy holds an id twice (the whole-tree merge deals
// with that, as with any plan it cannot read back). `base` may be null (no common ancestor).
std::optional<GlossarySplit> splitGlossary(const Document* base, const Document& ours, const Document& theirs);

// The content JSON the JSON merge sees: the plan without the alike terms.
OrderedJson unsharedContentJson(const Document&, const GlossarySplit&);

// Every term id of the merged plan in order: the alike ones and those in `mergedTerms` (the JSON
// merge's glossary list), placed as mergedOrder places them.
std::vector<std::string> mergedTermOrder(const GlossarySplit&, const OrderedJson& mergedTerms, bool oursReordered,
                                         bool theirsReordered);

// MergedValues of the whole plans, answered from the trees without the alike terms (`rest`).
class SplitValues final : public MergedValues {
 public:
  SplitValues(const GlossarySplit& split, const TreeValues& rest, const std::vector<std::string>& mergedIds)
      : split_(split), rest_(rest), mergedIds_(mergedIds) {}
  bool inMerged(const std::string& path) const override;
  bool sameAsMerged(Side, const std::string& path) const override;

 private:
  struct TermTree;
  const PathIndex& alikeTerm(const std::string& segment) const;

  const GlossarySplit& split_;
  const TreeValues& rest_;
  const std::vector<std::string>& mergedIds_;
  // Built on demand: a write below an alike term needs the term's tree to know the path exists.
  mutable std::unordered_map<std::string, std::shared_ptr<TermTree>> alikeTrees_;
};

// The merged glossary in `order`: alike terms copied from ours, the others moved out of `merged`.
std::vector<GlossaryTerm> splicedGlossary(const GlossarySplit&, const std::vector<std::string>& order,
                                          std::vector<GlossaryTerm> merged);

}  // namespace gp
