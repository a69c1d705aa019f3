#include "core/outcome/summary_model.h"

namespace gp {

namespace {

std::string periodText(const PlanInfo& plan) {
  if (plan.periodStart.empty() && plan.periodEnd.empty()) return "Not set";
  if (plan.periodEnd.empty()) return "From " + plan.periodStart;
  if (plan.periodStart.empty()) return "Until " + plan.periodEnd;
  return plan.periodStart + " to " + plan.periodEnd;
}

}  // namespace

SummaryTone teamTone(Team team) {
  switch (team) {
    case Team::marketing: return SummaryTone::marketing;
    case Team::sales: return SummaryTone::sales;
    case Team::leadership: return SummaryTone::leadership;
    case Team::other: break;
  }
  return SummaryTone::plain;
}

SummaryTable figureTable(std::string caption, std::vector<std::string> columns) {
  std::vector<bool> numeric(columns.size(), true);
  if (!numeric.empty()) numeric.front() = false;
  return SummaryTable{std::move(caption), std::move(columns), std::move(numeric), {}};
}

Summary buildSummary(const Document& doc, const SummaryOptions& options) {
  Summary summary;
  summary.company = doc.plan.company;
  summary.title = doc.plan.title.empty() ? std::string("Growth plan") : doc.plan.title;
  summary.facts.push_back({"Plan period", periodText(doc.plan)});
  if (!doc.plan.currency.empty()) summary.facts.push_back({"Currency", doc.plan.currency});
  if (!options.today.empty()) summary.facts.push_back({"Generated", options.today});
  summary.sections.push_back(goalSection(doc, options));
  summary.sections.push_back(slaSection(doc, options));
  summary.sections.push_back(agreedTermsSection(doc));
  summary.sections.push_back(diagnosticSection(doc));
  summary.sections.push_back(workshopOutcomeSection(doc, options));
  summary.sections.push_back(signOffSection(doc));
  return summary;
}

}  // namespace gp
