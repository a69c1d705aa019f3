// The loops' part of the plan (schema version 5): the file form of lead days, deal reviews,
// ratings and collateral requests, the upgrade of version-4 files, and their edits through History.
#include <doctest/doctest.h>

#include <cstdio>

#include "core/format/format.h"
#include "core/format/migrations.h"
#include "core/merge/plan_merge.h"
#include "core/review/activity.h"
#include "core/session/history.h"
#include "core/session/plan_session.h"
#include "test_support.h"

using namespace gp;

namespace {

const EditContext kAna{"Ana", "2027-01-05T09:00:00Z", Team::marketing};
const EditContext kBen{"Ben", "2027-01-07T15:30:00Z", Team::sales};

Document loadOrFail(const std::string& text) {
  LoadResult result = loadDocument(text);
  if (const auto* error = std::get_if<LoadError>(&result)) FAIL("unexpected load error: " << error->message);
  return std::get<Document>(result);
}

std::string loadError(const std::string& text) {
  LoadResult result = loadDocument(text);
  const auto* error = std::get_if<LoadError>(&result);
  return error ? error->message : std::string();
}

History newHistory() {
  IdGenerator ids(1);
  return History(newDocument(ids, kAna), 77);
}

LeadDay leadDay(const std::string& day, int64_t accepted, int64_t rejected) {
  LeadDay result;
  result.day = day;
  result.counts.push_back(LeadCount{"Spring webinar", "marketing", LeadStatus::accepted, "", accepted});
  if (rejected) result.counts.push_back(LeadCount{"Spring webinar", "marketing", LeadStatus::rejected, "No budget", rejected});
  result.followUps.push_back(FollowUpCount{90, accepted});
  return result;
}

std::vector<std::string> daysOf(const Document& doc) {
  std::vector<std::string> days;
  for (const auto& day : doc.leadDays) days.push_back(day.day);
  return days;
}

// A plan holding one of everything the loops add, every field set.
Document planWithLoops() {
  History history = newHistory();
  history.replaceLeadDays("2027-01-04", "2027-01-05", {leadDay("2027-01-04", 7, 2), leadDay("2027-01-05", 3, 0)}, kAna,
                          "Import lead outcomes");
  Campaign webinar;
  webinar.name = "Spring webinar";
  const std::string campaignId = history.addCampaign(webinar, kAna);
  DealReview deal;
  deal.kind = DealKind::upsell;
  deal.deal = "Nordwind GmbH — «Expansion»";
  deal.outcome = DealOutcome::lost;
  deal.amount = 48000.5;
  deal.closed = "2027-02-11";
  deal.reason = "Price";
  deal.competitor = "Acme";
  deal.segment = "Mid-market, DACH";
  deal.campaignIds = {campaignId};
  deal.insight = "They compared us on price per seat.\nA TCO sheet would have helped.";
  deal.insightUsed = true;
  deal.usedInCampaignId = campaignId;
  history.addDeal(deal, kBen);
  CollateralRequest request;
  request.title = "Battlecard vs Acme";
  request.type = CollateralType::battlecard;
  request.forWhom = "Nordwind GmbH";
  request.neededBy = "2027-02-01";
  request.priority = Priority::urgent;
  request.status = RequestStatus::declined;
  request.declineReason = "Legal will not approve claims";
  request.assetLink = "https://intranet.example/battlecards/acme";
  request.campaignIds = {campaignId};
  const std::string requestId = history.addRequest(request, kBen);
  history.rate(requestId, RatingValue::somewhat, "Useful, but too long", kBen);
  Commitment commitment;
  commitment.metric = "Leads accepted by sales";
  commitment.unit = MetricUnit::percent;
  commitment.target = 0.7;
  commitment.measure = CommitmentMeasure::leadAcceptanceRate;
  history.addCommitment(commitment, kAna);
  return history.doc();
}

}  // namespace

TEST_CASE("version-4 files load with the starter reason lists and empty loops, matching their version-5 copies") {
  const auto files = test::filesIn(test::dataPath("v4"), ".json");
  REQUIRE(files.size() >= 3);
  for (const auto& path : files) {
    CAPTURE(path.filename().string());
    const std::string text = test::readFile(path);
    REQUIRE(text.find("\"schemaVersion\": 4,") != std::string::npos);
    const Document doc = loadOrFail(text);
    CHECK(doc.reasons.leadRejection == starterLeadRejectionReasons());
    CHECK(doc.reasons.deal == starterDealReasons());
    CHECK(doc.leadDays.empty());
    CHECK(doc.deals.empty());
    CHECK(doc.requests.empty());
    const std::string saved = saveDocument(doc);
    CHECK(saved == test::readFile(test::dataPath("valid") / path.filename()));
  }
}

