// The lead report: days rolled up into the plan's periods, per campaign and source, the rejection
// reasons' shares, acceptance rates with nothing decided, exact nearest-rank percentiles of the
// follow-up times, the SLA's day ranges and the flag on campaigns whose leads sales rejects.
#include <doctest/doctest.h>

#include "core/loops/lead_report.h"
#include "core/loops/lead_report_json.h"

using namespace gp;

namespace {

Document planOf2027(PeriodGranularity periods = PeriodGranularity::quarterly) {
  Document doc;
  doc.plan.periodStart = "2027-01-01";
  doc.plan.periodEnd = "2027-12-31";
  doc.growth.assumptions.periods = periods;
  return doc;
}

LeadCount count(std::string campaign, std::string source, LeadStatus status, int64_t n, std::string reason = {}) {
  return LeadCount{std::move(campaign), std::move(source), status, std::move(reason), n};
}

LeadDay day(std::string date, std::vector<LeadCount> counts, std::vector<FollowUpCount> followUps = {}) {
  LeadDay leadDay;
  leadDay.meta.id = leadDayId(date);
  leadDay.day = std::move(date);
  leadDay.counts = std::move(counts);
  leadDay.followUps = std::move(followUps);
  return leadDay;
}

Campaign campaign(std::string id, std::string name) {
  Campaign c;
  c.meta.id = std::move(id);
  c.name = std::move(name);
  return c;
}

const LeadPeriodRow* periodNamed(const LeadReport& report, const std::string& label) {
  for (const auto& period : report.periods)
    if (period.period == label) return &period;
  return nullptr;
}

}  // namespace

TEST_CASE("lead days roll up into the plan's quarters, in time order, empty quarters included") {
  Document doc = planOf2027();
  doc.leadDays = {
      day("2027-01-05", {count("Webinar", "marketing", LeadStatus::accepted, 6),
                         count("Webinar", "marketing", LeadStatus::rejected, 2, "no budget")}),
      day("2027-03-31", {count("Webinar", "marketing", LeadStatus::recycled, 2, "bad timing"),
                         count("", "sales", LeadStatus::open, 5)}),
      day("2027-04-01", {count("Trade show", "partner", LeadStatus::accepted, 3)}),
  };
  const LeadReport report = buildLeadReport(doc);
  REQUIRE(report.periods.size() == 4);
  CHECK(report.periods[0].period == "2027-Q1");
  CHECK(report.periods[3].period == "2027-Q4");
  const LeadPeriodRow& q1 = report.periods[0];
  CHECK(q1.outcomes.handedOver == 15);
  CHECK(q1.outcomes.accepted == 6);
  CHECK(q1.outcomes.rejected == 2);
  CHECK(q1.outcomes.recycled == 2);
  CHECK(q1.outcomes.open == 5);
  REQUIRE(q1.outcomes.acceptanceRate());
  CHECK(*q1.outcomes.acceptanceRate() == doctest::Approx(0.6));  // 6 ÷ (6 + 2 + 2); open leads wait
  CHECK(q1.firstDay == "2027-01-01");
  CHECK(q1.lastDay == "2027-03-31");
  CHECK(report.periods[1].outcomes.handedOver == 3);
  CHECK(*report.periods[1].outcomes.acceptanceRate() == doctest::Approx(1.0));
  SUBCASE("a quarter without decided leads has no acceptance rate") {
    CHECK_FALSE(report.periods[2].outcomes.acceptanceRate());
    Document onlyOpen = planOf2027();
    onlyOpen.leadDays = {day("2027-02-01", {count("Webinar", "marketing", LeadStatus::open, 9)})};
    const LeadReport openReport = buildLeadReport(onlyOpen);
    CHECK(openReport.periods[0].outcomes.handedOver == 9);
    CHECK_FALSE(openReport.periods[0].outcomes.acceptanceRate());
    CHECK(leadReportJson(openReport)["periods"][0]["acceptanceRate"].is_null());
  }
  SUBCASE("monthly plans roll up per month") {
    doc.growth.assumptions.periods = PeriodGranularity::monthly;
    const LeadReport monthly = buildLeadReport(doc);
    REQUIRE(monthly.periods.size() == 12);
    CHECK(monthly.periods[0].period == "2027-01");
    CHECK(monthly.periods[0].outcomes.handedOver == 8);
    CHECK(monthly.periods[2].outcomes.handedOver == 7);
    CHECK(monthly.periods[1].lastDay == "2027-02-28");
  }
}

