// Collateral requests and sales's ratings: turnaround from request to first answer and to
// delivery, overdue, the board's filters, the ratings' roll-up, and two copies that each add
// requests and ratings merging into a plan that keeps both.
#include <doctest/doctest.h>

#include <memory>

#include "core/format/format.h"
#include "core/loops/request_turnaround.h"
#include "core/session/history.h"
#include "core/session/plan_session.h"
#include "test_support.h"

using namespace gp;

namespace {

EditContext at(const std::string& now, const std::string& author = "Marcus", std::optional<Team> team = Team::sales) {
  return EditContext{author, now, team};
}

CollateralRequest request(const std::string& title, const std::string& neededBy = "") {
  CollateralRequest r;
  r.title = title;
  r.neededBy = neededBy;
  return r;
}

Document withPeople() {
  Document doc;
  doc.people = {Person{{"p-marcus"}, "Marcus", Team::sales}, Person{{"p-priya"}, "Priya", Team::marketing},
                Person{{"p-clara"}, "Clara", Team::leadership}};
  return doc;
}

}  // namespace

TEST_CASE("days between two times count fractions and refuse what they cannot read") {
  CHECK(*daysBetween("2027-01-05T09:00:00Z", "2027-01-07T21:00:00Z") == doctest::Approx(2.5));
  CHECK(*daysBetween("2026-12-31T12:00:00Z", "2027-01-01T00:00:00Z") == doctest::Approx(0.5));
  CHECK(*daysBetween("2027-02-27", "2027-03-01") == doctest::Approx(2));  // not a leap year
  CHECK(*daysBetween("2027-01-05T09:30Z", "2027-01-05T09:30:00Z") == doctest::Approx(0));
  CHECK_FALSE(daysBetween("2027-01-07T00:00:00Z", "2027-01-05T00:00:00Z"));  // backwards
  CHECK_FALSE(daysBetween("", "2027-01-05T00:00:00Z"));
  CHECK_FALSE(daysBetween("2027-02-30T00:00:00Z", "2027-03-05T00:00:00Z"));
  CHECK_FALSE(daysBetween("2027-01-05T25:00:00Z", "2027-01-06T00:00:00Z"));
  CHECK_FALSE(daysBetween("2027-01-05Tnoon", "2027-01-06T00:00:00Z"));
}

TEST_CASE("moving a request on the board times its first answer and its delivery") {
  History history(withPeople());
  const std::string id = history.addRequest(request("Battlecard vs Northwind"), at("2027-03-01T09:00:00Z"));
  CHECK(requestTimes(*history.findRequest(id)).answerDays == std::nullopt);

  history.moveRequest(id, RequestStatus::accepted, at("2027-03-03T09:00:00Z", "Priya", Team::marketing));
  history.moveRequest(id, RequestStatus::inProgress, at("2027-03-04T09:00:00Z", "Priya", Team::marketing));
  history.moveRequest(id, RequestStatus::delivered, at("2027-03-11T21:00:00Z", "Priya", Team::marketing));
  const RequestTimes times = requestTimes(*history.findRequest(id));
  CHECK(*times.answerDays == doctest::Approx(2));        // the first answer, not the later moves
  CHECK(*times.deliveryDays == doctest::Approx(10.5));
  CHECK(history.findRequest(id)->meta.modified.by == "Priya");

  SUBCASE("undo takes the delivery back") {
    history.undo();
    CHECK(history.findRequest(id)->status == RequestStatus::inProgress);
    CHECK(history.findRequest(id)->deliveredAt.empty());
    CHECK_FALSE(requestTimes(*history.findRequest(id)).deliveryDays);
  }
  SUBCASE("declining is an answer, with its reason") {
    const std::string other = history.addRequest(request("Case study"), at("2027-03-02T09:00:00Z"));
    history.moveRequest(other, RequestStatus::declined, at("2027-03-02T15:00:00Z", "Priya", Team::marketing),
                        "The customer has not agreed to be named");
    const CollateralRequest& declined = *history.findRequest(other);
    CHECK(declined.declineReason == "The customer has not agreed to be named");
    CHECK(*requestTimes(declined).answerDays == doctest::Approx(0.25));
    CHECK_FALSE(requestTimes(declined).deliveryDays);
  }
}

