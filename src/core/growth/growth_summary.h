// Figures the plan's pages and charts show beside the waterfall, capacity and budget results:
// the revenue the marketing budget can back, a stage's committed and actual counts per period,
// where per-period rounding adds up to more than the total, and custom period weights carried
// over when the plan switches between months and quarters.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/growth/budget.h"
#include "core/growth/growth.h"
#include "core/growth/plan_period.h"
#include "core/sla/sla.h"
#include "core/growth/waterfall.h"

namespace gp {

// The revenue the plan can reach when marketing buys only the leads its budget pays for: the
// marketing-sourced revenue scales down with the share of its leads the budget affords, the rest of
// the target is untouched. Absent when the budget has no channels (nothing prices the leads).
std::optional<double> budgetBackedRevenue(const GrowthAssumptions&, const WaterfallResult&, const BudgetResult&);

// What a commitment of the service level agreement linked to a funnel stage promised and
// delivered each period, for charts of plan against actual.
struct StageActuals {
  std::string metric;
  Team owner = Team::marketing;
  std::vector<double> target;                 // per period of the plan, in time order
  std::vector<std::optional<double>> actual;  // per period; absent where nothing was entered
};
// The first commitment linked to `stageId` that has actuals (else the first one linked), scored;
// absent when no commitment is linked to the stage.
std::optional<StageActuals> stageActuals(const SlaScorecards&, const Document&, const std::string& stageId);

// A stage whose per-period counts, each rounded up on its own, add up to more than its total.
struct RoundingExcess {
  std::string stageName;
  double total = 0;      // the whole plan's count
  double periodSum = 0;  // the sum of the per-period counts
};
std::vector<RoundingExcess> periodRoundingExcess(const WaterfallResult&);

// Custom weights for `from` periods as weights for `to` periods over the same plan: a quarter's
// weight is split over its months by their number, months add up into their quarter. Empty
// weights (periods weighted by their length) stay empty; weights that do not match `from` give empty.
std::vector<double> convertPeriodWeights(const std::vector<double>& weights, const PlanPeriod&, PeriodGranularity from,
                                         PeriodGranularity to);

}  // namespace gp
