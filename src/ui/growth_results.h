// What the growth pages show, computed from the document once per revision (never stored in it):
// the checks on every field, the waterfall, capacity and budget of the plan's own assumptions, and
// the scenario comparison, and the service level agreement's scores.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/growth/budget.h"
#include "core/growth/capacity.h"
#include "core/growth/growth_summary.h"
#include "core/session/history.h"
#include "core/growth/plan_period.h"
#include "core/growth/scenario_comparison.h"
#include "core/sla/sla.h"
#include "core/growth/waterfall.h"

namespace gp::ui {

struct GrowthResults {
  uint64_t revision = 0;
  std::string day;  // of the last update
  PlanPeriod period;
  std::vector<ValidationIssue> issues;  // the whole growth section (validateGrowth), by field
  WaterfallResult waterfall;            // of the plan's own assumptions; its issues make the outputs invalid
  CapacityResult capacity;
  BudgetResult budget;
  std::optional<double> budgetBacked;
  std::vector<RoundingExcess> roundingExcess;
  std::vector<ScenarioOutcome> outcomes;  // base first
  std::vector<ComparisonRow> comparison;
  SlaScorecards sla;  // commitments' targets and actuals per period, for plan against actual

  bool ok() const { return waterfall.ok(); }
  // Recomputes when the document changed; `nowIso` gives the year for a plan without dates.
  void update(const History& history, const std::string& nowIso);
};

}  // namespace gp::ui
