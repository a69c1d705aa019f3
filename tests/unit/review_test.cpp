// Comments, sign-offs (cleared by later edits), team stamps and the activity feed.
#include <doctest/doctest.h>

#include "core/review/activity.h"
#include "core/format/format.h"
#include "core/glossary/glossary_filter.h"
#include "core/session/history.h"
#include "core/merge/plan_merge.h"
#include "core/review/review.h"
#include "sample_plan.h"
#include "test_support.h"

using namespace gp;

namespace {

Document sample() { return test::samplePlan(); }

// Later than anything in the sample plan.
const EditContext kAna{"Ana", "2031-03-01T09:00:00Z", Team::marketing};
const EditContext kBen{"Ben", "2031-03-02T10:00:00Z", Team::sales};
const EditContext kLea{"Lea", "2031-03-03T11:00:00Z", Team::leadership};

Document roundTrip(const Document& doc) {
  LoadResult loaded = loadDocument(saveDocument(doc));
  if (auto* error = std::get_if<LoadError>(&loaded)) FAIL(error->message);
  return std::get<Document>(std::move(loaded));
}

}  // namespace

TEST_CASE("a team's sign-off holds until the content changes, and says who changed it") {
  History history(sample(), 7);
  const std::string termId = history.doc().glossary[0].meta.id;
  history.signOff(termId, Team::marketing, contentFingerprint(history.doc(), termId), kAna);
  auto status = [&] {
    return signOffStatus(history.doc(), termId, Team::marketing, contentFingerprint(history.doc(), termId));
  };
  CHECK(status().state == SignOffState::approved);
  CHECK(status().signedBy.by == "Ana");
  CHECK(signOffStatus(history.doc(), termId, Team::sales, contentFingerprint(history.doc(), termId)).state ==
        SignOffState::awaiting);

  GlossaryTerm term = history.doc().glossary[0];
  term.definition += " Changed.";
  history.updateTerm(term, kBen);
  CHECK(status().state == SignOffState::cleared);
  CHECK(status().changedBy.by == "Ben");
  CHECK(clearedMessage(status()) == "Changed by Ben after Marketing signed off");

  SUBCASE("undoing the change makes the sign-off hold again") {
    history.undo();
    CHECK(status().state == SignOffState::approved);
  }
  SUBCASE("signing again replaces the earlier sign-off") {
    history.signOff(termId, Team::marketing, contentFingerprint(history.doc(), termId), kAna);
    CHECK(status().state == SignOffState::approved);
    CHECK(std::count_if(history.doc().signOffs.begin(), history.doc().signOffs.end(),
                        [&](const SignOff& s) { return s.target == termId; }) == 1);
  }
  SUBCASE("the term's history and stamps are not part of what was approved") {
    history.undo();
    GlossaryTerm same = history.doc().glossary[0];
    same.history.push_back(TermChange{"2027-04-01T00:00:00Z", "X", "notes", "noise"});
    Document doc = history.doc();
    doc.glossary[0].history = same.history;
    doc.glossary[0].meta.modified = Stamp{"X", "2027-04-01T00:00:00Z"};
    CHECK(contentFingerprint(doc, termId) == contentFingerprint(history.doc(), termId));
  }
}

TEST_CASE("the SLA sign-off ignores actuals but not targets; the whole plan notices any change") {
  History history(sample(), 9);
  REQUIRE(!history.doc().commitments.empty());
  const std::string sla = kSlaTarget, plan = kPlanTarget;
  history.signOff(sla, Team::sales, contentFingerprint(history.doc(), sla), kBen);
  history.signOff(plan, Team::leadership, contentFingerprint(history.doc(), plan), kLea);
  const auto state = [&](const std::string& target, Team team) {
    return signOffStatus(history.doc(), target, team, contentFingerprint(history.doc(), target)).state;
  };
  history.setActual(history.doc().commitments[0].meta.id, "2027-Q1", 1234, kAna);
  CHECK(state(sla, Team::sales) == SignOffState::approved);

  Commitment commitment = history.doc().commitments[0];
  commitment.target += 10;
  history.updateCommitment(commitment, kAna);
  CHECK(state(sla, Team::sales) == SignOffState::cleared);
  CHECK(state(plan, Team::leadership) == SignOffState::cleared);

  GrowthAssumptions assumptions = history.doc().growth.assumptions;
  history.undo();
  CHECK(state(plan, Team::leadership) == SignOffState::approved);
  assumptions.target *= 2;
  history.setGrowth(assumptions, EditContext{"Ana", "2031-03-04T08:00:00Z", Team::marketing});
  const TeamSignOff cleared = signOffStatus(history.doc(), plan, Team::leadership, contentFingerprint(history.doc(), plan));
  CHECK(cleared.state == SignOffState::cleared);
  CHECK(cleared.changedBy.by == "Ana");  // growth edits stamp the plan
}

