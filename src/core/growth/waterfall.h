// The reverse demand waterfall: from the revenue target back to the deals to win and the count
// needed at every earlier stage, for the whole plan, per period and per source. Counts are
// computed from exact (unrounded) values; each shown count is requiredCount(exact) (rounding.h),
// so per-period counts may add up to a little more than the total.
#pragma once

#include <string>
#include <vector>

#include "core/growth/growth.h"
#include "core/growth/growth_validation.h"
#include "core/growth/plan_period.h"

namespace gp {

// Per stage, in funnel order (first stage first; the last is the won deals).
struct StageCounts {
  std::vector<double> exact;     // unrounded
  std::vector<double> required;  // requiredCount(exact): whole numbers
};

struct WaterfallSource {
  std::string id;
  std::string name;
  double share = 0;
  double revenue = 0;  // its part of the target
  StageCounts counts;
};

struct WaterfallPeriod {
  PeriodSlot slot;             // label "2027-Q1", start date, months
  double weight = 0;           // its fraction of the target (all periods add up to 1)
  double revenue = 0;          // its part of the target
  std::string leadsCreatedIn;  // label of the period containing slot.startDate - salesCycleDays
  StageCounts counts;                   // all sources together
  std::vector<StageCounts> bySource;    // same order as WaterfallResult::sources
};

struct WaterfallResult {
  std::vector<ValidationIssue> issues;  // when not empty, nothing below is filled in
  std::vector<std::string> stageNames;
  StageCounts total;
  std::vector<WaterfallSource> sources;  // one per source (one implicit "All sources" when none are set)
  std::vector<WaterfallPeriod> periods;  // in time order

  bool ok() const { return issues.empty(); }
};

// Never produces NaN or infinity: invalid assumptions give a result with only `issues`.
WaterfallResult computeWaterfall(const GrowthAssumptions&, const PlanPeriod&);

}  // namespace gp
