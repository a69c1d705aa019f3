// The one edit path: every change to the document goes through History, which records undo/redo,
// stamps who/when on the changed entity and bumps the revision that autosave and caches watch.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/model/document.h"
#include "core/model/ids.h"
#include "core/session/edit_journal.h"
#include "core/session/id_index.h"
#include "core/session/term_change_log.h"
#include "core/workshop/diagnostic_answers.h"

namespace gp {

struct CsvImportPreview;  // glossary_csv.h

// Who is editing and the current time; supplied by the caller so core stays free of clocks.
struct EditContext {
  std::string author;  // display name of the person editing
  std::string now;     // ISO 8601 UTC
  std::optional<Team> team = std::nullopt;  // the person's team, when they said it
};

class History {
 public:
  explicit History(Document doc, uint64_t idSeed = 1);
  // Out of line because Step is only complete in history.cpp.
  ~History();
  History(const History&);
  History(History&&) noexcept;
  History& operator=(const History&);
  History& operator=(History&&) noexcept;

  // Oldest steps are dropped beyond this many undo steps.
  static constexpr size_t kMaxUndoSteps = 500;

  const Document& doc() const { return doc_; }
  // Increases on every change, undo and redo; never repeats within a session.
  uint64_t revision() const { return revision_; }

  // Replace the whole document (New / Open): clears undo history and the journal.
  void reset(Document doc);

  // Edits. `mergeKey` (e.g. "term:<id>:definition") lets a burst of typing in one field become
  // one undo step: consecutive edits with the same non-empty key merge until seal() is called.
  void setPlan(const PlanInfo& updated, const EditContext&, std::string mergeKey = {});
  std::string addPerson(Person p, const EditContext&);       // returns the new id
  void updatePerson(const Person& updated, const EditContext&, std::string mergeKey = {});
  // Campaigns the person owned and requests they asked for or owned lose them in the same undo
  // step (undo gives them back).
  void removePerson(const std::string& id, const EditContext&);
  std::string addSection(Section s, const EditContext&);
  void updateSection(const Section& updated, const EditContext&, std::string mergeKey = {});
  void removeSection(const std::string& id, const EditContext&);
  void moveSection(const std::string& id, int delta, const EditContext&);
  // Terms record their own change history (GlossaryTerm::history): addTerm adds an "Added" entry,
  // updateTerm one entry per changed field. Renaming a term renames the funnel stages linked to
  // it (plan and scenarios) in the same undo step.
  std::string addTerm(GlossaryTerm t, const EditContext&);
  void updateTerm(const GlossaryTerm& updated, const EditContext&, std::string mergeKey = {});
  void removeTerm(const std::string& id, const EditContext&);
  // Adds the starter glossary (starter_glossary.h) as one undo step, skipping terms whose name is
  // already in the glossary (ignoring case). Returns how many terms were added.
  size_t addStarterGlossary(const EditContext&);
  // Applies a preview from previewCsvImport as one undo step ("Import 12 terms"): adds, updates
  // (renaming linked stages) and links terms to each other. Returns false and changes nothing
  // when the preview has errors. Rows whose term has since been deleted are left out.
  bool applyGlossaryImport(const CsvImportPreview& preview, const EditContext&);

  // The shared goal's assumptions, replaced as a whole (pass a mergeKey such as "growth:target" while
  // typing). Stages, sources, new hires and channels with an empty or repeated id get a fresh one.
  void setGrowth(const GrowthAssumptions& updated, const EditContext&, std::string mergeKey = {});
  // Named what-if variants, e.g. addScenario({{}, "Win rate +2 points", changedCopyOfAssumptions}).
  std::string addScenario(Scenario s, const EditContext&);  // returns the new id
  void updateScenario(const Scenario& updated, const EditContext&, std::string mergeKey = {});
  void removeScenario(const std::string& id, const EditContext&);

  // The service level agreement. Actuals live inside their commitment, so setting one is an edit
  // of the commitment ("commitment:<id>:actual:2027-Q1" merges a typing burst). Commitments are
  // stored with their actuals in period order, one per period.
  std::string addCommitment(Commitment c, const EditContext&);  // returns the new id
  void updateCommitment(const Commitment& updated, const EditContext&, std::string mergeKey = {});
  void removeCommitment(const std::string& id, const EditContext&);
  // Sets (adds or replaces) what `period` (e.g. "2027-Q1") actually delivered.
  void setActual(const std::string& commitmentId, const std::string& period, double value, const EditContext&,
                 std::string mergeKey = {});
  void removeActual(const std::string& commitmentId, const std::string& period, const EditContext&);

