// The alignment diagnostic: scoring, the report, recording answers (the round merge), the links
// answers travel in, and the plan file.
#include <doctest/doctest.h>

#include "core/format/format.h"
#include "core/merge/plan_merge.h"
#include "core/session/history.h"
#include "core/workshop/diagnostic.h"
#include "core/workshop/diagnostic_links.h"
#include "sample_plan.h"
#include "test_support.h"

using namespace gp;

namespace {

Document sample() { return test::samplePlan(); }

std::vector<int> allScores(int score) { return std::vector<int>(kDiagnosticStatementCount, score); }

DiagnosticSubmission submission(const std::string& name, Team team, std::vector<int> scores,
                                const std::string& at = "2027-01-12T10:00:00Z", const std::string& round = "Kick-off") {
  return DiagnosticSubmission{round, "2027-01-12", respondentKey(name), team, std::move(scores), at};
}

const EditContext kFacilitator{"Fia", "2027-01-12T11:00:00Z", Team::leadership};

}  // namespace

TEST_CASE("a team's total is the mean of its members' totals, and its stage follows the bands") {
  CHECK(stageOfTotal(20) == AlignmentStage::undefined);
  CHECK(stageOfTotal(39.99) == AlignmentStage::undefined);
  CHECK(stageOfTotal(40) == AlignmentStage::defined);
  CHECK(stageOfTotal(59.5) == AlignmentStage::defined);
  CHECK(stageOfTotal(60) == AlignmentStage::aligned);
  CHECK(stageOfTotal(79.9) == AlignmentStage::aligned);
  CHECK(stageOfTotal(80) == AlignmentStage::integrated);
  CHECK(stageOfTotal(100) == AlignmentStage::integrated);

  History history(sample());
  std::vector<int> ana = allScores(4);  // 80
  std::vector<int> bo = allScores(3);   // 60, statement 7 scored 1: 58
  bo[6] = 1;
  history.recordDiagnosticAnswers({submission("Ana", Team::marketing, ana), submission("Bo", Team::marketing, bo),
                                   submission("Cy", Team::sales, allScores(2))},
                                  kFacilitator, "Merge 3 answers");
  const DiagnosticReport report = diagnosticReport(history.doc(), *latestRound(history.doc()));
  REQUIRE(report.teams[0]);
  CHECK(report.teams[0]->respondents == 2);
  CHECK(report.teams[0]->total == doctest::Approx(69.0));  // (80 + 58) / 2
  CHECK(report.teams[0]->stage == AlignmentStage::aligned);
  CHECK(report.teams[0]->statements[6] == doctest::Approx(2.5));
  REQUIRE(report.teams[1]);
  CHECK(report.teams[1]->total == doctest::Approx(40.0));
  CHECK(report.teams[1]->stage == AlignmentStage::defined);
  CHECK_FALSE(report.teams[2]);  // nobody from leadership
  REQUIRE(report.overall);
  CHECK(report.overall->respondents == 3);
  CHECK(report.overall->total == doctest::Approx((80.0 + 58 + 40) / 3));
  // Gaps: statement 7 has 0.5, all others 1.5; largest first, ties in statement order.
  REQUIRE(report.gaps.size() == 20);
  CHECK(report.gaps[0].statement == 1);
  CHECK(report.gaps[0].gap == doctest::Approx(1.5));
  CHECK(report.gaps[18].statement == 20);
  CHECK(report.gaps[19].statement == 7);
  CHECK(report.gaps[19].gap == doctest::Approx(0.5));
  CHECK(report.gaps[19].text == std::string(diagnosticStatement(7)));
  // Sales's 2s make every statement weak; statement 7 (marketing 2.5) is as weak as the rest.
  CHECK(weakStatements(report).size() == 20);
  CHECK(nextStepFor(7).view == "Glossary");
  CHECK(nextStepFor(12).view == "SLA");
  CHECK(nextStepFor(6).view == "Lead feedback");

  const std::string json = diagnosticReportJson(report);
  CHECK(json.find("\"leadership\": null") != std::string::npos);
  CHECK(json.find("\"round\": \"Kick-off\"") != std::string::npos);
  CHECK(json.find("\"total\": 69.0") != std::string::npos);
}

