// growthplan winloss import PLAN DEALS.csv [-o OUT]   win/loss entries from CSV
// growthplan winloss report PLAN [--json]              win rate by reason, competitor, segment, period
// Import uses the app's own preview: any bad row is reported (row, column, problem), exit 1, and
// nothing is written. A row matching an entry's deal name and close date updates it.
#include <chrono>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "core/loops/winloss_csv.h"
#include "core/loops/winloss_report.h"
#include "core/session/plan_session.h"
#include "core/text/number_text.h"
#include "edit_context.h"
#include "file_io.h"
#include "plan_file.h"

namespace gp::cli {

namespace {

int currentYear() {
  using namespace std::chrono;
  return static_cast<int>(year_month_day(floor<days>(system_clock::now())).year());
}

int runImport(const Arguments& arguments) {
  std::vector<std::string> paths;
  std::string outputPath;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "-o" || argument == "--output") {
      if (i + 1 >= arguments.size()) return usageError("winloss import: " + argument + " needs a FILE");
      outputPath = arguments[++i];
    } else if (argument.size() > 1 && argument[0] == '-') {
      return usageError("winloss import: unknown option '" + argument + "'");
    } else {
      paths.push_back(argument);
    }
  }
  if (paths.size() != 2) return usageError("winloss import needs a PLAN file and a DEALS.csv");
  const std::string& planPath = paths[0];
  const std::string& csvPath = paths[1];
  if (outputPath.empty()) outputPath = planPath;

  LoadedPlan plan = loadPlanFile(planPath);
  if (!plan.doc) return plan.exitCode;
  const ReadOutcome csv = readWholeFile(csvPath);
  if (!csv.text) {
    std::cerr << csvPath << ": " << csv.problem << "\n";
    return kExitUsage;
  }
  const DealImportPreview preview = previewDealImport(*plan.doc, *csv.text);
  if (!preview.ok()) {
    for (const auto& error : preview.errors) std::cerr << csvPath << ": " << error.message << "\n";
    std::cerr << csvPath << ": nothing imported (" << preview.errors.size()
              << (preview.errors.size() == 1 ? " problem" : " problems") << ")\n";
    return kExitProblem;
  }
  // Through a plan session, as in the app: the import is this run's write in the version clocks.
  PlanSession session = cliSession();
  session.open(std::move(*plan.doc), planPath);
  applyDealImport(session.history(), preview, session.edit());
  if (!replaceFile(outputPath, session.startSave())) {
    std::cerr << outputPath << ": cannot write file\n";
    return kExitUsage;
  }
  std::cout << csvPath << ": " << preview.count(DealImportAction::add) << " added, "
            << preview.count(DealImportAction::update) << " updated, "
            << preview.count(DealImportAction::unchanged) << " unchanged; wrote " << outputPath << "\n";
  return kExitOk;
}

std::string rateText(const WinLossCounts& counts) {
  const auto rate = counts.winRate();
  return rate ? formatPercent(*rate) : std::string("-");
}

std::string countsText(const WinLossCounts& counts) {
  return std::to_string(counts.won) + " won, " + std::to_string(counts.lost) + " lost, " +
         std::to_string(counts.noDecision) + " no decision";
}

void printGroups(std::ostream& out, const char* title, const char* none, const std::vector<GroupTally>& groups) {
  if (groups.empty()) return;
  out << "\n" << title << "\n";
  for (const GroupTally& group : groups)
    out << "  " << std::left << std::setw(28) << (group.name.empty() ? none : group.name) << std::right << std::setw(7)
        << rateText(group.counts) << "  " << countsText(group.counts) << "\n";
}

void printReport(std::ostream& out, const Document& doc, const WinLossReport& report) {
  if (report.deals() == 0) {
    out << "No closed deals yet: win rate -.\n";
  } else {
    out << "Win rate " << rateText(report.totals) << " of " << report.deals()
        << (report.deals() == 1 ? " closed deal" : " closed deals") << " (" << countsText(report.totals) << ")\n";
    out << "Won " << formatMoney(report.wonAmount, doc.plan.currency) << ", lost "
        << formatMoney(report.lostAmount, doc.plan.currency) << "\n";
  }
  if (!report.byReason.empty()) {
    out << "\nBy reason\n";
    for (const ReasonTally& reason : report.byReason)
      out << "  " << std::left << std::setw(12) << dealOutcomeLabel(reason.outcome) << std::setw(28)
          << (reason.reason.empty() ? "(no reason given)" : reason.reason) << std::right << std::setw(4) << reason.count
          << "  " << formatMoney(reason.amount, doc.plan.currency) << "\n";
  }
  printGroups(out, "By competitor", "(no competitor named)", report.byCompetitor);
  printGroups(out, "By segment", "(no segment named)", report.bySegment);
  if (report.deals() > 0 && !report.byPeriod.empty()) {
    out << "\nBy period\n";
    for (const PeriodTally& period : report.byPeriod)
      out << "  " << std::left << std::setw(28) << period.period << std::right << std::setw(7) << rateText(period.counts)
          << "  " << countsText(period.counts) << "\n";
    if (report.withoutDate > 0) out << "  " << report.withoutDate << " without a close date\n";
    if (report.outsidePlan > 0) out << "  " << report.outsidePlan << " closed outside the plan period\n";
  }
  if (report.insights > 0)
    out << "\nInsights for marketing: " << report.insights << ", " << report.insightsUsed << " used in campaigns\n";
}

int runReport(const Arguments& arguments) {
  std::string path;
  bool json = false;
  for (const std::string& argument : arguments) {
    if (argument == "--json") json = true;
    else if (argument.size() > 1 && argument[0] == '-') return usageError("winloss report: unknown option '" + argument + "'");
    else if (path.empty()) path = argument;
    else return usageError("winloss report: unexpected argument '" + argument + "'");
  }
  if (path.empty()) return usageError("winloss report needs a PLAN file");
  const LoadedPlan plan = loadPlanFile(path);
  if (!plan.doc) return plan.exitCode;
  const WinLossReport report = winLossReport(*plan.doc, currentYear());
  if (json) std::cout << winLossJson(report).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  else printReport(std::cout, *plan.doc, report);
  return kExitOk;
}

}  // namespace

int runWinLoss(const Arguments& arguments) {
  if (arguments.empty()) return usageError("winloss needs import or report");
  const Arguments rest(arguments.begin() + 1, arguments.end());
  if (arguments[0] == "import") return runImport(rest);
  if (arguments[0] == "report") return runReport(rest);
  return usageError("winloss: unknown subcommand '" + arguments[0] + "' (expected import or report)");
}

}  // namespace gp::cli
