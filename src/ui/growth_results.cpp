#include "growth_results.h"

#include <cstdlib>

namespace gp::ui {

void GrowthResults::update(const History& history, const std::string& nowIso) {
  // Measured SLA actuals (a request's wait so far) move on with the day.
  if (revision == history.revision() && revision != 0 && day == nowIso.substr(0, 10)) return;
  revision = history.revision();
  day = nowIso.substr(0, 10);
  const Document& doc = history.doc();
  const int year = nowIso.size() >= 4 ? std::atoi(nowIso.substr(0, 4).c_str()) : 2027;
  period = planPeriodOf(doc.plan, year > 0 ? year : 2027);
  issues = validateGrowth(doc, period);
  const GrowthAssumptions& a = doc.growth.assumptions;
  waterfall = computeWaterfall(a, period);
  capacity = computeCapacity(a, period);
  budget = computeBudget(a, period);
  budgetBacked = budgetBackedRevenue(a, waterfall, budget);
  roundingExcess = periodRoundingExcess(waterfall);
  outcomes = compareScenarios(doc.growth, period);
  comparison = comparisonRows(outcomes);
  sla = scoreSla(doc, period, nowIso);
}

}  // namespace gp::ui