TEST_CASE("days outside the plan's months count under their own period label") {
  Document doc = planOf2027();
  doc.leadDays = {day("2026-12-30", {count("Webinar", "marketing", LeadStatus::accepted, 4)}),
                  day("2027-02-01", {count("Webinar", "marketing", LeadStatus::accepted, 1)}),
                  day("2028-01-02", {count("Webinar", "marketing", LeadStatus::rejected, 2, "no budget")})};
  const LeadReport report = buildLeadReport(doc);
  REQUIRE(report.periods.size() == 6);
  CHECK(report.periods.front().period == "2026-Q4");
  CHECK_FALSE(report.periods.front().inPlan);
  CHECK(report.periods.front().outcomes.accepted == 4);
  CHECK(report.periods[1].inPlan);
  CHECK(report.periods.back().period == "2028-Q1");
  CHECK_FALSE(report.periods.back().inPlan);
  CHECK(report.total.handedOver == 7);
}

TEST_CASE("campaigns and sources group ignoring case, most leads first, named as the plan names them") {
  Document doc = planOf2027();
  doc.campaigns = {campaign("c-webinar", "Spring Webinar")};
  doc.leadDays = {day("2027-01-05", {count("spring webinar", "Marketing", LeadStatus::accepted, 3),
                                     count("Trade show", "partner", LeadStatus::accepted, 1),
                                     count("Trade show", "partner", LeadStatus::rejected, 1, "no budget")}),
                  day("2027-01-06", {count("SPRING WEBINAR", "marketing", LeadStatus::rejected, 1, "no budget")})};
  const LeadReport report = buildLeadReport(doc);
  REQUIRE(report.byCampaign.size() == 2);
  CHECK(report.byCampaign[0].name == "Spring Webinar");
  CHECK(report.byCampaign[0].campaignId == "c-webinar");
  CHECK(report.byCampaign[0].outcomes.handedOver == 4);
  CHECK(*report.byCampaign[0].outcomes.acceptanceRate() == doctest::Approx(0.75));
  CHECK(report.byCampaign[1].name == "Trade show");
  CHECK(report.byCampaign[1].campaignId.empty());
  REQUIRE(report.bySource.size() == 2);
  CHECK(report.bySource[0].name == "Marketing");  // the first spelling seen
  CHECK(report.bySource[0].outcomes.handedOver == 4);
  CHECK(report.bySource[1].name == "partner");
}

TEST_CASE("reasons count rejected leads, largest first, with share = count ÷ rejected and a trend per period") {
  Document doc = planOf2027();
  doc.leadDays = {
      day("2027-01-05", {count("A", "marketing", LeadStatus::rejected, 3, "no budget"),
                         count("A", "marketing", LeadStatus::rejected, 1, "bad timing"),
                         count("A", "marketing", LeadStatus::recycled, 7, "bad timing")}),  // recycled: not a rejection
      day("2027-05-05", {count("A", "marketing", LeadStatus::rejected, 1, "no budget"),
                         count("A", "marketing", LeadStatus::rejected, 3, "bad timing"),
                         count("A", "marketing", LeadStatus::rejected, 2, "")}),
  };
  const LeadReport report = buildLeadReport(doc);
  CHECK(report.total.rejected == 10);
  REQUIRE(report.reasons.size() == 3);
  CHECK(report.reasons[0].reason == "bad timing");  // 4, tied with "no budget": alphabetical
  CHECK(report.reasons[0].count == 4);
  CHECK(report.reasons[0].share == doctest::Approx(0.4));
  CHECK(report.reasons[1].reason == "no budget");
  CHECK(report.reasons[2].reason == "");
  CHECK(report.reasons[2].share == doctest::Approx(0.2));
  REQUIRE(report.reasons[0].periodShares.size() == 4);
  CHECK(*report.reasons[0].periodShares[0] == doctest::Approx(0.25));  // 1 of Q1's 4
  CHECK(*report.reasons[0].periodShares[1] == doctest::Approx(0.5));   // 3 of Q2's 6
  CHECK_FALSE(report.reasons[0].periodShares[2]);                      // nothing rejected in Q3
  const auto json = leadReportJson(report);
  CHECK(json["reasons"][0]["reason"] == "bad timing");
  CHECK(json["reasons"][0]["count"] == 4);
  CHECK(json["reasons"][0]["share"].get<double>() == doctest::Approx(0.4));
}

