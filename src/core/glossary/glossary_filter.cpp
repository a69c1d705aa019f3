#include "core/glossary/glossary_filter.h"

#include <string_view>

#include "core/text/text_fold.h"

namespace gp {

namespace {

std::string searchableText(const GlossaryTerm& term) {
  std::string text = term.name;
  const auto add = [&](const std::string& field) {
    if (field.empty()) return;
    text += '\n';
    text += field;
  };
  for (const auto& alias : term.aliases) add(alias);
  add(term.definition);
  add(term.marketingDefinition);
  add(term.salesDefinition);
  for (const auto& example : term.examples) add(example);
  for (const auto& example : term.counterExamples) add(example);
  add(term.notes);
  return foldCase(text);
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

}  // namespace

std::vector<int> filterTerms(const std::vector<GlossaryTerm>& terms, const GlossaryFilter& filter) {
  const std::vector<std::string> words = queryWords(filter.text);
  std::vector<int> kept;
  for (size_t i = 0; i < terms.size(); ++i) {
    if (!passesFields(terms[i], filter)) continue;
    if (words.empty() || containsAll(searchableText(terms[i]), words)) kept.push_back(static_cast<int>(i));
  }
  return kept;
}

GlossarySearchIndex::GlossarySearchIndex(const std::vector<GlossaryTerm>& terms) {
  folded_.reserve(terms.size());
  for (const auto& term : terms) folded_.push_back(searchableText(term));
}

std::vector<int> GlossarySearchIndex::filter(const std::vector<GlossaryTerm>& terms, const GlossaryFilter& filter) const {
  if (terms.size() != folded_.size()) return filterTerms(terms, filter);  // stale index: still correct
  const std::vector<std::string> words = queryWords(filter.text);
  std::vector<int> kept;
  for (size_t i = 0; i < terms.size(); ++i)
    if (passesFields(terms[i], filter) && (words.empty() || containsAll(folded_[i], words)))
      kept.push_back(static_cast<int>(i));
  return kept;
}

}  // namespace gp
