// growthplan feedback report PLAN [--json]: what became of the leads marketing handed to sales,
// per period, campaign and source, the rejection reasons and the follow-up times.
#include <algorithm>
#include <iostream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "core/loops/lead_report.h"
#include "core/loops/lead_report_json.h"
#include "core/text/number_text.h"
#include "plan_file.h"

namespace gp::cli {

namespace {

// Characters, not bytes, so names with accents line up.
size_t displayWidth(const std::string& text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void printTable(std::ostream& out, const std::vector<std::vector<std::string>>& rows) {
  std::vector<size_t> widths;
  for (const auto& row : rows)
    for (size_t c = 0; c < row.size(); ++c) {
      if (widths.size() <= c) widths.push_back(0);
      widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
  for (const auto& row : rows) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      const std::string padding(widths[c] - displayWidth(row[c]), ' ');
      line += c == 0 ? row[c] + padding : "  " + padding + row[c];
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << "\n";
  }
}

std::string rateText(const std::optional<double>& rate) { return rate ? formatPercent(*rate, 1) : "—"; }
std::string hoursText(const std::optional<double>& hours) { return hours ? formatNumber(*hours, 2) + " h" : "—"; }
std::string named(const std::string& name, const char* none) { return name.empty() ? none : name; }

std::vector<std::string> outcomeCells(const std::string& label, const LeadOutcomes& o) {
  return {label,
          formatCount(static_cast<double>(o.handedOver)),
          formatCount(static_cast<double>(o.accepted)),
          formatCount(static_cast<double>(o.rejected)),
          formatCount(static_cast<double>(o.recycled)),
          formatCount(static_cast<double>(o.open)),
          rateText(o.acceptanceRate())};
}

void printGroups(std::ostream& out, const char* title, const std::vector<LeadGroupRow>& groups, const char* none) {
  std::vector<std::vector<std::string>> rows{{title, "Handed over", "Accepted", "Rejected", "Recycled", "Open", "Acceptance"}};
  for (const auto& group : groups) rows.push_back(outcomeCells(named(group.name, none), group.outcomes));
  printTable(out, rows);
}

void printReadable(std::ostream& out, const Document& doc, const LeadReport& report) {
  if (!doc.plan.company.empty() || !doc.plan.title.empty())
    out << doc.plan.company << (doc.plan.company.empty() || doc.plan.title.empty() ? "" : " — ") << doc.plan.title << "\n";
  if (report.empty()) {
    out << "No lead outcomes yet: import a CRM export with 'growthplan feedback import PLAN LEADS.csv'.\n";
    return;
  }
  out << formatCount(static_cast<double>(report.total.handedOver)) << " leads handed to sales, acceptance rate "
      << rateText(report.total.acceptanceRate()) << "; follow-up median " << hoursText(report.followUp.medianHours)
      << ", p90 " << hoursText(report.followUp.p90Hours) << "\n\n";

  std::vector<std::vector<std::string>> rows{
      {"Period", "Handed over", "Accepted", "Rejected", "Recycled", "Open", "Acceptance", "Touched", "Median", "P90"}};
  for (const auto& period : report.periods) {
    auto row = outcomeCells(period.period + (period.inPlan ? "" : " *"), period.outcomes);
    row.push_back(formatCount(static_cast<double>(period.followUp.touched)));
    row.push_back(hoursText(period.followUp.medianHours));
    row.push_back(hoursText(period.followUp.p90Hours));
    rows.push_back(std::move(row));
  }
  printTable(out, rows);
  if (std::any_of(report.periods.begin(), report.periods.end(), [](const auto& p) { return !p.inPlan; }))
    out << "* outside the plan's months\n";
  out << "\n";
  printGroups(out, "Campaign", report.byCampaign, "(no campaign)");
  out << "\n";
  printGroups(out, "Source", report.bySource, "(no source)");
  if (!report.reasons.empty()) {
    out << "\n";
    std::vector<std::vector<std::string>> reasonRows{{"Rejection reason", "Leads", "Share"}};
    for (const auto& reason : report.reasons)
      reasonRows.push_back({named(reason.reason, "(no reason given)"), formatCount(static_cast<double>(reason.count)),
                            formatPercent(reason.share, 1)});
    printTable(out, reasonRows);
  }
  const auto flags = campaignRejectionFlags(doc);
  for (const auto& flag : flags)
    out << "\nFlag: sales rejects " << formatPercent(flag.rejectionRate, 1) << " of " << flag.campaignName
        << "'s decided leads (" << formatPercent(flag.overallRate, 1) << " on average)";
  if (!flags.empty()) out << "\n";
}

}  // namespace

int runFeedbackReport(const Arguments& arguments) {
  std::string path;
  bool json = false;
  for (const auto& argument : arguments) {
    if (argument == "--json") {
      json = true;
    } else if (argument.size() > 1 && argument[0] == '-') {
      return usageError("feedback report: unknown option '" + argument + "'");
    } else if (!path.empty()) {
      return usageError("feedback report: unexpected argument '" + argument + "'");
    } else {
      path = argument;
    }
  }
  if (path.empty()) return usageError("feedback report needs a PLAN");
  const LoadedPlan plan = loadPlanFile(path);
  if (!plan.doc) return plan.exitCode;
  const LeadReport report = buildLeadReport(*plan.doc);
  if (json) {
    std::cout << leadReportJson(report).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  } else {
    printReadable(std::cout, *plan.doc, report);
  }
  return kExitOk;
}

}  // namespace gp::cli
