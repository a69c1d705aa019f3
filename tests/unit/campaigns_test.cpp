// Campaigns together: channel mix and the "only one hammer" warning at its boundary, MQLs spread
// over the periods by day against what the waterfall needs, and checks of campaigns.
#include <doctest/doctest.h>

#include "core/campaigns/campaigns.h"
#include "core/growth/growth.h"

using namespace gp;

namespace {

const PlanPeriod k2027{2027, 1, 12};

Document planOf2027() {
  Document doc;
  doc.plan.periodStart = "2027-01-01";
  doc.plan.periodEnd = "2027-12-31";
  doc.growth.assumptions = defaultGrowthAssumptions();
  return doc;
}

Campaign campaign(std::vector<CampaignChannel> channels, double budget, double leads, double mqls = 0,
                  std::string start = {}, std::string end = {}) {
  Campaign c;
  c.name = "Campaign";
  c.channels = std::move(channels);
  c.budget = budget;
  c.expectedLeads = leads;
  c.expectedMqls = mqls;
  c.startDate = std::move(start);
  c.endDate = std::move(end);
  return c;
}

std::vector<std::string> fieldsOf(const std::vector<ValidationIssue>& issues) {
  std::vector<std::string> fields;
  for (const auto& issue : issues) fields.push_back(issue.field);
  return fields;
}

}  // namespace

TEST_CASE("a campaign's budget and leads are split equally among its channels") {
  const auto mix = channelMix({campaign({CampaignChannel::email, CampaignChannel::paidMedia}, 100, 200),
                               campaign({CampaignChannel::events}, 100, 0)});
  REQUIRE(mix.channels.size() == 3);
  CHECK(mix.channels[0].channel == CampaignChannel::email);
  CHECK(mix.channels[0].budget == 50);
  CHECK(mix.channels[0].leads == 100);
  CHECK(mix.channels[1].channel == CampaignChannel::paidMedia);
  CHECK(mix.channels[2].channel == CampaignChannel::events);
  CHECK(mix.channels[2].budgetShare == 0.5);
  CHECK(mix.budget == 200);
  CHECK(mix.leads == 200);
  // Exactly half is not "most".
  CHECK_FALSE(mix.budgetHeavy);
  CHECK_FALSE(mix.leadsHeavy);
}

TEST_CASE("one channel carrying more than half of the budget or of the leads is flagged") {
  SUBCASE("just over half of the budget") {
    const auto mix = channelMix({campaign({CampaignChannel::email, CampaignChannel::paidMedia}, 100, 200),
                                 campaign({CampaignChannel::events}, 101, 0)});
    CHECK(mix.budgetHeavy == CampaignChannel::events);
    CHECK_FALSE(mix.leadsHeavy);
  }
  SUBCASE("most of the leads from one channel, the budget spread") {
    const auto mix = channelMix({campaign({CampaignChannel::webinars}, 10, 900),
                                 campaign({CampaignChannel::content, CampaignChannel::pr}, 90, 100)});
    CHECK_FALSE(mix.budgetHeavy);
    CHECK(mix.leadsHeavy == CampaignChannel::webinars);
  }
  SUBCASE("a single campaign in a single channel is all one hammer") {
    const auto mix = channelMix({campaign({CampaignChannel::directMail}, 5000, 40)});
    CHECK(mix.budgetHeavy == CampaignChannel::directMail);
    CHECK(mix.leadsHeavy == CampaignChannel::directMail);
  }
  SUBCASE("campaigns without a channel, and negative amounts, are left out") {
    const auto mix = channelMix({campaign({}, 1000000, 1000000), campaign({CampaignChannel::social}, -50, -5),
                                 campaign({CampaignChannel::partners}, 0, 0)});
    CHECK(mix.budget == 0);
    CHECK(mix.leads == 0);
    REQUIRE(mix.channels.size() == 2);
    CHECK(mix.channels[0].budgetShare == 0);
    CHECK_FALSE(mix.budgetHeavy);
    CHECK_FALSE(mix.leadsHeavy);
  }
}

TEST_CASE("days count both the first and the last day") {
  CHECK(daysInclusive("2027-01-01", "2027-01-01") == 1);
  CHECK(daysInclusive("2027-01-01", "2027-12-31") == 365);
  CHECK(daysInclusive("2028-02-28", "2028-03-01") == 3);  // 2028 is a leap year
  CHECK(daysInclusive("2027-02-01", "2027-01-31") == 0);
  CHECK(daysInclusive("", "2027-01-31") == 0);
  CHECK(daysInclusive("2027-02-30", "2027-03-31") == 0);
}

