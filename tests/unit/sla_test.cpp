// The service level agreement: met / at risk / missed at and around the boundaries, targets taken
// from the waterfall, the two teams' scorecards, and checks of commitments.
#include <doctest/doctest.h>

#include <cmath>

#include "core/growth/growth.h"
#include "core/sla/sla.h"

using namespace gp;

namespace {

// 2027, quarterly, the default assumptions: 800 MQLs in total, 60% of them marketing-sourced.
Document planOf2027() {
  Document doc;
  doc.plan.periodStart = "2027-01-01";
  doc.plan.periodEnd = "2027-12-31";
  doc.growth.assumptions = defaultGrowthAssumptions();
  return doc;
}

const PlanPeriod k2027{2027, 1, 12};

Commitment commitment(Team owner, std::string metric, double target, Direction direction = Direction::atLeast) {
  static int made = 0;
  Commitment c;
  c.meta.id = "c-" + std::to_string(++made);
  c.owner = owner;
  c.metric = std::move(metric);
  c.target = target;
  c.direction = direction;
  return c;
}

std::vector<std::string> fieldsOf(const std::vector<ValidationIssue>& issues) {
  std::vector<std::string> fields;
  for (const auto& issue : issues) fields.push_back(issue.field);
  return fields;
}

}  // namespace

TEST_CASE("at least: met on or above the target, at risk down to 10% below it, missed further below") {
  CHECK(slaStatus(Direction::atLeast, 1000, 1200) == SlaStatus::met);
  CHECK(slaStatus(Direction::atLeast, 1000, 1000) == SlaStatus::met);
  CHECK(slaStatus(Direction::atLeast, 1000, 999) == SlaStatus::atRisk);
  CHECK(slaStatus(Direction::atLeast, 1000, 900) == SlaStatus::atRisk);
  CHECK(slaStatus(Direction::atLeast, 1000, 899) == SlaStatus::missed);
  CHECK(slaStatus(Direction::atLeast, 1000, 0) == SlaStatus::missed);
  SUBCASE("fractions: 90% of MQLs meeting the definition") {
    CHECK(slaStatus(Direction::atLeast, 0.9, 0.9) == SlaStatus::met);
    CHECK(slaStatus(Direction::atLeast, 0.9, 0.81) == SlaStatus::atRisk);  // 0.9 * 0.9 is 0.81000000000000005
    CHECK(slaStatus(Direction::atLeast, 0.9, 0.8099) == SlaStatus::missed);
  }
}

TEST_CASE("at most: met on or below the target, at risk up to 10% above it, missed further above") {
  CHECK(slaStatus(Direction::atMost, 24, 4) == SlaStatus::met);
  CHECK(slaStatus(Direction::atMost, 24, 24) == SlaStatus::met);
  CHECK(slaStatus(Direction::atMost, 24, 24.1) == SlaStatus::atRisk);
  CHECK(slaStatus(Direction::atMost, 24, 26.4) == SlaStatus::atRisk);
  CHECK(slaStatus(Direction::atMost, 24, 26.5) == SlaStatus::missed);
  SUBCASE("a target of 0 leaves no room for being at risk") {
    CHECK(slaStatus(Direction::atMost, 0, 0) == SlaStatus::met);
    CHECK(slaStatus(Direction::atMost, 0, 1) == SlaStatus::missed);
    CHECK(slaStatus(Direction::atLeast, 0, 0) == SlaStatus::met);
  }
  SUBCASE("values that are not numbers never get a status") {
    CHECK(slaStatus(Direction::atMost, 24, std::nan("")) == SlaStatus::noData);
    CHECK(slaStatus(Direction::atLeast, HUGE_VAL, 1) == SlaStatus::noData);
  }
}

TEST_CASE("each commitment is scored per period; its status is the latest period's with an actual") {
  Document doc = planOf2027();
  Commitment feedback = commitment(Team::sales, "Feedback on every MQL within", 5, Direction::atMost);
  feedback.unit = MetricUnit::days;
  feedback.actuals = {{"2027-Q1", 4}, {"2027-Q2", 5.4}};
  doc.commitments.push_back(feedback);

  const SlaScorecards cards = scoreSla(doc, k2027, "2027-06-01T00:00:00Z");
  REQUIRE(cards.periods.size() == 4);
  CHECK(cards.marketing.commitments.empty());
  REQUIRE(cards.sales.commitments.size() == 1);
  const CommitmentScore& score = cards.sales.commitments[0];
  CHECK(score.periods[0].status == SlaStatus::met);
  CHECK(score.periods[1].status == SlaStatus::atRisk);
  CHECK(score.periods[2].status == SlaStatus::noData);
  CHECK_FALSE(score.periods[2].actual.has_value());
  CHECK(score.status == SlaStatus::atRisk);
  CHECK(score.latestPeriod == "2027-Q2");
  CHECK(score.met == 1);
  CHECK(score.atRisk == 1);
  CHECK(score.targetStage.empty());
  CHECK(cards.sales.atRisk == 1);
  CHECK(cards.sales.met == 0);
}

