// History's workshop edits: diagnostic rounds and answers.
#include <unordered_set>

#include "core/session/history_internal.h"
#include "core/text/text_trim.h"
#include "core/workshop/diagnostic.h"

namespace gp {

namespace history_detail {

void clearPersonFromActions(Document& doc, const std::string& personId, const EditContext& context,
                            std::vector<EntityChange>& changes) {
  for (size_t i = 0; i < doc.actions.size(); ++i) {
    if (doc.actions[i].ownerId != personId) continue;
    ActionItem action = doc.actions[i];
    action.ownerId.clear();
    action.meta.modified = stampFor(context);
    changes.push_back(EntityChange{Collection::actions, i, doc.actions[i], action});
    doc.actions[i] = std::move(action);
  }
}

}  // namespace history_detail

using namespace history_detail;

namespace {

// Agenda items need ids unique within their workshop for the file to load again.
void giveAgendaIds(Workshop& workshop, IdGenerator& ids) {
  std::unordered_set<std::string> seen;
  for (auto& item : workshop.agenda)
    while (item.id.empty() || !seen.insert(item.id).second) item.id = ids.next();
}

}  // namespace

DiagnosticMergeResult History::recordDiagnosticAnswers(const std::vector<DiagnosticSubmission>& submissions,
                                                       const EditContext& context, const std::string& label) {
  DiagnosticMergeResult result;
  std::vector<EntityChange> changes;
  for (const auto& submission : submissions) {
    if (!answerProblem(submission.team, submission.scores).empty() || submission.respondent.empty()) continue;
    const DiagnosticRound* round = findRoundByLabel(doc_, submission.roundLabel);
    if (!round) {
      // The id follows the label, so copies that open the same round hold one round.
      DiagnosticRound added{{diagnosticRoundId(submission.roundLabel), {}, {}},
                            std::string(trimmed(submission.roundLabel)), submission.roundDate};
      changes.push_back(addEntity(doc_, std::move(added), context, ids_));
      round = &doc_.diagnosticRounds.back();
      ++result.roundsAdded;
    }
    DiagnosticAnswer answer{{diagnosticAnswerId(round->meta.id, submission.respondent), {}, {}},
                            round->meta.id,
                            submission.respondent,
                            submission.team,
                            submission.scores,
                            submission.answeredAt};
    const auto held = indexOf(doc_.diagnosticAnswers, answer.meta.id);
    if (!held) {
      changes.push_back(addEntity(doc_, std::move(answer), context, ids_));
      ++result.added;
      continue;
    }
    const DiagnosticAnswer& earlier = doc_.diagnosticAnswers[*held];
    // ISO 8601 UTC texts compare in time order; an older answer never replaces a newer one.
    if (answer.answeredAt < earlier.answeredAt) {
      ++result.unchanged;
      continue;
    }
    if (auto change = updateEntity(doc_, answer, context)) {
      changes.push_back(std::move(*change));
      ++result.replaced;
    } else {
      ++result.unchanged;
    }
  }
  if (!changes.empty()) record(Step{StepKind::edit, {}, std::move(changes), label});
  return result;
}

std::string History::addDiagnosticRound(DiagnosticRound round, const EditContext& context) {
  if (round.meta.id.empty()) round.meta.id = diagnosticRoundId(round.label);
  EntityChange change = addEntity(doc_, std::move(round), context, ids_);
  std::string id = doc_.diagnosticRounds.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

void History::updateDiagnosticRound(const DiagnosticRound& updated, const EditContext& context, std::string mergeKey) {
  if (auto change = updateEntity(doc_, updated, context)) record(Step{StepKind::edit, std::move(mergeKey), {std::move(*change)}});
}

void History::removeDiagnosticRound(const std::string& id, const EditContext&) {
  std::vector<EntityChange> changes;
  for (size_t i = doc_.diagnosticAnswers.size(); i-- > 0;)
    if (doc_.diagnosticAnswers[i].roundId == id)
      if (auto removal = removeEntity<DiagnosticAnswer>(doc_, doc_.diagnosticAnswers[i].meta.id))
        changes.push_back(std::move(*removal));
  if (auto removal = removeEntity<DiagnosticRound>(doc_, id)) changes.push_back(std::move(*removal));
  if (!changes.empty()) record(Step{StepKind::remove, {}, std::move(changes)});
}

std::string History::addWorkshop(Workshop workshop, const EditContext& context) {
  giveAgendaIds(workshop, ids_);
  EntityChange change = addEntity(doc_, std::move(workshop), context, ids_);
  std::string id = doc_.workshops.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

void History::updateWorkshop(const Workshop& updated, const EditContext& context, std::string mergeKey) {
  Workshop workshop = updated;
  giveAgendaIds(workshop, ids_);
  if (auto change = updateEntity(doc_, workshop, context)) record(Step{StepKind::edit, std::move(mergeKey), {std::move(*change)}});
}

void History::removeWorkshop(const std::string& id, const EditContext& context) {
  auto removal = removeEntity<Workshop>(doc_, id);
  if (!removal) return;
  std::vector<EntityChange> changes{std::move(*removal)};
  const auto unlink = [&](auto& list, Collection collection) {
    for (size_t i = 0; i < list.size(); ++i) {
      if (list[i].workshopId != id) continue;
      auto item = list[i];
      item.workshopId.clear();
      item.meta.modified = stampFor(context);
      changes.push_back(EntityChange{collection, i, list[i], item});
      list[i] = std::move(item);
    }
  };
  unlink(doc_.workshopNotes, Collection::workshopNotes);
  unlink(doc_.actions, Collection::actions);
  record(Step{StepKind::remove, {}, std::move(changes)});
}

std::string History::addWorkshopNote(WorkshopNote note, const EditContext& context) {
  EntityChange change = addEntity(doc_, std::move(note), context, ids_);
  std::string id = doc_.workshopNotes.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

void History::updateWorkshopNote(const WorkshopNote& updated, const EditContext& context, std::string mergeKey) {
  if (auto change = updateEntity(doc_, updated, context)) record(Step{StepKind::edit, std::move(mergeKey), {std::move(*change)}});
}

void History::removeWorkshopNote(const std::string& id, const EditContext&) {
  if (auto change = removeEntity<WorkshopNote>(doc_, id)) record(Step{StepKind::remove, {}, {std::move(*change)}});
}

std::string History::addAction(ActionItem action, const EditContext& context) {
  EntityChange change = addEntity(doc_, std::move(action), context, ids_);
  std::string id = doc_.actions.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

void History::updateAction(const ActionItem& updated, const EditContext& context, std::string mergeKey) {
  if (auto change = updateEntity(doc_, updated, context)) record(Step{StepKind::edit, std::move(mergeKey), {std::move(*change)}});
}

void History::removeAction(const std::string& id, const EditContext&) {
  if (auto change = removeEntity<ActionItem>(doc_, id)) record(Step{StepKind::remove, {}, {std::move(*change)}});
}

}  // namespace gp
