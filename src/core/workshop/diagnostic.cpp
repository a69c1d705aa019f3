#include "core/workshop/diagnostic.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/text/fingerprint.h"
#include "core/text/text_fold.h"
#include "core/text/text_trim.h"

namespace gp {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kStatements[kDiagnosticStatementCount] = {
    "Our forecasts are accurate because both teams build them together.",
    "When results disappoint, neither team blames the other.",
    "Marketers meet important customers during the sales process.",
    "Marketing asks sales to help write its plan.",
    "Salespeople find marketing's collateral valuable.",
    "Sales tells marketing what it learns in the field.",
    "The two teams share one vocabulary.",
    "The heads of both teams regularly discuss what lies ahead: ideas, trends, new offers.",
    "Both teams agree how each customer segment buys.",
    "Joint meetings spend little time on disputes.",
    "The teams plan together beyond the current year.",
    "Both teams are measured by shared metrics.",
    "Marketing helps shape the strategy for key accounts.",
    "Both teams work from one funnel and one pipeline.",
    "Marketing studies funnel data to improve how leads move through it.",
    "The culture is that both teams rise or fall together.",
    "One leader is responsible for both marketing and sales.",
    "People move between the two teams during their careers.",
    "The teams train and run events together.",
    "Each team helps present the other's plans to leadership.",
};

const NextStep kNextSteps[kDiagnosticStatementCount] = {
    {"Growth plan", "Work the revenue goal back through the funnel together, so both teams own one forecast."},
    {"SLA", "Write down what each team commits to, so a miss is a number to discuss, not someone to blame."},
    {"Win/loss", "Review won and lost deals together; invite marketers to the next key customer meetings."},
    {"Growth plan", "Ask sales to co-write the plan's sections and sign them off in Review."},
    {"Enablement", "Let sales ask for the collateral it needs and rate what it gets."},
    {"Lead feedback", "Record what became of each campaign's leads and why sales turned leads down."},
    {"Glossary", "Put both teams' definitions side by side and agree one for every funnel stage."},
    {"Workshop", "Hold a quarterly growth review with the heads of both teams."},
    {"Win/loss", "Compare win rates by segment and write down how each segment buys."},
    {"Review", "Settle disputes as comments on the plan, with an owner and a decision."},
    {"Growth plan", "Extend the plan's periods and scenarios beyond the current year."},
    {"SLA", "Track both teams against the same commitments on the Dashboard."},
    {"Campaigns", "Plan campaigns for key accounts with a sales owner beside the marketing owner."},
    {"Growth plan", "Agree one funnel: its stages, conversion rates and the pipeline both teams read."},
    {"Lead feedback", "Study acceptance and follow-up times per campaign and source each month."},
    {"Dashboard", "Put the shared goal and both teams' commitments on one screen."},
    {"Review", "Name one leader who signs off the whole plan for both teams."},
    {"Workshop", "Invite people to spend time in the other team: shadow calls, join campaign planning."},
    {"Enablement", "Train together: turn delivered collateral into joint sessions and events."},
    {"Review", "Have each team sign off the other's sections before the plan goes to leadership."},
};

bool validStatement(int number) { return number >= 1 && number <= kDiagnosticStatementCount; }

// The mean of each statement and of the totals over `answers`.
TeamResult resultOf(const std::vector<const DiagnosticAnswer*>& answers) {
  TeamResult result;
  result.respondents = static_cast<int>(answers.size());
  double totals = 0;
  for (const auto* answer : answers)
    for (int i = 0; i < kDiagnosticStatementCount; ++i) {
      const int score = i < static_cast<int>(answer->scores.size()) ? answer->scores[size_t(i)] : 0;
      result.statements[size_t(i)] += score;
      totals += score;
    }
  const double count = answers.empty() ? 1.0 : double(answers.size());
  for (auto& mean : result.statements) mean /= count;
  result.total = totals / count;
  result.stage = stageOfTotal(result.total);
  return result;
}

Json teamJson(const std::optional<TeamResult>& team) {
  if (!team) return nullptr;
  Json json = Json::object();
  json["respondents"] = team->respondents;
  json["total"] = team->total;
  json["stage"] = alignmentStageLabel(team->stage);
  json["statements"] = Json::array();
  for (double mean : team->statements) json["statements"].push_back(mean);
  return json;
}

Json optionalNumber(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

}  // namespace

const char* alignmentStageLabel(AlignmentStage stage) {
  switch (stage) {
    case AlignmentStage::undefined: return "Undefined";
    case AlignmentStage::defined: return "Defined";
    case AlignmentStage::aligned: return "Aligned";
    case AlignmentStage::integrated: return "Integrated";
  }
  return "Undefined";
}

const char* alignmentStageName(AlignmentStage stage) {
  switch (stage) {
    case AlignmentStage::undefined: return "undefined";
    case AlignmentStage::defined: return "defined";
    case AlignmentStage::aligned: return "aligned";
    case AlignmentStage::integrated: return "integrated";
  }
  return "undefined";
}

AlignmentStage stageOfTotal(double meanTotal) {
  if (meanTotal < 40) return AlignmentStage::undefined;
  if (meanTotal < 60) return AlignmentStage::defined;
  if (meanTotal < 80) return AlignmentStage::aligned;
  return AlignmentStage::integrated;
}

std::string diagnosticMeanText(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

const char* diagnosticStatement(int number) { return validStatement(number) ? kStatements[number - 1] : ""; }

NextStep nextStepFor(int statement) { return validStatement(statement) ? kNextSteps[statement - 1] : NextStep{}; }

std::vector<const DiagnosticRound*> roundsInOrder(const Document& doc) {
  std::vector<const DiagnosticRound*> rounds;
  for (const auto& round : doc.diagnosticRounds) rounds.push_back(&round);
  std::stable_sort(rounds.begin(), rounds.end(), [](const DiagnosticRound* a, const DiagnosticRound* b) {
    return std::tie(a->date, a->label) < std::tie(b->date, b->label);
  });
  return rounds;
}

const DiagnosticRound* findRoundByLabel(const Document& doc, std::string_view label) {
  const std::string wanted = foldCase(trimmed(label));
  for (const auto& round : doc.diagnosticRounds)
    if (foldCase(trimmed(round.label)) == wanted) return &round;
  return nullptr;
}

const DiagnosticRound* latestRound(const Document& doc) {
  const auto rounds = roundsInOrder(doc);
  return rounds.empty() ? nullptr : rounds.back();
}

DiagnosticReport diagnosticReport(const Document& doc, const DiagnosticRound& round) {
  DiagnosticReport report;
  report.roundId = round.meta.id;
  report.roundLabel = round.label;
  report.roundDate = round.date;
  std::vector<const DiagnosticAnswer*> byTeam[std::size(kDiagnosticTeams)], everybody;
  for (const auto& answer : doc.diagnosticAnswers) {
    if (answer.roundId != round.meta.id) continue;
    for (size_t t = 0; t < std::size(kDiagnosticTeams); ++t)
      if (answer.team == kDiagnosticTeams[t]) {
        byTeam[t].push_back(&answer);
        everybody.push_back(&answer);
      }
  }
  for (size_t t = 0; t < std::size(kDiagnosticTeams); ++t)
    if (!byTeam[t].empty()) report.teams[t] = resultOf(byTeam[t]);
  if (!everybody.empty()) report.overall = resultOf(everybody);
  const auto& marketing = report.teams[0];
  const auto& sales = report.teams[1];
  for (int n = 1; n <= kDiagnosticStatementCount; ++n) {
    StatementGap gap{n, kStatements[n - 1], std::nullopt, std::nullopt, 0};
    if (marketing) gap.marketing = marketing->statements[size_t(n - 1)];
    if (sales) gap.sales = sales->statements[size_t(n - 1)];
    if (gap.marketing && gap.sales) gap.gap = std::fabs(*gap.marketing - *gap.sales);
    report.gaps.push_back(std::move(gap));
  }
  std::stable_sort(report.gaps.begin(), report.gaps.end(),
                   [](const StatementGap& a, const StatementGap& b) { return a.gap > b.gap; });
  return report;
}

std::vector<int> weakStatements(const DiagnosticReport& report) {
  std::vector<std::pair<double, int>> weak;
  for (const auto& gap : report.gaps) {
    std::optional<double> lowest;
    for (const auto& mean : {gap.marketing, gap.sales})
      if (mean && (!lowest || *mean < *lowest)) lowest = mean;
    if (!lowest && report.overall) lowest = report.overall->statements[size_t(gap.statement - 1)];
    if (lowest && *lowest < 3.0) weak.emplace_back(*lowest, gap.statement);
  }
  std::sort(weak.begin(), weak.end());
  std::vector<int> statements;
  for (const auto& [mean, statement] : weak) statements.push_back(statement);
  return statements;
}

std::string diagnosticReportJson(const DiagnosticReport& report) {
  Json json = Json::object();
  json["round"] = report.roundLabel;
  json["date"] = report.roundDate;
  json["teams"] = Json::object();
  for (size_t t = 0; t < std::size(kDiagnosticTeams); ++t) json["teams"][teamName(kDiagnosticTeams[t])] = teamJson(report.teams[t]);
  json["overall"] = teamJson(report.overall);
  if (json["overall"].is_object()) json["overall"].erase("statements");
  json["gaps"] = Json::array();
  for (const auto& gap : report.gaps)
    json["gaps"].push_back(Json{{"statement", gap.statement},
                                {"text", gap.text},
                                {"marketing", optionalNumber(gap.marketing)},
                                {"sales", optionalNumber(gap.sales)},
                                {"gap", gap.gap}});
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string respondentKey(std::string_view name) {
  // Folded, with runs of spaces as one, so "Ana  Lima" and "ana lima" are one person.
  std::string folded;
  for (char c : foldCase(trimmed(name))) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space && (folded.empty() || folded.back() == ' ')) continue;
    folded += space ? ' ' : c;
  }
  Fingerprint print;
  print.add("diagnostic respondent");
  print.add(folded);
  return print.hex();
}

std::string diagnosticRoundId(std::string_view label) {
  Fingerprint print;
  print.add("diagnostic round");
  print.add(foldCase(trimmed(label)));
  return "round-" + print.hex();
}

std::string diagnosticAnswerId(std::string_view roundId, std::string_view respondent) {
  return "dx-" + std::string(roundId) + "-" + std::string(respondent);
}

std::string answerProblem(Team team, const std::vector<int>& scores) {
  if (std::find(std::begin(kDiagnosticTeams), std::end(kDiagnosticTeams), team) == std::end(kDiagnosticTeams))
    return "the team must be marketing, sales or leadership";
  if (scores.size() != size_t(kDiagnosticStatementCount))
    return "expected 20 scores, one per statement, but there are " + std::to_string(scores.size());
  for (size_t i = 0; i < scores.size(); ++i)
    if (scores[i] < 1 || scores[i] > 5)
      return "score " + std::to_string(i + 1) + " is " + std::to_string(scores[i]) + "; scores go from 1 to 5";
  return {};
}

std::optional<std::vector<int>> parseScores(std::string_view text, std::string& problem) {
  std::vector<int> scores;
  size_t start = 0;
  while (true) {
    const size_t comma = text.find(',', start);
    const std::string_view part = trimmed(text.substr(start, comma == std::string_view::npos ? text.npos : comma - start));
    int value = 0;
    const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), value);
    const std::string position = "score " + std::to_string(scores.size() + 1);
    if (part.empty()) {
      problem = position + " is missing";
      return std::nullopt;
    }
    if (error != std::errc() || end != part.data() + part.size()) {
      problem = position + " is \"" + std::string(part) + "\", not a whole number from 1 to 5";
      return std::nullopt;
    }
    if (value < 1 || value > 5) {
      problem = position + " is " + std::string(part) + "; scores go from 1 to 5";
      return std::nullopt;
    }
    scores.push_back(value);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  if (scores.size() != size_t(kDiagnosticStatementCount)) {
    problem = "expected 20 scores, one per statement, but there are " + std::to_string(scores.size());
    return std::nullopt;
  }
  return scores;
}

}  // namespace gp