TEST_CASE("the review summary lists what awaits each team") {
  History history(sample(), 11);
  const Document& doc = history.doc();
  const size_t targets = 4 + doc.sections.size() + doc.glossary.size();  // plan, SLA, two reason lists
  ReviewSummary summary = summarizeReview(doc);
  CHECK(summary.awaiting[0].size() == targets);  // marketing
  CHECK(summary.awaiting[1].size() == targets);  // sales
  CHECK(summary.awaiting[2].size() == 1);        // leadership: the whole plan only

  const std::string sectionId = doc.sections[0].meta.id;
  history.signOff(sectionId, Team::marketing, contentFingerprint(history.doc(), sectionId), kAna);
  summary = summarizeReview(history.doc());
  CHECK(summary.awaiting[0].size() == targets - 1);
  CHECK(summary.cleared[0] == 0);

  Section section = history.doc().sections[0];
  section.body += "\nOne more line.";
  history.updateSection(section, kBen);
  summary = summarizeReview(history.doc());
  CHECK(summary.awaiting[0].size() == targets);
  CHECK(summary.cleared[0] == 1);
}

TEST_CASE("both teams sign off the reason lists, and changing a list clears its sign-off only") {
  History history(sample(), 17);
  for (const char* target : {kLeadReasonsTarget, kDealReasonsTarget}) {
    CHECK(targetExists(history.doc(), target));
    CHECK(signOffRequired(target, Team::sales));
    CHECK_FALSE(signOffRequired(target, Team::leadership));
  }
  CHECK(targetLabel(history.doc(), kLeadReasonsTarget) == "Lead rejection reasons");
  CHECK(TargetLabels(history.doc())(kDealReasonsTarget) == "Deal reasons");
  const auto state = [&](const char* target, Team team) {
    return signOffStatus(history.doc(), target, team, contentFingerprint(history.doc(), target)).state;
  };
  const std::string planPrint = contentFingerprint(history.doc(), kPlanTarget);
  history.signOff(kLeadReasonsTarget, Team::marketing, contentFingerprint(history.doc(), kLeadReasonsTarget), kAna);
  history.signOff(kLeadReasonsTarget, Team::sales, contentFingerprint(history.doc(), kLeadReasonsTarget), kBen);
  history.signOff(kDealReasonsTarget, Team::sales, contentFingerprint(history.doc(), kDealReasonsTarget), kBen);
  CHECK(state(kLeadReasonsTarget, Team::marketing) == SignOffState::approved);
  CHECK(state(kLeadReasonsTarget, Team::sales) == SignOffState::approved);

  ReasonLists reasons = history.doc().reasons;
  std::swap(reasons.leadRejection[0], reasons.leadRejection[1]);  // the order is part of the list
  history.setReasons(reasons, kBen);
  CHECK(state(kLeadReasonsTarget, Team::marketing) == SignOffState::cleared);
  CHECK(state(kLeadReasonsTarget, Team::sales) == SignOffState::cleared);
  CHECK(state(kDealReasonsTarget, Team::sales) == SignOffState::approved);
  CHECK(contentFingerprint(history.doc(), kPlanTarget) == planPrint);  // the plan's sign-off holds
  history.undo();
  CHECK(state(kLeadReasonsTarget, Team::marketing) == SignOffState::approved);
}

