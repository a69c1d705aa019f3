// growthplan diagnostic respond PLAN --name NAME --team TEAM --scores S1,…,S20 [--round LABEL] [-o OUT]
// growthplan diagnostic report PLAN [--round LABEL] [--json]
// respond adds a person's answer to the alignment diagnostic, or replaces their earlier one in
// that round; the plan keeps a key of the name, never the name. Bad answers exit 1, writing nothing.
#include <algorithm>
#include <iomanip>
#include <iostream>

#include "commands.h"
#include "core/session/plan_session.h"
#include "core/text/text_trim.h"
#include "core/workshop/diagnostic.h"
#include "edit_context.h"
#include "file_io.h"
#include "plan_file.h"

namespace gp::cli {

namespace {

struct Options {
  std::vector<std::string> paths;
  std::string name, team, scores, round, output;
  bool json = false;
  bool hasName = false, hasTeam = false, hasScores = false;
};

// Parses flags of `allowed` (each taking a value unless "--json"); returns an error message.
std::string parseOptions(const Arguments& arguments, const std::vector<std::string>& allowed, Options& options) {
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument.size() < 2 || argument[0] != '-') {
      options.paths.push_back(argument);
      continue;
    }
    if (std::find(allowed.begin(), allowed.end(), argument) == allowed.end()) return "unknown option '" + argument + "'";
    if (argument == "--json") {
      options.json = true;
      continue;
    }
    if (i + 1 >= arguments.size()) return argument + " needs a value";
    const std::string& value = arguments[++i];
    if (argument == "--name") options.name = value, options.hasName = true;
    else if (argument == "--team") options.team = value, options.hasTeam = true;
    else if (argument == "--scores") options.scores = value, options.hasScores = true;
    else if (argument == "--round") options.round = value;
    else options.output = value;  // -o
  }
  return {};
}

int answerError(const std::string& path, const std::string& message) {
  std::cerr << path << ": " << message << "; nothing written\n";
  return kExitProblem;
}

int runRespond(const Arguments& arguments) {
  Options options;
  if (auto error = parseOptions(arguments, {"--name", "--team", "--scores", "--round", "-o"}, options); !error.empty())
    return usageError("diagnostic respond: " + error);
  if (options.paths.size() != 1) return usageError("diagnostic respond needs one PLAN file");
  if (!options.hasName || !options.hasTeam || !options.hasScores)
    return usageError("diagnostic respond needs --name, --team and --scores");
  const std::string& path = options.paths[0];
  if (options.output.empty()) options.output = path;
  LoadedPlan plan = loadPlanFile(path);
  if (!plan.doc) return plan.exitCode;

  if (isBlank(options.name)) return answerError(path, "--name is empty");
  const auto team = teamFromName(options.team);
  if (!team || std::find(std::begin(kDiagnosticTeams), std::end(kDiagnosticTeams), *team) == std::end(kDiagnosticTeams))
    return answerError(path, "--team '" + options.team + "' is not marketing, sales or leadership");
  std::string problem;
  const auto scores = parseScores(options.scores, problem);
  if (!scores) return answerError(path, "--scores: " + problem);

  const std::string now = utcNow();
  DiagnosticSubmission submission;
  if (const DiagnosticRound* named = isBlank(options.round) ? nullptr : findRoundByLabel(*plan.doc, options.round)) {
    submission.roundLabel = named->label;
  } else if (!isBlank(options.round)) {
    submission.roundLabel = std::string(trimmed(options.round));
  } else if (const DiagnosticRound* latest = latestRound(*plan.doc)) {
    submission.roundLabel = latest->label;
  } else {
    submission.roundLabel = "Round 1";
  }
  submission.roundDate = now.substr(0, 10);
  submission.respondent = respondentKey(options.name);
  submission.team = *team;
  submission.scores = *scores;
  submission.answeredAt = now;

  PlanSession session = cliSession();
  session.open(std::move(*plan.doc), path);
  const DiagnosticMergeResult result =
      session.history().recordDiagnosticAnswers({submission}, session.edit(), "Record a diagnostic answer");
  if (!replaceFile(options.output, session.startSave())) {
    std::cerr << options.output << ": cannot write file\n";
    return kExitUsage;
  }
  int total = 0;
  for (int score : *scores) total += score;
  const char* what = result.replaced ? "replaced the earlier answer" : result.added ? "added an answer" : "answer unchanged";
  std::cout << path << ": " << what << " in round \"" << submission.roundLabel << "\" (total " << total << ", "
            << alignmentStageLabel(stageOfTotal(total)) << "); wrote " << options.output << "\n";
  return kExitOk;
}

