#include "core/growth/scenario_comparison.h"

#include <algorithm>

namespace gp {

std::optional<double> ComparisonRow::delta(size_t outcome) const {
  if (values.empty() || outcome >= values.size() || !values[0] || !values[outcome]) return std::nullopt;
  return *values[outcome] - *values[0];
}

namespace {

template <typename Get>
ComparisonRow row(std::string label, MetricKind kind, bool higherIsBetter, const std::vector<ScenarioOutcome>& outcomes,
                  Get get) {
  ComparisonRow result{std::move(label), kind, higherIsBetter, {}};
  for (const auto& outcome : outcomes)
    result.values.push_back(outcome.waterfall.ok() ? std::optional<double>(get(outcome)) : std::nullopt);
  return result;
}

}  // namespace

std::vector<ComparisonRow> comparisonRows(const std::vector<ScenarioOutcome>& outcomes) {
  std::vector<ComparisonRow> rows;
  rows.push_back(row("Revenue target", MetricKind::money, true, outcomes, [](const ScenarioOutcome& o) { return o.capacity.target; }));
  rows.push_back(row("Average deal size", MetricKind::money, true, outcomes,
                     [](const ScenarioOutcome& o) { return o.capacity.target / o.waterfall.total.exact.back(); }));

  // Stage names in the order they first appear, the won deals (each funnel's last stage) first.
  std::vector<std::string> names;
  for (const auto& outcome : outcomes) {
    const auto& stageNames = outcome.waterfall.stageNames;
    for (auto it = stageNames.rbegin(); it != stageNames.rend(); ++it)
      if (std::find(names.begin(), names.end(), *it) == names.end()) names.push_back(*it);
  }
  for (const auto& name : names) {
    ComparisonRow stage{name, MetricKind::count, false, {}};
    for (const auto& outcome : outcomes) {
      const auto& w = outcome.waterfall;
      const auto at = std::find(w.stageNames.begin(), w.stageNames.end(), name);
      stage.values.push_back(w.ok() && at != w.stageNames.end()
                                 ? std::optional<double>(w.total.required[static_cast<size_t>(at - w.stageNames.begin())])
                                 : std::nullopt);
    }
    rows.push_back(std::move(stage));
  }

  rows.push_back(row("Sales capacity", MetricKind::money, true, outcomes, [](const ScenarioOutcome& o) { return o.capacity.capacity; }));
  rows.push_back(row("Capacity gap", MetricKind::money, false, outcomes,
                     [](const ScenarioOutcome& o) { return std::max(0.0, o.capacity.gap); }));
  rows.push_back(row("Marketing lead cost", MetricKind::money, false, outcomes, [](const ScenarioOutcome& o) { return o.budget.cost; }));
  rows.push_back(row("Budget gap", MetricKind::money, false, outcomes,
                     [](const ScenarioOutcome& o) { return std::max(0.0, o.budget.moneyGap); }));
  rows.push_back(row("Leads the budget misses", MetricKind::count, false, outcomes,
                     [](const ScenarioOutcome& o) { return std::max(0.0, o.budget.leadsGap); }));
  return rows;
}

}  // namespace gp