TEST_CASE("comment threads: start, reply, resolve, reopen; each one undo step") {
  History history(sample(), 13);
  const std::string termId = history.doc().glossary[1].meta.id;
  CHECK(history.addComment(termId, "   ", kAna).empty());
  const std::string threadId = history.addComment(termId, "Is a webinar sign-up an MQL?", kAna);
  REQUIRE(!threadId.empty());
  history.replyToComment(threadId, "Only with a company e-mail.", kBen);
  const CommentThread* thread = history.findThread(threadId);
  REQUIRE(thread);
  REQUIRE(thread->messages.size() == 2);
  CHECK(thread->messages[1].posted.by == "Ben");
  CHECK(thread->messages[1].posted.team == Team::sales);
  CHECK(thread->messages[0].id != thread->messages[1].id);
  CHECK(openThreadCount(history.doc(), termId) == 1);

  history.setCommentResolved(threadId, true, kAna);
  CHECK(history.findThread(threadId)->resolved);
  CHECK(history.findThread(threadId)->resolvedStamp.by == "Ana");
  CHECK(openThreadCount(history.doc()) == 0);
  CHECK(history.undoLabel() == "Resolve comment");
  history.undo();
  CHECK_FALSE(history.findThread(threadId)->resolved);
  history.redo();
  history.setCommentResolved(threadId, false, kBen);
  CHECK_FALSE(history.findThread(threadId)->resolved);
  CHECK(history.undoLabel() == "Reopen comment");

  SUBCASE("comments, sign-offs and teams survive saving and loading") {
    history.signOff(kPlanTarget, Team::marketing, contentFingerprint(history.doc(), kPlanTarget), kAna);
    const Document loaded = roundTrip(history.doc());
    CHECK(loaded.comments == history.doc().comments);
    CHECK(loaded.signOffs == history.doc().signOffs);
    CHECK(loaded.signOffs[0].meta.created.team == Team::marketing);
    CHECK(loaded == history.doc());
  }
}

TEST_CASE("bad review data in a file is reported with its path") {
  Document doc = sample();
  doc.comments.push_back(CommentThread{{"t1", {"Ana", "2027-01-01T00:00:00Z"}, {"Ana", "2027-01-01T00:00:00Z"}},
                                       "plan",
                                       {CommentMessage{"m1", {"Ana", "2027-01-01T00:00:00Z"}, "Hi"}},
                                       false,
                                       {}});
  std::string text = saveDocument(doc);
  const auto replaced = [&](const std::string& from, const std::string& to) {
    std::string copy = text;
    const size_t at = copy.find(from);
    REQUIRE(at != std::string::npos);
    copy.replace(at, from.size(), to);
    LoadResult result = loadDocument(copy);
    REQUIRE(std::holds_alternative<LoadError>(result));
    return std::get<LoadError>(result).message;
  };
  CHECK(replaced("\"resolved\": false", "\"resolved\": \"no\"").find("comments[0].resolved: expected true or false") !=
        std::string::npos);
  CHECK(replaced("\"target\": \"plan\"", "\"target\": \"\"").find("comments[0].target") != std::string::npos);
  CHECK(replaced("\"text\": \"Hi\"", "\"text\": \"Hi\", \"team\": \"finance\"").find("comments[0].messages[0].team") !=
        std::string::npos);
}

TEST_CASE("replies and sign-offs made in two copies merge without loss") {
  Document base = sample();
  History start(base, 21);
  const std::string threadId = start.addComment(kPlanTarget, "Target too high?", kAna);
  base = start.doc();
  recordEdits(Document{}, base, "origin");

  History marketing(base, 31), sales(base, 41);
  marketing.replyToComment(threadId, "We can back it with two more events.", kAna);
  marketing.signOff(kSlaTarget, Team::marketing, contentFingerprint(marketing.doc(), kSlaTarget), kAna);
  sales.replyToComment(threadId, "Only with four more reps.", kBen);
  sales.setCommentResolved(threadId, true, kBen);
  Document ours = marketing.doc(), theirs = sales.doc();
  recordEdits(base, ours, "mkt");
  recordEdits(base, theirs, "sls");

  PlanMergeResult result = mergeCopies(ours, theirs);
  REQUIRE(std::holds_alternative<PlanMerge>(result));
  const Document& merged = std::get<PlanMerge>(result).doc;
  CHECK(merged.conflicts.empty());
  const auto thread = std::find_if(merged.comments.begin(), merged.comments.end(),
                                   [&](const CommentThread& t) { return t.meta.id == threadId; });
  REQUIRE(thread != merged.comments.end());
  CHECK(thread->messages.size() == 3);
  CHECK(thread->resolved);
  CHECK(merged.signOffs.size() == 1);
}