  // Campaigns keep each channel once, in the order of kAllChannels.
  std::string addCampaign(Campaign c, const EditContext&);  // returns the new id
  void updateCampaign(const Campaign& updated, const EditContext&, std::string mergeKey = {});
  void removeCampaign(const std::string& id, const EditContext&);

  // The loops (loops.h). Reason lists are one value (a mergeKey such as "reasons:lead" while typing).
  void setReasons(const ReasonLists& updated, const EditContext&, std::string mergeKey = {});
  // Replaces every lead day from `firstDay` to `lastDay` (YYYY-MM-DD, inclusive) with `days`
  // (each inside the range, one per day), keeping the days outside it: one undo step named
  // `label`. Days whose numbers did not change keep their stamps. Returns false when nothing changed.
  bool replaceLeadDays(const std::string& firstDay, const std::string& lastDay, std::vector<LeadDay> days,
                       const EditContext&, const std::string& label);
  // A reason renamed in its list, renamed where it is used: in the lead days' counts (counts that
  // then share campaign, source, status and reason add up) or in the deal reviews. One undo step
  // named `label`; returns how many lead days or deal reviews changed (0: no step).
  size_t renameLeadReason(const std::string& from, const std::string& to, const EditContext&, const std::string& label);
  size_t renameDealReason(const std::string& from, const std::string& to, const EditContext&, const std::string& label);
  std::string addDeal(DealReview, const EditContext&);  // returns the new id
  void updateDeal(const DealReview& updated, const EditContext&, std::string mergeKey = {});
  void removeDeal(const std::string& id, const EditContext&);
  // Adds `added` and applies `updated` (matched by id) as one undo step named `label`.
  void importDeals(std::vector<DealReview> added, const std::vector<DealReview>& updated, const EditContext&,
                   const std::string& label);
  // The editing person's rating of `target` (a campaign or collateral request), replacing their
  // earlier one (pass a mergeKey such as "rating:<target>" while typing the why). Returns its id.
  std::string rate(const std::string& target, RatingValue, const std::string& why, const EditContext&,
                   std::string mergeKey = {});
  void removeRating(const std::string& id, const EditContext&);
  // Requests record when they were first answered (left "new") and delivered: adding, updating
  // and moving set answeredAt and deliveredAt from the edit's time.
  std::string addRequest(CollateralRequest, const EditContext&);  // returns the new id
  void updateRequest(const CollateralRequest& updated, const EditContext&, std::string mergeKey = {});
  // Its ratings go in the same undo step (undo gives them back).
  void removeRequest(const std::string& id, const EditContext&);
  // A move on the board ("declined" takes the reason); one undo step.
  void moveRequest(const std::string& id, RequestStatus, const EditContext&, const std::string& declineReason = {});

  // Workshops (workshop.h). Answers arrive as submissions (diagnostic_links.h) and are recorded as
  // one undo step named `label`: the round is found by label (ignoring case) or added; a person's
  // answer replaces their earlier one in that round unless it was sent before it.
  DiagnosticMergeResult recordDiagnosticAnswers(const std::vector<DiagnosticSubmission>&, const EditContext&,
                                                const std::string& label);
  std::string addDiagnosticRound(DiagnosticRound, const EditContext&);  // returns the new id
  void updateDiagnosticRound(const DiagnosticRound& updated, const EditContext&, std::string mergeKey = {});
  // Its answers go in the same undo step.
  void removeDiagnosticRound(const std::string& id, const EditContext&);
  // Workshops keep agenda items' ids unique (an empty or repeated one gets a fresh id). Deleting a
  // workshop keeps its notes and action items, which lose the link, in the same undo step.
  std::string addWorkshop(Workshop, const EditContext&);  // returns the new id
  void updateWorkshop(const Workshop& updated, const EditContext&, std::string mergeKey = {});
  void removeWorkshop(const std::string& id, const EditContext&);
  std::string addWorkshopNote(WorkshopNote, const EditContext&);  // parking lot or decision
  void updateWorkshopNote(const WorkshopNote& updated, const EditContext&, std::string mergeKey = {});
  void removeWorkshopNote(const std::string& id, const EditContext&);
  std::string addAction(ActionItem, const EditContext&);
  void updateAction(const ActionItem& updated, const EditContext&, std::string mergeKey = {});
  void removeAction(const std::string& id, const EditContext&);
  // Dot votes and draft prompts (activities.h, history_activities.cpp). Votes are stored
  // normalized (voting.h: option ids unique, 1-10 dots, no names when anonymous).
  std::string addDotVote(DotVote, const EditContext&);  // returns the new id
  void updateDotVote(const DotVote& updated, const EditContext&, std::string mergeKey = {});
  void removeDotVote(const std::string& id, const EditContext&);
  void setVoteRevealed(const std::string& voteId, bool revealed, const EditContext&);
  std::string addDraftPrompt(DraftPrompt, const EditContext&);
  void updateDraftPrompt(const DraftPrompt& updated, const EditContext&, std::string mergeKey = {});
  void removeDraftPrompt(const std::string& id, const EditContext&);
  void setDraftRevealed(const std::string& promptId, bool revealed, const EditContext&);
  // Ballots and draft answers (from links, files or the shared screen) as one undo step named
  // `label`: a person's later ballot or answer replaces their earlier one, an older one is ignored,
  // and one that does not fit (unknown vote, too many dots, empty text) is refused with a reason.
  ActivityMergeResult recordActivityAnswers(const std::vector<BallotSubmission>&, const std::vector<DraftSubmission>&,
                                            const EditContext&, const std::string& label);
  ActivityMergeResult recordBallot(const BallotSubmission&, const EditContext&);
  ActivityMergeResult recordDraftAnswer(const DraftSubmission&, const EditContext&);

