// Capacity check: can the sales team carry the target, and does the open pipeline cover it?
#pragma once

#include <vector>

#include "core/growth/growth.h"
#include "core/growth/growth_validation.h"
#include "core/growth/plan_period.h"

namespace gp {

struct CapacityResult {
  std::vector<ValidationIssue> issues;  // when not empty, nothing below is filled in
  double target = 0;
  double existingRepsCapacity = 0;  // reps × quota per rep
  double newHireCapacity = 0;       // new hires' quota from their start month, ramped
  double capacity = 0;              // the two together
  double gap = 0;                   // target - capacity: more than 0 means the team cannot carry the target
  double capacityCoverage = 0;      // capacity / target (1 = exactly enough)
  std::vector<double> capacityByPeriod;  // per period of the waterfall, in time order

  double openPipeline = 0;          // value already open at the start
  double pipelineCoverage = 0;      // openPipeline / target
  double requiredPipeline = 0;      // value of the opportunities the waterfall needs (count × deal size)
  double requiredCoverage = 0;      // requiredPipeline / target (4 at a 25% win rate)
  double openPipelineExpectedRevenue = 0;  // openPipeline × the funnel's overall win rate

  bool ok() const { return issues.empty(); }
};

// Month k of a new hire's ramp (from 1) sells k / (rampMonths + 1) of a full month's quota.
double rampFactor(int monthOfEmployment, int rampMonths);

CapacityResult computeCapacity(const GrowthAssumptions&, const PlanPeriod&);

}  // namespace gp
