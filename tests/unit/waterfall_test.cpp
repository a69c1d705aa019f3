#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <random>

#include "core/growth/growth_validation.h"
#include "core/text/rounding.h"
#include "core/growth/waterfall.h"

using namespace gp;

namespace {

const PlanPeriod k2027{2027, 1, 12};

// The issue's example: 1,200,000 target, 30,000 per deal, 20% / 40% / 50% / 25%.
GrowthAssumptions example() {
  GrowthAssumptions a = defaultGrowthAssumptions();
  a.sources.clear();
  return a;
}

std::vector<double> required(const StageCounts& counts) { return counts.required; }

WaterfallResult computeOk(const GrowthAssumptions& a, const PlanPeriod& period = k2027) {
  WaterfallResult result = computeWaterfall(a, period);
  for (const auto& issue : result.issues) MESSAGE(describe(issue));
  REQUIRE(result.ok());
  return result;
}

std::vector<std::string> messagesOf(const GrowthAssumptions& a, const PlanPeriod& period = k2027) {
  std::vector<std::string> messages;
  for (const auto& issue : validateAssumptions(a, period)) messages.push_back(describe(issue));
  return messages;
}

bool contains(const std::vector<std::string>& messages, const std::string& wanted) {
  for (const auto& message : messages)
    if (message == wanted) return true;
  return false;
}

}  // namespace

TEST_CASE("the example: 1,200,000 at 30,000 per deal and 20/40/50/25% needs 40 wins and 4,000 leads") {
  const WaterfallResult result = computeOk(example());
  CHECK(result.stageNames == std::vector<std::string>{"Lead", "MQL", "SQL", "Opportunity", "Won"});
  CHECK(required(result.total) == std::vector<double>{4000, 800, 320, 160, 40});
  REQUIRE(result.sources.size() == 1);
  CHECK(result.sources[0].name == "All sources");
  REQUIRE(result.periods.size() == 4);
  const char* labels[] = {"2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"};
  for (size_t p = 0; p < 4; ++p) {
    CAPTURE(p);
    CHECK(result.periods[p].slot.label == labels[p]);
    CHECK(result.periods[p].weight == doctest::Approx(0.25));
    CHECK(result.periods[p].revenue == doctest::Approx(300000));
    CHECK(required(result.periods[p].counts) == std::vector<double>{1000, 200, 80, 40, 10});
  }
  // 90 days before 1 January 2027 is 3 October 2026: Q1's leads must enter the funnel in Q4 of 2026.
  CHECK(result.periods[0].leadsCreatedIn == "2026-Q4");
  CHECK(result.periods[1].leadsCreatedIn == "2027-Q1");  // 1 April - 90 days = 1 January
  CHECK(result.periods[2].leadsCreatedIn == "2027-Q2");
  CHECK(result.periods[3].leadsCreatedIn == "2027-Q3");
}

TEST_CASE("the default sources split the same funnel 60/40 without changing the totals") {
  const WaterfallResult result = computeOk(defaultGrowthAssumptions());
  CHECK(required(result.total) == std::vector<double>{4000, 800, 320, 160, 40});
  REQUIRE(result.sources.size() == 2);
  CHECK(result.sources[0].name == "Marketing-sourced");
  CHECK(required(result.sources[0].counts) == std::vector<double>{2400, 480, 192, 96, 24});
  CHECK(required(result.sources[1].counts) == std::vector<double>{1600, 320, 128, 64, 16});
  CHECK(result.sources[0].revenue == doctest::Approx(720000));
  REQUIRE(result.periods[0].bySource.size() == 2);
  CHECK(required(result.periods[0].bySource[0]) == std::vector<double>{600, 120, 48, 24, 6});
}

TEST_CASE("uneven period weights split the target by weight") {
  GrowthAssumptions a = example();
  a.periodWeights = {1, 2, 3, 4};
  const WaterfallResult result = computeOk(a);
  REQUIRE(result.periods.size() == 4);
  CHECK(required(result.periods[0].counts) == std::vector<double>{400, 80, 32, 16, 4});
  CHECK(required(result.periods[1].counts) == std::vector<double>{800, 160, 64, 32, 8});
  CHECK(required(result.periods[2].counts) == std::vector<double>{1200, 240, 96, 48, 12});
  CHECK(required(result.periods[3].counts) == std::vector<double>{1600, 320, 128, 64, 16});
  CHECK(result.periods[3].weight == doctest::Approx(0.4));
  CHECK(required(result.total) == std::vector<double>{4000, 800, 320, 160, 40});
}

