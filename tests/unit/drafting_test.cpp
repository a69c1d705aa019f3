// Private drafting with a reveal: answers hidden until revealed, grouped by team, a later answer
// replacing, the file, undo, links, bad codes, two copies merged, and feeding the linked term.
#include <doctest/doctest.h>

#include "core/format/format.h"
#include "core/merge/plan_merge.h"
#include "core/session/history.h"
#include "core/text/base64url.h"
#include "core/workshop/activity_links.h"
#include "core/workshop/diagnostic.h"
#include "core/workshop/drafting.h"
#include "sample_plan.h"
#include "test_support.h"

using namespace gp;

namespace {

Document sample() { return test::samplePlan(); }

const EditContext kFacilitator{"Fia", "2027-01-12T11:00:00Z", Team::leadership};

std::string sqlTermId(const Document& doc) {
  for (const auto& term : doc.glossary)
    if (term.name == "SQL") return term.meta.id;
  FAIL("the sample plan has no SQL");
  return {};
}

DraftSubmission answer(const std::string& promptId, const std::string& name, Team team, const std::string& text,
                       const std::string& at = "2027-01-12T11:10:00Z") {
  return DraftSubmission{promptId, "Define an SQL", DraftAnswer{respondentKey(name), team, text, at}};
}

}  // namespace

TEST_CASE("draft answers stay hidden until revealed, then show per team; a later answer replaces") {
  History history(sample());
  const std::string termId = sqlTermId(history.doc());
  const std::string promptId =
      history.addDraftPrompt(DraftPrompt{{}, {}, "Each team writes its definition of an SQL", termId, false, {}}, kFacilitator);
  CHECK(history.recordDraftAnswer(answer(promptId, "Ana", Team::marketing, "An MQL sales accepted"), kFacilitator).added == 1);
  CHECK(history.recordDraftAnswer(answer(promptId, "Ben", Team::sales, "A lead with budget and a date"), kFacilitator).added == 1);
  const DraftPrompt* prompt = findDraftPrompt(history.doc(), promptId);
  CHECK(draftColumns(*prompt).empty());
  CHECK(draftColumns(*prompt, true).size() == 2);

  history.setDraftRevealed(promptId, true, kFacilitator);
  prompt = findDraftPrompt(history.doc(), promptId);
  auto columns = draftColumns(*prompt);
  REQUIRE(columns.size() == 2);
  CHECK(columns[0].team == Team::marketing);
  CHECK(columns[1].team == Team::sales);
  CHECK(columns[1].answers[0]->text == "A lead with budget and a date");

  CHECK(history.recordDraftAnswer(answer(promptId, "Ben", Team::sales, "Budget, authority, need, timing", "2027-01-12T11:20:00Z"),
                                  kFacilitator)
            .replaced == 1);
  CHECK(history.recordDraftAnswer(answer(promptId, "Ben", Team::sales, "old", "2027-01-12T11:00:00Z"), kFacilitator).unchanged == 1);
  prompt = findDraftPrompt(history.doc(), promptId);
  CHECK(prompt->answers.size() == 2);
  CHECK(prompt->answers[1].text == "Budget, authority, need, timing");

  // Empty text and unknown prompts are refused with a reason.
  ActivityMergeResult empty = history.recordDraftAnswer(answer(promptId, "Cy", Team::sales, "  "), kFacilitator);
  CHECK(empty.problems.at(0).find("its text is empty") != std::string::npos);
  ActivityMergeResult gone = history.recordDraftAnswer(answer("nope", "Cy", Team::sales, "x"), kFacilitator);
  CHECK(gone.problems.at(0).find("no such draft prompt") != std::string::npos);
}

TEST_CASE("an answer becomes the term's sales definition in one undo step") {
  History history(sample());
  const std::string termId = sqlTermId(history.doc());
  const std::string before = history.findTerm(termId)->salesDefinition;
  const std::string promptId = history.addDraftPrompt(DraftPrompt{{}, {}, "Define an SQL", termId, false, {}}, kFacilitator);
  history.recordDraftAnswer(answer(promptId, "Ben", Team::sales, "  Budget, authority, need, timing  "), kFacilitator);
  std::string problem;
  REQUIRE(useDraftAnswer(history, promptId, respondentKey("Ben"), DefinitionSide::sales, kFacilitator, problem));
  CHECK(history.findTerm(termId)->salesDefinition == "Budget, authority, need, timing");
  CHECK(history.findTerm(termId)->history.back().field == "salesDefinition");
  REQUIRE(history.undo());
  CHECK(history.findTerm(termId)->salesDefinition == before);
  CHECK_FALSE(useDraftAnswer(history, promptId, respondentKey("Nobody"), DefinitionSide::sales, kFacilitator, problem));
  CHECK(problem == "that answer is gone");
  const std::string unlinked = history.addDraftPrompt(DraftPrompt{{}, {}, "Free question", {}, false, {}}, kFacilitator);
  CHECK_FALSE(useDraftAnswer(history, unlinked, respondentKey("Ben"), DefinitionSide::sales, kFacilitator, problem));
  CHECK(problem == "the prompt is not linked to a glossary term");
}

