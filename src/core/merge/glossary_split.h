// A big plan's merge without the JSON of the glossary terms it can settle by comparing them:
// those both copies hold alike (nearly all), and, with the common ancestor at hand, those only
// one copy changed. They are taken as they are, and only the rest of the plan goes through the
// JSON merge (merge.h). What here sees the whole glossary: which terms are settled, the merged
// order of all terms, the sync state's view of paths into them, and the merged glossary itself.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/merge/merge.h"
#include "core/model/document.h"

namespace gp {

// A term one copy changed while the other kept the base's: the JSON merge would give the changed
// one whole (the field-by-field rules of merge.cpp, checked in splitGlossary), so it is taken.
// Both versions' text is valid UTF-8, so term_fields.h answers for their JSON.
struct TakenTerm {
  const GlossaryTerm* ours = nullptr;
  const GlossaryTerm* theirs = nullptr;
  Side from = Side::ours;
  const GlossaryTerm& merged() const { return from == Side::ours ? *ours : *theirs; }
};

// Views into the copies, which must outlive it.
struct GlossarySplit {
  std::unordered_map<std::string_view, const GlossaryTerm*> alike;  // id -> ours's term
  std::unordered_map<std::string_view, TakenTerm> taken;             // id -> both versions
  std::vector<std::string_view> baseIds, oursIds, theirsIds;         // every term's id, in order
  // Per term, in the same order: alike or taken, so left out of the JSON merge.
  std::vector<char> baseSettled, oursSettled, theirsSettled;
  bool settled(std::string_view id) const { return alike.count(id) > 0 || taken.count(id) > 0; }
};

// The copies' terms compared; nullopt when a copy holds an id twice (the whole-tree merge deals
// with that, as with any plan it cannot read back). `base` may be null (no common ancestor).
std::optional<GlossarySplit> splitGlossary(const Document* base, const Document& ours, const Document& theirs);

enum class Copy { base, ours, theirs };
// The content JSON the JSON merge sees: that copy without the settled terms.
OrderedJson unsharedContentJson(const Document&, Copy, const GlossarySplit&);

// Every term id of the merged plan in order: the settled ones and those in `mergedTerms` (the JSON
// merge's glossary list), placed as mergedOrder places them.
std::vector<std::string_view> mergedTermOrder(const GlossarySplit&, const OrderedJson& mergedTerms, bool oursReordered,
                                              bool theirsReordered);

// MergedValues of the whole plans, answered from the trees without the settled terms (`rest`).
class SplitValues final : public MergedValues {
 public:
  SplitValues(const GlossarySplit& split, const TreeValues& rest, const std::vector<std::string_view>& mergedIds)
      : split_(split), rest_(rest), mergedIds_(mergedIds) {}
  PathValues at(const std::string& path) const override;

 private:
  struct TermTree;
  const PathIndex& alikeTerm(const GlossaryTerm&) const;

  const GlossarySplit& split_;
  const TreeValues& rest_;
  const std::vector<std::string_view>& mergedIds_;
  // Built on demand: a write below an alike term needs the term's tree to know the path exists.
  mutable std::unordered_map<const GlossaryTerm*, std::shared_ptr<TermTree>> alikeTrees_;
};

// How many values the taken terms' merged versions differ from ours's by (countDifferences).
size_t takenDifferences(const GlossarySplit&);

// The merged glossary in `order`: settled terms copied from their copy, the others moved out of
// `merged`.
std::vector<GlossaryTerm> splicedGlossary(const GlossarySplit&, const std::vector<std::string_view>& order,
                                          std::vector<GlossaryTerm> merged);

}  // namespace gp