TEST_CASE("per-period counts are rounded from their own exact values and may add up to more than the total") {
  GrowthAssumptions a = example();
  a.target = 1000000;  // 33.33 deals
  a.periods = PeriodGranularity::monthly;
  const WaterfallResult result = computeOk(a);
  CHECK(result.total.exact[4] == doctest::Approx(100.0 / 3));
  CHECK(result.total.required[4] == 34);
  REQUIRE(result.periods.size() == 12);
  double sum = 0;
  for (const auto& period : result.periods) {
    CHECK(period.counts.required[4] == 3);  // 2.78 each, rounded up
    sum += period.counts.required[4];
  }
  CHECK(sum == 36);
  CHECK(result.periods[0].slot.label == "2027-01");
  CHECK(result.periods[11].slot.label == "2027-12");
}

TEST_CASE("the sales-cycle lag reaches back across a year boundary, month by month") {
  GrowthAssumptions a = example();
  a.periods = PeriodGranularity::monthly;
  a.salesCycleDays = 45;
  const WaterfallResult result = computeOk(a);
  CHECK(result.periods[0].leadsCreatedIn == "2026-11");  // 1 Jan - 45 days = 17 Nov 2026
  CHECK(result.periods[1].leadsCreatedIn == "2026-12");  // 1 Feb - 45 days = 18 Dec 2026
  CHECK(result.periods[2].leadsCreatedIn == "2027-01");  // 1 Mar - 45 days = 15 Jan 2027
  a.salesCycleDays = 0;
  CHECK(computeOk(a).periods[0].leadsCreatedIn == "2027-01");
  a.salesCycleDays = 400;
  CHECK(computeOk(a).periods[0].leadsCreatedIn == "2025-11");  // 1 Jan 2027 - 400 days = 27 Nov 2025
}

TEST_CASE("a plan that does not start on a quarter has shorter first and last quarters, weighted by months") {
  GrowthAssumptions a = example();
  const WaterfallResult result = computeOk(a, PlanPeriod{2027, 2, 12});
  REQUIRE(result.periods.size() == 5);
  CHECK(result.periods[0].slot.label == "2027-Q1");
  CHECK(result.periods[0].slot.startDate == "2027-02-01");
  CHECK(result.periods[0].slot.months == 2);
  CHECK(result.periods[4].slot.label == "2028-Q1");
  CHECK(result.periods[4].slot.months == 1);
  CHECK(required(result.periods[0].counts) == std::vector<double>{667, 134, 54, 27, 7});  // 2/12 of the total
  CHECK(required(result.periods[1].counts) == std::vector<double>{1000, 200, 80, 40, 10});
  CHECK(result.periods[0].leadsCreatedIn == "2026-Q4");  // 1 Feb 2027 - 90 days = 3 Nov 2026
}

TEST_CASE("sources with their own conversion rates are computed backwards with those rates") {
  GrowthAssumptions a = example();
  a.sources = {
      {"m", "Marketing-sourced", 0.5, true, {}},
      {"s", "Sales-sourced", 0.5, false, {{"stage-sql", 0.8}, {"stage-opportunity", 0.4}}},
  };
  const WaterfallResult result = computeOk(a);
  // Marketing: 20 wins -> 80 opportunities -> 160 SQLs -> 400 MQLs -> 2,000 leads.
  CHECK(required(result.sources[0].counts) == std::vector<double>{2000, 400, 160, 80, 20});
  // Sales: 20 wins / 40% = 50 opportunities / 80% = 62.5 SQLs / 40% = 156.25 MQLs / 20% = 781.25 leads.
  CHECK(result.sources[1].counts.exact[0] == doctest::Approx(781.25));
  CHECK(required(result.sources[1].counts) == std::vector<double>{782, 157, 63, 50, 20});
  // Totals add the exact values, then round: 2,781.25 leads, 556.25 MQLs, 222.5 SQLs.
  CHECK(required(result.total) == std::vector<double>{2782, 557, 223, 130, 40});
}

