// Commitments and campaigns in the file (schema version 4): their fields and key order, the
// upgrade of version-3 files, and the sample plan's realistic SLA and campaigns.
#include <doctest/doctest.h>

#include "core/campaigns/campaigns.h"
#include "core/format/format.h"
#include "core/format/migrations.h"
#include "core/sla/sla.h"
#include "test_support.h"

using namespace gp;

namespace {

Document loadOrFail(const std::string& text) {
  LoadResult result = loadDocument(text);
  if (const auto* error = std::get_if<LoadError>(&result)) FAIL("unexpected load error: " << error->message);
  return std::get<Document>(result);
}

}  // namespace

TEST_CASE("version-3 files load with no commitments or campaigns and match their version-4 copies") {
  const auto files = test::filesIn(test::dataPath("v3"), ".json");
  REQUIRE(files.size() >= 3);
  for (const auto& path : files) {
    CAPTURE(path.filename().string());
    const std::string text = test::readFile(path);
    REQUIRE(text.find("\"schemaVersion\": 3,") != std::string::npos);
    const Document doc = loadOrFail(text);
    CHECK(doc.commitments.empty());
    CHECK(doc.campaigns.empty());
    const std::string saved = saveDocument(doc);
    CHECK(saved.find("\"schemaVersion\": 5,") != std::string::npos);
    CHECK(loadOrFail(saved) == doc);
    const auto current = test::dataPath("valid") / path.filename();
    if (std::filesystem::exists(current) && path.filename() != "unicode-and-escapes.json")
      CHECK(saved == test::readFile(current));
  }
}

TEST_CASE("the version-4 upgrade adds empty lists at the end and refuses a version-3 file that has them") {
  using Json = nlohmann::ordered_json;
  Json file = {{"format", "growth-plan"}, {"schemaVersion", 3}, {"plan", Json::object()}, {"glossary", Json::array()}};
  migrateToCurrentSchema(file, 3);
  std::vector<std::string> keys;
  for (const auto& [key, value] : file.items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"format", "schemaVersion", "plan", "glossary", "commitments", "campaigns",
                                         "reasons", "leadDays", "deals", "ratings", "requests"});
  CHECK(file["commitments"] == Json::array());
  CHECK(file["schemaVersion"] == kSchemaVersion);

  Json withCampaigns = {{"format", "growth-plan"}, {"schemaVersion", 3}, {"campaigns", Json::array()}};
  CHECK_THROWS_WITH(migrateToCurrentSchema(withCampaigns, 3), "campaigns: unknown field");
}

TEST_CASE("every commitment and campaign field survives saving and loading, in the documented key order") {
  const std::string text = test::readFile(test::dataPath("valid/unicode-and-escapes.json"));
  const Document doc = loadOrFail(text);
  REQUIRE(doc.commitments.size() == 2);
  const Commitment& c = doc.commitments[0];
  CHECK(c.owner == Team::marketing);
  CHECK(c.unit == MetricUnit::percent);
  CHECK(c.direction == Direction::atLeast);
  CHECK(c.target == 0.9);
  CHECK(c.actuals == std::vector<PeriodActual>{{"2027-Q1", 0.875}, {"2027-Q2", 0.92}});
  CHECK(doc.commitments[1].direction == Direction::atMost);
  CHECK(doc.commitments[1].stageId.empty());
  REQUIRE(doc.campaigns.size() == 1);
  const Campaign& k = doc.campaigns[0];
  CHECK(k.channels == std::vector<CampaignChannel>{CampaignChannel::pr, CampaignChannel::salesEnablement});
  CHECK(k.budget == 12500.5);
  CHECK(k.followUp.find("\"Rückruf\"") != std::string::npos);
  CHECK(saveDocument(doc) == text);
  const auto at = [&](const char* key) { return text.find(std::string("\"") + key + "\": "); };
  CHECK(at("glossary") < at("commitments"));
  CHECK(at("commitments") < at("campaigns"));
  CHECK(at("metric") < at("unit"));
  CHECK(at("expectedLeads") < at("expectedMqls"));
}

TEST_CASE("names in files for directions, units and channels round trip; others are refused") {
  for (const auto direction : kAllDirections) CHECK(directionFromName(directionName(direction)) == direction);
  for (const auto unit : kAllMetricUnits) CHECK(metricUnitFromName(metricUnitName(unit)) == unit);
  for (const auto channel : kAllChannels) CHECK(channelFromName(channelName(channel)) == channel);
  CHECK(std::string(channelName(CampaignChannel::paidMedia)) == "paid-media");
  CHECK(std::string(channelLabel(CampaignChannel::salesEnablement)) == "Sales deck and enablement");
  CHECK_FALSE(channelFromName("Email"));
  CHECK_FALSE(directionFromName("at least"));
}

TEST_CASE("the sample plan has a two-sided SLA with actuals and a realistic campaign calendar") {
  const std::string text = test::readFile(test::assetPath("sample-plan.json"));
  const Document doc = loadOrFail(text);
  CHECK(saveDocument(doc) == text);
  const PlanPeriod period = planPeriodOf(doc.plan, 2027);
  CHECK(validateCommitments(doc, period).empty());
  CHECK(validateCampaigns(doc).empty());

  const SlaScorecards cards = scoreSla(doc, period, "2027-06-01T00:00:00Z");
  CHECK(cards.marketing.commitments.size() >= 3);
  CHECK(cards.sales.commitments.size() >= 3);
  // The scorecards show every status somewhere, so the sample demonstrates them.
  CHECK(cards.marketing.met + cards.sales.met > 0);
  CHECK(cards.marketing.atRisk + cards.sales.atRisk > 0);
  CHECK(cards.marketing.missed + cards.sales.missed > 0);
  bool linked = false;
  for (const auto& score : cards.marketing.commitments) linked = linked || score.targetStage == "MQL";
  CHECK(linked);

  CHECK(doc.campaigns.size() >= 5);
  CHECK(doc.campaigns.size() <= 8);
  const ChannelMix mix = channelMix(doc.campaigns);
  CHECK(mix.channels.size() >= 6);
  CHECK_FALSE(mix.budgetHeavy);
  CHECK_FALSE(mix.leadsHeavy);
  const MqlCoverage coverage = mqlCoverage(doc, period);
  CHECK(coverage.stageName == "MQL");
  CHECK(coverage.expected > 0);
  CHECK(coverage.unscheduled == 0);
}
