#include "core/growth/growth_summary.h"

#include <algorithm>

namespace gp {

std::optional<double> budgetBackedRevenue(const GrowthAssumptions& a, const WaterfallResult& waterfall,
                                          const BudgetResult& budget) {
  if (!waterfall.ok() || !budget.ok() || !budget.costKnown) return std::nullopt;
  double marketingRevenue = 0;
  if (a.sources.empty()) {
    marketingRevenue = a.target;
  } else {
    for (size_t i = 0; i < a.sources.size() && i < waterfall.sources.size(); ++i)
      if (a.sources[i].marketingSourced) marketingRevenue += waterfall.sources[i].revenue;
  }
  if (budget.marketingLeads <= 0) return a.target;
  const double affordable = std::min(1.0, budget.affordableLeads / budget.marketingLeads);
  return a.target - marketingRevenue * (1 - affordable);
}

std::optional<StageActuals> stageActuals(const SlaScorecards& scorecards, const Document& doc, const std::string& stageId) {
  const CommitmentScore* chosen = nullptr;
  for (const TeamScorecard* team : {&scorecards.marketing, &scorecards.sales})
    for (const auto& score : team->commitments) {
      if (score.index >= doc.commitments.size() || doc.commitments[score.index].stageId != stageId || stageId.empty()) continue;
      const bool hasActuals = !doc.commitments[score.index].actuals.empty();
      const bool chosenHasActuals = chosen && !doc.commitments[chosen->index].actuals.empty();
      // Prefer one with actuals, then the one first in the document.
      if (!chosen || (hasActuals && !chosenHasActuals) || (hasActuals == chosenHasActuals && score.index < chosen->index))
        chosen = &score;
    }
  if (!chosen) return std::nullopt;
  const Commitment& commitment = doc.commitments[chosen->index];
  StageActuals result{commitment.metric, commitment.owner, {}, {}};
  for (const auto& period : chosen->periods) {
    result.target.push_back(period.target);
    result.actual.push_back(period.actual);
  }
  return result;
}

std::vector<RoundingExcess> periodRoundingExcess(const WaterfallResult& waterfall) {
  std::vector<RoundingExcess> excess;
  if (!waterfall.ok()) return excess;
  for (size_t stage = 0; stage < waterfall.stageNames.size(); ++stage) {
    double sum = 0;
    for (const auto& period : waterfall.periods) sum += period.counts.required[stage];
    const double total = waterfall.total.required[stage];
    if (sum > total) excess.push_back({waterfall.stageNames[stage], total, sum});
  }
  return excess;
}

std::vector<double> convertPeriodWeights(const std::vector<double>& weights, const PlanPeriod& period,
                                         PeriodGranularity from, PeriodGranularity to) {
  const std::vector<PeriodSlot> fromSlots = periodSlots(period, from);
  if (weights.empty() || weights.size() != fromSlots.size()) return {};
  if (from == to) return weights;
  std::vector<double> byMonth(static_cast<size_t>(std::max(0, period.months)), 0.0);
  for (size_t i = 0; i < fromSlots.size(); ++i)
    for (int m = 0; m < fromSlots[i].months; ++m)
      byMonth[static_cast<size_t>(fromSlots[i].firstMonth + m)] = weights[i] / fromSlots[i].months;
  std::vector<double> result;
  for (const auto& slot : periodSlots(period, to)) {
    double sum = 0;
    for (int m = 0; m < slot.months; ++m) sum += byMonth[static_cast<size_t>(slot.firstMonth + m)];
    result.push_back(sum);
  }
  return result;
}

}  // namespace gp
