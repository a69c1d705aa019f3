#include "core/glossary/glossary_filter.h"

#include <algorithm>
#include <string_view>

#include "core/text/text_fold.h"

namespace gp {

namespace {

// Calls `visit` with each searchable field of the term in turn, separators included: the name,
// then '\n' and each non-empty alias, definition, example, counter-example and the notes.
template <typename Visit>
void forEachSearchablePiece(const GlossaryTerm& term, Visit visit) {
  visit(std::string_view(term.name));
  const auto add = [&](const std::string& field) {
    if (field.empty()) return;
    visit(std::string_view("\n"));
    visit(std::string_view(field));
  };
  for (const auto& alias : term.aliases) add(alias);
  add(term.definition);
  add(term.marketingDefinition);
  add(term.salesDefinition);
  for (const auto& example : term.examples) add(example);
  for (const auto& example : term.counterExamples) add(example);
  add(term.notes);
}

std::string searchableSource(const GlossaryTerm& term) {
  size_t size = 0;
  forEachSearchablePiece(term, [&](std::string_view piece) { size += piece.size(); });
  std::string text;
  text.reserve(size);
  forEachSearchablePiece(term, [&](std::string_view piece) { text += piece; });
  return text;
}

std::string searchableText(const GlossaryTerm& term) { return foldCase(searchableSource(term)); }

// Whether `source` is the term's searchable text as written, compared piece by piece (no copy).
bool sameSearchableSource(const GlossaryTerm& term, std::string_view source) {
  size_t at = 0;
  bool same = true;
  forEachSearchablePiece(term, [&](std::string_view piece) {
    if (!same) return;
    same = at <= source.size() && source.substr(at, piece.size()) == piece;
    at += piece.size();
  });
  return same && at == source.size();
}

std::vector<std::string> queryWords(const std::string& text) {
  std::vector<std::string> words;
  const std::string folded = foldCase(text);
  size_t start = 0;
  while (start < folded.size()) {
    const size_t end = folded.find_first_of(" \t\r\n", start);
    const size_t stop = end == std::string::npos ? folded.size() : end;
    if (stop > start) words.push_back(folded.substr(start, stop - start));
    start = stop + 1;
  }
  return words;
}

bool changedAsAsked(const std::string& at, const std::string& by, const std::optional<Team>& team,
                    const GlossaryFilter& filter) {
  if (at.empty()) return false;
  if (!filter.changedSince.empty() && at.compare(0, filter.changedSince.size(), filter.changedSince) < 0) return false;
  if (!filter.changedBy) return true;
  if (team) return *team == *filter.changedBy;
  const auto found = filter.teamsByName.find(by);
  return found != filter.teamsByName.end() && found->second == *filter.changedBy;
}

bool passesChange(const GlossaryTerm& term, const GlossaryFilter& filter) {
  if (!filter.changedBy && filter.changedSince.empty()) return true;
  const Stamp& last = term.meta.modified;
  if (changedAsAsked(last.at, last.by, last.team, filter)) return true;
  for (const auto& change : term.history)
    if (changedAsAsked(change.at, change.by, change.team, filter)) return true;
  return false;
}

bool passesFields(const GlossaryTerm& term, const GlossaryFilter& filter) {
  return (!filter.status || term.status == *filter.status) && (!filter.category || term.category == *filter.category) &&
         (!filter.owner || term.owner == *filter.owner) && passesChange(term, filter);
}

bool containsAll(std::string_view haystack, const std::vector<std::string>& words) {
  for (const auto& word : words)
    if (haystack.find(word) == std::string_view::npos) return false;
  return true;
}

// The filter's answer for one term; `folded` gives its searchable text folded, asked only when
// the words need it.
template <typename Folded>
bool keeps(const GlossaryTerm& term, const GlossaryFilter& filter, const std::vector<std::string>& words, Folded folded) {
  return passesFields(term, filter) && (words.empty() || containsAll(folded(), words));
}

// A bit per byte value (modulo 64) found in `text`: a word can only be in a text whose bits
// include the word's.
uint64_t byteMask(std::string_view text) {
  uint64_t mask = 0;
  for (const char c : text) mask |= uint64_t{1} << (static_cast<unsigned char>(c) & 63);
  return mask;
}

uint64_t wordsMask(const std::vector<std::string>& words) {
  uint64_t mask = 0;
  for (const auto& word : words) mask |= byteMask(word);
  return mask;
}

// The indices `keep` accepts, visited in `order` (else 0, 1, 2, ...).
template <typename Keep>
std::vector<int> keptIndices(size_t count, const std::vector<int>* order, Keep keep) {
  std::vector<int> kept;
  if (order && order->size() == count) {
    for (int i : *order)
      if (keep(static_cast<size_t>(i))) kept.push_back(i);
  } else {
    for (size_t i = 0; i < count; ++i)
      if (keep(i)) kept.push_back(static_cast<int>(i));
  }
  return kept;
}

}  // namespace

std::vector<int> filterTerms(const std::vector<GlossaryTerm>& terms, const GlossaryFilter& filter,
                             const std::vector<int>* order) {
  const std::vector<std::string> words = queryWords(filter.text);
  return keptIndices(terms.size(), order,
                     [&](size_t i) { return keeps(terms[i], filter, words, [&] { return searchableText(terms[i]); }); });
}

void GlossarySearchIndex::update(const std::vector<GlossaryTerm>& terms) {
  source_.resize(terms.size());
  folded_.resize(terms.size());
  bytes_.resize(terms.size());
  for (size_t i = 0; i < terms.size(); ++i) {
    if (sameSearchableSource(terms[i], source_[i])) continue;
    source_[i] = searchableSource(terms[i]);
    folded_[i] = foldCase(source_[i]);
    bytes_[i] = byteMask(folded_[i]);
  }
}

std::vector<int> GlossarySearchIndex::filter(const std::vector<GlossaryTerm>& terms, const GlossaryFilter& filter,
                                             const std::vector<int>* order) const {
  if (terms.size() != folded_.size()) return filterTerms(terms, filter, order);  // stale index: still correct
  const std::vector<std::string> words = queryWords(filter.text);
  const uint64_t wordBytes = wordsMask(words);
  return keptIndices(terms.size(), order, [&](size_t i) {
    return mayHold(i, wordBytes) && keeps(terms[i], filter, words, [&] { return std::string_view(folded_[i]); });
  });
}

std::vector<int> GlossarySearchIndex::filterWithin(const std::vector<GlossaryTerm>& terms, const GlossaryFilter& filter,
                                                   const std::vector<int>& candidates) const {
  const bool fresh = terms.size() == folded_.size();  // else a stale index: folded again, still correct
  const std::vector<std::string> words = queryWords(filter.text);
  const uint64_t wordBytes = wordsMask(words);
  std::vector<int> kept;
  for (const int i : candidates) {
    if (i < 0 || static_cast<size_t>(i) >= terms.size()) continue;
    const auto at = static_cast<size_t>(i);
    const GlossaryTerm& term = terms[at];
    const bool keep = fresh ? mayHold(at, wordBytes) && keeps(term, filter, words, [&] { return std::string_view(folded_[at]); })
                            : keeps(term, filter, words, [&] { return searchableText(term); });
    if (keep) kept.push_back(i);
  }
  return kept;
}

bool searchNarrows(const std::string& before, const std::string& after) {
  const std::vector<std::string> earlier = queryWords(before), later = queryWords(after);
  for (const std::string& word : earlier)
    if (std::none_of(later.begin(), later.end(), [&](const std::string& w) { return w.find(word) != std::string::npos; }))
      return false;
  return true;
}

}  // namespace gp
