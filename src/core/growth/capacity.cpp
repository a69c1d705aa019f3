#include "core/growth/capacity.h"

#include <algorithm>

#include "core/growth/waterfall.h"

namespace gp {

double rampFactor(int monthOfEmployment, int rampMonths) {
  if (monthOfEmployment < 1) return 0;
  if (rampMonths <= 0 || monthOfEmployment > rampMonths) return 1;
  return static_cast<double>(monthOfEmployment) / (rampMonths + 1);
}

CapacityResult computeCapacity(const GrowthAssumptions& a, const PlanPeriod& period) {
  CapacityResult result;
  const WaterfallResult waterfall = computeWaterfall(a, period);
  result.issues = waterfall.issues;
  if (!result.ok()) return result;

  const double monthlyQuota = a.capacity.quotaPerRep / period.months;
  std::vector<double> byMonth(static_cast<size_t>(period.months), a.capacity.reps * monthlyQuota);
  for (const auto& hire : a.capacity.newHires)
    for (int month = hire.startMonth; month <= period.months; ++month) {
      const double quota = monthlyQuota * rampFactor(month - hire.startMonth + 1, hire.rampMonths);
      byMonth[static_cast<size_t>(month - 1)] += quota;
      result.newHireCapacity += quota;
    }

  result.target = a.target;
  result.existingRepsCapacity = a.capacity.reps * a.capacity.quotaPerRep;
  result.capacity = result.existingRepsCapacity + result.newHireCapacity;
  result.gap = a.target - result.capacity;
  result.capacityCoverage = result.capacity / a.target;
  for (const auto& p : waterfall.periods) {
    double sum = 0;
    for (int m = 0; m < p.slot.months; ++m) sum += byMonth[static_cast<size_t>(p.slot.firstMonth + m)];
    result.capacityByPeriod.push_back(sum);
  }

  const size_t stages = waterfall.total.exact.size();
  const double opportunities = waterfall.total.exact[stages - 2], won = waterfall.total.exact[stages - 1];
  result.openPipeline = a.openPipeline;
  result.pipelineCoverage = a.openPipeline / a.target;
  result.requiredPipeline = opportunities * a.averageDealSize;
  result.requiredCoverage = result.requiredPipeline / a.target;
  result.openPipelineExpectedRevenue = a.openPipeline * (won / opportunities);
  return result;
}

}  // namespace gp
