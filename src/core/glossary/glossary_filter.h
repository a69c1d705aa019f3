// Search and filter over the glossary, fast enough to run on every keystroke with 10,000 terms.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/document.h"

namespace gp {

struct GlossaryFilter {
  // Every space-separated word must occur (ignoring case, see foldCase) in the term's name,
  // aliases, any of its three definitions, examples, counter-examples or notes. Empty: all terms.
  std::string text;
  std::optional<TermStatus> status;
  std::optional<TermCategory> category;
  std::optional<Team> owner;
  // Only terms `changedBy` changed on or after `changedSince` ("YYYY-MM-DD"; "" for any day), going
  // by the term's history and its last change. Stamps without a team count by `teamsByName`
  // (the plan's people).
  std::optional<Team> changedBy;
  std::string changedSince;
  std::unordered_map<std::string, Team> teamsByName;
};

// Indices into `terms` of the terms the filter keeps, in glossary order, or in the order of
// `order` when given (every index of `terms` once, e.g. by name: a list shown sorted needs no sort
// after each keystroke). An `order` of another size is ignored.
std::vector<int> filterTerms(const std::vector<GlossaryTerm>& terms, const GlossaryFilter& filter,
                             const std::vector<int>* order = nullptr);

// True when every term the search text `after` finds, `before` finds too: each of before's words
// is inside one of after's (typing on, or adding a word). Other filters are not compared.
bool searchNarrows(const std::string& before, const std::string& after);

// For repeated searches over a glossary that changes a term at a time (the UI brings it up to date
// when History::revision() changes): folds every term's searchable text once, so each search only
// scans, and folds again only the terms whose searchable text changed.
class GlossarySearchIndex {
 public:
  GlossarySearchIndex() = default;
  explicit GlossarySearchIndex(const std::vector<GlossaryTerm>& terms) { update(terms); }
  void update(const std::vector<GlossaryTerm>& terms);
  std::vector<int> filter(const std::vector<GlossaryTerm>& terms, const GlossaryFilter& filter,
                          const std::vector<int>* order = nullptr) const;
  // The indices of `candidates` the filter keeps, in their order: for a search that narrows an
  // earlier one (searchNarrows), whose answer holds every term this one can find.
  std::vector<int> filterWithin(const std::vector<GlossaryTerm>& terms, const GlossaryFilter& filter,
                                const std::vector<int>& candidates) const;
  size_t size() const { return folded_.size(); }

 private:
  std::vector<std::string> source_;  // per term: its searchable fields as written, separated by '\n'
  std::vector<std::string> folded_;  // the same, folded (foldCase keeps every byte offset)
  std::vector<uint64_t> bytes_;      // which bytes the folded text holds (byteMask): most terms are
                                     // passed over without a search, as the first letter typed reads all
  // Whether term `i` may hold every word: its bytes include theirs (`wordBytes`, byteMask of all).
  bool mayHold(size_t i, uint64_t wordBytes) const { return (bytes_[i] & wordBytes) == wordBytes; }
};

}  // namespace gp
