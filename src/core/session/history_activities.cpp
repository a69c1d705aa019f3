// History's edits of dot votes and draft prompts, and the ballots and answers recorded in them.
#include <algorithm>

#include "core/session/history_internal.h"
#include "core/workshop/drafting.h"
#include "core/workshop/voting.h"

namespace gp {

using namespace history_detail;

namespace {

std::string quoted(const std::string& text) { return "\xE2\x80\x9C" + text + "\xE2\x80\x9D"; }

// Replaces the person's entry in `list` (matched by `keyOf`) or appends it: one of added,
// replaced or unchanged in `result`. An entry sent before the one held is ignored.
template <typename T, typename KeyOf>
bool putLatest(std::vector<T>& list, T entry, KeyOf keyOf, ActivityMergeResult& result) {
  const auto held = std::find_if(list.begin(), list.end(), [&](const T& item) { return keyOf(item) == keyOf(entry); });
  if (held == list.end()) {
    list.push_back(std::move(entry));
    ++result.added;
    return true;
  }
  // ISO 8601 UTC texts compare in time order.
  if (entry.at < held->at || entry == *held) {
    ++result.unchanged;
    return false;
  }
  *held = std::move(entry);
  ++result.replaced;
  return true;
}

}  // namespace

std::string History::addDotVote(DotVote vote, const EditContext& context) {
  EntityChange change = addEntity(doc_, normalizedVote(std::move(vote)), context, ids_);
  std::string id = doc_.dotVotes.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

void History::updateDotVote(const DotVote& updated, const EditContext& context, std::string mergeKey) {
  if (auto change = updateEntity(doc_, normalizedVote(updated), context))
    record(Step{StepKind::edit, std::move(mergeKey), {std::move(*change)}});
}

void History::removeDotVote(const std::string& id, const EditContext&) {
  if (auto change = removeEntity<DotVote>(doc_, id)) record(Step{StepKind::remove, {}, {std::move(*change)}});
}

void History::setVoteRevealed(const std::string& voteId, bool revealed, const EditContext& context) {
  const DotVote* vote = findDotVote(doc_, voteId);
  if (!vote || vote->revealed == revealed) return;
  DotVote updated = *vote;
  updated.revealed = revealed;
  if (auto change = updateEntity(doc_, updated, context))
    record(Step{StepKind::edit, {}, {std::move(*change)}, (revealed ? "Reveal votes of " : "Hide votes of ") + quoted(updated.title)});
}

std::string History::addDraftPrompt(DraftPrompt prompt, const EditContext& context) {
  EntityChange change = addEntity(doc_, std::move(prompt), context, ids_);
  std::string id = doc_.draftPrompts.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

void History::updateDraftPrompt(const DraftPrompt& updated, const EditContext& context, std::string mergeKey) {
  if (auto change = updateEntity(doc_, updated, context)) record(Step{StepKind::edit, std::move(mergeKey), {std::move(*change)}});
}

void History::removeDraftPrompt(const std::string& id, const EditContext&) {
  if (auto change = removeEntity<DraftPrompt>(doc_, id)) record(Step{StepKind::remove, {}, {std::move(*change)}});
}

void History::setDraftRevealed(const std::string& promptId, bool revealed, const EditContext& context) {
  const DraftPrompt* prompt = findDraftPrompt(doc_, promptId);
  if (!prompt || prompt->revealed == revealed) return;
  DraftPrompt updated = *prompt;
  updated.revealed = revealed;
  if (auto change = updateEntity(doc_, updated, context))
    record(Step{StepKind::edit, {}, {std::move(*change)},
                (revealed ? "Reveal drafts of " : "Hide drafts of ") + quoted(updated.question)});
}

ActivityMergeResult History::recordActivityAnswers(const std::vector<BallotSubmission>& ballots,
                                                   const std::vector<DraftSubmission>& drafts, const EditContext& context,
                                                   const std::string& label) {
  ActivityMergeResult result;
  // Each entity changes once in the step, whatever number of submissions it gets.
  std::vector<DotVote> votes = doc_.dotVotes;
  std::vector<DraftPrompt> prompts = doc_.draftPrompts;
  for (const auto& submission : ballots) {
    const auto vote = std::find_if(votes.begin(), votes.end(), [&](const DotVote& v) { return v.meta.id == submission.voteId; });
    if (vote == votes.end()) {
      result.problems.push_back(quoted(submission.voteTitle) + ": this plan has no such vote");
      continue;
    }
    if (const std::string problem = submissionProblem(*vote, submission); !problem.empty()) {
      result.problems.push_back(quoted(vote->title) + ": " + problem);
      continue;
    }
    Ballot ballot = submission.ballot;
    if (vote->anonymous) ballot.voterName.clear();
    putLatest(vote->ballots, std::move(ballot), [](const Ballot& b) { return b.voter; }, result);
  }
  for (const auto& submission : drafts) {
    const auto prompt =
        std::find_if(prompts.begin(), prompts.end(), [&](const DraftPrompt& p) { return p.meta.id == submission.promptId; });
    if (prompt == prompts.end()) {
      result.problems.push_back(quoted(submission.question) + ": this plan has no such draft prompt");
      continue;
    }
    if (const std::string problem = draftAnswerProblem(submission.answer); !problem.empty()) {
      result.problems.push_back(quoted(prompt->question) + ": " + problem);
      continue;
    }
    putLatest(prompt->answers, submission.answer, [](const DraftAnswer& a) { return a.respondent; }, result);
  }
  std::vector<EntityChange> changes;
  for (const auto& vote : votes)
    if (auto change = updateEntity(doc_, vote, context)) changes.push_back(std::move(*change));
  for (const auto& prompt : prompts)
    if (auto change = updateEntity(doc_, prompt, context)) changes.push_back(std::move(*change));
  if (!changes.empty()) record(Step{StepKind::edit, {}, std::move(changes), label});
  return result;
}

ActivityMergeResult History::recordBallot(const BallotSubmission& submission, const EditContext& context) {
  const DotVote* vote = findDotVote(doc_, submission.voteId);
  return recordActivityAnswers({submission}, {}, context,
                               "Vote in " + quoted(vote ? vote->title : submission.voteTitle));
}

ActivityMergeResult History::recordDraftAnswer(const DraftSubmission& submission, const EditContext& context) {
  const DraftPrompt* prompt = findDraftPrompt(doc_, submission.promptId);
  return recordActivityAnswers({}, {submission}, context, "Answer " + quoted(prompt ? prompt->question : submission.question));
}

}  // namespace gp
