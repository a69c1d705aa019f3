#include <doctest/doctest.h>

#include <algorithm>

#include "core/growth/scenario_comparison.h"

using namespace gp;

namespace {

const PlanPeriod k2027{2027, 1, 12};

const ComparisonRow& rowNamed(const std::vector<ComparisonRow>& rows, const std::string& label) {
  const auto it = std::find_if(rows.begin(), rows.end(), [&](const ComparisonRow& r) { return r.label == label; });
  REQUIRE(it != rows.end());
  return *it;
}

GrowthModel modelWithScenario(GrowthAssumptions scenario) {
  GrowthModel model{defaultGrowthAssumptions(), {}};
  Scenario s;
  s.meta.id = "s1";
  s.name = "Better win rate";
  s.assumptions = std::move(scenario);
  model.scenarios.push_back(s);
  return model;
}

}  // namespace

TEST_CASE("comparison rows put the base first and give each scenario's delta against it") {
  GrowthAssumptions better = defaultGrowthAssumptions();
  better.stages[3].conversionRate = 0.5;  // Opportunity → Won doubles
  better.capacity.reps = 5;
  const auto rows = comparisonRows(compareScenarios(modelWithScenario(better), k2027));

  SUBCASE("the won deals come first among the stages, then the earlier stages backwards") {
    std::vector<std::string> labels;
    for (const auto& r : rows) labels.push_back(r.label);
    const std::vector<std::string> expected{"Revenue target", "Average deal size", "Won", "Opportunity", "SQL", "MQL",
                                            "Lead", "Sales capacity", "Capacity gap", "Marketing lead cost",
                                            "Budget gap", "Leads the budget misses"};
    CHECK(labels == expected);
  }
  SUBCASE("stage counts and deltas") {
    const ComparisonRow& leads = rowNamed(rows, "Lead");
    REQUIRE(leads.values.size() == 2);
    CHECK(*leads.values[0] == 4000);
    CHECK(*leads.values[1] == 2000);
    CHECK(*leads.delta(1) == -2000);
    CHECK(!leads.higherIsBetter);
    CHECK(*rowNamed(rows, "Won").delta(1) == 0);
    CHECK(*rowNamed(rows, "Average deal size").values[0] == doctest::Approx(30000));
  }
  SUBCASE("capacity and budget") {
    CHECK(*rowNamed(rows, "Sales capacity").delta(1) == doctest::Approx(300000));
    CHECK(rowNamed(rows, "Sales capacity").higherIsBetter);
    CHECK(*rowNamed(rows, "Capacity gap").values[0] == doctest::Approx(0));
    // Half the leads cost half as much: the default budget of 120,000 now has 60,000 to spare,
    // which is no gap (gaps never go below 0).
    CHECK(*rowNamed(rows, "Marketing lead cost").values[1] == doctest::Approx(60000));
    CHECK(*rowNamed(rows, "Budget gap").values[1] == 0);
  }
}

TEST_CASE("an invalid scenario has no values, and no deltas") {
  GrowthAssumptions broken = defaultGrowthAssumptions();
  broken.stages[0].conversionRate = 1.5;
  const auto rows = comparisonRows(compareScenarios(modelWithScenario(broken), k2027));
  for (const auto& r : rows) {
    REQUIRE(r.values.size() == 2);
    CHECK(r.values[0].has_value());
    CHECK(!r.values[1].has_value());
    CHECK(!r.delta(1).has_value());
  }
}

TEST_CASE("stages are matched by name when a scenario's funnel differs") {
  GrowthAssumptions shorter = defaultGrowthAssumptions();
  shorter.stages.erase(shorter.stages.begin() + 2);  // no SQL stage
  shorter.stages[1].conversionRate = 0.2;            // MQL → Opportunity
  const auto rows = comparisonRows(compareScenarios(modelWithScenario(shorter), k2027));
  const ComparisonRow& sql = rowNamed(rows, "SQL");
  CHECK(*sql.values[0] == 320);
  CHECK(!sql.values[1].has_value());
  CHECK(*rowNamed(rows, "MQL").values[1] == 800);
}
