// History's glossary edits: terms keep their own change history, renaming a term renames the
// funnel stages linked to it, and the starter glossary and CSV imports are one step each.
#include <algorithm>

#include "core/glossary/glossary_csv.h"
#include "core/session/history_internal.h"
#include "core/glossary/starter_glossary.h"
#include "core/glossary/term_changes.h"
#include "core/text/text_fold.h"

namespace gp {

using namespace history_detail;

namespace {

// A term as History stores it when added: the caller's history replaced by one "Added" entry.
GlossaryTerm withAddedEntry(GlossaryTerm term, const EditContext& context, const std::string& summary) {
  term.history.clear();
  term.history.push_back(TermChange{context.now, context.author, "", summary, context.team});
  return term;
}

// Renames every funnel stage (in the plan and in each scenario) linked to `termId`, recording one
// change per touched list so undo restores the old names together with the term.
void renameLinkedStages(Document& doc, const std::string& termId, const std::string& name,
                        std::vector<EntityChange>& changes) {
  const auto rename = [&](GrowthAssumptions& assumptions) {
    bool changed = false;
    for (auto& stage : assumptions.stages)
      if (stage.glossaryTermId == termId && stage.name != name) {
        stage.name = name;
        changed = true;
      }
    return changed;
  };
  GrowthAssumptions assumptions = doc.growth.assumptions;
  if (rename(assumptions)) {
    changes.push_back(EntityChange{Collection::growth, 0, doc.growth.assumptions, assumptions});
    doc.growth.assumptions = std::move(assumptions);
  }
  for (size_t i = 0; i < doc.growth.scenarios.size(); ++i) {
    Scenario scenario = doc.growth.scenarios[i];
    if (!rename(scenario.assumptions)) continue;
    changes.push_back(EntityChange{Collection::scenarios, i, doc.growth.scenarios[i], scenario});
    doc.growth.scenarios[i] = std::move(scenario);
  }
}

}  // namespace

std::string History::addTerm(GlossaryTerm term, const EditContext& context) {
  EntityChange change = addEntity(doc_, withAddedEntry(std::move(term), context, "Added"), context, ids_);
  std::string id = doc_.glossary.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

// The term's history gets one entry per changed field. While typing (a merging burst) the entries
// describe the whole burst, compared with the term as it was before the burst began.
void History::updateTerm(const GlossaryTerm& updated, const EditContext& context, std::string mergeKey) {
  const auto index = indexOf(doc_.glossary, updated.meta.id);
  if (!index) return;
  const GlossaryTerm current = doc_.glossary[*index];
  GlossaryTerm after = updated;
  after.meta = current.meta;
  after.history = current.history;  // callers cannot rewrite the history
  if (after == current) return;

  const GlossaryTerm* base = &current;
  if (willMerge(mergeKey)) {
    for (const auto& change : undo_.back().changes)
      if (change.collection == Collection::glossary && change.index == *index && change.before)
        if (const auto* before = std::get_if<GlossaryTerm>(&*change.before)) base = before;
  }
  after.history = base->history;
  const Stamp stamp = stampFor(context);
  appendTermChanges(after.history, termChangesBetween(*base, after, stamp, doc_.glossary));
  after.meta.modified = stamp;

  std::vector<EntityChange> changes;
  changes.push_back(EntityChange{Collection::glossary, *index, current, after});
  doc_.glossary[*index] = after;
  if (after.name != current.name) renameLinkedStages(doc_, after.meta.id, after.name, changes);
  record(Step{StepKind::edit, std::move(mergeKey), std::move(changes)});
}

size_t History::addStarterGlossary(const EditContext& context) {
  std::vector<std::string> existing;
  for (const auto& term : doc_.glossary) existing.push_back(foldCase(term.name));
  std::vector<EntityChange> changes;
  for (auto& term : starterGlossary()) {
    if (std::find(existing.begin(), existing.end(), foldCase(term.name)) != existing.end()) continue;
    existing.push_back(foldCase(term.name));
    changes.push_back(addEntity(doc_, withAddedEntry(std::move(term), context, "Added from the starter glossary"), context, ids_));
  }
  // Starter terms link to each other by name; give them the ids they were just given.
  for (auto& change : changes) {
    GlossaryTerm& term = doc_.glossary[change.index];
    for (auto& related : term.relatedTermIds) {
      const auto index = std::find_if(doc_.glossary.begin(), doc_.glossary.end(),
                                      [&](const GlossaryTerm& other) { return foldCase(other.name) == foldCase(related); });
      related = index == doc_.glossary.end() ? std::string() : index->meta.id;
    }
    std::erase(term.relatedTermIds, std::string());
    change.after = term;
  }
  const size_t added = changes.size();
  if (added > 0)
    record(Step{StepKind::add, {}, std::move(changes), "Add " + std::to_string(added) + " starter glossary terms"});
  return added;
}

bool History::applyGlossaryImport(const CsvImportPreview& preview, const EditContext& context) {
  if (!preview.ok()) return false;
  // Real ids for the rows that add terms, so links between imported terms resolve.
  std::vector<std::pair<std::string, std::string>> placeholders;  // placeholder -> id
  std::vector<std::string> reserved;
  for (const auto& row : preview.rows) {
    if (row.action != ImportAction::add) continue;
    std::string id = ids_.next();
    while (idInUse(doc_, id) || std::find(reserved.begin(), reserved.end(), id) != reserved.end()) id = ids_.next();
    reserved.push_back(id);
    placeholders.push_back({row.term.meta.id, id});
  }
  const auto realId = [&](const std::string& id) {
    for (const auto& [placeholder, real] : placeholders)
      if (placeholder == id) return real;
    return id;
  };
  const Stamp stamp = stampFor(context);
  std::vector<EntityChange> changes;
  int added = 0, updated = 0;
  for (const auto& row : preview.rows) {
    if (row.action != ImportAction::add && row.action != ImportAction::update) continue;
    GlossaryTerm term = row.term;
    term.meta.id = realId(term.meta.id);
    term.replacedBy = realId(term.replacedBy);
    for (auto& related : term.relatedTermIds) related = realId(related);
    if (row.action == ImportAction::add) {
      term.history.clear();
      term.history.push_back(TermChange{stamp.at, stamp.by, "", "Imported from CSV", stamp.team});
      term.meta.created = term.meta.modified = stamp;
      doc_.glossary.push_back(term);
      changes.push_back(EntityChange{Collection::glossary, doc_.glossary.size() - 1, std::nullopt, std::move(term)});
      ++added;
      continue;
    }
    const auto index = indexOf(doc_.glossary, term.meta.id);
    if (!index) continue;
    const GlossaryTerm current = doc_.glossary[*index];
    term.meta = current.meta;
    term.history = current.history;
    if (term == current) continue;
    appendTermChanges(term.history, termChangesBetween(current, term, stamp, doc_.glossary));
    term.meta.modified = stamp;
    changes.push_back(EntityChange{Collection::glossary, *index, current, term});
    doc_.glossary[*index] = term;
    if (term.name != current.name) renameLinkedStages(doc_, term.meta.id, term.name, changes);
    ++updated;
  }
  if (changes.empty()) return true;
  std::string label = "Import " + std::to_string(added + updated) + (added + updated == 1 ? " term" : " terms");
  record(Step{StepKind::edit, {}, std::move(changes), std::move(label)});
  return true;
}

void History::removeTerm(const std::string& id, const EditContext&) {
  if (auto change = removeEntity<GlossaryTerm>(doc_, id)) record(Step{StepKind::remove, {}, {std::move(*change)}});
}

}  // namespace gp
