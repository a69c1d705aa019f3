// Dot voting: tally and order, the dot limit, a later ballot replacing an earlier one, results
// hidden until revealed, the file, undo, links, bad codes and two copies merged.
#include <doctest/doctest.h>

#include "core/format/format.h"
#include "core/merge/plan_merge.h"
#include "core/session/history.h"
#include "core/text/base64url.h"
#include "core/workshop/activity_links.h"
#include "core/workshop/diagnostic.h"
#include "core/workshop/voting.h"
#include "sample_plan.h"
#include "test_support.h"

using namespace gp;

namespace {

Document sample() { return test::samplePlan(); }

const EditContext kFacilitator{"Fia", "2027-01-12T11:00:00Z", Team::leadership};

DotVote typedVote(int dots = 2, bool anonymous = false) {
  DotVote vote;
  vote.title = "What do we fix first?";
  vote.options = optionsFromLines("Lead scoring\nFollow-up time\n\nShared dashboard\nLead scoring");
  vote.dotsPerPerson = dots;
  vote.anonymous = anonymous;
  return vote;
}

BallotSubmission ballot(const std::string& voteId, const std::string& name, Team team, std::vector<std::string> dots,
                        const std::string& at = "2027-01-12T11:05:00Z") {
  return BallotSubmission{voteId, "What do we fix first?", Ballot{respondentKey(name), name, team, std::move(dots), at}};
}

int totalOf(const VoteResults& results, const std::string& optionId) {
  for (const auto& total : results.totals)
    if (total.optionId == optionId) return total.dots;
  return -1;
}

}  // namespace

TEST_CASE("options come from the plan's terms, statements, campaigns, requests, parking lot or typed lines") {
  const Document doc = sample();
  const auto terms = optionsFromTerms(doc);
  REQUIRE_FALSE(terms.empty());
  CHECK(terms.front().label == "Lead");
  CHECK(terms.front().link == terms.front().id);
  const auto statements = optionsFromStatements();
  REQUIRE(statements.size() == 20);
  CHECK(statements[6].link == "statement:7");
  CHECK(statements[6].label.rfind("7. ", 0) == 0);
  CHECK(optionsFromCampaigns(doc).size() == doc.campaigns.size());
  Document withNotes = doc;
  withNotes.workshopNotes.push_back({{"n1", {}, {}}, "w1", WorkshopNoteKind::parked, "Partner leads"});
  withNotes.workshopNotes.push_back({{"n2", {}, {}}, "w1", WorkshopNoteKind::decision, "MQL is 60+"});
  const auto parked = optionsFromParkingLot(withNotes);
  REQUIRE(parked.size() == 1);
  CHECK(parked[0].label == "Partner leads");
  const auto typed = optionsFromLines("Lead scoring\n  \nFollow-up time\nLead scoring\n");
  REQUIRE(typed.size() == 2);  // blank and repeated lines left out
  CHECK(typed[0].id == "o1");
  CHECK(typed[1].id == "o2");
}

TEST_CASE("results: totals sorted, ties in option order, hidden until revealed; a later ballot replaces") {
  History history(sample());
  const std::string voteId = history.addDotVote(typedVote(2), kFacilitator);
  const DotVote& vote = *findDotVote(history.doc(), voteId);
  REQUIRE(vote.options.size() == 3);

  CHECK(history.recordBallot(ballot(voteId, "Ana", Team::marketing, {"o2", "o2"}), kFacilitator).added == 1);
  CHECK(history.recordBallot(ballot(voteId, "Ben", Team::sales, {"o3", "o2"}), kFacilitator).added == 1);
  CHECK(history.recordBallot(ballot(voteId, "Cy", Team::sales, {"o1"}), kFacilitator).added == 1);

  // Hidden: the count of ballots, no totals.
  VoteResults hidden = voteResults(*findDotVote(history.doc(), voteId));
  CHECK(hidden.hidden);
  CHECK(hidden.ballots == 3);
  CHECK(hidden.totals.empty());
  // The facilitator may look.
  CHECK(voteResults(*findDotVote(history.doc(), voteId), true).totals.size() == 3);

  history.setVoteRevealed(voteId, true, kFacilitator);
  CHECK(history.undoLabel() == "Reveal votes of \xE2\x80\x9CWhat do we fix first?\xE2\x80\x9D");
  VoteResults shown = voteResults(*findDotVote(history.doc(), voteId));
  CHECK_FALSE(shown.hidden);
  REQUIRE(shown.totals.size() == 3);
  CHECK(shown.totals[0].optionId == "o2");
  CHECK(shown.totals[0].dots == 3);
  CHECK(shown.totals[1].optionId == "o1");  // 1 dot each: option order
  CHECK(shown.totals[2].optionId == "o3");
  CHECK(shown.dotsCast == 5);

  // Ana votes again: her later ballot replaces the earlier one; an older one is ignored.
  ActivityMergeResult again = history.recordBallot(ballot(voteId, "ana", Team::marketing, {"o3"}, "2027-01-12T11:09:00Z"), kFacilitator);
  CHECK(again.replaced == 1);
  CHECK(history.recordBallot(ballot(voteId, "Ana", Team::marketing, {"o1", "o1"}, "2027-01-12T11:01:00Z"), kFacilitator).unchanged == 1);
  shown = voteResults(*findDotVote(history.doc(), voteId));
  CHECK(findDotVote(history.doc(), voteId)->ballots.size() == 3);
  CHECK(totalOf(shown, "o2") == 1);
  CHECK(totalOf(shown, "o3") == 2);
  CHECK(shown.totals[0].optionId == "o3");

  history.setVoteRevealed(voteId, false, kFacilitator);
  CHECK(voteResults(*findDotVote(history.doc(), voteId)).hidden);
}

