// Win/loss: the report's numbers and sort orders, its JSON shape, the CSV import (mapping,
// problems with row and column, update on re-import, one undo step), the bad-CSV corpus, and two
// copies each adding entries merging into a plan that keeps both.
#include <doctest/doctest.h>

#include "core/format/format.h"
#include "core/loops/winloss_csv.h"
#include "core/loops/winloss_report.h"
#include "core/session/history.h"
#include "core/session/plan_session.h"
#include "test_support.h"

using namespace gp;

namespace {

const EditContext kAna{"Ana", "2027-04-02T09:00:00Z", Team::sales};

// The sample plan without its deal reviews, so counts below are the test's own.
Document samplePlan() {
  LoadResult loaded = loadDocument(test::readFile(test::assetPath("sample-plan.json")));
  REQUIRE(std::holds_alternative<Document>(loaded));
  Document doc = std::get<Document>(std::move(loaded));
  doc.deals.clear();
  return doc;
}

Document planFor2027() {
  IdGenerator ids(1);
  Document doc = newDocument(ids, kAna);
  doc.plan.periodStart = "2027-01-01";
  doc.plan.periodEnd = "2027-12-31";
  doc.plan.currency = "EUR";
  doc.growth.assumptions.periods = PeriodGranularity::quarterly;
  return doc;
}

DealReview deal(const std::string& name, DealOutcome outcome, double amount, const std::string& closed,
                const std::string& reason, const std::string& competitor, const std::string& segment) {
  DealReview review;
  review.meta.id = "deal-" + name;
  review.deal = name;
  review.outcome = outcome;
  review.amount = amount;
  review.closed = closed;
  review.reason = reason;
  review.competitor = competitor;
  review.segment = segment;
  return review;
}

// Six closed deals (one before the plan, one without a date) and one renewal.
Document planWithDeals() {
  Document doc = planFor2027();
  doc.deals = {
      deal("A", DealOutcome::won, 50000, "2027-02-10", "Price", "Contoso", "Retail"),
      deal("B", DealOutcome::lost, 30000, "2027-02-20", "price ", "contoso", "Retail"),
      deal("C", DealOutcome::lost, 20000, "2027-05-01", "Missing feature", "Fabrikam", "Manufacturing"),
      deal("D", DealOutcome::noDecision, 10000, "2027-05-02", "Timing", "", "retail"),
      deal("E", DealOutcome::won, 40000, "", "Product fit", "", ""),
      deal("G", DealOutcome::won, 5000, "2026-12-15", "Price", "Contoso", "Retail"),
  };
  DealReview renewal = deal("F", DealOutcome::won, 99999, "2027-03-01", "Support and service", "", "Retail");
  renewal.kind = DealKind::renewal;
  renewal.insight = "They renewed for the forecasting accuracy; ask them for a case study.";
  doc.deals.push_back(renewal);
  return doc;
}

std::vector<std::string> messagesOf(const DealImportPreview& preview) {
  std::vector<std::string> messages;
  for (const auto& error : preview.errors) messages.push_back(error.message);
  return messages;
}

}  // namespace