TEST_CASE("a person's later answer replaces their earlier one in the same round; an older one never does") {
  History history(sample());
  auto result = history.recordDiagnosticAnswers({submission("Zephyrine Quill", Team::marketing, allScores(2))}, kFacilitator, "Merge");
  CHECK(result.added == 1);
  CHECK(result.roundsAdded == 1);
  // The same person (case and spacing folded), later: replaces.
  result = history.recordDiagnosticAnswers(
      {submission("  zephyrine   QUILL ", Team::marketing, allScores(4), "2027-01-12T10:05:00Z", "kick-off")}, kFacilitator,
      "Merge");
  CHECK(result.replaced == 1);
  CHECK(result.roundsAdded == 0);
  REQUIRE(history.doc().diagnosticAnswers.size() == 1);
  CHECK(history.doc().diagnosticAnswers[0].scores == allScores(4));
  // An answer sent before the one the plan holds (a stale link pasted again) changes nothing.
  result = history.recordDiagnosticAnswers({submission("Zephyrine Quill", Team::marketing, allScores(1))}, kFacilitator, "Merge");
  CHECK(result.unchanged == 1);
  CHECK(history.doc().diagnosticAnswers[0].scores == allScores(4));
  // Another round is another count; invalid answers are skipped.
  result = history.recordDiagnosticAnswers({submission("Zephyrine Quill", Team::marketing, allScores(5), "2027-04-01T09:00:00Z", "Q2"),
                                            submission("Bad", Team::other, allScores(3)),
                                            submission("Short", Team::sales, {1, 2, 3})},
                                           kFacilitator, "Merge 3 answers");
  CHECK(result.added == 1);
  CHECK(history.doc().diagnosticRounds.size() == 2);
  CHECK(history.doc().diagnosticAnswers.size() == 2);
  // The plan holds no name.
  const std::string file = saveDocument(history.doc());
  CHECK(file.find("Zephyrine") == std::string::npos);
  CHECK(file.find("Quill") == std::string::npos);
  // One undo step per batch.
  CHECK(history.undoLabel() == "Merge 3 answers");
  REQUIRE(history.undo());
  CHECK(history.doc().diagnosticRounds.size() == 1);
  CHECK(history.doc().diagnosticAnswers.size() == 1);
  // Deleting a round deletes its answers in one step; undo brings both back.
  history.removeDiagnosticRound(history.doc().diagnosticRounds[0].meta.id, kFacilitator);
  CHECK(history.doc().diagnosticAnswers.empty());
  REQUIRE(history.undo());
  CHECK(history.doc().diagnosticAnswers.size() == 1);
}

TEST_CASE("rounds and answers survive saving and loading; a broken answer names its field") {
  History history(sample());
  history.recordDiagnosticAnswers({submission("Ana", Team::marketing, allScores(4)), submission("Cy", Team::sales, allScores(2))},
                                  kFacilitator, "Merge");
  const std::string file = saveDocument(history.doc());
  LoadResult loaded = loadDocument(file);
  REQUIRE(std::holds_alternative<Document>(loaded));
  CHECK(std::get<Document>(loaded) == history.doc());
  CHECK(saveDocument(sample()).find("diagnostic") == std::string::npos);  // plans without a workshop keep their form

  std::string broken = file;
  const size_t scores = broken.find("\"scores\"");
  REQUIRE(scores != std::string::npos);
  broken.replace(broken.find("4", scores), 1, "6");
  loaded = loadDocument(broken);
  REQUIRE(std::holds_alternative<LoadError>(loaded));
  CHECK(std::get<LoadError>(loaded).message.find("diagnosticAnswers[0].scores[0]") != std::string::npos);
  CHECK(std::get<LoadError>(loaded).message.find("1 to 5") != std::string::npos);
}