TEST_CASE("350 / 0.35 needs 1,000, not 1,001") {
  GrowthAssumptions a;
  a.target = 350;
  a.averageDealSize = 1;
  a.stages = {{"o", "Opportunity", "", 0.35}, {"w", "Won", "", 0}};
  const WaterfallResult result = computeOk(a);
  CHECK(result.total.exact[0] != 1000.0);
  CHECK(result.total.required[0] == 1000);
  CHECK(result.total.required[1] == 350);
}

TEST_CASE("renamed, added and removed stages flow through") {
  GrowthAssumptions a = example();
  a.stages.erase(a.stages.begin() + 1);  // no MQL: Lead -> SQL at 20%
  a.stages[3].name = "Closed won";
  const WaterfallResult result = computeOk(a);
  CHECK(result.stageNames == std::vector<std::string>{"Lead", "SQL", "Opportunity", "Closed won"});
  CHECK(required(result.total) == std::vector<double>{1600, 320, 160, 40});
  a.stages.insert(a.stages.begin(), FunnelStage{"visit", "Visit", "", 0.02});
  CHECK(computeOk(a).total.required[0] == 80000);
}

TEST_CASE("invalid inputs are reported on their field, and never give NaN or infinity") {
  GrowthAssumptions a = defaultGrowthAssumptions();
  a.stages[2].conversionRate = 0;
  a.stages[3].conversionRate = 1.2;
  a.averageDealSize = 0;
  a.target = -5;
  a.sources[0].share = 0.5;
  a.salesCycleDays = -1;
  a.openPipeline = -1;
  a.capacity.reps = -2;
  const auto messages = messagesOf(a);
  CHECK(contains(messages, "growth.stages[2].conversionRate: conversion rate must be more than 0% and at most 100%"));
  CHECK(contains(messages, "growth.stages[3].conversionRate: conversion rate must be more than 0% and at most 100%"));
  CHECK(contains(messages, "growth.averageDealSize: must be more than 0"));
  CHECK(contains(messages, "growth.target: must be more than 0"));
  CHECK(contains(messages, "growth.sources: shares add up to 90%; they must add up to 100%"));
  CHECK(contains(messages, "growth.salesCycleDays: must be 0 or more"));
  CHECK(contains(messages, "growth.openPipeline: must be 0 or more"));
  CHECK(contains(messages, "growth.capacity.reps: must be 0 or more"));
  const WaterfallResult result = computeWaterfall(a, k2027);
  CHECK_FALSE(result.ok());
  CHECK(result.total.exact.empty());
  CHECK(result.periods.empty());
}

TEST_CASE("boundary inputs: 100% rates, one stage, NaN, infinity, wrong weights, extreme magnitudes") {
  GrowthAssumptions a = example();
  for (auto& stage : a.stages) stage.conversionRate = 1;
  CHECK(required(computeOk(a).total) == std::vector<double>{40, 40, 40, 40, 40});

  a = example();
  a.target = std::nan("");
  a.averageDealSize = std::numeric_limits<double>::infinity();
  CHECK(messagesOf(a) == std::vector<std::string>{"growth.target: must be more than 0",
                                                  "growth.averageDealSize: must be at most 1,000,000,000,000,000"});

  a = example();
  a.stages.resize(1);
  CHECK(messagesOf(a) == std::vector<std::string>{"growth.stages: the funnel needs at least two stages, e.g. Lead and Won"});

  a = example();
  a.stages[1].name = "Lead";
  a.stages[2].name = " ";
  a.stages[3].id = "stage-lead";
  CHECK(messagesOf(a) == std::vector<std::string>{"growth.stages[2].name: enter a name",
                                                  "growth.stages[3].id: the id \"stage-lead\" is used twice",
                                                  "growth.stages[1].name: another stage is already called “Lead”"});

  a = example();
  a.periodWeights = {1, 2, 3};
  CHECK(messagesOf(a) == std::vector<std::string>{
                             "growth.periodWeights: 3 weights for 4 periods; give one weight per period, or none for "
                             "periods weighted by their length"});
  a.periodWeights = {0, 0, 0, 0};
  CHECK(messagesOf(a) == std::vector<std::string>{"growth.periodWeights: at least one period needs a weight more than 0"});
  a.periodWeights = {1, -1, 1, 1};
  CHECK(messagesOf(a) == std::vector<std::string>{"growth.periodWeights[1]: must be 0 or more"});
  a.periodWeights = {0, 0, 0, 1};
  CHECK(required(computeOk(a).periods[3].counts) == std::vector<double>{4000, 800, 320, 160, 40});
  CHECK(required(computeOk(a).periods[0].counts) == std::vector<double>{0, 0, 0, 0, 0});

  a = example();
  a.averageDealSize = 1e-10;
  CHECK(messagesOf(a) == std::vector<std::string>{
                             "growth.averageDealSize: gives more than 1,000,000,000,000,000 deals to win; check the "
                             "target and the average deal size"});
  a = example();
  for (size_t i = 0; i + 1 < a.stages.size(); ++i) a.stages[i].conversionRate = 1e-6;
  CHECK(messagesOf(a) == std::vector<std::string>{
                             "growth.stages: needs more than 1,000,000,000,000,000 at stage “MQL”; check the conversion rates"});

  CHECK(messagesOf(example(), PlanPeriod{2027, 1, 0}) ==
        std::vector<std::string>{"plan.periodEnd: the plan period must be 1 to 120 months long"});
  CHECK(computeWaterfall(example(), PlanPeriod{2027, 1, 500}).issues.size() == 1);
}