TEST_CASE("the win rate counts closed deals only, with no decision as not won") {
  const WinLossReport report = winLossReport(planWithDeals(), 2027);
  CHECK(report.deals() == 6);
  CHECK(report.totals == WinLossCounts{3, 2, 1});
  REQUIRE(report.totals.winRate());
  CHECK(*report.totals.winRate() == doctest::Approx(0.5));
  CHECK(report.wonAmount == 95000);
  CHECK(report.lostAmount == 50000);
  CHECK(report.insights == 1);
  CHECK(report.insightsUsed == 0);

  SUBCASE("by reason: outcome order, then count, then amount; reasons grouped ignoring case and spaces") {
    REQUIRE(report.byReason.size() == 5);
    const auto row = [&](size_t i) {
      const ReasonTally& r = report.byReason[i];
      return std::string(dealOutcomeName(r.outcome)) + "|" + r.reason + "|" + std::to_string(r.count) + "|" +
             std::to_string(static_cast<int>(r.amount));
    };
    CHECK(row(0) == "won|Price|2|55000");
    CHECK(row(1) == "won|Product fit|1|40000");
    CHECK(row(2) == "lost|price|1|30000");  // the first spelling; same count as Missing feature, larger amount
    CHECK(row(3) == "lost|Missing feature|1|20000");
    CHECK(row(4) == "no-decision|Timing|1|10000");
  }
  SUBCASE("by competitor and segment: most decided first, deals naming none last") {
    REQUIRE(report.byCompetitor.size() == 3);
    CHECK(report.byCompetitor[0].name == "Contoso");  // the first spelling met
    CHECK(report.byCompetitor[0].counts == WinLossCounts{2, 1, 0});
    CHECK(report.byCompetitor[1].name == "Fabrikam");
    CHECK(report.byCompetitor[1].counts == WinLossCounts{0, 1, 0});
    CHECK(report.byCompetitor[2].name == "");
    CHECK(report.byCompetitor[2].counts == WinLossCounts{1, 0, 1});
    REQUIRE(report.bySegment.size() == 3);
    CHECK(report.bySegment[0].name == "Retail");
    CHECK(report.bySegment[0].counts == WinLossCounts{2, 1, 1});
    CHECK(*report.bySegment[0].counts.winRate() == doctest::Approx(0.5));
    CHECK(report.bySegment[1].name == "Manufacturing");
    CHECK(report.bySegment[2].name == "");
  }
  SUBCASE("by period: every period of the plan in order, by close date") {
    REQUIRE(report.byPeriod.size() == 4);
    CHECK(report.byPeriod[0].period == "2027-Q1");
    CHECK(report.byPeriod[0].counts == WinLossCounts{1, 1, 0});
    CHECK(report.byPeriod[0].wonAmount == 50000);
    CHECK(report.byPeriod[1].counts == WinLossCounts{0, 1, 1});
    CHECK(*report.byPeriod[1].counts.winRate() == 0);
    CHECK_FALSE(report.byPeriod[2].counts.winRate());
    CHECK(report.byPeriod[3].period == "2027-Q4");
    CHECK(report.withoutDate == 1);
    CHECK(report.outsidePlan == 1);
  }
  SUBCASE("monthly plans report per month") {
    Document doc = planWithDeals();
    doc.growth.assumptions.periods = PeriodGranularity::monthly;
    const WinLossReport monthly = winLossReport(doc, 2027);
    REQUIRE(monthly.byPeriod.size() == 12);
    CHECK(monthly.byPeriod[1].period == "2027-02");
    CHECK(monthly.byPeriod[1].counts == WinLossCounts{1, 1, 0});
  }
}

TEST_CASE("the report's JSON has the documented shape, with a null win rate when nothing was decided") {
  SUBCASE("no deals") {
    Document doc = planFor2027();
    DealReview upsell = deal("U", DealOutcome::won, 1000, "2027-03-01", "", "", "");
    upsell.kind = DealKind::upsell;
    doc.deals.push_back(upsell);
    CHECK(winLossJson(winLossReport(doc, 2027)).dump() ==
          R"({"deals":0,"won":0,"lost":0,"noDecision":0,"winRate":null,"byReason":[],"byCompetitor":[],"bySegment":[]})");
  }
  SUBCASE("three deals") {
    Document doc = planFor2027();
    doc.deals = {deal("A", DealOutcome::won, 48000, "2027-02-10", "Price", "Contoso", "Retail"),
                 deal("B", DealOutcome::lost, 12500.5, "2027-02-11", "Missing feature", "Contoso", "Retail"),
                 deal("C", DealOutcome::noDecision, 0, "", "", "", "Retail")};
    CHECK(winLossJson(winLossReport(doc, 2027)).dump() ==
          R"({"deals":3,"won":1,"lost":1,"noDecision":1,"winRate":0.3333333333333333,)"
          R"("byReason":[{"outcome":"won","reason":"Price","count":1,"amount":48000},)"
          R"({"outcome":"lost","reason":"Missing feature","count":1,"amount":12500.5},)"
          R"({"outcome":"no-decision","reason":"","count":1,"amount":0}],)"
          R"("byCompetitor":[{"competitor":"Contoso","won":1,"lost":1,"noDecision":0,"winRate":0.5},)"
          R"({"competitor":"","won":0,"lost":0,"noDecision":1,"winRate":0.0}],)"
          R"("bySegment":[{"segment":"Retail","won":1,"lost":1,"noDecision":1,"winRate":0.3333333333333333}]})");
  }
}