TEST_CASE("answers given in two copies of the plan merge side by side") {
  Document base = sample();
  recordEdits(Document{}, base, "origin");
  Document left = base, right = base;
  {
    History history(left, 7);
    history.recordDiagnosticAnswers({submission("Ana", Team::marketing, allScores(4))}, kFacilitator, "Merge");
    left = history.doc();
  }
  {
    History history(right, 9);
    history.recordDiagnosticAnswers({submission("Cy", Team::sales, allScores(2))}, kFacilitator, "Merge");
    right = history.doc();
  }
  recordEdits(base, left, "left");
  recordEdits(base, right, "right");
  PlanMergeResult result = mergeCopies(left, right);
  REQUIRE(std::holds_alternative<PlanMerge>(result));
  const Document& merged = std::get<PlanMerge>(result).doc;
  CHECK(merged.diagnosticAnswers.size() == 2);
  CHECK(merged.diagnosticRounds.size() == 1);  // both copies opened "Kick-off": one round
  CHECK(merged.conflicts.empty());
}

TEST_CASE("scores typed as text: exactly 20 whole numbers from 1 to 5") {
  std::string problem;
  CHECK(parseScores("4,4,3,4,5,3,2,4,3,3,2,2,3,4,4,3,1,2,3,3", problem) ==
        std::vector<int>{4, 4, 3, 4, 5, 3, 2, 4, 3, 3, 2, 2, 3, 4, 4, 3, 1, 2, 3, 3});
  CHECK_FALSE(parseScores("4,4,3,4,5,3,2,4,3,3,2,2,3,4,4,3,1,2,3", problem));
  CHECK(problem == "expected 20 scores, one per statement, but there are 19");
  CHECK_FALSE(parseScores("4,4,3,4,5,3,2,4,3,3,2,2,3,4,4,3,1,2,3,6", problem));
  CHECK(problem == "score 20 is 6; scores go from 1 to 5");
  CHECK_FALSE(parseScores("4,,3", problem));
  CHECK(problem == "score 2 is missing");
  CHECK_FALSE(parseScores("4,x", problem));
  CHECK(problem == "score 2 is \"x\", not a whole number from 1 to 5");
  CHECK(respondentKey("Ana Lima") == respondentKey(" ana   lima"));
  CHECK(respondentKey("Ana Lima") != respondentKey("Ana Lim"));
  CHECK(respondentKey("Ana").size() == 16);
}

TEST_CASE("invitations and answers travel as codes in links; pasted text reports each bad line") {
  const DiagnosticInvitation invitation{"Kick-off", "2027-01-12", "Acme <growth> plan"};
  const std::string link = "https://example.test/app/#join=" + invitationCode(invitation);
  std::string problem;
  CHECK(readInvitation(link, problem) == invitation);
  CHECK_FALSE(readAnswer(link, problem));

  const DiagnosticSubmission ana = submission("Ana", Team::marketing, allScores(4));
  const DiagnosticSubmission cy = submission("Cy", Team::sales, allScores(2));
  CHECK(readAnswer(answerCode(ana), problem) == ana);
  CHECK(answerCode(ana).find("Ana") == std::string::npos);

  std::string cut = answerCode(cy);
  cut.resize(cut.size() - 7);
  const std::string pasted = "https://example.test/#answer=" + answerCode(ana) + "\n\n  " + cut + "\nthanks!\n" +
                             answerCode(cy) + " " + answerCode(ana) + "\n" + link;
  const PastedAnswers read = readPastedAnswers(pasted);
  REQUIRE(read.answers.size() == 3);
  CHECK(read.answers[0] == ana);
  CHECK(read.answers[1] == cy);
  REQUIRE(read.problems.size() == 3);
  CHECK(read.problems[0].rfind("Line 3: ", 0) == 0);
  CHECK(read.problems[0].find("damaged") != std::string::npos);
  CHECK(read.problems[1].rfind("Line 4: ", 0) == 0);
  CHECK(read.problems[2] == "Line 6: this is an invitation, not an answer");

  const std::string file = answerFileText(cy);
  CHECK(looksLikeAnswerFile(file));
  CHECK_FALSE(looksLikeAnswerFile(saveDocument(sample())));
  const PastedAnswers fromFile = readPastedAnswers(file);
  REQUIRE(fromFile.answers.size() == 1);
  CHECK(fromFile.answers[0] == cy);

  // A code whose scores were tampered with is refused, not clamped.
  DiagnosticSubmission tampered = ana;
  tampered.scores[3] = 9;
  CHECK_FALSE(readAnswer(answerCode(tampered), problem));
  CHECK(problem == "score 4 is not a whole number from 1 to 5");
}
