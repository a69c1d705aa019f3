#include "core/growth/scenarios.h"

namespace gp {

namespace {

ScenarioOutcome outcomeOf(std::string id, std::string name, const GrowthAssumptions& a, const PlanPeriod& period) {
  return ScenarioOutcome{std::move(id), std::move(name), computeWaterfall(a, period), computeCapacity(a, period),
                         computeBudget(a, period)};
}

}  // namespace

std::vector<ScenarioOutcome> compareScenarios(const GrowthModel& growth, const PlanPeriod& period) {
  std::vector<ScenarioOutcome> outcomes;
  outcomes.push_back(outcomeOf("", "Base plan", growth.assumptions, period));
  for (const auto& scenario : growth.scenarios)
    outcomes.push_back(outcomeOf(scenario.meta.id, scenario.name, scenario.assumptions, period));
  return outcomes;
}

}  // namespace gp