TEST_CASE("the version-5 upgrade puts the loops after the campaigns and refuses a version-4 file that has them") {
  using Json = nlohmann::ordered_json;
  Json file = {{"format", "growth-plan"}, {"schemaVersion", 4}, {"campaigns", Json::array()}, {"comments", Json::array()}};
  migrateToCurrentSchema(file, 4);
  std::vector<std::string> keys;
  for (const auto& [key, value] : file.items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"format", "schemaVersion", "campaigns", "reasons", "leadDays", "deals",
                                         "ratings", "requests", "comments"});
  CHECK(file["reasons"]["leadRejection"].size() == 9);

  Json withDeals = {{"format", "growth-plan"}, {"schemaVersion", 4}, {"campaigns", Json::array()}, {"deals", Json::array()}};
  CHECK_THROWS_WITH(migrateToCurrentSchema(withDeals, 4), "deals: unknown field");
}

TEST_CASE("every field of the loops survives saving and loading, and a commitment's measure is written only when set") {
  const Document doc = planWithLoops();
  const std::string text = saveDocument(doc);
  const Document loaded = loadOrFail(text);
  CHECK(loaded == doc);
  CHECK(saveDocument(loaded) == text);
  CHECK(text.find("\"measure\": \"lead-acceptance-rate\"") != std::string::npos);

  Document typed = doc;
  typed.commitments[0].measure = CommitmentMeasure::typed;
  CHECK(saveDocument(typed).find("\"measure\"") == std::string::npos);
  // No lead ids or personal fields anywhere near the lead days: only counts.
  const auto json = nlohmann::ordered_json::parse(text);
  for (const auto& count : json["leadDays"][0]["counts"])
    CHECK(count.size() == 5);  // campaign, source, status, reason, count
}

TEST_CASE("the loops' malformed values are refused with the field's path") {
  const std::string text = saveDocument(planWithLoops());
  const auto broken = [&](const std::string& from, const std::string& to) {
    std::string copy = text;
    const size_t at = copy.find(from);
    REQUIRE(at != std::string::npos);
    copy.replace(at, from.size(), to);
    return loadError(copy);
  };
  CHECK(broken("\"status\": \"rejected\"", "\"status\": \"maybe\"") ==
        "leadDays[0].counts[1].status: expected one of accepted, rejected, recycled, open");
  CHECK(broken("\"count\": 7", "\"count\": -7") == "leadDays[0].counts[0].count: expected a whole number from 0 to 1000000000000");
  CHECK(broken("\"outcome\": \"lost\"", "\"outcome\": \"lose\"") ==
        "deals[0].outcome: expected one of won, lost, no-decision");
  CHECK(broken("\"priority\": \"urgent\"", "\"priority\": \"asap\"") ==
        "requests[0].priority: expected one of low, normal, high, urgent");
  CHECK(broken("\"value\": \"somewhat\"", "\"value\": \"meh\"") ==
        "ratings[0].value: expected one of useful, somewhat, not-useful");
  CHECK(broken("\"day\": \"2027-01-05\"", "\"day\": \"2027-01-04\"").find("the day 2027-01-04 is also leadDays[0]") !=
        std::string::npos);
}

TEST_CASE("lead days stored out of order (two merged copies) load in day order") {
  Document doc = planWithLoops();
  std::swap(doc.leadDays[0], doc.leadDays[1]);
  const Document loaded = loadOrFail(saveDocument(doc));
  CHECK(daysOf(loaded) == std::vector<std::string>{"2027-01-04", "2027-01-05"});
}

TEST_CASE("importing lead days replaces the days of the file's range and keeps every other day") {
  History history = newHistory();
  REQUIRE(history.replaceLeadDays("2027-01-01", "2027-03-31",
                                  {leadDay("2027-01-10", 5, 1), leadDay("2027-02-10", 6, 2), leadDay("2027-03-10", 7, 3)},
                                  kAna, "Import lead outcomes"));
  CHECK(history.undoLabel() == "Import lead outcomes");
  const std::string januaryId = history.doc().leadDays[0].meta.id;
  CHECK(januaryId == leadDayId("2027-01-10"));

  // A February-only re-export: February's day is updated, a day without leads in it goes, and
  // January and March stay.
  REQUIRE(history.replaceLeadDays("2027-02-01", "2027-02-28", {leadDay("2027-02-11", 4, 0)}, kBen, "Re-import"));
  CHECK(daysOf(history.doc()) == std::vector<std::string>{"2027-01-10", "2027-02-11", "2027-03-10"});
  CHECK(history.doc().leadDays[0].meta.modified == Stamp{"Ana", kAna.now, Team::marketing});

  // The same export again changes nothing: no undo step.
  CHECK_FALSE(history.replaceLeadDays("2027-02-01", "2027-02-28", {leadDay("2027-02-11", 4, 0)}, kBen, "Again"));
  CHECK(history.undoLabel() == "Re-import");

  // An overlapping export updates the day it shares instead of doubling it.
  REQUIRE(history.replaceLeadDays("2027-03-01", "2027-03-31", {leadDay("2027-03-10", 9, 0)}, kBen, "March"));
  REQUIRE(history.doc().leadDays.size() == 3);
  CHECK(history.doc().leadDays[2].counts[0].count == 9);
  CHECK(history.doc().leadDays[2].meta.created == Stamp{"Ana", kAna.now, Team::marketing});
  CHECK(history.doc().leadDays[2].meta.modified == Stamp{"Ben", kBen.now, Team::sales});

  CHECK(history.undo());
  CHECK(history.undo());
  CHECK(daysOf(history.doc()) == std::vector<std::string>{"2027-01-10", "2027-02-10", "2027-03-10"});
  CHECK(history.redo());
  CHECK(daysOf(history.doc()) == std::vector<std::string>{"2027-01-10", "2027-02-11", "2027-03-10"});
}

