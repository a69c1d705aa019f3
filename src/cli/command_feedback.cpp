// growthplan feedback import PLAN LEADS.csv [-o OUT] [--column HEADER=FIELD]... [--status VALUE=OUTCOME]...
//                                           [--dates us|eu]
// growthplan feedback report ...   (command_feedback_report.cpp)
// Import reads a CRM lead export as the app does: any bad row is reported (row, column, problem),
// exit 1, and nothing is written. Without -o, PLAN is updated.
#include <iostream>

#include "commands.h"
#include "core/loops/lead_import.h"
#include "core/session/plan_session.h"
#include "edit_context.h"
#include "file_io.h"
#include "plan_file.h"

namespace gp::cli {

namespace {

// "HEADER=VALUE" split at its last '=' (a header may hold one, a field or outcome never does).
bool splitAssignment(const std::string& text, std::string& left, std::string& right) {
  const size_t at = text.rfind('=');
  if (at == std::string::npos || at == 0) return false;
  left = text.substr(0, at);
  right = text.substr(at + 1);
  return true;
}

std::optional<LeadField> fieldNamed(const std::string& name) {
  const std::string folded = foldLabel(name);
  if (folded == "ignore") return LeadField::ignore;
  for (const LeadField field : kAllLeadFields)
    if (field != LeadField::ignore && folded == leadFieldName(field)) return field;
  return std::nullopt;
}

int runImport(const Arguments& arguments) {
  std::vector<std::string> paths, columnChoices, statusChoices;
  std::string outputPath;
  SlashDates slashDates = SlashDates::unambiguousOnly;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    const auto value = [&]() -> const std::string* { return i + 1 < arguments.size() ? &arguments[++i] : nullptr; };
    if (argument == "-o" || argument == "--output") {
      const std::string* path = value();
      if (!path) return usageError("feedback import: " + argument + " needs a FILE");
      outputPath = *path;
    } else if (argument == "--column") {
      const std::string* choice = value();
      if (!choice) return usageError("feedback import: --column needs HEADER=FIELD");
      columnChoices.push_back(*choice);
    } else if (argument == "--status") {
      const std::string* choice = value();
      if (!choice) return usageError("feedback import: --status needs VALUE=OUTCOME");
      statusChoices.push_back(*choice);
    } else if (argument == "--dates") {
      const std::string* order = value();
      if (order && *order == "us") slashDates = SlashDates::monthFirst;
      else if (order && *order == "eu") slashDates = SlashDates::dayFirst;
      else return usageError("feedback import: --dates needs us (month first) or eu (day first)");
    } else if (argument.size() > 1 && argument[0] == '-') {
      return usageError("feedback import: unknown option '" + argument + "'");
    } else {
      paths.push_back(argument);
    }
  }
  if (paths.size() != 2) return usageError("feedback import needs a PLAN file and a LEADS.csv");
  const std::string& planPath = paths[0];
  const std::string& csvPath = paths[1];
  if (outputPath.empty()) outputPath = planPath;

  LoadedPlan plan = loadPlanFile(planPath);
  if (!plan.doc) return plan.exitCode;
  ReadOutcome csv = readWholeFile(csvPath);
  if (!csv.text) {
    std::cerr << csvPath << ": " << csv.problem << "\n";
    return kExitUsage;
  }

  LeadImportJob job(std::move(*csv.text), plan.doc->reasons.leadRejection);
  LeadMapping mapping = job.suggestedMapping();
  mapping.slashDates = slashDates;
  for (const auto& choice : columnChoices) {
    std::string header, fieldText;
    const std::optional<LeadField> field = splitAssignment(choice, header, fieldText) ? fieldNamed(fieldText) : std::nullopt;
    if (!field)
      return usageError("feedback import: --column '" + choice +
                        "' should be HEADER=FIELD, FIELD one of lead id, created, source, campaign, first touch, "
                        "status, reason, ignore");
    size_t matches = 0;
    for (size_t c = 0; c < job.headers().size(); ++c) {
      if (foldLabel(job.headers()[c]) != foldLabel(header)) continue;
      mapping.columns[c] = *field;
      ++matches;
    }
    if (matches == 0) return usageError("feedback import: " + csvPath + " has no column '" + header + "'");
  }
  for (const auto& choice : statusChoices) {
    std::string statusValue, outcome;
    const std::optional<LeadStatus> status =
        splitAssignment(choice, statusValue, outcome) ? leadStatusFromName(outcome) : std::nullopt;
    if (!status)
      return usageError("feedback import: --status '" + choice +
                        "' should be VALUE=OUTCOME, OUTCOME one of accepted, rejected, recycled, open");
    mapping.statuses[foldLabel(statusValue)] = *status;
  }
  job.start(std::move(mapping));
  while (!job.step(50000)) {
  }
  const LeadImportResult& result = job.result();
  if (!result.ok()) {
    for (const auto& problem : result.problems) std::cerr << csvPath << ": " << problem.text() << "\n";
    if (result.problemCount > result.problems.size())
      std::cerr << csvPath << ": … and " << result.problemCount - result.problems.size() << " more\n";
    std::cerr << csvPath << ": nothing imported (" << result.problemCount
              << (result.problemCount == 1 ? " problem" : " problems") << ")\n";
    return kExitProblem;
  }

  // Edited through a plan session, as in the app: the import is this run's write for merging.
  PlanSession session = cliSession();
  session.open(std::move(*plan.doc), planPath);
  const bool changed = applyLeadImport(session.history(), result, session.edit());
  if (!replaceFile(outputPath, session.startSave())) {
    std::cerr << outputPath << ": cannot write file\n";
    return kExitUsage;
  }
  std::cout << csvPath << ": " << result.leads << (result.leads == 1 ? " lead" : " leads") << " ("
            << result.count(LeadStatus::accepted) << " accepted, " << result.count(LeadStatus::rejected) << " rejected, "
            << result.count(LeadStatus::recycled) << " recycled, " << result.count(LeadStatus::open) << " open) from "
            << result.firstDay << " to " << result.lastDay << (changed ? "" : ", already in the plan") << "; wrote "
            << outputPath << "\n";
  return kExitOk;
}

}  // namespace

int runFeedback(const Arguments& arguments) {
  if (arguments.empty()) return usageError("feedback needs import or report");
  const Arguments rest(arguments.begin() + 1, arguments.end());
  if (arguments[0] == "import") return runImport(rest);
  if (arguments[0] == "report") return runFeedbackReport(rest);
  return usageError("feedback: unknown subcommand '" + arguments[0] + "' (expected import or report)");
}

}  // namespace gp::cli
