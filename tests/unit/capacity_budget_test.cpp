#include <doctest/doctest.h>

#include "core/growth/budget.h"
#include "core/growth/capacity.h"

using namespace gp;

namespace {

const PlanPeriod k2027{2027, 1, 12};

}  // namespace

TEST_CASE("the default plan's four reps at 300,000 carry exactly the 1,200,000 target") {
  const CapacityResult result = computeCapacity(defaultGrowthAssumptions(), k2027);
  REQUIRE(result.ok());
  CHECK(result.capacity == doctest::Approx(1200000));
  CHECK(result.gap == doctest::Approx(0));
  CHECK(result.capacityCoverage == doctest::Approx(1));
  REQUIRE(result.capacityByPeriod.size() == 4);
  CHECK(result.capacityByPeriod[0] == doctest::Approx(300000));
  // 160 opportunities × 30,000 = 4,800,000 of pipeline needed: 4× coverage at a 25% win rate.
  CHECK(result.requiredPipeline == doctest::Approx(4800000));
  CHECK(result.requiredCoverage == doctest::Approx(4));
  CHECK(result.pipelineCoverage == 0);
}

TEST_CASE("new hires add quota from their start month, ramping up") {
  CHECK(rampFactor(1, 2) == doctest::Approx(1.0 / 3));
  CHECK(rampFactor(2, 2) == doctest::Approx(2.0 / 3));
  CHECK(rampFactor(3, 2) == 1);
  CHECK(rampFactor(1, 0) == 1);
  CHECK(rampFactor(0, 2) == 0);

  GrowthAssumptions a = defaultGrowthAssumptions();
  a.capacity = SalesCapacity{2, 120000, {{"h1", "Kim", 4, 2}}};  // 10,000 a month
  a.openPipeline = 600000;
  const CapacityResult result = computeCapacity(a, k2027);
  REQUIRE(result.ok());
  CHECK(result.existingRepsCapacity == doctest::Approx(240000));
  // April 1/3, May 2/3, then seven full months: 8 months of quota.
  CHECK(result.newHireCapacity == doctest::Approx(80000));
  CHECK(result.capacity == doctest::Approx(320000));
  CHECK(result.gap == doctest::Approx(880000));
  CHECK(result.capacityByPeriod[0] == doctest::Approx(60000));
  CHECK(result.capacityByPeriod[1] == doctest::Approx(60000 + 20000));  // 1/3 + 2/3 + 1 of a month
  CHECK(result.pipelineCoverage == doctest::Approx(0.5));
  CHECK(result.openPipelineExpectedRevenue == doctest::Approx(150000));
}

TEST_CASE("the default budget pays exactly for the marketing-sourced leads") {
  const BudgetResult result = computeBudget(defaultGrowthAssumptions(), k2027);
  REQUIRE(result.ok());
  CHECK(result.leadStageName == "Lead");
  CHECK(result.marketingLeads == 2400);  // 60% of 4,000
  CHECK(result.costKnown);
  CHECK(result.costPerLead == 50);
  CHECK(result.cost == doctest::Approx(120000));
  CHECK(result.moneyGap == doctest::Approx(0));
  CHECK(result.affordableLeads == 2400);
  CHECK(result.leadsGap == 0);
}

TEST_CASE("a short budget shows the gap in money and in leads, per channel") {
  GrowthAssumptions a = defaultGrowthAssumptions();
  a.budget = MarketingBudget{100000, {{"ads", "Paid search", 40, 0.75}, {"events", "Events", 200, 0.25}}};
  const BudgetResult result = computeBudget(a, k2027);
  REQUIRE(result.ok());
  CHECK(result.costPerLead == doctest::Approx(80));
  CHECK(result.cost == doctest::Approx(192000));
  CHECK(result.moneyGap == doctest::Approx(92000));
  CHECK(result.affordableLeads == 1250);
  CHECK(result.leadsGap == 1150);
  REQUIRE(result.channels.size() == 2);
  CHECK(result.channels[0].leads == 1800);
  CHECK(result.channels[0].cost == doctest::Approx(72000));
  CHECK(result.channels[1].leads == 600);
  CHECK(result.channels[1].cost == doctest::Approx(120000));
}

TEST_CASE("budget without channels or marketing sources, and with invalid input") {
  GrowthAssumptions a = defaultGrowthAssumptions();
  a.budget.channels.clear();
  BudgetResult result = computeBudget(a, k2027);
  CHECK(result.ok());
  CHECK_FALSE(result.costKnown);
  CHECK(result.marketingLeads == 2400);
  CHECK(result.moneyGap == 0);

  a = defaultGrowthAssumptions();
  a.sources.clear();  // no split: every lead is marketing's to find
  CHECK(computeBudget(a, k2027).marketingLeads == 4000);

  a = defaultGrowthAssumptions();
  a.budget.amount = -1;
  result = computeBudget(a, k2027);
  REQUIRE_FALSE(result.ok());
  CHECK(describe(result.issues[0]) == "growth.budget.amount: must be 0 or more");
  CHECK(result.cost == 0);
  CHECK_FALSE(computeCapacity(a, k2027).ok());
}
