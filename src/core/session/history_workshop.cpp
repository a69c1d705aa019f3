// History's workshop edits: diagnostic rounds and answers.
#include "core/session/history_internal.h"
#include "core/text/text_trim.h"
#include "core/workshop/diagnostic.h"

namespace gp {

using namespace history_detail;

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

}  // namespace gp
