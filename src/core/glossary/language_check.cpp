#include "core/glossary/language_check.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/glossary/glossary.h"
#include "core/glossary/term_mentions.h"
#include "core/text/text_fold.h"
#include "core/text/text_trim.h"
#include "core/text/utf8.h"

namespace gp {

namespace {

constexpr std::string_view kIgnoredAcronyms[] = {"OK",  "EUR", "USD", "GBP", "CHF", "JPY", "CEO", "CFO", "CTO",
                                                 "COO", "CMO", "CRO", "CIO", "VP",  "HR",  "IT",  "AM",  "PM"};

std::string quoted(std::string_view text) {
  return "“" + truncateUtf8(text.empty() ? std::string_view("(untitled)") : text, 60) + "”";
}

struct Use {
  IssueLocation location;
  std::string where;  // "section “Shared goal”" or "funnel stage “MQL”"
};

bool isAcronym(std::string_view word) {
  if (!word.empty() && word.back() == 's') word.remove_suffix(1);
  if (word.size() < 2 || word.size() > 6) return false;
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

class Checker {
 public:
  explicit Checker(const Document& doc) : doc_(doc) {}

  std::vector<LanguageIssue> run() {
    checkStages();
    checkSections();
    checkUsedTerms();
    checkStatuses();
    checkDeprecated();
    checkNames();
    return std::move(issues_);
  }

 private:
  const Document& doc_;
  std::vector<LanguageIssue> issues_;
  std::map<int, std::vector<Use>> uses_;  // term index -> where the plan uses it, in plan order

  void add(LanguageIssueKind kind, std::string message, IssueLocation location) {
    issues_.push_back(LanguageIssue{kind, std::move(message), std::move(location)});
  }

  static IssueLocation termField(const GlossaryTerm& term, const char* field) {
    return IssueLocation{IssueLocationKind::term, term.meta.id, field, 0};
  }

  const GlossaryTerm& term(int index) const { return doc_.glossary[static_cast<size_t>(index)]; }

  void checkStages() {
    for (const auto& stage : doc_.growth.assumptions.stages) {
      const IssueLocation location{IssueLocationKind::stage, stage.id, "glossaryTermId", 0};
      const std::string name = quoted(stageDisplayName(doc_, stage));
      if (stage.glossaryTermId.empty()) {
        add(LanguageIssueKind::unlinkedStage, "Funnel stage " + name + " is not linked to a glossary term", location);
        continue;
      }
      const int index = findTermIndexById(doc_.glossary, stage.glossaryTermId);
      if (index < 0) {
        add(LanguageIssueKind::unlinkedStage,
            "Funnel stage " + name + " is linked to a glossary term that no longer exists", location);
        continue;
      }
      uses_[index].push_back(Use{location, "funnel stage " + name});
    }
  }

  void checkSections() {
    const TermMatcher matcher(doc_.glossary);
    for (const auto& section : doc_.sections) {
      const std::string where = "section " + quoted(section.title);
      const auto mentions = matcher.find(section.body);
      std::set<int> mentioned;
      for (const auto& mention : mentions)
        if (mentioned.insert(mention.termIndex).second)
          uses_[mention.termIndex].push_back(
              Use{IssueLocation{IssueLocationKind::section, section.meta.id, "body", mention.byteStart}, where});
      checkAcronyms(section, mentions, where);
    }
  }

  void checkAcronyms(const Section& section, const std::vector<TermMention>& mentions, const std::string& where) {
    const std::string_view body = section.body;
    std::set<std::string> reported;
    size_t mention = 0;
    for (size_t offset = 0; offset < body.size();) {
      size_t length = 0;
      if (!isWordCodePoint(codePointAt(body, offset, &length))) {
        offset += length;
        continue;
      }
      size_t end = offset;
      while (end < body.size() && isWordCodePoint(codePointAt(body, end, &length))) end += length;
      const std::string_view word = body.substr(offset, end - offset);
      while (mention < mentions.size() && mentions[mention].byteEnd <= offset) ++mention;
      const bool insideMention = mention < mentions.size() && mentions[mention].byteStart <= offset;
      if (!insideMention && isAcronym(word)) {
        std::string acronym(word);
        if (acronym.back() == 's') acronym.pop_back();
        const bool ignored = acronym == doc_.plan.currency ||
                             std::find(std::begin(kIgnoredAcronyms), std::end(kIgnoredAcronyms), acronym) !=
                                 std::end(kIgnoredAcronyms);
        if (!ignored && reported.insert(acronym).second)
          add(LanguageIssueKind::unknownAcronym,
              quoted(acronym) + " is used in " + where + " but is not in the glossary",
              IssueLocation{IssueLocationKind::section, section.meta.id, "body", offset});
      }
      offset = end;
    }
  }

  void checkUsedTerms() {
    for (const auto& [index, uses] : uses_) {
      const GlossaryTerm& used = term(index);
      if (used.status == TermStatus::deprecated || !isBlank(used.definition)) continue;
      std::string message = quoted(used.name) + " is used in " + uses.front().where;
      if (uses.size() > 1) message += " and " + std::to_string(uses.size() - 1) + " more place" + (uses.size() > 2 ? "s" : "");
      add(LanguageIssueKind::undefinedTerm, message + " but has no agreed definition", termField(used, "definition"));
    }
  }

  void checkStatuses() {
    for (const auto& candidate : doc_.glossary) {
      if (candidate.status != TermStatus::proposed && candidate.status != TermStatus::discussing) continue;
      add(LanguageIssueKind::notAgreed,
          quoted(candidate.name) + " is not agreed yet (" + termStatusName(candidate.status) + ")",
          termField(candidate, "status"));
    }
  }

  void checkDeprecated() {
    for (size_t i = 0; i < doc_.glossary.size(); ++i) {
      const GlossaryTerm& old = doc_.glossary[i];
      if (old.status != TermStatus::deprecated) continue;
      const int replacement = findTermIndexById(doc_.glossary, old.replacedBy);
      const std::string advice = replacement >= 0 ? "; use " + quoted(term(replacement).name) + " instead"
                                                  : " and has no replacement";
      const auto uses = uses_.find(static_cast<int>(i));
      if (uses != uses_.end())
        for (const auto& use : uses->second)
          add(LanguageIssueKind::deprecatedTermUsed,
              quoted(old.name) + " in " + use.where + " is deprecated" + advice, use.location);
      if (!old.replacedBy.empty() && replacement < 0)
        add(LanguageIssueKind::missingReplacement,
            quoted(old.name) + " is replaced by a term that no longer exists", termField(old, "replacedBy"));
    }
  }

  void checkNames() {
    std::map<std::string, size_t> names;  // folded name -> first term
    for (size_t i = 0; i < doc_.glossary.size(); ++i) {
      const std::string key = foldCase(doc_.glossary[i].name);
      if (isBlank(key)) continue;
      const auto [first, inserted] = names.emplace(key, i);
      if (!inserted)
        add(LanguageIssueKind::duplicateName, "Two terms are called " + quoted(doc_.glossary[i].name),
            termField(doc_.glossary[i], "name"));
    }
    std::map<std::string, size_t> aliases;  // folded alias -> first term using it
    for (size_t i = 0; i < doc_.glossary.size(); ++i) {
      const GlossaryTerm& current = doc_.glossary[i];
      std::set<std::string> own;
      for (const auto& alias : current.aliases) {
        const std::string key = foldCase(alias);
        if (isBlank(key) || !own.insert(key).second) continue;
        if (const auto named = names.find(key); named != names.end() && named->second != i) {
          add(LanguageIssueKind::sharedAlias,
              "The alias " + quoted(alias) + " of " + quoted(current.name) + " is the name of another term",
              termField(current, "aliases"));
          continue;
        }
        const auto [first, inserted] = aliases.emplace(key, i);
        if (!inserted)
          add(LanguageIssueKind::sharedAlias,
              quoted(doc_.glossary[first->second].name) + " and " + quoted(current.name) + " both use the alias " +
                  quoted(alias),
              termField(current, "aliases"));
      }
    }
  }
};

}  // namespace

std::vector<LanguageIssue> runLanguageCheck(const Document& doc) { return Checker(doc).run(); }

const char* languageIssueKindName(LanguageIssueKind kind) {
  switch (kind) {
    case LanguageIssueKind::undefinedTerm: return "undefined-term";
    case LanguageIssueKind::unlinkedStage: return "unlinked-stage";
    case LanguageIssueKind::unknownAcronym: return "unknown-acronym";
    case LanguageIssueKind::notAgreed: return "not-agreed";
    case LanguageIssueKind::deprecatedTermUsed: return "deprecated-term-used";
    case LanguageIssueKind::missingReplacement: return "missing-replacement";
    case LanguageIssueKind::sharedAlias: return "shared-alias";
    case LanguageIssueKind::duplicateName: return "duplicate-name";
  }
  return "issue";
}

}  // namespace gp
