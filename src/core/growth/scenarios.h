// Side-by-side comparison of the plan's assumptions with its what-if scenarios.
#pragma once

#include <string>
#include <vector>

#include "core/growth/budget.h"
#include "core/growth/capacity.h"
#include "core/model/document.h"
#include "core/growth/waterfall.h"

namespace gp {

struct ScenarioOutcome {
  std::string id;    // the scenario's id; empty for the plan's own assumptions
  std::string name;  // the scenario's name; "Base plan" for the plan's own assumptions
  WaterfallResult waterfall;
  CapacityResult capacity;
  BudgetResult budget;
};

// The base first, then every scenario in order. An invalid scenario has its issues in each result
// (field paths start with "growth"), the others are computed as usual.
std::vector<ScenarioOutcome> compareScenarios(const GrowthModel&, const PlanPeriod&);

}  // namespace gp