TEST_CASE("turnaround rolls up the requests filed in a range: medians and the slowest answer") {
  History history(withPeople());
  const auto file = [&](const std::string& title, const std::string& filed, const std::string& answered,
                        const std::string& delivered) {
    const std::string id = history.addRequest(request(title), at(filed));
    if (!answered.empty()) history.moveRequest(id, RequestStatus::accepted, at(answered, "Priya", Team::marketing));
    if (!delivered.empty()) history.moveRequest(id, RequestStatus::delivered, at(delivered, "Priya", Team::marketing));
    return id;
  };
  file("A", "2027-01-04T09:00:00Z", "2027-01-05T09:00:00Z", "2027-01-14T09:00:00Z");  // 1 day, 10 days
  file("B", "2027-01-10T09:00:00Z", "2027-01-13T09:00:00Z", "2027-01-16T09:00:00Z");  // 3 days, 6 days
  file("C", "2027-02-01T09:00:00Z", "2027-02-08T09:00:00Z", "");                      // 7 days, not delivered
  file("D", "2027-03-30T09:00:00Z", "", "");                                          // not answered yet
  file("E", "2027-04-02T09:00:00Z", "2027-04-02T21:00:00Z", "");                      // next quarter

  const RequestTurnaround q1 = requestTurnaroundBetween(history.doc(), "2027-01-01", "2027-03-31", "2027-04-01T09:00:00Z");
  CHECK(q1.requests == 4);
  CHECK(q1.answered == 3);
  CHECK(q1.delivered == 2);
  CHECK(q1.waiting == 1);
  CHECK(*q1.longestWaitDays == doctest::Approx(2));  // D, filed two days before "now"
  CHECK(*q1.slowestAnswerDays == doctest::Approx(7));
  CHECK(*q1.slowestSoFarDays() == doctest::Approx(7));
  CHECK(*q1.medianAnswerDays == doctest::Approx(3));
  CHECK(*q1.medianDeliveryDays == doctest::Approx(8));  // an even count: the mean of 6 and 10

  SUBCASE("a request nobody answers counts with its wait, so it cannot keep the SLA green") {
    const RequestTurnaround later = requestTurnaroundBetween(history.doc(), "2027-01-01", "2027-03-31", "2027-04-12T21:00:00Z");
    CHECK(*later.slowestAnswerDays == doctest::Approx(7));
    CHECK(*later.longestWaitDays == doctest::Approx(13.5));
    CHECK(*later.slowestSoFarDays() == doctest::Approx(13.5));
    const RequestTurnaround unreadableNow = requestTurnaroundBetween(history.doc(), "2027-01-01", "2027-03-31", "");
    CHECK(unreadableNow.waiting == 1);
    CHECK_FALSE(unreadableNow.longestWaitDays);
    CHECK(*unreadableNow.slowestSoFarDays() == doctest::Approx(7));
  }

  const RequestTurnaround lastDayOnly = requestTurnaroundBetween(history.doc(), "2027-03-30", "2027-03-30", "2027-03-31T09:00:00Z");
  CHECK(lastDayOnly.requests == 1);
  CHECK(lastDayOnly.answered == 0);
  CHECK_FALSE(lastDayOnly.slowestAnswerDays);
  CHECK(*lastDayOnly.slowestSoFarDays() == doctest::Approx(1));  // waiting one day so far
  CHECK_FALSE(lastDayOnly.medianAnswerDays);
  CHECK_FALSE(lastDayOnly.medianDeliveryDays);

  const RequestTurnaround none = requestTurnaroundBetween(history.doc(), "2026-01-01", "2026-12-31", "2027-04-01T09:00:00Z");
  CHECK(none.requests == 0);

  SUBCASE("a request with an unreadable filing time counts but has no times") {
    Document doc = history.doc();
    doc.requests[0].meta.created.at = "yesterday";
    const RequestTurnaround all = requestTurnaround(doc.requests, "2027-04-01T09:00:00Z");
    CHECK(all.requests == 5);
    CHECK(all.answered == 3);
  }
}

TEST_CASE("a request is overdue once its needed-by day has passed until it is delivered or declined") {
  CollateralRequest r = request("One-pager", "2027-03-10");
  CHECK_FALSE(isOverdue(r, "2027-03-10"));
  CHECK(isOverdue(r, "2027-03-11"));
  CHECK(isOverdue(r, "2027-03-11T08:00:00Z"));
  r.status = RequestStatus::inProgress;
  CHECK(isOverdue(r, "2027-04-01"));
  r.status = RequestStatus::delivered;
  CHECK_FALSE(isOverdue(r, "2027-04-01"));
  r.status = RequestStatus::declined;
  CHECK_FALSE(isOverdue(r, "2027-04-01"));
  CHECK_FALSE(isOverdue(request("No date"), "2027-04-01"));
  CHECK_FALSE(isOverdue(request("Bad date", "soon"), "2027-04-01"));
  CHECK_FALSE(isOverdue(request("Bad today", "2027-03-10"), ""));
}

