#include "core/glossary/term_mentions.h"

#include <algorithm>
#include <string>

#include "core/text/text_fold.h"
#include "core/text/text_trim.h"

namespace gp {

namespace {

bool wordAt(std::string_view text, size_t offset, size_t* length) {
  return isWordCodePoint(codePointAt(text, offset, length));
}

// Length in bytes of the run of word characters starting at `offset`.
size_t wordLength(std::string_view text, size_t offset) {
  size_t end = offset, length = 0;
  while (end < text.size() && wordAt(text, end, &length)) end += length;
  return end - offset;
}

bool wordBefore(std::string_view text, size_t offset) {
  if (offset == 0) return false;
  size_t start = offset - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  size_t length = 0;
  return wordAt(text, start, &length) && start + length == offset;
}

bool wordAfter(std::string_view text, size_t offset) {
  size_t length = 0;
  return offset < text.size() && wordAt(text, offset, &length);
}

}  // namespace

TermMatcher::TermMatcher(const std::vector<GlossaryTerm>& glossary) {
  std::vector<std::pair<std::string, Phrase>> phrases;  // (first word, phrase)
  const auto add = [&](const std::string& name, int index) {
    std::string folded = foldCase(trimmed(name));
    if (folded.empty()) return;
    const size_t firstWord = wordLength(folded, 0);
    if (firstWord == 0) return;  // a name starting with punctuation cannot be a whole word
    phrases.push_back({folded.substr(0, firstWord), Phrase{std::move(folded), index}});
  };
  for (size_t i = 0; i < glossary.size(); ++i) {
    add(glossary[i].name, static_cast<int>(i));
    for (const auto& alias : glossary[i].aliases) add(alias, static_cast<int>(i));
  }
  // Group by first word; longest phrase first, then the earlier term.
  std::stable_sort(phrases.begin(), phrases.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    if (a.second.folded.size() != b.second.folded.size()) return a.second.folded.size() > b.second.folded.size();
    return a.second.termIndex < b.second.termIndex;
  });
  for (auto& [first, phrase] : phrases) {
    if (byFirstWord_.empty() || byFirstWord_.back().first != first) byFirstWord_.push_back({first, {}});
    byFirstWord_.back().second.push_back(std::move(phrase));
  }
}

const std::vector<TermMatcher::Phrase>* TermMatcher::candidates(std::string_view firstWord) const {
  const auto found = std::lower_bound(byFirstWord_.begin(), byFirstWord_.end(), firstWord,
                                      [](const auto& entry, std::string_view word) { return entry.first < word; });
  if (found == byFirstWord_.end() || found->first != firstWord) return nullptr;
  return &found->second;
}

std::vector<TermMention> TermMatcher::find(std::string_view text) const {
  std::vector<TermMention> mentions;
  if (byFirstWord_.empty()) return mentions;
  const std::string folded = foldCase(text);  // same byte offsets as `text`
  const std::string_view view = folded;
  size_t offset = 0;
  while (offset < view.size()) {
    size_t length = 0;
    if (!wordAt(view, offset, &length) || wordBefore(view, offset)) {
      offset += length;
      continue;
    }
    const size_t firstWord = wordLength(view, offset);
    std::string_view word = view.substr(offset, firstWord);
    size_t matchedEnd = 0;
    int matchedTerm = -1;
    const auto tryGroup = [&](const std::vector<Phrase>* group) {
      if (!group) return false;
      for (const auto& phrase : *group) {
        if (view.compare(offset, phrase.folded.size(), phrase.folded) != 0) continue;
        size_t end = offset + phrase.folded.size();
        if (wordAfter(view, end)) {
          if (view[end] != 's' || wordAfter(view, end + 1)) continue;  // only a plural "s" may follow
          ++end;
        }
        matchedEnd = end;
        matchedTerm = phrase.termIndex;
        return true;
      }
      return false;
    };
    if (!tryGroup(candidates(word)) && word.size() > 1 && word.back() == 's')
      tryGroup(candidates(word.substr(0, word.size() - 1)));
    if (matchedTerm >= 0) {
      mentions.push_back(TermMention{offset, matchedEnd, matchedTerm});
      offset = matchedEnd;
    } else {
      offset += firstWord;
    }
  }
  return mentions;
}

std::vector<TermMention> findTermMentions(std::string_view text, const std::vector<GlossaryTerm>& glossary) {
  return TermMatcher(glossary).find(text);
}

}  // namespace gp
