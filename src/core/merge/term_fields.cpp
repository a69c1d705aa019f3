#include "core/merge/term_fields.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "core/text/utf8.h"

namespace gp {

namespace {

// The term's JSON keys, as format_writer writes them.
constexpr std::string_view kPlainKeys[] = {"id", "name", "definition", "status", "aliases", "category", "owner",
                                           "replacedBy", "marketingDefinition", "salesDefinition", "examples",
                                           "counterExamples", "relatedTermIds", "notes", "history"};

// Enums are written by name: the same name is the same JSON.
bool sameName(const char* a, const char* b) { return std::strcmp(a, b) == 0; }

bool sameTeam(const std::optional<Team>& a, const std::optional<Team>& b) {
  return a.has_value() == b.has_value() && (!a || sameName(teamName(*a), teamName(*b)));
}

bool sameChange(const TermChange& a, const TermChange& b) {
  return a.at == b.at && a.by == b.by && a.field == b.field && a.summary == b.summary && sameTeam(a.team, b.team);
}

bool sameStamp(const Stamp& a, const Stamp& b) { return a.by == b.by && a.at == b.at && sameTeam(a.team, b.team); }

const Stamp* stampOf(const GlossaryTerm& term, std::string_view key) {
  if (key == "created") return &term.meta.created;
  if (key == "modified") return &term.meta.modified;
  return nullptr;
}

// Whether the two versions' values at a plain key are the same JSON; nullopt for another key.
std::optional<bool> samePlain(const GlossaryTerm& a, const GlossaryTerm& b, std::string_view key) {
  if (key == "id") return a.meta.id == b.meta.id;
  if (key == "name") return a.name == b.name;
  if (key == "definition") return a.definition == b.definition;
  if (key == "status") return sameName(termStatusName(a.status), termStatusName(b.status));
  if (key == "aliases") return a.aliases == b.aliases;
  if (key == "category") return sameName(termCategoryName(a.category), termCategoryName(b.category));
  if (key == "owner") return sameName(teamName(a.owner), teamName(b.owner));
  if (key == "replacedBy") return a.replacedBy == b.replacedBy;
  if (key == "marketingDefinition") return a.marketingDefinition == b.marketingDefinition;
  if (key == "salesDefinition") return a.salesDefinition == b.salesDefinition;
  if (key == "examples") return a.examples == b.examples;
  if (key == "counterExamples") return a.counterExamples == b.counterExamples;
  if (key == "relatedTermIds") return a.relatedTermIds == b.relatedTermIds;
  if (key == "notes") return a.notes == b.notes;
  if (key == "history")
    return std::equal(a.history.begin(), a.history.end(), b.history.begin(), b.history.end(), sameChange);
  return std::nullopt;
}

bool sameTerm(const GlossaryTerm& a, const GlossaryTerm& b) {
  for (const std::string_view key : kPlainKeys)
    if (!*samePlain(a, b, key)) return false;
  return sameStamp(a.meta.created, b.meta.created) && sameStamp(a.meta.modified, b.meta.modified);
}

bool allValid(const std::vector<std::string>& texts) {
  return std::all_of(texts.begin(), texts.end(), [](const std::string& text) { return isValidUtf8(text); });
}

bool stampValid(const Stamp& stamp) { return isValidUtf8(stamp.by) && isValidUtf8(stamp.at); }

}  // namespace

bool termTextIsValid(const GlossaryTerm& term) {
  for (const std::string* text : {&term.meta.id, &term.name, &term.definition, &term.replacedBy, &term.marketingDefinition,
                                  &term.salesDefinition, &term.notes})
    if (!isValidUtf8(*text)) return false;
  for (const auto* texts : {&term.aliases, &term.examples, &term.counterExamples, &term.relatedTermIds})
    if (!allValid(*texts)) return false;
  for (const TermChange& change : term.history)
    if (!isValidUtf8(change.at) || !isValidUtf8(change.by) || !isValidUtf8(change.field) || !isValidUtf8(change.summary))
      return false;
  return stampValid(term.meta.created) && stampValid(term.meta.modified);
}

PathValues termValuesAt(const GlossaryTerm& ours, const GlossaryTerm& theirs, Side merged, std::string_view rest) {
  // An order path names a list's entity ids in order. A term's lists hold text and change records,
  // none an entity: each list's order is there, empty, in every version; anything else has none.
  constexpr std::string_view kOrder = "/#order";
  if (rest.ends_with(kOrder)) {
    const std::string_view list = rest.substr(0, rest.size() - kOrder.size());
    const bool isList = list == "aliases" || list == "examples" || list == "counterExamples" ||
                        list == "relatedTermIds" || list == "history";
    return PathValues{isList, isList, isList};
  }
  const GlossaryTerm& result = merged == Side::ours ? ours : theirs;
  if (rest.empty()) {
    const bool alike = sameTerm(ours, theirs);
    return PathValues{true, merged == Side::ours || alike, merged == Side::theirs || alike};
  }
  const size_t slash = rest.find('/');
  const std::string_view key = rest.substr(0, slash);
  if (slash == std::string_view::npos) {
    if (const Stamp* stamp = stampOf(result, key))
      return PathValues{true, sameStamp(*stampOf(ours, key), *stamp), sameStamp(*stampOf(theirs, key), *stamp)};
    const std::optional<bool> oursSame = samePlain(ours, result, key);
    if (!oursSame) return PathValues{};  // no such key
    return PathValues{true, *oursSame, *samePlain(theirs, result, key)};
  }
  // Below a key: only a stamp has fields; strings and lists of strings have none.
  const Stamp* stamp = stampOf(result, key);
  const std::string_view field = rest.substr(slash + 1);
  if (!stamp) return PathValues{};
  const Stamp& oursStamp = *stampOf(ours, key);
  const Stamp& theirsStamp = *stampOf(theirs, key);
  if (field == "by") return PathValues{true, oursStamp.by == stamp->by, theirsStamp.by == stamp->by};
  if (field == "at") return PathValues{true, oursStamp.at == stamp->at, theirsStamp.at == stamp->at};
  if (field == "team" && stamp->team)
    return PathValues{true, sameTeam(oursStamp.team, stamp->team), sameTeam(theirsStamp.team, stamp->team)};
  return PathValues{};
}

size_t termDifferences(const GlossaryTerm& before, const GlossaryTerm& after) {
  size_t count = 0;
  for (const std::string_view key : kPlainKeys) count += !*samePlain(before, after, key);
  // Stamps are compared field by field; who modified when does not count as a change.
  const Stamp& created = before.meta.created;
  count += created.by != after.meta.created.by;
  count += created.at != after.meta.created.at;
  count += !sameTeam(created.team, after.meta.created.team);
  count += !sameTeam(before.meta.modified.team, after.meta.modified.team);
  return count;
}

}  // namespace gp
