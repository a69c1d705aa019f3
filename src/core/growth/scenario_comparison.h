// The rows of the side-by-side scenario table: one metric per row, one value per outcome (the base
// first), so the UI only formats and colours them and every delta is computed in one place.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/growth/scenarios.h"

namespace gp {

enum class MetricKind { count, money };

struct ComparisonRow {
  std::string label;            // "Deals to win", "Lead", "Capacity gap"...
  MetricKind kind = MetricKind::count;
  bool higherIsBetter = false;  // how to colour a delta: more capacity is good, more leads needed is not
  std::vector<std::optional<double>> values;  // per outcome; absent when that outcome is invalid or lacks the stage

  // values[i] - values[0]; absent when either is absent.
  std::optional<double> delta(size_t outcome) const;
};

// Rows: target, average deal size, the count needed at every stage (won deals first, matched by
// stage name across outcomes, in the order the stages first appear), sales capacity, capacity gap,
// what the marketing-sourced leads cost, budget gap, and leads the budget does not pay for.
std::vector<ComparisonRow> comparisonRows(const std::vector<ScenarioOutcome>& outcomes);

}  // namespace gp
