// Finding glossary terms in the plan's free text, for highlighting and hover definitions.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/model/document.h"

namespace gp {

struct TermMention {
  size_t byteStart = 0;  // [byteStart, byteEnd) in the UTF-8 text
  size_t byteEnd = 0;
  int termIndex = 0;     // into the glossary
  bool operator==(const TermMention&) const = default;
};

// Names and aliases found in `text` as whole words (see isWordCodePoint), ignoring case, with an
// optional plural "s" ("MQLs" mentions "MQL"). Where names overlap the longest wins
// ("marketing-sourced pipeline" is one mention of "Marketing-sourced pipeline", not "Pipeline").
// When two terms share a name or alias the first in the glossary wins. Mentions are in text
// order and never overlap.
std::vector<TermMention> findTermMentions(std::string_view text, const std::vector<GlossaryTerm>& glossary);

// The same search, prepared once for many texts (a plan's sections) against one glossary.
class TermMatcher {
 public:
  explicit TermMatcher(const std::vector<GlossaryTerm>& glossary);
  std::vector<TermMention> find(std::string_view text) const;

 private:
  struct Phrase {
    std::string folded;
    int termIndex;
  };
  // Phrases grouped by their first word (folded), longest first within a group.
  std::vector<std::pair<std::string, std::vector<Phrase>>> byFirstWord_;
  const std::vector<Phrase>* candidates(std::string_view firstWord) const;
};

}  // namespace gp