TEST_CASE("follow-up percentiles are nearest-rank and exact from the per-minute counts") {
  Document doc = planOf2027();
  SUBCASE("nothing touched: no median, no p90") {
    doc.leadDays = {day("2027-01-05", {count("A", "marketing", LeadStatus::open, 3)})};
    const LeadReport report = buildLeadReport(doc);
    CHECK(report.periods[0].followUp.touched == 0);
    CHECK_FALSE(report.periods[0].followUp.medianHours);
    CHECK_FALSE(report.periods[0].followUp.p90Hours);
    const auto json = leadReportJson(report);
    CHECK(json["periods"][0]["followUp"]["medianHours"].is_null());
    CHECK(json["periods"][0]["followUp"]["p90Hours"].is_null());
  }
  SUBCASE("even count: the median is the mean of the two middle values") {
    // Sorted minutes: 60, 60, 120, 240 → median (60 + 120) / 2 = 90 min = 1.5 h; p90 rank ⌈3.6⌉ = 4 → 4 h.
    doc.leadDays = {day("2027-01-05", {}, {{60, 2}, {240, 1}}), day("2027-01-09", {}, {{120, 1}})};
    const FollowUpTimes times = buildLeadReport(doc).periods[0].followUp;
    CHECK(times.touched == 4);
    CHECK(*times.medianHours == 1.5);
    CHECK(*times.p90Hours == 4.0);
  }
  SUBCASE("odd count: the middle value") {
    doc.leadDays = {day("2027-01-05", {}, {{30, 1}, {90, 1}, {600, 1}})};
    const FollowUpTimes times = buildLeadReport(doc).periods[0].followUp;
    CHECK(*times.medianHours == 1.5);
    CHECK(*times.p90Hours == 10.0);  // rank ⌈2.7⌉ = 3
  }
  SUBCASE("p90 of exactly ten values is the ninth, not the tenth") {
    std::vector<FollowUpCount> followUps;
    for (int64_t minutes = 60; minutes <= 600; minutes += 60) followUps.push_back({minutes, 1});
    doc.leadDays = {day("2027-01-05", {}, followUps)};
    const FollowUpTimes times = buildLeadReport(doc).periods[0].followUp;
    CHECK(*times.p90Hours == 9.0);
    CHECK(*times.medianHours == 5.5);  // (5 h + 6 h) / 2
  }
  SUBCASE("eleven values: p90 is at rank ⌈9.9⌉ = 10") {
    std::vector<FollowUpCount> followUps;
    for (int64_t minutes = 60; minutes <= 660; minutes += 60) followUps.push_back({minutes, 1});
    doc.leadDays = {day("2027-01-05", {}, followUps)};
    const FollowUpTimes times = buildLeadReport(doc).periods[0].followUp;
    CHECK(*times.p90Hours == 10.0);
    CHECK(*times.medianHours == 6.0);
  }
  SUBCASE("large counts stay exact") {
    // 1,000,000 leads at 10 min and 1,000,000 at 20 min: the middle pair straddles both → 15 min.
    doc.leadDays = {day("2027-01-05", {}, {{10, 1000000}, {20, 1000000}})};
    const FollowUpTimes times = buildLeadReport(doc).periods[0].followUp;
    CHECK(*times.medianHours == 0.25);
    CHECK(*times.p90Hours == doctest::Approx(20.0 / 60.0));
  }
}