  // Review (review.h): comment threads and sign-offs, each change one undo step. Empty texts are
  // ignored. A thread's target is an entity id or kPlanTarget / kSlaTarget.
  std::string addComment(const std::string& target, const std::string& text, const EditContext&);  // thread id
  void replyToComment(const std::string& threadId, const std::string& text, const EditContext&);
  void setCommentResolved(const std::string& threadId, bool resolved, const EditContext&);
  // `team` approves `target` as it is now (`fingerprint`, review.h), replacing its earlier sign-offs.
  void signOff(const std::string& target, Team team, const std::string& fingerprint, const EditContext&);
  void withdrawSignOff(const std::string& target, Team team, const EditContext&);

  // Attribution (attribution_agreement.h): the agreed model and its settings, and the aggregates
  // of an import, as one undo step named `label` ("Choose the W-shaped model", "Import touchpoints").
  // Invalid settings (settingsProblem) are refused: false, nothing changes.
  bool setAttribution(const AttributionAgreement& updated, const EditContext&, const std::string& label,
                      std::string mergeKey = {});

  // Replaces the whole plan as one undo step labelled `label` (e.g. "Merge Ana's copy").
  void replaceDocument(Document doc, std::string label);
  // Records what merging needs (sync_state.h). Not an edit: no undo step, no new revision.
  void setSync(SyncState sync);

  // Ends the current typing burst so the next edit starts a new undo step.
  void seal();

  bool canUndo() const;
  bool canRedo() const;
  bool undo();
  bool redo();
  // Short description of the step undo/redo would revert, e.g. "Edit term “MQL”".
  std::string undoLabel() const;
  std::string redoLabel() const;

  // Entity lookup helpers (nullptr when absent).
  const Person* findPerson(const std::string& id) const;
  const Section* findSection(const std::string& id) const;
  const GlossaryTerm* findTerm(const std::string& id) const;
  const Scenario* findScenario(const std::string& id) const;
  const Commitment* findCommitment(const std::string& id) const;
  const Campaign* findCampaign(const std::string& id) const;
  const DealReview* findDeal(const std::string& id) const;
  const Rating* findRating(const std::string& id) const;
  const CollateralRequest* findRequest(const std::string& id) const;
  const CommentThread* findThread(const std::string& id) const;

  std::string newId() { return ids_.next(); }

  // What changed since clearJournal(), noted as each edit, undo and redo happens (edit_journal.h):
  // the plan session turns it into the writes of a save.
  const EditJournal& journal() const { return journal_; }
  void clearJournal() { journal_.clear(); }
  // Which glossary terms changed, for the autosave's cached writer (term_change_log.h).
  const TermChangeLog& termChanges() const { return termChanges_; }

 private:
  // Defined in history.cpp: one recorded step holds whole-entity before/after values.
  struct Step;
  // Pushes a step whose change is already applied to doc_, merging it into the previous step
  // when both share a non-empty mergeKey and no seal() came between.
  void record(Step step);
  // True when an edit with this key would merge into the last undo step.
  bool willMerge(const std::string& mergeKey) const;

  Document doc_;
  std::vector<Step> undo_;
  std::vector<Step> redo_;
  uint64_t revision_ = 1;
  bool sealed_ = true;
  IdGenerator ids_;
  EditJournal journal_;
  TermChangeLog termChanges_;
  IdIndex termIndex_;  // findTerm's, kept by revision
};

// A new, valid, empty plan (no people, the three starter sections).
Document newDocument(IdGenerator&, const EditContext&);

}  // namespace gp