TEST_CASE("renaming a reason renames it in the lead days and deal reviews that use it, in one undo step") {
  History history = newHistory();
  LeadDay both = leadDay("2027-01-10", 5, 2);  // 2 rejected for "No budget"
  both.counts.push_back(LeadCount{"Spring webinar", "marketing", LeadStatus::rejected, "No money", 3});
  REQUIRE(history.replaceLeadDays("2027-01-01", "2027-01-31", {leadDay("2027-01-04", 7, 1), both, leadDay("2027-01-20", 4, 0)},
                                  kAna, "Import lead outcomes"));
  const std::string untouchedStamp = history.doc().leadDays[2].meta.modified.at;

  // "No budget" becomes "No money", which day 10 already has: its counts add up, one row.
  CHECK(history.renameLeadReason("No budget", "No money", kBen, "Rename the reason") == 2);
  CHECK(history.undoLabel() == "Rename the reason");
  const LeadDay& tenth = history.doc().leadDays[1];
  REQUIRE(tenth.counts.size() == 2);
  CHECK(tenth.counts[1] == LeadCount{"Spring webinar", "marketing", LeadStatus::rejected, "No money", 5});
  CHECK(tenth.meta.modified == Stamp{"Ben", kBen.now, Team::sales});
  CHECK(history.doc().leadDays[0].counts[1].reason == "No money");
  CHECK(history.doc().leadDays[2].meta.modified.at == untouchedStamp);  // no rejections: untouched
  CHECK(history.renameLeadReason("Nobody uses this", "Anything", kBen, "Rename") == 0);
  CHECK(history.undoLabel() == "Rename the reason");  // nothing changed, no step

  CHECK(history.undo());
  CHECK(history.doc().leadDays[1] == [&] {
    LeadDay restored = both;
    restored.meta = history.doc().leadDays[1].meta;
    return restored;
  }());

  DealReview lost;
  lost.deal = "Contoso";
  lost.reason = "Price";
  const std::string first = history.addDeal(lost, kBen);
  lost.deal = "Fabrikam";
  const std::string second = history.addDeal(lost, kBen);
  lost.reason = "Timing";
  history.addDeal(lost, kBen);
  CHECK(history.renameDealReason("Price", "Price too high", kAna, "Rename the reason") == 2);
  CHECK(history.findDeal(first)->reason == "Price too high");
  CHECK(history.findDeal(second)->meta.modified.by == "Ana");
  CHECK(history.doc().deals[2].reason == "Timing");
  CHECK(history.undo());
  CHECK(history.findDeal(first)->reason == "Price");
}

TEST_CASE("a person's second rating of the same thing replaces the first; others keep theirs") {
  History history = newHistory();
  Campaign campaign;
  campaign.name = "Field event";
  const std::string id = history.addCampaign(campaign, kAna);
  const std::string first = history.rate(id, RatingValue::notUseful, "Wrong audience", kBen);
  const std::string again = history.rate(id, RatingValue::somewhat, "Wrong audience, good venue", kBen);
  CHECK(first == again);
  history.rate(id, RatingValue::useful, "", kAna);
  REQUIRE(history.doc().ratings.size() == 2);
  CHECK(history.findRating(first)->value == RatingValue::somewhat);
  CHECK(history.findRating(first)->meta.modified.by == "Ben");
}