TEST_CASE("a deals CSV maps its columns in any order and case, with forgiving cells") {
  const Document doc = samplePlan();
  const std::string csv =
      "Segment,DEAL,Outcome,Amount,Closed,Reason,Competitor,Campaign,Insight,Kind\r\n"
      "Retail,Northwind Retail,Closed Won,\"EUR 48,000\",2027-02-10T14:05:00Z,Price,Contoso,"
      "retail forecasting webinar series; Paid search: retail demand forecasting,They found us through the webinar,\r\n"
      "Manufacturing,Fabrikam Parts,lost,12.5k,2027-03-01,Missing feature,Globex,,,deal\r\n"
      "Retail,Tailspin Stores,No decision,,,,,,,\r\n"
      "\r\n"
      "Retail,Contoso Foods,won,\xE2\x82\xAC" "9000,2027-03-15,Relationship,,,'=Ask about the rollout,cross sell\r\n";
  const DealImportPreview preview = previewDealImport(doc, csv);
  REQUIRE(messagesOf(preview).empty());
  REQUIRE(preview.rows.size() == 4);
  CHECK(preview.count(DealImportAction::add) == 4);

  const DealReview& first = preview.rows[0].deal;
  CHECK(preview.rows[0].row == 2);
  CHECK(first.deal == "Northwind Retail");
  CHECK(first.kind == DealKind::deal);
  CHECK(first.outcome == DealOutcome::won);
  CHECK(first.amount == 48000);
  CHECK(first.closed == "2027-02-10");
  CHECK(first.reason == "Price");
  CHECK(first.competitor == "Contoso");
  CHECK(first.segment == "Retail");
  CHECK(first.insight == "They found us through the webinar");
  REQUIRE(first.campaignIds.size() == 2);
  CHECK(first.campaignIds[0] == doc.campaigns[0].meta.id);
  CHECK(first.campaignIds[1] == doc.campaigns[1].meta.id);

  CHECK(preview.rows[1].deal.amount == 12500);
  CHECK(preview.rows[1].deal.outcome == DealOutcome::lost);
  CHECK(preview.rows[2].deal.outcome == DealOutcome::noDecision);
  CHECK(preview.rows[2].deal.closed.empty());
  CHECK(preview.rows[2].deal.amount == 0);
  CHECK(preview.rows[3].row == 6);  // the blank record is skipped, numbering stays the file's
  CHECK(preview.rows[3].deal.kind == DealKind::crossSell);
  CHECK(preview.rows[3].deal.amount == 9000);
  CHECK(preview.rows[3].deal.insight == "=Ask about the rollout");  // a spreadsheet's formula guard removed
}

TEST_CASE("a bad row is a problem with its row and column, and nothing is imported") {
  Document doc = samplePlan();
  History history(doc, 5);
  const std::string csv =
      "deal,outcome,amount,closed,campaign\r\n"
      "Northwind Retail,won,48000,2027-02-10,Retail forecasting webinar series\r\n"
      "Fabrikam Parts,lost,12k,2027-03-01,Spring roadshow\r\n"
      "Tailspin Stores,pending,lots,01/03/2027,\r\n";
  const DealImportPreview preview = previewDealImport(history.doc(), csv);
  CHECK(messagesOf(preview) == std::vector<std::string>{
                                   "row 3, column 5 (campaign): the plan has no campaign called “Spring roadshow”",
                                   "row 4, column 2 (outcome): “pending” is not an outcome; expected won, lost or no decision",
                                   "row 4, column 3 (amount): “lots” is not an amount; write it like 48000, 48,000 or 48k",
                                   "row 4, column 4 (closed): “01/03/2027” is not a date; write it like 2027-03-31",
                               });
  CHECK(preview.rows.empty());
  const uint64_t revision = history.revision();
  CHECK_FALSE(applyDealImport(history, preview, kAna));
  CHECK(history.revision() == revision);
  CHECK(history.doc() == doc);
}

TEST_CASE("importing the same export again updates entries instead of doubling them") {
  History history(samplePlan(), 7);
  const std::string csv =
      "deal,outcome,amount,closed,reason,insight\r\n"
      "Northwind Retail,won,48000,2027-02-10,Price,\r\n"
      "Fabrikam Parts,lost,12000,2027-03-01,Missing feature,They need SAP integration\r\n"
      "Tailspin Stores,no decision,8000,,,\r\n";
  REQUIRE(applyDealImport(history, previewDealImport(history.doc(), csv), kAna));
  REQUIRE(history.doc().deals.size() == 3);
  CHECK(history.undoLabel() == "Import 3 deals");
  CHECK(history.doc().deals[0].meta.created.by == "Ana");
  CHECK(history.doc().deals[0].meta.created.at == kAna.now);

  SUBCASE("the same file again changes nothing") {
    const DealImportPreview again = previewDealImport(history.doc(), csv);
    CHECK(again.count(DealImportAction::unchanged) == 3);
    const uint64_t revision = history.revision();
    CHECK_FALSE(applyDealImport(history, again, kAna));
    CHECK(history.revision() == revision);
    CHECK(history.doc().deals.size() == 3);
  }
  SUBCASE("a changed row updates its entry; what was typed in the plan stays where the file is empty") {
    DealReview typed = history.doc().deals[0];
    typed.insight = "Typed in the app: the CFO signed because of the payback model";
    typed.insightUsed = true;
    typed.usedInCampaignId = history.doc().campaigns[0].meta.id;
    history.updateDeal(typed, kAna);
    const std::string changed =
        "deal,outcome,amount,closed,reason,insight\r\n"
        "northwind retail,won,52000,2027-02-10,Price,\r\n"
        "Fabrikam Parts,lost,12000,2027-03-01,Missing feature,They need SAP integration\r\n"
        "Northwind Retail,lost,9000,2027-06-30,Timing,\r\n";  // another close date: another deal
    const DealImportPreview preview = previewDealImport(history.doc(), changed);
    REQUIRE(preview.ok());
    CHECK(preview.count(DealImportAction::update) == 1);
    CHECK(preview.count(DealImportAction::unchanged) == 1);
    CHECK(preview.count(DealImportAction::add) == 1);
    REQUIRE(applyDealImport(history, preview, kAna));
    REQUIRE(history.doc().deals.size() == 4);
    const DealReview& updated = history.doc().deals[0];
    CHECK(updated.amount == 52000);
    CHECK(updated.deal == "northwind retail");
    CHECK(updated.insight == typed.insight);
    CHECK(updated.insightUsed);
    CHECK(updated.usedInCampaignId == typed.usedInCampaignId);
    CHECK(history.undoLabel() == "Import 2 deals");

    SUBCASE("one undo step takes the whole import back") {
      REQUIRE(history.undo());
      CHECK(history.doc().deals.size() == 3);
      CHECK(history.doc().deals[0] == typed);
    }
  }
}

