// The growth section of the file (schema version 2) and the upgrade of version-1 files.
#include <doctest/doctest.h>

#include "core/format/format.h"
#include "core/growth/growth_validation.h"
#include "core/session/history.h"
#include "core/format/migrations.h"
#include "core/growth/waterfall.h"
#include "test_support.h"

using namespace gp;

namespace {

Document loadOrFail(const std::string& text) {
  LoadResult result = loadDocument(text);
  if (const auto* error = std::get_if<LoadError>(&result)) FAIL("unexpected load error: " << error->message);
  return std::get<Document>(result);
}

const GlossaryTerm* termNamed(const Document& doc, const std::string& name) {
  for (const auto& term : doc.glossary)
    if (term.name == name) return &term;
  return nullptr;
}

}  // namespace

TEST_CASE("version-1 files load with the default growth assumptions and save as the current version") {
  const auto files = test::filesIn(test::dataPath("v1"), ".json");
  REQUIRE(files.size() >= 4);
  for (const auto& path : files) {
    CAPTURE(path.filename().string());
    const std::string text = test::readFile(path);
    REQUIRE(text.find("\"schemaVersion\": 1,") != std::string::npos);
    const Document doc = loadOrFail(text);
    GrowthAssumptions expected = defaultGrowthAssumptions();
    for (auto& stage : expected.stages) {
      const GlossaryTerm* term = termNamed(doc, stage.name);
      stage.glossaryTermId = term ? term->meta.id : "";
    }
    CHECK(doc.growth.assumptions == expected);
    CHECK(doc.growth.scenarios.empty());
    const std::string saved = saveDocument(doc);
    CHECK(saved.find("\"schemaVersion\": " + std::to_string(kSchemaVersion) + ",") != std::string::npos);
    CHECK(loadOrFail(saved) == doc);
  }
}

TEST_CASE("upgrading links each funnel stage to the glossary term of the same name") {
  const Document doc = loadOrFail(test::readFile(test::dataPath("v1/sample-plan.json")));
  const auto& stages = doc.growth.assumptions.stages;
  REQUIRE(stages.size() == 5);
  CHECK(stages[0].glossaryTermId == termNamed(doc, "Lead")->meta.id);
  CHECK(stages[1].glossaryTermId == termNamed(doc, "MQL")->meta.id);
  CHECK(stages[2].glossaryTermId == termNamed(doc, "SQL")->meta.id);
  CHECK(stages[3].glossaryTermId == termNamed(doc, "Opportunity")->meta.id);
  CHECK(stages[4].glossaryTermId.empty());  // the sample has no term "Won"
  CHECK(validateGrowth(doc, planPeriodOf(doc.plan, 2027)).empty());
}

TEST_CASE("the migration puts growth right after plan and refuses a version-1 file that already has it") {
  using Json = nlohmann::ordered_json;
  Json file = {{"format", "growth-plan"}, {"schemaVersion", 1}, {"plan", Json::object()}, {"people", Json::array()}};
  migrateToCurrentSchema(file, 1);
  std::vector<std::string> keys;
  for (const auto& [key, value] : file.items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"format", "schemaVersion", "plan", "growth", "people", "commitments", "campaigns",
                                         "reasons", "leadDays", "deals", "ratings", "requests"});
  CHECK(file["schemaVersion"] == kSchemaVersion);
  CHECK(file["growth"]["stages"][0]["conversionRate"] == 0.2);

  Json withGrowth = {{"format", "growth-plan"}, {"schemaVersion", 1}, {"growth", Json::object()}};
  CHECK_THROWS_WITH(migrateToCurrentSchema(withGrowth, 1), "growth: unknown field");
}

TEST_CASE("the sample plan has realistic, valid growth assumptions for Northwind Analytics") {
  const Document doc = loadOrFail(test::readFile(test::assetPath("sample-plan.json")));
  const GrowthAssumptions& a = doc.growth.assumptions;
  CHECK(a.target == 18000000);
  REQUIRE(a.stages.size() == 6);
  for (const auto& stage : a.stages) {
    CAPTURE(stage.name);
    if (stage.name != "Won") CHECK(stage.glossaryTermId == termNamed(doc, stage.name)->meta.id);
  }
  CHECK(a.sources.size() == 3);
  CHECK(doc.growth.scenarios.size() == 3);
  CHECK(doc.growth.scenarios[0].name == "Win rate +2 points");
  const PlanPeriod period = planPeriodOf(doc.plan, 2000);
  CHECK(period == PlanPeriod{2027, 1, 12});
  for (const auto& issue : validateGrowth(doc, period)) FAIL(describe(issue));
  const WaterfallResult result = computeWaterfall(a, period);
  REQUIRE(result.ok());
  CHECK(result.total.required.back() == 300);  // 18,000,000 / 60,000
  CHECK(result.periods[0].leadsCreatedIn == "2026-Q4");
  // About the 1,400 MQLs marketing commits to in the plan's text: the model shows the small gap.
  CHECK(result.sources[0].counts.required[1] == 1412);
}

