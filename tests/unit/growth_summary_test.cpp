#include <doctest/doctest.h>

#include <algorithm>

#include "core/growth/growth_summary.h"

using namespace gp;

namespace {

const PlanPeriod k2027{2027, 1, 12};

}  // namespace

TEST_CASE("the budget backs the whole target when it pays for every marketing-sourced lead") {
  const GrowthAssumptions a = defaultGrowthAssumptions();
  const WaterfallResult w = computeWaterfall(a, k2027);
  const BudgetResult b = computeBudget(a, k2027);
  REQUIRE(budgetBackedRevenue(a, w, b).has_value());
  CHECK(*budgetBackedRevenue(a, w, b) == doctest::Approx(1200000));

  SUBCASE("half the budget backs half of the marketing-sourced revenue") {
    GrowthAssumptions half = a;
    half.budget.amount = 60000;  // 1,200 of the 2,400 marketing leads
    const double backed = *budgetBackedRevenue(half, computeWaterfall(half, k2027), computeBudget(half, k2027));
    CHECK(backed == doctest::Approx(1200000 - 720000 * 0.5));
  }
  SUBCASE("more budget than needed backs no more than the target") {
    GrowthAssumptions rich = a;
    rich.budget.amount = 1e6;
    CHECK(*budgetBackedRevenue(rich, computeWaterfall(rich, k2027), computeBudget(rich, k2027)) == doctest::Approx(1200000));
  }
  SUBCASE("without channels nothing prices the leads") {
    GrowthAssumptions unpriced = a;
    unpriced.budget.channels.clear();
    CHECK(!budgetBackedRevenue(unpriced, computeWaterfall(unpriced, k2027), computeBudget(unpriced, k2027)));
  }
}

TEST_CASE("per-period rounding that adds up to more than the total is reported per stage") {
  GrowthAssumptions a = defaultGrowthAssumptions();
  a.target = 1230000;  // 41 deals: 10.25 per quarter, each rounded up to 11
  const auto excess = periodRoundingExcess(computeWaterfall(a, k2027));
  REQUIRE(!excess.empty());
  const auto won = std::find_if(excess.begin(), excess.end(), [](const RoundingExcess& e) { return e.stageName == "Won"; });
  REQUIRE(won != excess.end());
  CHECK(won->total == 41);
  CHECK(won->periodSum == 44);

  CHECK(periodRoundingExcess(computeWaterfall(defaultGrowthAssumptions(), k2027)).empty());
}

TEST_CASE("custom weights carry over between quarters and months") {
  const std::vector<double> quarters{0.2, 0.25, 0.25, 0.3};
  const auto months = convertPeriodWeights(quarters, k2027, PeriodGranularity::quarterly, PeriodGranularity::monthly);
  REQUIRE(months.size() == 12);
  CHECK(months[0] == doctest::Approx(0.2 / 3));
  CHECK(months[11] == doctest::Approx(0.1));
  const auto back = convertPeriodWeights(months, k2027, PeriodGranularity::monthly, PeriodGranularity::quarterly);
  REQUIRE(back.size() == 4);
  for (size_t i = 0; i < 4; ++i) CHECK(back[i] == doctest::Approx(quarters[i]));

  SUBCASE("a plan starting mid-quarter splits by the months inside the plan") {
    const PlanPeriod fromFeb{2027, 2, 12};  // Feb 2027 - Jan 2028: 2027-Q1 has two months
    const auto q = convertPeriodWeights(std::vector<double>(12, 1.0), fromFeb, PeriodGranularity::monthly,
                                        PeriodGranularity::quarterly);
    REQUIRE(q.size() == 5);
    CHECK(q[0] == doctest::Approx(2));
    CHECK(q[4] == doctest::Approx(1));
  }
  CHECK(convertPeriodWeights({}, k2027, PeriodGranularity::quarterly, PeriodGranularity::monthly).empty());
  CHECK(convertPeriodWeights({1, 2}, k2027, PeriodGranularity::quarterly, PeriodGranularity::monthly).empty());
}

TEST_CASE("a commitment linked to a stage gives that stage's committed and actual counts per period") {
  Document doc;
  doc.growth.assumptions = defaultGrowthAssumptions();
  Commitment unlinked;
  unlinked.meta.id = "c1";
  unlinked.metric = "Follow-up within";
  unlinked.unit = MetricUnit::hours;
  unlinked.target = 24;
  unlinked.direction = Direction::atMost;
  unlinked.actuals = {{"2027-Q1", 20}};
  Commitment mqls;
  mqls.meta.id = "c2";
  mqls.owner = Team::marketing;
  mqls.metric = "MQLs delivered per quarter";
  mqls.stageId = "stage-mql";
  mqls.actuals = {{"2027-Q1", 100}};
  doc.commitments = {unlinked, mqls};

  const auto actuals = stageActuals(scoreSla(doc, k2027, "2027-06-01T00:00:00Z"), doc, "stage-mql");
  REQUIRE(actuals.has_value());
  CHECK(actuals->metric == "MQLs delivered per quarter");
  REQUIRE(actuals->target.size() == 4);
  // Marketing's share: 60% of 800 MQLs, a quarter each.
  CHECK(actuals->target[0] == doctest::Approx(120));
  REQUIRE(actuals->actual.size() == 4);
  CHECK(*actuals->actual[0] == 100);
  CHECK(!actuals->actual[1].has_value());

  CHECK(!stageActuals(scoreSla(doc, k2027, "2027-06-01T00:00:00Z"), doc, "stage-sql").has_value());
  CHECK(!stageActuals(scoreSla(doc, k2027, "2027-06-01T00:00:00Z"), doc, "").has_value());
}