TEST_CASE("moving a request records its first answer and delivery; deleting it takes its ratings along") {
  History history = newHistory();
  CollateralRequest request;
  request.title = "Case study: logistics";
  request.type = CollateralType::caseStudy;
  const std::string id = history.addRequest(request, kBen);
  CHECK(history.findRequest(id)->answeredAt.empty());

  const EditContext accepted{"Ana", "2027-01-09T08:00:00Z", Team::marketing};
  history.moveRequest(id, RequestStatus::accepted, accepted);
  CHECK(history.findRequest(id)->answeredAt == accepted.now);
  CHECK(history.undoLabel() == "Move collateral request “Case study: logistics”");

  const EditContext delivered{"Ana", "2027-01-20T16:00:00Z", Team::marketing};
  history.moveRequest(id, RequestStatus::inProgress, delivered);
  history.moveRequest(id, RequestStatus::delivered, delivered);
  CHECK(history.findRequest(id)->answeredAt == accepted.now);  // the first answer stays
  CHECK(history.findRequest(id)->deliveredAt == delivered.now);
  history.moveRequest(id, RequestStatus::declined, delivered, "Out of scope");
  CHECK(history.findRequest(id)->deliveredAt.empty());
  CHECK(history.findRequest(id)->declineReason == "Out of scope");
  CHECK(history.undo());
  CHECK(history.findRequest(id)->status == RequestStatus::delivered);
  CHECK(history.findRequest(id)->declineReason.empty());

  history.rate(id, RatingValue::useful, "Closed a deal with it", kBen);
  history.removeRequest(id, kAna);
  CHECK(history.doc().ratings.empty());
  CHECK(history.undo());
  CHECK(history.findRequest(id) != nullptr);
  CHECK(history.doc().ratings.size() == 1);
}

TEST_CASE("removing a person clears them from the requests they asked for or own, in one undo step") {
  History history = newHistory();
  const std::string ben = history.addPerson(Person{{}, "Ben", Team::sales}, kAna);
  CollateralRequest request;
  request.title = "Pricing one-pager";
  request.requesterId = ben;
  const std::string id = history.addRequest(request, kAna);
  history.removePerson(ben, kAna);
  CHECK(history.findRequest(id)->requesterId.empty());
  CHECK(history.undo());
  CHECK(history.findRequest(id)->requesterId == ben);
}

TEST_CASE("two copies that each add requests, ratings and deal reviews merge keeping both") {
  int minute = 0;
  const NowFunction clock = [&minute] {
    char text[32];
    std::snprintf(text, sizeof text, "2027-03-01T10:%02d:00Z", minute++ % 60);
    return std::string(text);
  };
  PlanSession ana(1, clock, Editor{"Ana", Team::marketing});
  PlanSession ben(2, clock, Editor{"Ben", Team::sales});
  REQUIRE(ben.openText(ana.documentJson(), "plan.json", false).result == OpenResult::Result::opened);

  CollateralRequest deck;
  deck.title = "Q2 deck";
  ana.history().addRequest(deck, ana.edit());
  DealReview won;
  won.deal = "Hafenlogistik AG";
  ben.history().addDeal(won, ben.edit());
  CollateralRequest battlecard;
  battlecard.title = "Battlecard";
  ben.history().rate(ben.history().addRequest(battlecard, ben.edit()), RatingValue::useful, "", ben.edit());
  ben.history().replaceLeadDays("2027-01-01", "2027-01-31", {leadDay("2027-01-10", 5, 1)}, ben.edit(), "Import");

  const MergeResult merged = ana.mergeCopyText(ben.documentJson(), "ben.json");
  REQUIRE(merged.result == MergeResult::Result::merged);
  const Document& doc = ana.doc();
  CHECK(doc.requests.size() == 2);
  CHECK(doc.deals.size() == 1);
  CHECK(doc.ratings.size() == 1);
  CHECK(doc.leadDays.size() == 1);
  CHECK(doc.conflicts.empty());
}

TEST_CASE("the activity feed lists a lead import once, opening Lead feedback, and names requests and deal reviews") {
  const Document doc = planWithLoops();
  const std::vector<ActivityItem> items = planActivity(doc, ActivityFilter{}, 100);
  const auto find = [&](const std::string& start) {
    return std::count_if(items.begin(), items.end(), [&](const ActivityItem& item) { return item.what.rfind(start, 0) == 0; });
  };
  CHECK(find("Imported lead outcomes: 12 leads, 2027-01-04 \xE2\x80\x93 2027-01-05") == 1);
  for (const auto& item : items)
    if (item.what.rfind("Imported lead outcomes", 0) == 0) CHECK(item.target == kLeadFeedbackTarget);
  CHECK(find("Requested Battlecard \xE2\x80\x9C" "Battlecard vs Acme\xE2\x80\x9D") == 1);
  CHECK(find("Added customer insight \xE2\x80\x9CNordwind GmbH") == 1);
  CHECK(find("Rated Request \xE2\x80\x9C" "Battlecard vs Acme\xE2\x80\x9D Somewhat") == 1);
}