TEST_CASE("leadStatsBetween takes the days of an inclusive range") {
  Document doc = planOf2027();
  doc.leadDays = {
      day("2027-01-31", {count("A", "marketing", LeadStatus::accepted, 1)}, {{600, 1}}),
      day("2027-02-01", {count("A", "marketing", LeadStatus::accepted, 3), count("A", "marketing", LeadStatus::rejected, 1)},
          {{60, 1}, {120, 1}}),
      day("2027-02-28", {count("A", "marketing", LeadStatus::open, 2), count("A", "marketing", LeadStatus::recycled, 1)},
          {{180, 1}}),
      day("2027-03-01", {count("A", "marketing", LeadStatus::rejected, 5)}),
  };
  const LeadStats february = leadStatsBetween(doc, "2027-02-01", "2027-02-28");
  CHECK(february.handedOver == 7);
  CHECK(february.accepted == 3);
  CHECK(february.rejected == 1);
  CHECK(february.recycled == 1);
  CHECK(february.open == 2);
  REQUIRE(february.acceptanceRate);
  CHECK(*february.acceptanceRate == doctest::Approx(0.6));
  CHECK(february.touched == 3);
  CHECK(*february.medianHours == 2.0);
  CHECK(*february.p90Hours == 3.0);
  const LeadStats none = leadStatsBetween(doc, "2027-04-01", "2027-06-30");
  CHECK(none.handedOver == 0);
  CHECK_FALSE(none.acceptanceRate);
  CHECK_FALSE(none.medianHours);
  CHECK(leadStatsBetween(doc, "2027-01-01", "2027-12-31").handedOver == 13);
}

TEST_CASE("a campaign is flagged when sales rejects its leads far more than average") {
  Document doc = planOf2027();
  doc.campaigns = {campaign("c-good", "Webinar"), campaign("c-bad", "Trade show"), campaign("c-small", "Pilot")};
  // Overall: 20 rejected of 100 decided = 20%. Trade show: 10 of 20 = 50% (≥ 30% and ≥ 30 points): flagged.
  // Pilot: 3 of 5 = 60% but only 5 decided: too few to say.
  doc.leadDays = {day("2027-01-05", {count("Webinar", "marketing", LeadStatus::accepted, 68),
                                     count("Webinar", "marketing", LeadStatus::rejected, 7, "no budget"),
                                     count("trade show", "marketing", LeadStatus::accepted, 8),
                                     count("trade show", "marketing", LeadStatus::recycled, 2, "bad timing"),
                                     count("trade show", "marketing", LeadStatus::rejected, 10, "no need"),
                                     count("Pilot", "marketing", LeadStatus::accepted, 2),
                                     count("Pilot", "marketing", LeadStatus::rejected, 3, "no need"),
                                     count("Pilot", "marketing", LeadStatus::open, 40)})};
  const auto flags = campaignRejectionFlags(doc);
  REQUIRE(flags.size() == 1);
  CHECK(flags[0].campaignId == "c-bad");
  CHECK(flags[0].rejectionRate == doctest::Approx(0.5));
  CHECK(flags[0].overallRate == doctest::Approx(0.2));
  CHECK(campaignsWithHighRejection(doc) == std::vector<std::string>{"c-bad"});

  SUBCASE("1.5 times a small average is not enough without 10 points more") {
    // Overall 4 of 100 = 4%; the campaign's 2 of 20 = 10%: 2.5× but only 6 points above.
    Document low = planOf2027();
    low.campaigns = {campaign("c-x", "X")};
    low.leadDays = {day("2027-01-05", {count("Y", "marketing", LeadStatus::accepted, 78),
                                       count("Y", "marketing", LeadStatus::rejected, 2, "no budget"),
                                       count("X", "marketing", LeadStatus::accepted, 18),
                                       count("X", "marketing", LeadStatus::rejected, 2, "no budget")})};
    CHECK(campaignsWithHighRejection(low).empty());
  }
  SUBCASE("no lead data, no flag") { CHECK(campaignsWithHighRejection(planOf2027()).empty()); }
}

TEST_CASE("the report JSON has the documented shape") {
  Document doc = planOf2027();
  doc.leadDays = {day("2027-01-05", {count("Webinar", "marketing", LeadStatus::accepted, 3)}, {{90, 3}})};
  const auto json = leadReportJson(buildLeadReport(doc));
  std::vector<std::string> keys;
  for (const auto& item : json.items()) keys.push_back(item.key());
  CHECK(keys == std::vector<std::string>{"periods", "byCampaign", "bySource", "reasons"});
  keys.clear();
  for (const auto& item : json["periods"][0].items()) keys.push_back(item.key());
  CHECK(keys == std::vector<std::string>{"period", "handedOver", "accepted", "rejected", "recycled", "open",
                                         "acceptanceRate", "followUp"});
  CHECK(json["periods"][0]["followUp"]["medianHours"] == 1.5);
  CHECK(json["byCampaign"][0]["campaign"] == "Webinar");
  CHECK(json["bySource"][0]["source"] == "marketing");
  CHECK(json["reasons"].is_array());
}