TEST_CASE("the board's filters: team of the requester or owner, owner, type and overdue") {
  History history(withPeople());
  CollateralRequest deck = request("Deck for Contoso", "2027-03-01");
  deck.requesterId = "p-marcus";
  deck.ownerId = "p-priya";
  const std::string deckId = history.addRequest(deck, at("2027-02-01T09:00:00Z"));
  CollateralRequest battlecard = request("Battlecard", "2027-05-01");
  battlecard.type = CollateralType::battlecard;
  battlecard.requesterId = "p-clara";
  const std::string battlecardId = history.addRequest(battlecard, at("2027-02-02T09:00:00Z", "Clara", Team::leadership));
  // Filed by a salesperson who is not among the plan's people: their stamp says their team.
  const std::string videoId = history.addRequest([] { auto r = request("Demo video"); r.type = CollateralType::demoVideo; return r; }(),
                                                 at("2027-02-03T09:00:00Z", "Sam", Team::sales));
  const Document& doc = history.doc();
  const auto ids = [&](const RequestFilter& filter, const std::string& today = "2027-04-01") {
    std::vector<std::string> shown;
    for (const auto& r : filterRequests(doc, filter, today)) shown.push_back(r.meta.id);
    return shown;
  };

  CHECK(ids({}) == std::vector<std::string>{deckId, battlecardId, videoId});
  CHECK(ids({Team::sales}) == std::vector<std::string>{deckId, videoId});
  CHECK(ids({Team::marketing}) == std::vector<std::string>{deckId});  // its owner is in marketing
  CHECK(ids({Team::leadership}) == std::vector<std::string>{battlecardId});
  CHECK(ids({std::nullopt, "p-priya"}) == std::vector<std::string>{deckId});
  CHECK(ids({std::nullopt, "", CollateralType::battlecard}) == std::vector<std::string>{battlecardId});
  CHECK(ids({std::nullopt, "", std::nullopt, true}) == std::vector<std::string>{deckId});
  CHECK(ids({std::nullopt, "", std::nullopt, true}, "2027-05-02") == std::vector<std::string>{deckId, battlecardId});
  CHECK(ids({Team::sales, "p-priya", CollateralType::deck, true}) == std::vector<std::string>{deckId});
  CHECK(ids({Team::sales, "p-priya", CollateralType::battlecard}).empty());
  CHECK_FALSE(RequestFilter{}.active());
  CHECK(RequestFilter{std::nullopt, "", std::nullopt, true}.active());
}

TEST_CASE("ratings roll up per target: one per person, counts per value and the latest why's") {
  History history(withPeople());
  const std::string campaign = history.addCampaign(Campaign{}, at("2027-01-01T09:00:00Z", "Priya", Team::marketing));
  history.rate(campaign, RatingValue::useful, "Booked two demos from it", at("2027-03-01T09:00:00Z", "Marcus"));
  history.rate(campaign, RatingValue::notUseful, "Wrong industry", at("2027-03-02T09:00:00Z", "Sofie"));
  history.rate(campaign, RatingValue::somewhat, "", at("2027-03-03T09:00:00Z", "Sam"));
  history.rate("another-target", RatingValue::useful, "Not this one", at("2027-03-04T09:00:00Z", "Marcus"));

  RatingRollUp rollUp = ratingRollUp(history.doc(), campaign);
  CHECK(rollUp.useful == 1);
  CHECK(rollUp.somewhat == 1);
  CHECK(rollUp.notUseful == 1);
  CHECK(rollUp.total() == 3);
  CHECK(ratingCountsText(rollUp) == "1 useful \xC2\xB7 1 somewhat \xC2\xB7 1 not useful");
  REQUIRE(rollUp.latestWhys.size() == 2);  // Sam gave no why
  CHECK(rollUp.latestWhys[0].why == "Wrong industry");
  CHECK(rollUp.latestWhys[1].why == "Booked two demos from it");

  SUBCASE("a person's new rating replaces their earlier one and becomes the latest why") {
    history.rate(campaign, RatingValue::useful, "Used it again: it works for retail", at("2027-03-05T09:00:00Z", "Marcus"));
    rollUp = ratingRollUp(history.doc(), campaign);
    CHECK(rollUp.useful == 1);
    CHECK(rollUp.total() == 3);
    CHECK(rollUp.latestWhys[0].why == "Used it again: it works for retail");
  }
  SUBCASE("only as many why's as asked") {
    CHECK(ratingRollUp(history.doc(), campaign, 1).latestWhys.size() == 1);
    CHECK(ratingRollUp(history.doc(), campaign, 0).latestWhys.empty());
  }
  SUBCASE("nothing rated") {
    const RatingRollUp empty = ratingRollUp(history.doc(), "nobody-rated-this");
    CHECK(empty.total() == 0);
    CHECK(ratingCountsText(empty) == "0 useful \xC2\xB7 0 somewhat \xC2\xB7 0 not useful");
  }
}