TEST_CASE("the dot limit and unknown options refuse a ballot with a reason") {
  History history(sample());
  const std::string voteId = history.addDotVote(typedVote(2), kFacilitator);
  ActivityMergeResult tooMany = history.recordBallot(ballot(voteId, "Ana", Team::marketing, {"o1", "o2", "o3"}), kFacilitator);
  CHECK(tooMany.added == 0);
  REQUIRE(tooMany.problems.size() == 1);
  CHECK(tooMany.problems[0].find("3 dots; each person has 2") != std::string::npos);
  ActivityMergeResult unknown = history.recordBallot(ballot(voteId, "Ana", Team::marketing, {"o9"}), kFacilitator);
  REQUIRE(unknown.problems.size() == 1);
  CHECK(unknown.problems[0].find("an option the vote does not have") != std::string::npos);
  ActivityMergeResult none = history.recordBallot(ballot(voteId, "Ana", Team::marketing, {}), kFacilitator);
  CHECK(none.problems.at(0).find("no dot") != std::string::npos);
  ActivityMergeResult gone = history.recordBallot(ballot("nope", "Ana", Team::marketing, {"o1"}), kFacilitator);
  CHECK(gone.problems.at(0).find("this plan has no such vote") != std::string::npos);
  CHECK(findDotVote(history.doc(), voteId)->ballots.empty());
  CHECK(dotsLeft(*findDotVote(history.doc(), voteId), {"o1"}) == 1);
  // Out-of-range settings are clamped when stored.
  DotVote wild = typedVote(40);
  CHECK(findDotVote(history.doc(), history.addDotVote(wild, kFacilitator))->dotsPerPerson == 10);
}

TEST_CASE("anonymous votes keep no names; votes save, load and undo") {
  History history(sample());
  const std::string voteId = history.addDotVote(typedVote(3, true), kFacilitator);
  history.recordBallot(ballot(voteId, "Ana", Team::marketing, {"o1", "o1", "o2"}), kFacilitator);
  CHECK(findDotVote(history.doc(), voteId)->ballots[0].voterName.empty());
  const std::string file = saveDocument(history.doc());
  CHECK(file.find("\"Ana\"") == std::string::npos);
  CHECK(file.find("voterName") == std::string::npos);
  LoadResult loaded = loadDocument(file);
  REQUIRE(std::holds_alternative<Document>(loaded));
  CHECK(std::get<Document>(loaded) == history.doc());

  REQUIRE(history.undo());  // the ballot
  CHECK(findDotVote(history.doc(), voteId)->ballots.empty());
  REQUIRE(history.undo());  // the vote
  CHECK(history.doc().dotVotes.empty());
  REQUIRE(history.redo());
  REQUIRE(history.redo());
  CHECK(findDotVote(history.doc(), voteId)->ballots.size() == 1);
  history.removeDotVote(voteId, kFacilitator);
  CHECK(history.doc().dotVotes.empty());
  REQUIRE(history.undo());
  CHECK(history.doc().dotVotes.size() == 1);

  // A file with a ballot holding 11 dots is refused with its path.
  std::string broken = saveDocument(history.doc());
  const size_t dots = broken.find("\"dotsPerPerson\": 3");
  REQUIRE(dots != std::string::npos);
  broken.replace(dots, 18, "\"dotsPerPerson\": 0");
  loaded = loadDocument(broken);
  REQUIRE(std::holds_alternative<LoadError>(loaded));
  CHECK(std::get<LoadError>(loaded).message.find("dotVotes[0].dotsPerPerson") != std::string::npos);
}