TEST_CASE("every kind of growth item survives saving and loading") {
  const Document doc = loadOrFail(test::readFile(test::dataPath("valid/unicode-and-escapes.json")));
  const GrowthModel& growth = doc.growth;
  CHECK(growth.assumptions.periods == PeriodGranularity::monthly);
  CHECK(growth.assumptions.periodWeights.size() == 12);
  REQUIRE(growth.assumptions.sources.size() == 3);
  CHECK(growth.assumptions.sources[2].ownRates.size() == 2);
  CHECK(growth.assumptions.capacity.newHires.size() == 1);
  CHECK(growth.assumptions.budget.channels.size() == 2);
  REQUIRE(growth.scenarios.size() == 1);
  CHECK(growth.scenarios[0].assumptions.stages[3].conversionRate == 0.27);

  Document edited = doc;
  edited.growth.assumptions.target = 1.0 / 3;
  edited.growth.assumptions.stages[0].conversionRate = 0.1 + 0.2;  // 0.30000000000000004 must survive exactly
  CHECK(loadOrFail(saveDocument(edited)) == edited);
}

TEST_CASE("numbers are written as the file expects: whole numbers without a fraction, never null") {
  IdGenerator ids(5);
  Document doc = newDocument(ids, {"Ana", "2027-01-05T09:30:00Z"});
  doc.growth.assumptions.target = 1200000.0;
  doc.growth.assumptions.openPipeline = std::numeric_limits<double>::quiet_NaN();
  const std::string text = saveDocument(doc);
  CHECK(text.find("\"target\": 1200000,") != std::string::npos);
  CHECK(text.find("\"openPipeline\": 0,") != std::string::npos);
  CHECK(text.find("null") == std::string::npos);
  CHECK(std::holds_alternative<Document>(loadDocument(text)));
}

TEST_CASE("a plan whose values are out of range still loads, and validation names each field") {
  IdGenerator ids(5);
  Document doc = newDocument(ids, {"Ana", "2027-01-05T09:30:00Z"});
  doc.growth.assumptions.stages[1].conversionRate = 0;
  doc.growth.assumptions.stages[0].glossaryTermId = "gone";
  doc.growth.scenarios.push_back(Scenario{{"sc1", {}, {}}, "", doc.growth.assumptions});
  const Document loaded = loadOrFail(saveDocument(doc));
  std::vector<std::string> messages;
  for (const auto& issue : validateGrowth(loaded, PlanPeriod{2027, 1, 12})) messages.push_back(describe(issue));
  CHECK(messages == std::vector<std::string>{
                        "growth.stages[1].conversionRate: conversion rate must be more than 0% and at most 100%",
                        "growth.stages[0].glossaryTermId: the glossary term this stage was linked to no longer exists",
                        "growth.scenarios[0].name: enter a name",
                        "growth.scenarios[0].assumptions.stages[1].conversionRate: conversion rate must be more than 0% "
                        "and at most 100%",
                        "growth.scenarios[0].assumptions.stages[0].glossaryTermId: the glossary term this stage was "
                        "linked to no longer exists",
                    });
}

TEST_CASE("the plan period comes from the plan's dates, or a calendar year when they are not set") {
  PlanInfo plan;
  CHECK(planPeriodOf(plan, 2031) == PlanPeriod{2031, 1, 12});
  plan.periodStart = "2027-04-01";
  CHECK(planPeriodOf(plan, 2031) == PlanPeriod{2027, 4, 12});
  plan.periodEnd = "2027-09-30";
  CHECK(planPeriodOf(plan, 2031) == PlanPeriod{2027, 4, 6});
  plan.periodEnd = "2026-01-01";  // before the start: ignored
  CHECK(planPeriodOf(plan, 2031) == PlanPeriod{2027, 4, 12});
  CHECK(addDays("2027-01-01", -90) == "2026-10-03");
  CHECK(addDays("2028-02-28", 1) == "2028-02-29");
  CHECK(addDays("2027-12-31", 1) == "2028-01-01");
  CHECK(periodLabelOfDate("2026-10-03", PeriodGranularity::quarterly) == "2026-Q4");
  CHECK(periodLabelOfDate("2026-10-03", PeriodGranularity::monthly) == "2026-10");
}