TEST_CASE("two copies each adding requests and ratings merge into a plan that keeps both") {
  auto clock = [](std::string day) {
    auto minutes = std::make_shared<int>(0);
    return [minutes, day] {
      const int m = (*minutes)++;
      char text[40];
      std::snprintf(text, sizeof text, "%sT%02d:%02d:00Z", day.c_str(), 9 + m / 60 % 12, m % 60);
      return std::string(text);
    };
  };
  PlanSession sales(31, clock("2027-03-01"), Editor{"Marcus Oyelaran", Team::sales});
  REQUIRE(sales.openText(test::readFile(test::assetPath("sample-plan.json")), "sample-plan.json", false).result ==
          OpenResult::Result::opened);
  PlanSession marketing(32, clock("2027-03-02"), Editor{"Priya Raman", Team::marketing});
  REQUIRE(marketing.openText(sales.documentJson(), "plan.json", false).result == OpenResult::Result::opened);
  const std::string campaign = sales.doc().campaigns.at(0).meta.id;
  const size_t requestsBefore = sales.doc().requests.size();
  const size_t ratingsBefore = sales.doc().ratings.size();

  // Sales files a request and rates a campaign; marketing, apart, files and delivers another and
  // rates the same campaign.
  const std::string asked = sales.history().addRequest(request("Battlecard vs Northwind", "2027-03-20"), sales.edit());
  sales.history().rate(campaign, RatingValue::useful, "Two meetings booked", sales.edit());
  const std::string made = marketing.history().addRequest(request("Retail case study"), marketing.edit());
  marketing.history().moveRequest(made, RequestStatus::delivered, marketing.edit());
  marketing.history().rate(campaign, RatingValue::somewhat, "Good leads, thin follow-up", marketing.edit());

  const MergeResult merged = sales.mergeCopyText(marketing.documentJson(), "priya.json");
  CHECK(merged.result == MergeResult::Result::merged);
  CHECK(merged.conflicts == 0);
  const Document& doc = sales.doc();
  CHECK(doc.requests.size() == requestsBefore + 2);
  CHECK(sales.history().findRequest(asked));
  REQUIRE(sales.history().findRequest(made));
  CHECK(sales.history().findRequest(made)->status == RequestStatus::delivered);
  CHECK_FALSE(sales.history().findRequest(made)->deliveredAt.empty());
  CHECK(doc.ratings.size() == ratingsBefore + 2);
  const RatingRollUp rollUp = ratingRollUp(doc, campaign);
  CHECK(rollUp.useful >= 1);
  CHECK(rollUp.somewhat >= 1);

  SUBCASE("the other way round keeps both too") {
    PlanSession other(33, clock("2027-03-03"), Editor{"Priya Raman", Team::marketing});
    REQUIRE(other.openText(marketing.documentJson(), "plan.json", false).result == OpenResult::Result::opened);
    REQUIRE(other.mergeCopyText(sales.documentJson(), "marcus.json").result == MergeResult::Result::merged);
    CHECK(other.doc().requests.size() == doc.requests.size());
    CHECK(other.doc().ratings.size() == doc.ratings.size());
  }
  SUBCASE("the merged plan saves and loads with both") {
    LoadResult loaded = loadDocument(sales.documentJson());
    REQUIRE(std::holds_alternative<Document>(loaded));
    CHECK(std::get<Document>(loaded).requests.size() == requestsBefore + 2);
    CHECK(std::get<Document>(loaded).ratings.size() == ratingsBefore + 2);
  }
}