TEST_CASE("draft prompts save, load and undo") {
  History history(sample());
  const std::string promptId = history.addDraftPrompt(DraftPrompt{{}, {}, "Define an SQL", sqlTermId(history.doc()), false, {}}, kFacilitator);
  history.recordDraftAnswer(answer(promptId, "Ana", Team::marketing, "Line one\nline \"two\""), kFacilitator);
  history.setDraftRevealed(promptId, true, kFacilitator);
  const std::string file = saveDocument(history.doc());
  CHECK(file.find("\"Ana\"") == std::string::npos);  // no names in the plan
  LoadResult loaded = loadDocument(file);
  REQUIRE(std::holds_alternative<Document>(loaded));
  CHECK(std::get<Document>(loaded) == history.doc());
  REQUIRE(history.undo());
  CHECK_FALSE(findDraftPrompt(history.doc(), promptId)->revealed);
  REQUIRE(history.undo());
  CHECK(findDraftPrompt(history.doc(), promptId)->answers.empty());
  history.removeDraftPrompt(promptId, kFacilitator);
  CHECK(history.doc().draftPrompts.empty());
  REQUIRE(history.undo());
  CHECK(history.doc().draftPrompts.size() == 1);
}

TEST_CASE("draft invitations and answers travel as codes; bad ones are refused with a message") {
  Document doc = sample();
  DraftPrompt prompt{{"p1", {}, {}}, {}, "Define an SQL", sqlTermId(doc), false, {}};
  const DraftInvitation invitation = draftInvitation(prompt, doc);
  CHECK(invitation.termName == "SQL");
  CHECK(invitation.planTitle == "FY2027 Joint Growth Plan");
  std::string problem;
  const std::string link = "https://example.test/#join=" + invitationCode(invitation);
  CHECK(isDraftInvitation(link));
  auto read = readDraftInvitation(link, problem);
  REQUIRE(read);
  CHECK(*read == invitation);

  const DraftSubmission sent = answer("p1", "Ben", Team::sales, "Budget, authority, need, timing — agreed");
  auto back = readDraftAnswer("#answer=" + draftAnswerCode(sent), problem);
  REQUIRE(back);
  CHECK(*back == sent);
  CHECK(readPastedActivityAnswers(answerFileText(sent)).drafts.size() == 1);

  const auto tampered = [](const std::string& json) { return "gpr1." + toBase64Url(json); };
  CHECK_FALSE(readDraftAnswer(tampered(R"({"prompt":"p1","question":"q","respondent":"0123456789abcdef","team":"sales","text":" ","at":""})"), problem));
  CHECK(problem == "its text is empty");
  CHECK_FALSE(readDraftAnswer(tampered(R"({"prompt":"p1","question":"q","respondent":"0123456789abcdef","team":"sales","at":""})"), problem));
  CHECK(problem == "its \"text\" is missing or not a text");
  CHECK_FALSE(readDraftAnswer(tampered(R"({"prompt":"p1","question":"q","respondent":"0123456789abcdef","team":"sales","text":")" +
                                       std::string(5000, 'x') + R"(","at":""})"),
                              problem));
  CHECK(problem == "its text is longer than 4000 characters");
  CHECK_FALSE(readDraftInvitation(tampered("[1,2]"), problem));
  CHECK(problem == "this is not a draft invitation of Growth Plan Studio");
  CHECK_FALSE(readDraftInvitation("gpd1." + toBase64Url(R"({"prompt":"p1","question":"","term":"","plan":""})"), problem));
  CHECK(problem == "it asks no question");
}

TEST_CASE("draft answers given in two copies merge side by side") {
  Document base = sample();
  std::string promptId;
  {
    History history(base, 3);
    promptId = history.addDraftPrompt(DraftPrompt{{}, {}, "Define an SQL", {}, false, {}}, kFacilitator);
    base = history.doc();
  }
  recordEdits(Document{}, base, "origin");
  Document left = base, right = base;
  {
    History history(left, 7);
    history.recordDraftAnswer(answer(promptId, "Ana", Team::marketing, "Marketing's"), kFacilitator);
    left = history.doc();
  }
  {
    History history(right, 9);
    history.recordDraftAnswer(answer(promptId, "Ben", Team::sales, "Sales's"), kFacilitator);
    right = history.doc();
  }
  recordEdits(base, left, "left");
  recordEdits(base, right, "right");
  PlanMergeResult result = mergeCopies(left, right);
  REQUIRE(std::holds_alternative<PlanMerge>(result));
  const Document& merged = std::get<PlanMerge>(result).doc;
  REQUIRE(merged.draftPrompts.size() == 1);
  CHECK(merged.draftPrompts[0].answers.size() == 2);
  CHECK(merged.conflicts.empty());
}
