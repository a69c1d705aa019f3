#include "core/growth/waterfall.h"

#include "core/text/rounding.h"

namespace gp {

namespace {

StageCounts countsFrom(std::vector<double> exact) {
  StageCounts counts;
  counts.required.reserve(exact.size());
  for (double value : exact) counts.required.push_back(requiredCount(value));
  counts.exact = std::move(exact);
  return counts;
}

std::vector<double> scaled(const std::vector<double>& values, double factor) {
  std::vector<double> result;
  result.reserve(values.size());
  for (double value : values) result.push_back(value * factor);
  return result;
}

// Each period's fraction of the target: the custom weights normalised, or its share of the months.
std::vector<double> periodFractions(const GrowthAssumptions& a, const std::vector<PeriodSlot>& slots) {
  std::vector<double> fractions;
  double sum = 0;
  for (size_t i = 0; i < slots.size(); ++i) sum += a.periodWeights.empty() ? slots[i].months : a.periodWeights[i];
  for (size_t i = 0; i < slots.size(); ++i)
    fractions.push_back((a.periodWeights.empty() ? slots[i].months : a.periodWeights[i]) / sum);
  return fractions;
}

}  // namespace

WaterfallResult computeWaterfall(const GrowthAssumptions& a, const PlanPeriod& period) {
  WaterfallResult result;
  result.issues = validateAssumptions(a, period);
  if (!result.issues.empty()) return result;

  const size_t stageCount = a.stages.size();
  for (const auto& stage : a.stages) result.stageNames.push_back(stage.name);

  // Backwards from the won deals, per source, with the source's own rates where it has them.
  const double deals = a.target / a.averageDealSize;
  const std::vector<LeadSource> implicit{LeadSource{"", "All sources", 1, false, {}}};
  const auto& sources = a.sources.empty() ? implicit : a.sources;
  std::vector<double> total(stageCount, 0.0);
  for (const auto& source : sources) {
    std::vector<double> exact(stageCount, 0.0);
    exact[stageCount - 1] = deals * source.share;
    for (size_t i = stageCount - 1; i-- > 0;) exact[i] = exact[i + 1] / rateFor(a, source, i);
    for (size_t i = 0; i < stageCount; ++i) total[i] += exact[i];
    result.sources.push_back(WaterfallSource{source.id, source.name, source.share, a.target * source.share, countsFrom(exact)});
  }
  result.total = countsFrom(total);

  const std::vector<PeriodSlot> slots = periodSlots(period, a.periods);
  const std::vector<double> fractions = periodFractions(a, slots);
  for (size_t p = 0; p < slots.size(); ++p) {
    WaterfallPeriod out;
    out.slot = slots[p];
    out.weight = fractions[p];
    out.revenue = a.target * fractions[p];
    out.leadsCreatedIn = periodLabelOfDate(addDays(slots[p].startDate, -a.salesCycleDays), a.periods);
    out.counts = countsFrom(scaled(total, fractions[p]));
    for (const auto& source : result.sources) out.bySource.push_back(countsFrom(scaled(source.counts.exact, fractions[p])));
    result.periods.push_back(std::move(out));
  }
  return result;
}

}  // namespace gp