void printReport(std::ostream& out, const DiagnosticReport& report) {
  out << "Alignment diagnostic, round \"" << report.roundLabel << "\"" << (report.roundDate.empty() ? "" : " of " + report.roundDate)
      << "\n\n";
  for (size_t t = 0; t < std::size(kDiagnosticTeams); ++t) {
    out << "  " << std::left << std::setw(12) << teamLabel(kDiagnosticTeams[t]);
    if (const auto& team = report.teams[t])
      out << std::setw(16) << (std::to_string(team->respondents) + (team->respondents == 1 ? " respondent" : " respondents"))
          << std::right << std::setw(6) << diagnosticMeanText(team->total) << "  " << alignmentStageLabel(team->stage) << "\n";
    else
      out << "no respondents\n";
  }
  if (report.overall)
    out << "  " << std::left << std::setw(12) << "Everybody" << std::setw(16) << (std::to_string(report.overall->respondents) + " respondents")
        << std::right << std::setw(6) << diagnosticMeanText(report.overall->total) << "  " << alignmentStageLabel(report.overall->stage) << "\n";
  if (report.teams[0] && report.teams[1]) {
    out << "\nLargest gaps between marketing and sales\n";
    for (size_t i = 0; i < report.gaps.size() && i < 5; ++i) {
      const auto& gap = report.gaps[i];
      out << "  " << std::right << std::setw(2) << gap.statement << ". " << gap.text << "\n      marketing "
          << diagnosticMeanText(*gap.marketing) << ", sales " << diagnosticMeanText(*gap.sales) << ", gap " << diagnosticMeanText(gap.gap) << "\n";
    }
  }
  const auto weak = weakStatements(report);
  if (!weak.empty()) {
    out << "\nNext steps\n";
    for (int statement : weak) {
      const NextStep step = nextStepFor(statement);
      out << "  " << std::right << std::setw(2) << statement << ". " << step.view << ": " << step.action << "\n";
    }
  }
}

int runReport(const Arguments& arguments) {
  Options options;
  if (auto error = parseOptions(arguments, {"--round", "--json"}, options); !error.empty())
    return usageError("diagnostic report: " + error);
  if (options.paths.size() != 1) return usageError("diagnostic report needs one PLAN file");
  const std::string& path = options.paths[0];
  const LoadedPlan plan = loadPlanFile(path);
  if (!plan.doc) return plan.exitCode;
  const DiagnosticRound* round = options.round.empty() ? latestRound(*plan.doc) : findRoundByLabel(*plan.doc, options.round);
  if (!round) {
    std::cerr << path << ": "
              << (options.round.empty() ? std::string("no diagnostic round yet") : "no round \"" + options.round + "\"") << "\n";
    return kExitProblem;
  }
  const DiagnosticReport report = diagnosticReport(*plan.doc, *round);
  if (options.json) std::cout << diagnosticReportJson(report);
  else printReport(std::cout, report);
  return kExitOk;
}

}  // namespace

int runDiagnostic(const Arguments& arguments) {
  if (arguments.empty()) return usageError("diagnostic needs respond or report");
  const Arguments rest(arguments.begin() + 1, arguments.end());
  if (arguments[0] == "respond") return runRespond(rest);
  if (arguments[0] == "report") return runReport(rest);
  return usageError("diagnostic: unknown subcommand '" + arguments[0] + "' (expected respond or report)");
}

}  // namespace gp::cli
