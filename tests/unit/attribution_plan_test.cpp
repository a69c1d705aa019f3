// The plan's side of attribution: the agreed model and the aggregates in the file (only when set),
// one undo step per change, the sign-off that only the model and its settings clear, merging two
// copies, and the rows this browser keeps packed apart from the plan.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/attribution/attribution_rows_store.h"
#include "core/format/format.h"
#include "core/merge/plan_merge.h"
#include "core/outcome/summary.h"
#include "core/review/review.h"
#include "core/session/history.h"
#include "sample_plan.h"

using namespace gp;

namespace {

const EditContext kAna{"Ana", "2027-01-05T09:00:00Z", Team::marketing};
const EditContext kBen{"Ben", "2027-01-06T10:00:00Z", Team::sales};

AttributionResult someResult(AttributionModel model) {
  AttributionResult result;
  result.settings.model = model;
  result.opportunities = 3;
  result.touches = 6;
  result.total = Credit{42'000 * kMicrosPerUnit, 30'000 * kMicrosPerUnit};
  result.byChannel = {{"Webinars", Credit{18'000 * kMicrosPerUnit + 1, 18'000 * kMicrosPerUnit}}, {"", Credit{5, 0}}};
  result.byCampaign = {{"Spring \xE2\x80\x9C" "webinar\xE2\x80\x9D", Credit{333'333'333, 0}}};
  result.byTeam[0] = Credit{30'000 * kMicrosPerUnit, 20'000 * kMicrosPerUnit};
  result.sourced[1] = Credit{12'000 * kMicrosPerUnit, 0};
  result.touched[0] = Credit{42'000 * kMicrosPerUnit, 30'000 * kMicrosPerUnit};
  result.crmSourced[2] = Credit{1, 2};
  MonthCredit month;
  month.month = "2027-01";
  month.touchedByMarketing = Credit{30'000 * kMicrosPerUnit, 30'000 * kMicrosPerUnit};
  month.byTeam[1] = Credit{7, 0};
  result.byMonth = {month};
  return result;
}

Document roundTrip(const Document& doc) {
  LoadResult loaded = loadDocument(saveDocument(doc));
  REQUIRE_MESSAGE(std::holds_alternative<Document>(loaded), std::get<LoadError>(loaded).message);
  return std::get<Document>(std::move(loaded));
}

}  // namespace

TEST_CASE("attribution: a plan that never chose a model writes no attribution; a chosen one round-trips exactly") {
  Document doc = test::samplePlan();
  CHECK(saveDocument(doc).find("\"attribution\"") == std::string::npos);

  doc.attribution.settings.model = AttributionModel::custom;
  doc.attribution.settings.customFirst = 50;
  doc.attribution.settings.customMiddle = 12.5;
  doc.attribution.settings.customLast = 37.5;
  doc.attribution.results = someResult(AttributionModel::wShaped);
  doc.attribution.computed = Stamp{"Ana", kAna.now, Team::marketing};
  const std::string text = saveDocument(doc);
  CHECK(text.find("\"model\": \"custom\"") != std::string::npos);
  CHECK(text.find("\"pipeline\": 42000") != std::string::npos);
  CHECK(roundTrip(doc) == doc);
  // No opportunity row can be in the file: the format has no place for one.
  CHECK(text.find("opportunity id") == std::string::npos);
}

TEST_CASE("attribution: bad settings or amounts in a file are refused with the field's path") {
  Document doc = test::samplePlan();
  doc.attribution.settings.model = AttributionModel::timeDecay;
  std::string text = saveDocument(doc);
  const auto refused = [](const std::string& json) {
    LoadResult loaded = loadDocument(json);
    REQUIRE(std::holds_alternative<LoadError>(loaded));
    return std::get<LoadError>(loaded).message;
  };
  std::string bad = text;
  bad.replace(bad.find("\"time-decay\""), 12, "\"newest\"");
  CHECK(refused(bad).find("attribution.model") != std::string::npos);
  bad = text;
  bad.replace(bad.find("\"halfLifeDays\": 7"), 17, "\"halfLifeDays\": 0");
  CHECK(refused(bad).find("halfLifeDays") != std::string::npos);
  bad = text;
  bad.replace(bad.find("\"first\": 40"), 11, "\"first\": 45");
  CHECK(refused(bad).find("custom: the shares add up to 105, not 100") != std::string::npos);
}

TEST_CASE("attribution: choosing a model is one undo step, stamped on the plan; invalid settings change nothing") {
  History history(test::samplePlan(), 7);
  AttributionAgreement agreement;
  agreement.settings.model = AttributionModel::uShaped;
  CHECK(history.setAttribution(agreement, kAna, "Choose the U-shaped model"));
  CHECK(history.doc().attribution.settings.model == AttributionModel::uShaped);
  CHECK(history.doc().plan.meta.modified.by == "Ana");
  CHECK(history.undoLabel() == "Choose the U-shaped model");
  agreement.settings.customFirst = 90;  // adds up to 150
  CHECK_FALSE(history.setAttribution(agreement, kAna, "Edit attribution settings"));
  CHECK(history.doc().attribution.settings.customFirst == 40);
  history.undo();
  CHECK(isUnset(history.doc().attribution));
  history.redo();
  CHECK(history.doc().attribution.settings.model == AttributionModel::uShaped);
}

TEST_CASE("attribution: the sign-off approves the model and its settings; a new import does not clear it") {
  History history(test::samplePlan(), 7);
  const auto before = signOffTargets(history.doc());
  CHECK(std::find(before.begin(), before.end(), kAttributionTarget) == before.end());
  AttributionAgreement agreement;
  agreement.settings.model = AttributionModel::wShaped;
  history.setAttribution(agreement, kAna, "Choose the W-shaped model");
  const auto targets = signOffTargets(history.doc());
  CHECK(std::find(targets.begin(), targets.end(), kAttributionTarget) != targets.end());
  CHECK(targetLabel(history.doc(), kAttributionTarget) == "Attribution model");

  history.signOff(kAttributionTarget, Team::marketing, contentFingerprint(history.doc(), kAttributionTarget), kAna);
  const auto state = [&] {
    return signOffStatus(history.doc(), kAttributionTarget, Team::marketing,
                         contentFingerprint(history.doc(), kAttributionTarget)).state;
  };
  CHECK(state() == SignOffState::approved);
  agreement.results = someResult(AttributionModel::wShaped);
  agreement.settings.halfLifeDays = 30;  // not used by W-shaped: no change to the agreement
  history.setAttribution(agreement, kBen, "Import touchpoints (3 opportunities)");
  CHECK(state() == SignOffState::approved);
  agreement.settings.model = AttributionModel::linear;
  history.setAttribution(agreement, kBen, "Choose the Linear model");
  CHECK(state() == SignOffState::cleared);
}

TEST_CASE("attribution: two copies merge: one chose the model, the other imported; both changing it is a conflict") {
  Document base = test::samplePlan();
  recordEdits(Document{}, base, "origin");
  Document marketing = base;
  marketing.attribution.settings.model = AttributionModel::wShaped;
  recordEdits(base, marketing, "mkt");
  PlanMergeResult result = mergeCopies(base, marketing);
  REQUIRE(std::holds_alternative<PlanMerge>(result));
  CHECK(std::get<PlanMerge>(result).doc.attribution.settings.model == AttributionModel::wShaped);

  Document sales = base;
  sales.attribution.settings.model = AttributionModel::firstTouch;
  recordEdits(base, sales, "sls");
  result = mergeCopies(marketing, sales);
  REQUIRE(std::holds_alternative<PlanMerge>(result));
  const PlanMerge& merged = std::get<PlanMerge>(result);
  CHECK(merged.newConflicts == 1);
  REQUIRE(merged.doc.conflicts.size() == 1);
  CHECK(merged.doc.conflicts[0].path == "attribution/model");
  CHECK(roundTrip(merged.doc) == merged.doc);
}

TEST_CASE("attribution: the rows this browser keeps pack and unpack byte for byte; anything else is refused") {
  StoredAttributionRows rows;
  rows.opportunitiesCsv = "id,created\r\nA,2027-01-01\r\n\nopportunities 5\n";  // text that looks like a block header
  rows.touchpointsCsv = std::string("x\0y", 3);
  rows.opportunityMapping.columns = {OpportunityField::id, OpportunityField::created};
  rows.opportunityMapping.slashDates = SlashDates::dayFirst;
  rows.touchMapping.columns = {TouchField::ignore, TouchField::milestone};
  rows.opportunitiesFile = "Q1 opportunities.csv";
  rows.touchpointsFile = "touches.csv";
  const std::string packed = packAttributionRows(rows);
  const auto back = unpackAttributionRows(packed);
  REQUIRE(back);
  CHECK(back->opportunitiesCsv == rows.opportunitiesCsv);
  CHECK(back->touchpointsCsv == rows.touchpointsCsv);
  CHECK(back->opportunityMapping == rows.opportunityMapping);
  CHECK(back->touchMapping == rows.touchMapping);
  CHECK(back->opportunitiesFile == rows.opportunitiesFile);
  CHECK(back->touchpointsFile == rows.touchpointsFile);
  CHECK_FALSE(unpackAttributionRows(packed.substr(0, packed.size() - 1)));
  CHECK_FALSE(unpackAttributionRows(packed + "x"));
  CHECK_FALSE(unpackAttributionRows("{\"plan\": 1}"));
  CHECK_FALSE(unpackAttributionRows(""));
  CHECK(attributionRowsKey("k3j9") == "attribution-rows:k3j9");
}

TEST_CASE("attribution: the printed summary names the agreed model and what it says") {
  Document doc = test::samplePlan();
  const auto summaryText = [](const Document& d) { return summaryMarkdown(d, SummaryOptions{"2027-03-01", "2027-03-01T09:00:00Z"}); };
  CHECK(summaryText(doc).find("Attribution model") == std::string::npos);
  doc.attribution.settings.model = AttributionModel::timeDecay;
  doc.attribution.settings.halfLifeDays = 14;
  doc.attribution.results = someResult(AttributionModel::timeDecay);
  CHECK(summaryText(doc).find("Attribution model: Time decay, half-life 14 days. Marketing-touched pipeline EUR 42,000, "
                              "marketing-sourced EUR 0, of EUR 42,000 in all.") != std::string::npos);
}