TEST_CASE("every bad CSV in the corpus is rejected with exactly its expected messages") {
  const Document doc = samplePlan();
  const auto files = test::filesIn(test::dataPath("winloss-invalid"), ".csv");
  REQUIRE(files.size() >= 20);
  for (const auto& path : files) {
    CAPTURE(path.filename().string());
    auto expectedPath = path;
    expectedPath.replace_extension(".expected");
    REQUIRE(std::filesystem::exists(expectedPath));
    std::vector<std::string> expected;
    const std::string text = test::readFile(expectedPath);
    for (size_t start = 0; start < text.size();) {
      const size_t end = text.find('\n', start);
      expected.push_back(text.substr(start, end - start));
      start = end == std::string::npos ? text.size() : end + 1;
    }
    const DealImportPreview preview = previewDealImport(doc, test::readFile(path));
    CHECK(messagesOf(preview) == expected);
    CHECK(preview.rows.empty());
  }
}

TEST_CASE("two copies each adding win/loss entries merge into a plan that keeps both") {
  PlanSession ana(30, [] { return std::string("2027-04-02T09:00:00Z"); }, Editor{"Ana", Team::sales});
  REQUIRE(ana.openText(saveDocument(samplePlan()), "plan.json", false).result == OpenResult::Result::opened);
  PlanSession ben(31, [] { return std::string("2027-04-03T10:00:00Z"); }, Editor{"Ben", Team::marketing});
  REQUIRE(ben.openText(ana.documentJson(), "plan.json", false).result == OpenResult::Result::opened);

  // Ids are left to History, as the app and the import leave them.
  const auto fresh = [](DealReview review) {
    review.meta.id.clear();
    return review;
  };
  ana.history().addDeal(fresh(deal("Northwind Retail", DealOutcome::lost, 30000, "2027-03-20", "Price", "Contoso", "Retail")), ana.edit());
  REQUIRE(applyDealImport(ben.history(),
                          previewDealImport(ben.doc(), "deal,outcome,closed\nFabrikam Parts,won,2027-03-28\n"), ben.edit()));
  DealReview renewal = deal("", DealOutcome::won, 12000, "2027-03-30", "", "", "");
  renewal.kind = DealKind::renewal;
  renewal.insight = "Renewed because of the new dashboards";
  ben.history().addDeal(fresh(renewal), ben.edit());

  const MergeResult merged = ana.mergeCopyText(ben.documentJson(), "ben.json");
  CHECK(merged.result == MergeResult::Result::merged);
  CHECK(merged.conflicts == 0);
  REQUIRE(ana.doc().deals.size() == 3);
  const auto named = [&](const std::string& name) -> const DealReview* {
    for (const DealReview& review : ana.doc().deals)
      if (review.deal == name) return &review;
    return nullptr;
  };
  REQUIRE(named("Northwind Retail"));
  REQUIRE(named("Fabrikam Parts"));
  REQUIRE(named(""));
  CHECK(named("Northwind Retail")->meta.created.by == "Ana");
  CHECK(named("Fabrikam Parts")->meta.created.by == "Ben");
  CHECK(named("")->insight == "Renewed because of the new dashboards");
  CHECK(named("Northwind Retail")->meta.id != named("Fabrikam Parts")->meta.id);
  const WinLossReport report = winLossReport(ana.doc(), 2027);
  CHECK(report.totals == WinLossCounts{1, 1, 0});

  SUBCASE("merging the other way keeps both too") {
    REQUIRE(ben.mergeCopyText(ana.documentJson(), "ana.json").result == MergeResult::Result::merged);
    CHECK(ben.doc().deals.size() == 3);
  }
}