TEST_CASE("source and budget checks: own rates must name a stage before the last, shares must add up") {
  GrowthAssumptions a = example();
  a.sources = {{"m", "Marketing", 0.7, true, {{"nope", 0.5}, {"stage-won", 0.5}, {"stage-mql", 0}}},
               {"s", "", 0.4, false, {}}};
  a.budget.channels = {{"c1", "Ads", 0, 0.5}, {"c2", "Events", 40, 0.4}};
  a.capacity.newHires = {{"h1", "Kim", 13, -1}};
  CHECK(messagesOf(a) == std::vector<std::string>{
                             "growth.sources[1].name: enter a name",
                             "growth.sources[0].ownRates[0].stageId: no stage has the id \"nope\"",
                             "growth.sources[0].ownRates[1].stageId: the last stage (“Won”) has no conversion rate",
                             "growth.sources[0].ownRates[2].rate: conversion rate must be more than 0% and at most 100%",
                             "growth.sources: shares add up to 110%; they must add up to 100%",
                             "growth.capacity.newHires[0].startMonth: must be a month of the plan, from 1 to 12",
                             "growth.capacity.newHires[0].rampMonths: must be from 0 to 120 months",
                             "growth.budget.channels[0].costPerLead: must be more than 0",
                             "growth.budget.channels: shares add up to 90%; they must add up to 100%",
                         });
  a.sources[0].share = 1.5;
  CHECK(contains(messagesOf(a), "growth.sources[0].share: share must be between 0% and 100%"));
}

TEST_CASE("property: a higher target never needs fewer of anything, and counts are the exact values rounded up") {
  std::mt19937 random(7);
  std::uniform_real_distribution<double> rate(0.01, 1.0), money(1, 5e6), share(0.0, 1.0);
  for (int round = 0; round < 300; ++round) {
    GrowthAssumptions a = example();
    a.averageDealSize = money(random) / 10;
    for (size_t i = 0; i + 1 < a.stages.size(); ++i) a.stages[i].conversionRate = rate(random);
    const double first = share(random);
    a.sources = {{"a", "A", first, true, {{"stage-mql", rate(random)}}}, {"b", "B", 1 - first, false, {}}};
    a.periods = round % 2 ? PeriodGranularity::monthly : PeriodGranularity::quarterly;
    if (round % 3 == 0) a.periodWeights.assign(round % 2 ? 12 : 4, 1.0), a.periodWeights[0] = 3.5;
    a.target = money(random);
    const double higher = a.target * (1 + share(random));
    const WaterfallResult low = computeOk(a);
    a.target = higher;
    const WaterfallResult high = computeOk(a);
    for (size_t i = 0; i < low.total.required.size(); ++i) {
      CHECK(high.total.required[i] >= low.total.required[i]);
      for (size_t p = 0; p < low.periods.size(); ++p)
        CHECK(high.periods[p].counts.required[i] >= low.periods[p].counts.required[i]);
      for (const auto* result : {&low, &high}) {
        const double exact = result->total.exact[i], count = result->total.required[i];
        CHECK(count == std::floor(count));
        CHECK(count >= exact * (1 - 1e-9));  // never rounded down (beyond floating-point noise)
        CHECK(count < exact + 1);
        CHECK(std::isfinite(exact));
      }
    }
  }
}