TEST_CASE("vote invitations and ballots travel as codes; tampered codes are refused with a message") {
  DotVote vote = normalizedVote(typedVote(2));
  vote.meta.id = "v1";
  const VoteInvitation invitation = voteInvitation(vote, "FY2027 Joint Growth Plan");
  const std::string link = "https://example.test/studio/#join=" + invitationCode(invitation);
  CHECK(isVoteInvitation(link));
  CHECK_FALSE(isDraftInvitation(link));
  std::string problem;
  auto read = readVoteInvitation(link, problem);
  REQUIRE(read);
  CHECK(*read == invitation);
  CHECK(voteOf(*read).options.size() == 3);

  const BallotSubmission sent = ballot("v1", "Ana", Team::marketing, {"o1", "o3"});
  const std::string code = ballotCode(sent);
  CHECK(code.rfind("gpb1.", 0) == 0);
  auto back = readBallot("https://example.test/#answer=" + code, problem);
  REQUIRE(back);
  CHECK(*back == sent);

  // Tampered: 11 dots, a bad team, a bad key, cut short, not a code at all.
  const auto tampered = [&](const std::string& json) { return "gpb1." + toBase64Url(json); };
  CHECK_FALSE(readBallot(tampered(R"({"vote":"v1","title":"t","voter":"0123456789abcdef","name":"A","team":"sales",)"
                                  R"("dots":["a","a","a","a","a","a","a","a","a","a","a"],"at":""})"),
                         problem));
  CHECK(problem == "it has more dots than 10");
  CHECK_FALSE(readBallot(tampered(R"({"vote":"v1","title":"t","voter":"0123456789abcdef","name":"A","team":"pirates","dots":["a"],"at":""})"), problem));
  CHECK(problem.find("is not marketing, sales") != std::string::npos);
  CHECK_FALSE(readBallot(tampered(R"({"vote":"v1","title":"t","voter":"nothex","name":"A","team":"sales","dots":["a"],"at":""})"), problem));
  CHECK(problem == "its voter is not a key of 16 hex digits");
  CHECK_FALSE(readBallot(code.substr(0, code.size() / 2) + "!", problem));
  CHECK(problem.find("damaged") != std::string::npos);
  CHECK_FALSE(readBallot("hello", problem));
  CHECK(problem == "this is not a ballot of Growth Plan Studio");
  CHECK_FALSE(readVoteInvitation("gpv1." + toBase64Url(R"({"vote":"v1","title":"t","options":[],"dots":2,"plan":""})"), problem));
  CHECK(problem == "it has no options to vote on");
  CHECK_FALSE(readVoteInvitation("gpv1." + toBase64Url(R"({"vote":"v1","title":"t","options":[["a","A"]],"dots":11,"plan":""})"), problem));
  CHECK(problem.find("1 to 10") != std::string::npos);

  // Pasted: one line per link, bad lines named; an answer file too.
  const PastedActivityAnswers pasted = readPastedActivityAnswers("https://x/#answer=" + code + "\nnonsense\n\n#join=" +
                                                                 invitationCode(invitation));
  CHECK(pasted.ballots.size() == 1);
  REQUIRE(pasted.problems.size() == 2);
  CHECK(pasted.problems[0] == "Line 2: this is not a ballot or draft answer of Growth Plan Studio");
  CHECK(pasted.problems[1] == "Line 4: this is an invitation, not an answer");
  const PastedActivityAnswers file = readPastedActivityAnswers(answerFileText(sent));
  CHECK(file.ballots.size() == 1);
  CHECK(file.problems.empty());
}

TEST_CASE("ballots cast in two copies of the plan merge side by side") {
  Document base = sample();
  std::string voteId;
  {
    History history(base, 3);
    voteId = history.addDotVote(typedVote(2), kFacilitator);
    base = history.doc();
  }
  recordEdits(Document{}, base, "origin");
  Document left = base, right = base;
  {
    History history(left, 7);
    history.recordBallot(ballot(voteId, "Ana", Team::marketing, {"o1", "o2"}), kFacilitator);
    left = history.doc();
  }
  {
    History history(right, 9);
    history.recordBallot(ballot(voteId, "Ben", Team::sales, {"o2", "o2"}), kFacilitator);
    history.setVoteRevealed(voteId, true, kFacilitator);
    right = history.doc();
  }
  recordEdits(base, left, "left");
  recordEdits(base, right, "right");
  PlanMergeResult result = mergeCopies(left, right);
  REQUIRE(std::holds_alternative<PlanMerge>(result));
  const Document& merged = std::get<PlanMerge>(result).doc;
  REQUIRE(merged.dotVotes.size() == 1);
  CHECK(merged.dotVotes[0].ballots.size() == 2);
  CHECK(merged.dotVotes[0].revealed);
  CHECK(merged.conflicts.empty());
  CHECK(totalOf(voteResults(merged.dotVotes[0]), "o2") == 3);
}
