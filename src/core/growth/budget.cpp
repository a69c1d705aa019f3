#include "core/growth/budget.h"

#include "core/text/rounding.h"
#include "core/growth/waterfall.h"

namespace gp {

BudgetResult computeBudget(const GrowthAssumptions& a, const PlanPeriod& period) {
  BudgetResult result;
  const WaterfallResult waterfall = computeWaterfall(a, period);
  result.issues = waterfall.issues;
  if (!result.ok()) return result;

  result.leadStageName = waterfall.stageNames.front();
  if (a.sources.empty()) {
    result.marketingLeadsExact = waterfall.total.exact.front();
  } else {
    for (size_t i = 0; i < a.sources.size(); ++i)
      if (a.sources[i].marketingSourced) result.marketingLeadsExact += waterfall.sources[i].counts.exact.front();
  }
  result.marketingLeads = requiredCount(result.marketingLeadsExact);
  result.budget = a.budget.amount;
  result.costKnown = !a.budget.channels.empty();
  for (const auto& channel : a.budget.channels) {
    const double leads = result.marketingLeadsExact * channel.share;
    result.costPerLead += channel.share * channel.costPerLead;
    result.channels.push_back(ChannelCost{channel.id, channel.name, requiredCount(leads), leads * channel.costPerLead});
    result.cost += leads * channel.costPerLead;
  }
  if (result.costKnown) {
    result.moneyGap = result.cost - result.budget;
    result.affordableLeads = result.costPerLead > 0 ? affordableCount(result.budget / result.costPerLead) : 0;
    result.leadsGap = result.marketingLeads - result.affordableLeads;
  }
  return result;
}

}  // namespace gp