TEST_CASE("a commitment linked to a funnel stage takes the waterfall's count of that stage per period") {
  Document doc = planOf2027();
  // Default funnel: 800 MQLs a year, 200 a quarter; 60% marketing-sourced: 120 a quarter.
  Commitment mqls = commitment(Team::marketing, "MQLs delivered", 999);
  mqls.stageId = doc.growth.assumptions.stages[1].id;
  mqls.actuals = {{"2027-Q1", 119}, {"2027-Q2", 107}, {"2027-Q3", 108}};
  Commitment sqls = commitment(Team::sales, "SQLs worked", 999);
  sqls.stageId = doc.growth.assumptions.stages[2].id;  // 320 SQLs, 80 a quarter, all sources
  sqls.actuals = {{"2027-Q1", 80}};
  doc.commitments = {mqls, sqls};

  const SlaScorecards cards = scoreSla(doc, k2027, "2027-06-01T00:00:00Z");
  REQUIRE(cards.marketing.commitments.size() == 1);
  const CommitmentScore& m = cards.marketing.commitments[0];
  CHECK(m.targetStage == "MQL");
  for (const auto& period : m.periods) CHECK(period.target == 120);
  CHECK(m.periods[0].status == SlaStatus::atRisk);
  CHECK(m.periods[1].status == SlaStatus::missed);  // 107 < 108
  CHECK(m.periods[2].status == SlaStatus::atRisk);  // 108 is exactly 10% short
  CHECK(m.status == SlaStatus::atRisk);
  REQUIRE(cards.sales.commitments.size() == 1);
  CHECK(cards.sales.commitments[0].periods[0].target == 80);
  CHECK(cards.sales.commitments[0].status == SlaStatus::met);

  SUBCASE("with invalid assumptions the commitment's own target applies") {
    doc.growth.assumptions.target = -1;
    const SlaScorecards fallback = scoreSla(doc, k2027, "2027-06-01T00:00:00Z");
    CHECK(fallback.marketing.commitments[0].targetStage.empty());
    CHECK(fallback.marketing.commitments[0].periods[0].target == 999);
  }
  SUBCASE("monthly periods give monthly targets") {
    doc.growth.assumptions.periods = PeriodGranularity::monthly;
    const SlaScorecards monthly = scoreSla(doc, k2027, "2027-06-01T00:00:00Z");
    REQUIRE(monthly.periods.size() == 12);
    CHECK(monthly.marketing.commitments[0].periods[0].target == 40);
    CHECK(monthly.marketing.commitments[0].status == SlaStatus::noData);  // "2027-Q1" is not a month
  }
}

TEST_CASE("commitment checks name the field and never let a bad value through") {
  Document doc = planOf2027();
  Commitment ok = commitment(Team::marketing, "MQLs delivered per quarter", 1200);
  ok.actuals = {{"2027-Q1", 1100}};
  Commitment bad = commitment(Team::leadership, "  ", -5);
  bad.unit = MetricUnit::percent;
  bad.stageId = "gone";
  bad.actuals = {{"2026-Q4", 0.5}, {"2027-Q1", 1.5}, {"2027-Q1", -0.1}};
  doc.commitments = {ok, bad};
  const auto issues = validateCommitments(doc, k2027);
  CHECK(fieldsOf(issues) == std::vector<std::string>{
                                "commitments[1].owner", "commitments[1].metric", "commitments[1].target",
                                "commitments[1].stageId", "commitments[1].actuals[0].period",
                                "commitments[1].actuals[1].value", "commitments[1].actuals[2].period",
                                "commitments[1].actuals[2].value"});
  CHECK(describe(issues[4]) == "commitments[1].actuals[0].period: “2026-Q4” is not a period of this plan (2027-Q1 to 2027-Q4)");
  CHECK(issues[5].message == "must be at most 100%");
  CHECK(issues[2].message == "must be 0 or more");

  SUBCASE("a percentage target above 100% is refused, a count of 1,200 is not") {
    Document percent = planOf2027();
    Commitment share = commitment(Team::marketing, "MQLs meeting the definition", 1.2);
    share.unit = MetricUnit::percent;
    percent.commitments = {share};
    CHECK(fieldsOf(validateCommitments(percent, k2027)) == std::vector<std::string>{"commitments[0].target"});
  }
}

TEST_CASE("metric values read as people say them") {
  CHECK(formatMetricValue(1200, MetricUnit::count, "EUR") == "1,200");
  CHECK(formatMetricValue(0.9, MetricUnit::percent, "EUR") == "90%");
  CHECK(formatMetricValue(24, MetricUnit::hours, "EUR") == "24 h");
  CHECK(formatMetricValue(1, MetricUnit::days, "EUR") == "1 day");
  CHECK(formatMetricValue(2.5, MetricUnit::days, "EUR") == "2.5 days");
  CHECK(formatMetricValue(40000, MetricUnit::money, "EUR") == "EUR 40,000");
  CHECK(std::string(slaStatusName(SlaStatus::atRisk)) == "at-risk");
  CHECK(std::string(slaStatusLabel(SlaStatus::missed)) == "Missed");
}
