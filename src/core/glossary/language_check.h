// The language check: does the plan speak its glossary? Lists the problems with where to fix them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model/document.h"

namespace gp {

enum class LanguageIssueKind {
  undefinedTerm,       // a term the plan uses (in a section or as a funnel stage) has no agreed definition
  unlinkedStage,       // a funnel stage not linked to a glossary term, or linked to a deleted one
  unknownAcronym,      // a capitalised abbreviation in a section that is no term's name or alias
  notAgreed,           // a term still proposed or being discussed
  deprecatedTermUsed,  // the plan uses a deprecated term; the message names its replacement
  missingReplacement,  // a deprecated term is replaced by a term that no longer exists
  sharedAlias,         // two terms share an alias, or an alias is another term's name
  duplicateName,       // two terms have the same name
};

enum class IssueLocationKind { section, term, stage };

// Where to jump to fix the issue: a section (field "body" or "title"), a glossary term (field is
// its file key, e.g. "definition", "status", "aliases") or a funnel stage of the plan's growth
// assumptions (field "glossaryTermId"). `offset` is the byte offset in a section's text.
struct IssueLocation {
  IssueLocationKind kind = IssueLocationKind::term;
  std::string id;
  std::string field;
  size_t offset = 0;
  bool operator==(const IssueLocation&) const = default;
};

struct LanguageIssue {
  LanguageIssueKind kind = LanguageIssueKind::undefinedTerm;
  std::string message;  // a complete sentence naming the term and where, e.g. "“Pipeline” is used in …"
  IssueLocation location;
};

// Issues grouped in the order above (stages, then sections, then terms in glossary order).
// Heuristics, kept simple on purpose:
//  - "used" means mentioned in a section's body (findTermMentions: whole words, aliases, plural s)
//    or linked from a funnel stage;
//  - an acronym is a word of 2 to 6 capital letters A–Z, optionally followed by a plural "s"
//    ("MQLs"). The plan's currency, common currency codes and job titles (CEO, CFO, VP…) and
//    "OK" are ignored. Each unknown acronym is reported once per section.
std::vector<LanguageIssue> runLanguageCheck(const Document& doc);

const char* languageIssueKindName(LanguageIssueKind);  // "undefined-term", ... (stable, for scripts)

}  // namespace gp
