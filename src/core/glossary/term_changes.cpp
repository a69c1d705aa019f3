#include "core/glossary/term_changes.h"

#include <algorithm>

#include "core/text/utf8.h"

namespace gp {

namespace {

std::string quoted(const std::string& text) {
  return text.empty() ? std::string("(none)") : "“" + truncateUtf8(text, 40) + "”";
}

std::string nameOfTerm(const std::vector<GlossaryTerm>& glossary, const std::string& id) {
  for (const auto& term : glossary)
    if (term.meta.id == id) return term.name;
  return id;
}

std::string textSummary(const char* what, const std::string& before, const std::string& after) {
  if (before.empty()) return std::string(what) + " written";
  if (after.empty()) return std::string(what) + " cleared";
  return std::string(what) + " edited";
}

// "added “A”, “B”; removed “C”" over two lists of names.
std::string listSummary(const char* what, const std::vector<std::string>& before, const std::vector<std::string>& after) {
  std::string added, removed;
  for (const auto& item : after)
    if (std::find(before.begin(), before.end(), item) == before.end()) added += (added.empty() ? "" : ", ") + quoted(item);
  for (const auto& item : before)
    if (std::find(after.begin(), after.end(), item) == after.end())
      removed += (removed.empty() ? "" : ", ") + quoted(item);
  std::string summary = what;
  if (added.empty() && removed.empty()) return summary + " reordered or edited";
  summary += ":";
  if (!added.empty()) summary += " added " + added;
  if (!removed.empty()) summary += std::string(added.empty() ? "" : ";") + " removed " + removed;
  return summary;
}

}  // namespace

std::vector<TermChange> termChangesBetween(const GlossaryTerm& before, const GlossaryTerm& after, const Stamp& stamp,
                                           const std::vector<GlossaryTerm>& glossary) {
  std::vector<TermChange> changes;
  const auto add = [&](const char* field, std::string summary) {
    changes.push_back(TermChange{stamp.at, stamp.by, field, std::move(summary), stamp.team});
  };
  if (before.name != after.name) add("name", "Renamed " + quoted(before.name) + " → " + quoted(after.name));
  if (before.definition != after.definition)
    add("definition", textSummary("Agreed definition", before.definition, after.definition));
  if (before.status != after.status)
    add("status", std::string("Status: ") + termStatusLabel(before.status) + " → " + termStatusLabel(after.status));
  if (before.aliases != after.aliases) add("aliases", listSummary("Aliases", before.aliases, after.aliases));
  if (before.category != after.category)
    add("category",
        std::string("Category: ") + termCategoryLabel(before.category) + " → " + termCategoryLabel(after.category));
  if (before.owner != after.owner)
    add("owner", std::string("Owner: ") + teamLabel(before.owner) + " → " + teamLabel(after.owner));
  if (before.replacedBy != after.replacedBy)
    add("replacedBy", after.replacedBy.empty() ? std::string("Replacement removed")
                                               : "Replaced by " + quoted(nameOfTerm(glossary, after.replacedBy)));
  if (before.marketingDefinition != after.marketingDefinition)
    add("marketingDefinition",
        textSummary("Marketing's definition", before.marketingDefinition, after.marketingDefinition));
  if (before.salesDefinition != after.salesDefinition)
    add("salesDefinition", textSummary("Sales's definition", before.salesDefinition, after.salesDefinition));
  if (before.examples != after.examples) add("examples", listSummary("Examples", before.examples, after.examples));
  if (before.counterExamples != after.counterExamples)
    add("counterExamples", listSummary("Counter-examples", before.counterExamples, after.counterExamples));
  if (before.relatedTermIds != after.relatedTermIds) {
    std::vector<std::string> beforeNames, afterNames;
    for (const auto& id : before.relatedTermIds) beforeNames.push_back(nameOfTerm(glossary, id));
    for (const auto& id : after.relatedTermIds) afterNames.push_back(nameOfTerm(glossary, id));
    add("relatedTermIds", listSummary("Related terms", beforeNames, afterNames));
  }
  if (before.notes != after.notes) add("notes", textSummary("Notes", before.notes, after.notes));
  return changes;
}

void appendTermChanges(std::vector<TermChange>& history, const std::vector<TermChange>& changes) {
  history.insert(history.end(), changes.begin(), changes.end());
  if (history.size() > kMaxTermChanges)
    history.erase(history.begin(), history.end() - static_cast<std::ptrdiff_t>(kMaxTermChanges));
}

}  // namespace gp
