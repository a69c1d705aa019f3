// The alignment diagnostic: 20 statements about how marketing and sales work together, each
// scored 1-5; a person's total (20-100) places the relationship at a stage, and the gap between
// the teams' views per statement is what a workshop talks about.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/document.h"

namespace gp {

// Undefined (20-39), Defined (40-59), Aligned (60-79), Integrated (80-100).
enum class AlignmentStage { undefined, defined, aligned, integrated };
const char* alignmentStageLabel(AlignmentStage);  // "Undefined", ...
const char* alignmentStageName(AlignmentStage);   // "undefined", ... (JSON)
AlignmentStage stageOfTotal(double meanTotal);

// A mean score or total with one decimal ("3.0", "64.5"), as every view of the diagnostic shows
// them, so a column of them lines up.
std::string diagnosticMeanText(double value);

// Statement n (1-20), in the plan's words.
const char* diagnosticStatement(int number);

// Where in the app a weak statement is worked on.
struct NextStep {
  std::string view;    // the app's view: "Glossary", "SLA", "Growth plan", "Lead feedback", ...
  std::string action;  // one sentence, e.g. "Agree one definition of each funnel stage."
};
NextStep nextStepFor(int statement);

// Teams that answer the diagnostic, in display order.
inline constexpr Team kDiagnosticTeams[] = {Team::marketing, Team::sales, Team::leadership};

struct TeamResult {
  int respondents = 0;
  double total = 0;  // mean of the members' totals
  AlignmentStage stage = AlignmentStage::undefined;
  std::array<double, kDiagnosticStatementCount> statements{};  // mean score per statement
};

struct StatementGap {
  int statement = 0;  // 1-20
  std::string text;
  std::optional<double> marketing, sales;  // team means (absent without respondents)
  double gap = 0;     // |marketing - sales|, 0 unless both answered
};

struct DiagnosticReport {
  std::string roundId, roundLabel, roundDate;
  std::optional<TeamResult> teams[std::size(kDiagnosticTeams)];  // nullopt: nobody from that team
  std::optional<TeamResult> overall;                              // everybody
  std::vector<StatementGap> gaps;  // all 20, largest gap first, ties in statement order
};

// The rounds in date order (then label), oldest first.
std::vector<const DiagnosticRound*> roundsInOrder(const Document&);
const DiagnosticRound* findRoundByLabel(const Document&, std::string_view label);  // ignoring case
// The round the report shows by default: the latest by date; nullptr without rounds.
const DiagnosticRound* latestRound(const Document&);
DiagnosticReport diagnosticReport(const Document&, const DiagnosticRound&);
// Statements whose weaker team mean (or overall mean, with one team) is below 3, weakest first.
std::vector<int> weakStatements(const DiagnosticReport&);
// {"round": ..., "teams": {...}, "overall": ..., "gaps": [...]} as growthplan diagnostic report --json.
std::string diagnosticReportJson(const DiagnosticReport&);

// A fingerprint of a person's name (case, accents and spacing folded): 16 hex digits.
std::string respondentKey(std::string_view name);
// "round-<16 hex digits>" from the folded label: the same round opened in two copies is one round.
std::string diagnosticRoundId(std::string_view label);
// "dx-<round id>-<respondent>".
std::string diagnosticAnswerId(std::string_view roundId, std::string_view respondent);
// "" when the answer is complete (20 scores of 1-5, team marketing, sales or leadership),
// otherwise what is wrong, e.g. "score 7 is 6; scores go from 1 to 5".
std::string answerProblem(Team team, const std::vector<int>& scores);
// Parses "4,5,3,...": exactly 20 whole numbers 1-5, or a message naming the first bad one.
std::optional<std::vector<int>> parseScores(std::string_view text, std::string& problem);

}  // namespace gp