TEST_CASE("a campaign's MQLs are spread over its days and fall into the periods those days are in") {
  const auto slots = periodSlots(k2027, PeriodGranularity::quarterly);
  // March (31 days) and April (30 days): 61 MQLs, one a day.
  const auto spring = mqlsPerPeriod(campaign({CampaignChannel::email}, 0, 0, 61, "2027-03-01", "2027-04-30"), slots);
  CHECK(spring == std::vector<double>{31, 30, 0, 0});
  // Starts in December of the year before: only January's half counts.
  const auto early = mqlsPerPeriod(campaign({CampaignChannel::email}, 0, 0, 62, "2026-12-01", "2027-01-31"), slots);
  CHECK(early == std::vector<double>{31, 0, 0, 0});
  const auto undated = mqlsPerPeriod(campaign({CampaignChannel::email}, 0, 0, 62), slots);
  CHECK(undated == std::vector<double>{0, 0, 0, 0});
  const auto monthly = mqlsPerPeriod(campaign({CampaignChannel::email}, 0, 0, 61, "2027-03-01", "2027-04-30"),
                                     periodSlots(k2027, PeriodGranularity::monthly));
  CHECK(monthly[2] == 31);
  CHECK(monthly[3] == 30);
}

TEST_CASE("campaign MQLs per period are compared with the marketing-sourced MQLs the waterfall needs") {
  Document doc = planOf2027();
  doc.campaigns = {campaign({CampaignChannel::email}, 1000, 200, 61, "2027-03-01", "2027-04-30"),
                   campaign({CampaignChannel::events}, 1000, 200, 62, "2026-12-01", "2027-01-31"),
                   campaign({CampaignChannel::webinars}, 1000, 200, 10)};
  const MqlCoverage coverage = mqlCoverage(doc, k2027);
  CHECK(coverage.stageName == "MQL");
  REQUIRE(coverage.periods.size() == 4);
  // Default plan: 800 MQLs, 60% marketing-sourced, 120 a quarter.
  CHECK(coverage.periods[0].slot.label == "2027-Q1");
  CHECK(coverage.periods[0].required == 120);
  CHECK(coverage.periods[0].expected == 62);
  CHECK(coverage.periods[1].expected == 30);
  CHECK(coverage.required == 480);
  CHECK(coverage.expected == 92);
  CHECK(coverage.outsidePlan == 31);
  CHECK(coverage.unscheduled == 10);

  const CampaignTotals totals = campaignTotals(doc.campaigns);
  CHECK(totals.budget == 3000);
  CHECK(totals.leads == 600);
  CHECK(totals.mqls == 133);

  SUBCASE("without a usable waterfall nothing is required, and nothing breaks") {
    doc.growth.assumptions.averageDealSize = 0;
    const MqlCoverage broken = mqlCoverage(doc, k2027);
    CHECK(broken.stageName.empty());
    CHECK(broken.required == 0);
    CHECK(broken.expected == 92);
  }
}

TEST_CASE("campaign checks name the field: negative money, dates in the wrong order, unknown people") {
  Document doc = planOf2027();
  Person ana;
  ana.meta.id = "p-ana";
  ana.team = Team::marketing;
  doc.people = {ana};
  Campaign ok = campaign({CampaignChannel::email}, 1000, 200, 40, "2027-02-01", "2027-02-28");
  ok.marketingOwnerId = "p-ana";
  Campaign bad = campaign({CampaignChannel::email, CampaignChannel::email}, -1, -2, 5, "2027-03-01", "2027-02-01");
  bad.name = " ";
  bad.marketingOwnerId = "p-ana";
  bad.salesOwnerId = "p-gone";
  Campaign empty = campaign({}, 0, 10, 20, "2027-13-01", "");
  doc.campaigns = {ok, bad, empty};
  const auto issues = validateCampaigns(doc);
  CHECK(fieldsOf(issues) == std::vector<std::string>{
                                "campaigns[1].name", "campaigns[1].channels[1]", "campaigns[1].salesOwnerId",
                                "campaigns[1].endDate", "campaigns[1].budget", "campaigns[1].expectedLeads",
                                "campaigns[2].channels", "campaigns[2].startDate", "campaigns[2].expectedMqls"});
  CHECK(describe(issues[2]) == "campaigns[1].salesOwnerId: unknown person (id “p-gone”): pick someone on the plan");
  CHECK(issues[3].message == "the campaign ends before it starts");
  CHECK(issues[4].message == "must be 0 or more");
  CHECK(issues[1].message == "“Email” is listed twice");
}
