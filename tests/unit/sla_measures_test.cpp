// SLA commitments whose actuals are measured from the loops (Commitment::measure): each period
// without a typed actual takes the measured one; a typed actual wins.
#include <doctest/doctest.h>

#include "core/format/format.h"
#include "core/loops/lead_report.h"
#include "core/loops/measures.h"
#include "core/sla/sla.h"
#include "sample_plan.h"
#include "test_support.h"

using namespace gp;

namespace {

// The last day of the sample's 2027-Q3: its newest request has waited three days for an answer.
const std::string kNow = "2027-09-30T12:00:00Z";

Document sample() { return test::samplePlan(); }

const CommitmentScore& scoreOf(const SlaScorecards& cards, const Document& doc, const std::string& id) {
  for (const TeamScorecard* team : {&cards.marketing, &cards.sales})
    for (const auto& score : team->commitments)
      if (doc.commitments[score.index].meta.id == id) return score;
  FAIL("no score for " << id);
  throw;
}

const PeriodScore& periodOf(const CommitmentScore& score, const std::string& label) {
  for (const auto& period : score.periods)
    if (period.slot.label == label) return period;
  FAIL("no period " << label);
  throw;
}

}  // namespace

TEST_CASE("the sample's lead-quality commitment takes 2027-Q3 from lead feedback and keeps its typed quarters") {
  const Document doc = sample();
  const SlaScorecards cards = scoreSla(doc, planPeriodOf(doc.plan, 2027), kNow);
  const CommitmentScore& acceptance = scoreOf(cards, doc, "sla7mqlshare2");
  CHECK(periodOf(acceptance, "2027-Q1").actual == 0.86);
  CHECK_FALSE(periodOf(acceptance, "2027-Q1").measured);
  const PeriodScore& q3 = periodOf(acceptance, "2027-Q3");
  REQUIRE(q3.actual);
  CHECK(q3.measured);
  const LeadStats stats = leadStatsBetween(doc, "2027-07-01", "2027-09-30");
  REQUIRE(stats.acceptanceRate);
  CHECK(*q3.actual == doctest::Approx(*stats.acceptanceRate));
  CHECK(*q3.actual == doctest::Approx(static_cast<double>(stats.accepted) /
                                      static_cast<double>(stats.accepted + stats.rejected + stats.recycled)));
  CHECK_FALSE(periodOf(acceptance, "2027-Q4").actual);  // no leads handed over yet
  CHECK(acceptance.latestPeriod == "2027-Q3");

  const CommitmentScore& followUp = scoreOf(cards, doc, "sla7follow4x");
  CHECK(periodOf(followUp, "2027-Q3").measured);
  CHECK(*periodOf(followUp, "2027-Q3").actual == doctest::Approx(*stats.p90Hours));
}

TEST_CASE("the collateral commitment measures the slowest first answer of the quarter's requests") {
  const Document doc = sample();
  const SlaScorecards cards = scoreSla(doc, planPeriodOf(doc.plan, 2027), kNow);
  const PeriodScore& q3 = periodOf(scoreOf(cards, doc, "sla7collat3x"), "2027-Q3");
  REQUIRE(q3.actual);
  CHECK(q3.measured);
  // "Demo video: size-curve forecasting": filed 2027-08-16 09:00, accepted 2027-08-20 13:00.
  CHECK(*q3.actual == doctest::Approx(4 + 4.0 / 24));
  CHECK(q3.status == SlaStatus::missed);  // at most 3 days
}

TEST_CASE("a collateral request still waiting for an answer counts with its wait so far") {
  Document doc = sample();
  CollateralRequest waiting;
  waiting.meta.id = "req-waiting";
  waiting.title = "Battlecard nobody picked up";
  waiting.meta.created = Stamp{"Marcus", "2027-09-20T09:00:00Z", Team::sales};
  doc.requests.push_back(waiting);
  const auto q3At = [&](const std::string& now) {
    return *periodOf(scoreOf(scoreSla(doc, planPeriodOf(doc.plan, 2027), now), doc, "sla7collat3x"), "2027-Q3").actual;
  };
  CHECK(q3At("2027-09-21T09:00:00Z") == doctest::Approx(4 + 4.0 / 24));  // a day's wait: the demo video is slower
  CHECK(q3At("2027-10-15T09:00:00Z") == doctest::Approx(25));            // 25 days and still nobody answered
}

TEST_CASE("a typed actual wins over the measured one, and a typed measure measures nothing") {
  Document doc = sample();
  for (auto& commitment : doc.commitments)
    if (commitment.meta.id == "sla7mqlshare2") commitment.actuals.push_back(PeriodActual{"2027-Q3", 0.95});
  SlaScorecards cards = scoreSla(doc, planPeriodOf(doc.plan, 2027), kNow);
  const PeriodScore& typed = periodOf(scoreOf(cards, doc, "sla7mqlshare2"), "2027-Q3");
  CHECK(typed.actual == 0.95);
  CHECK_FALSE(typed.measured);

  for (auto& commitment : doc.commitments) commitment.measure = CommitmentMeasure::typed;
  cards = scoreSla(doc, planPeriodOf(doc.plan, 2027), kNow);
  CHECK_FALSE(periodOf(scoreOf(cards, doc, "sla7follow4x"), "2027-Q3").actual);
  CHECK_FALSE(measuredActual(doc, CommitmentMeasure::typed, "2027-07-01", "2027-09-30", kNow));
}

TEST_CASE("each measure says where its numbers come from and in which unit and direction") {
  CHECK(std::string(measureSource(CommitmentMeasure::leadAcceptanceRate)) == "lead feedback");
  CHECK(std::string(measureSource(CommitmentMeasure::requestAnswerDays)) == "collateral requests");
  CHECK(measureUnit(CommitmentMeasure::leadAcceptanceRate) == MetricUnit::percent);
  CHECK(measureDirection(CommitmentMeasure::leadAcceptanceRate) == Direction::atLeast);
  CHECK(measureUnit(CommitmentMeasure::followUpP90Hours) == MetricUnit::hours);
  CHECK(measureDirection(CommitmentMeasure::requestDeliveryDays) == Direction::atMost);
}