TEST_CASE("the activity feed lists changes newest first and filters by team and day") {
  History history(sample(), 17);
  GlossaryTerm term = history.doc().glossary[0];
  term.status = TermStatus::agreed == term.status ? TermStatus::discussing : TermStatus::agreed;
  history.updateTerm(term, kBen);
  history.addComment(history.doc().sections[0].meta.id, "Please add the Q3 launch.", kAna);

  size_t total = 0;
  const auto all = planActivity(history.doc(), {}, 5, &total);
  REQUIRE(all.size() == 5);
  CHECK(total > 5);
  CHECK(all[0].by == "Ben");
  CHECK(all[0].what.find("Status:") != std::string::npos);
  CHECK(all[1].what.starts_with("Commented on Section"));
  for (size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1].at >= all[i].at);

  const auto sales = planActivity(history.doc(), ActivityFilter{Team::sales, "2031-03-02"}, 100);
  REQUIRE(sales.size() == 1);
  CHECK(sales[0].target == term.meta.id);
  CHECK(planActivity(history.doc(), ActivityFilter{Team::sales, "2031-03-03"}, 100).empty());
  CHECK(planActivity(history.doc(), ActivityFilter{Team::marketing, "2031-03-01"}, 100).size() == 1);
}

TEST_CASE("the glossary filters terms changed by a team since a day") {
  History history(sample(), 19);
  GlossaryTerm term = history.doc().glossary[2];
  term.notes = "Sales wants this reworded.";
  history.updateTerm(term, kBen);

  GlossaryFilter filter;
  filter.changedBy = Team::sales;
  filter.changedSince = "2031-03-02";
  const auto rows = filterTerms(history.doc().glossary, filter);
  REQUIRE(rows.size() == 1);
  CHECK(history.doc().glossary[static_cast<size_t>(rows[0])].meta.id == term.meta.id);
  filter.changedSince = "2031-03-03";
  CHECK(filterTerms(history.doc().glossary, filter).empty());
  filter.changedBy = Team::marketing;
  filter.changedSince = "2031-03-02";
  CHECK(filterTerms(history.doc().glossary, filter).empty());

  // Stamps without a team (older files) count by the plan's people.
  filter.changedBy = Team::sales;
  filter.changedSince.clear();
  const size_t withoutPeople = filterTerms(history.doc().glossary, filter).size();
  for (const auto& person : history.doc().people) filter.teamsByName.emplace(person.name, person.team);
  CHECK(filterTerms(history.doc().glossary, filter).size() > withoutPeople);
}

TEST_CASE("every field remembers who last changed it, through saves, files and merges") {
  Document base = sample();
  recordEdits(Document{}, base, "origin");
  const WriteAuthor ana{"Ana", "2031-03-01T09:00:00Z", "marketing"};
  const WriteAuthor ben{"Ben", "2031-03-02T10:00:00Z", "sales"};

  Document copy = base;
  copy.plan.title = "Ana's title";
  recordEdits(base, copy, "tab1", &ana);
  Document later = copy;
  later.plan.company = "Ben's company";
  recordEdits(copy, later, "tab1", &ben);

  REQUIRE(lastWriter(later.sync, "plan/title"));
  CHECK(*lastWriter(later.sync, "plan/title") == ana);
  CHECK(*lastWriter(later.sync, "plan/company") == ben);
  CHECK_FALSE(lastWriter(later.sync, "plan/currency"));  // written before authors were recorded

  SUBCASE("an author whose writes were all overwritten is forgotten") {
    Document again = later;
    again.plan.title = "Ben's title";
    recordEdits(later, again, "tab1", &ben);
    CHECK(again.sync.authors.size() == 2);  // Ben's two saves; Ana's write is overwritten
    for (const auto& [dot, author] : again.sync.authors) CHECK(author == ben);
    CHECK(*lastWriter(again.sync, "plan/title") == ben);
  }
  SUBCASE("authors survive saving and loading") {
    LoadResult loaded = loadDocument(saveDocument(later));
    REQUIRE(std::holds_alternative<Document>(loaded));
    CHECK(std::get<Document>(loaded).sync == later.sync);
  }
  SUBCASE("a merge keeps who wrote each side's changes") {
    Document other = base;
    other.sections[0].body = "Lea's words";
    const WriteAuthor lea{"Lea", "2031-03-03T11:00:00Z", "leadership"};
    recordEdits(base, other, "laptop2", &lea);
    PlanMergeResult result = mergeCopies(later, other);
    REQUIRE(std::holds_alternative<PlanMerge>(result));
    const SyncState& sync = std::get<PlanMerge>(result).doc.sync;
    CHECK(*lastWriter(sync, "plan/title") == ana);
    CHECK(*lastWriter(sync, "sections/" + base.sections[0].meta.id + "/body") == lea);
  }
}
