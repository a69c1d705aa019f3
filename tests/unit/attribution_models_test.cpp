// Attribution models: every model's split of one opportunity, worked out by hand (ties, one and two
// touches, coinciding and missing milestones, micro-unit remainders), the totals per channel,
// campaign, team and month, the JSON and CSV exports, and a random check that shares always add up.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <numeric>
#include <random>
#include <tuple>

#include "core/attribution/attribution_models.h"

using namespace gp;

namespace {

constexpr int64_t kDay = 86400;
constexpr int64_t kUnit = kMicrosPerUnit;

int64_t utc(int year, unsigned month, unsigned day) {
  const std::chrono::sys_days date{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}};
  return static_cast<int64_t>(date.time_since_epoch().count()) * kDay;
}

const int64_t kClose = utc(2027, 3, 1);

Touchpoint touchAt(int64_t at, Milestone milestone = Milestone::none) {
  Touchpoint touch;
  touch.at = at;
  touch.milestone = milestone;
  return touch;
}

// Touches a day apart before kClose, with the given milestones.
std::vector<Touchpoint> touchesWith(std::vector<Milestone> milestones) {
  std::vector<Touchpoint> touches;
  for (size_t i = 0; i < milestones.size(); ++i)
    touches.push_back(touchAt(kClose - static_cast<int64_t>(milestones.size() - i) * kDay, milestones[i]));
  return touches;
}

std::vector<Touchpoint> plainTouches(size_t count) { return touchesWith(std::vector<Milestone>(count, Milestone::none)); }

std::vector<int64_t> sharesOf(const AttributionSettings& settings, const std::vector<Touchpoint>& touches,
                              int64_t amountMicros, int64_t reference = kClose) {
  return touchShares(settings, touches, amountMicros, reference);
}

std::vector<int64_t> sharesOf(AttributionModel model, const std::vector<Touchpoint>& touches, int64_t amountMicros) {
  AttributionSettings settings;
  settings.model = model;
  return sharesOf(settings, touches, amountMicros);
}

using Shares = std::vector<int64_t>;

// Rows as the importer leaves them: touches sorted by opportunity, time and file order, offsets
// built, channels and campaigns interned in the order first seen.
class DataBuilder {
 public:
  uint32_t opportunity(int64_t amountMicros, OpportunityStage stage, int64_t created = utc(2027, 1, 10),
                       std::optional<TouchTeam> crmSource = {}) {
    Opportunity opportunity;
    opportunity.id = "opp-" + std::to_string(data_.opportunities.size());
    opportunity.created = created;
    if (stage != OpportunityStage::open) opportunity.closed = created + 30 * kDay;
    opportunity.amountMicros = amountMicros;
    opportunity.stage = stage;
    opportunity.crmSource = crmSource;
    data_.opportunities.push_back(std::move(opportunity));
    return static_cast<uint32_t>(data_.opportunities.size() - 1);
  }

  void touch(uint32_t opportunity, const std::string& channel, const std::string& campaign,
             TouchTeam team = TouchTeam::marketing, int64_t at = utc(2027, 1, 5), Milestone milestone = Milestone::none) {
    Touchpoint touch;
    touch.opportunity = opportunity;
    touch.channel = intern(data_.channels, channel);
    touch.campaign = intern(data_.campaigns, campaign);
    touch.team = team;
    touch.milestone = milestone;
    touch.at = at;
    touch.fileOrder = static_cast<uint32_t>(data_.touches.size());
    data_.touches.push_back(touch);
  }

  AttributionData build() const {
    AttributionData data = data_;
    std::sort(data.touches.begin(), data.touches.end(), [](const Touchpoint& a, const Touchpoint& b) {
      return std::tie(a.opportunity, a.at, a.fileOrder) < std::tie(b.opportunity, b.at, b.fileOrder);
    });
    data.firstTouchOf.assign(data.opportunities.size() + 1, 0);
    for (const Touchpoint& touch : data.touches) ++data.firstTouchOf[touch.opportunity + 1];
    std::partial_sum(data.firstTouchOf.begin(), data.firstTouchOf.end(), data.firstTouchOf.begin());
    return data;
  }

 private:
  static uint32_t intern(std::vector<std::string>& names, const std::string& name) {
    const auto found = std::find(names.begin(), names.end(), name);
    if (found != names.end()) return static_cast<uint32_t>(found - names.begin());
    names.push_back(name);
    return static_cast<uint32_t>(names.size() - 1);
  }

  AttributionData data_;
};

AttributionResult computed(const AttributionData& data, AttributionModel model) {
  AttributionSettings settings;
  settings.model = model;
  return computeAttribution(data, settings);
}

const NamedCredit* named(const std::vector<NamedCredit>& rows, const std::string& name) {
  for (const NamedCredit& row : rows)
    if (row.name == name) return &row;
  return nullptr;
}

Credit credit(int64_t pipelineUnits, int64_t revenueUnits) { return Credit{pipelineUnits * kUnit, revenueUnits * kUnit}; }

size_t team(TouchTeam team) { return static_cast<size_t>(team); }

}  // namespace

TEST_CASE("attribution model and team names read back, with the spellings attribution tools use") {
  for (AttributionModel model : kAllAttributionModels)
    CHECK(attributionModelFromName(attributionModelName(model)) == model);
  CHECK(std::string(attributionModelName(AttributionModel::uShaped)) == "u-shaped");
  CHECK(std::string(attributionModelLabel(AttributionModel::uShaped)) == "U-shaped");
  CHECK(std::string(attributionModelLabel(AttributionModel::timeDecay)) == "Time decay");
  CHECK(attributionModelFromName("first-touch") == AttributionModel::firstTouch);
  CHECK(attributionModelFromName("Last touch") == AttributionModel::lastTouch);
  CHECK(attributionModelFromName("position-based") == AttributionModel::uShaped);
  CHECK(attributionModelFromName("U") == AttributionModel::uShaped);
  CHECK(attributionModelFromName("w") == AttributionModel::wShaped);
  CHECK(attributionModelFromName("time_decay") == AttributionModel::timeDecay);
  CHECK_FALSE(attributionModelFromName("data-driven"));
  CHECK_FALSE(attributionModelFromName(""));
  for (TouchTeam touchTeam : kAllTouchTeams) CHECK(touchTeamFromName(touchTeamName(touchTeam)) == touchTeam);
  CHECK(std::string(touchTeamLabel(TouchTeam::partner)) == "Partner");
  CHECK(touchTeamFromName("Sales") == TouchTeam::sales);
  CHECK_FALSE(touchTeamFromName("sdr"));
}

TEST_CASE("attribution by first touch, last touch and linear: time order, leftover micro-units to earlier touches") {
  const auto touches = plainTouches(3);
  CHECK(sharesOf(AttributionModel::firstTouch, touches, 100) == Shares{100, 0, 0});
  CHECK(sharesOf(AttributionModel::lastTouch, touches, 100) == Shares{0, 0, 100});
  CHECK(sharesOf(AttributionModel::linear, touches, 100) == Shares{34, 33, 33});  // 33⅓ each
  CHECK(sharesOf(AttributionModel::linear, plainTouches(4), 10) == Shares{3, 3, 2, 2});
  CHECK(sharesOf(AttributionModel::linear, plainTouches(4), 1) == Shares{1, 0, 0, 0});
  CHECK(sharesOf(AttributionModel::linear, plainTouches(2), 0) == Shares{0, 0});
  SUBCASE("one touch gets everything under every model") {
    for (AttributionModel model : kAllAttributionModels)
      CHECK(sharesOf(model, plainTouches(1), 12'345) == Shares{12'345});
  }
  SUBCASE("no touches, no shares") { CHECK(sharesOf(AttributionModel::linear, {}, 100).empty()); }
}

TEST_CASE("attribution of touches at the same moment keeps file order: the first in the file is the first touch") {
  DataBuilder builder;
  const uint32_t opp = builder.opportunity(3 * kUnit + 1, OpportunityStage::won);
  const int64_t at = utc(2027, 1, 5);
  builder.touch(opp, "Webinar", "Q1", TouchTeam::marketing, at);
  builder.touch(opp, "Call", "Q1", TouchTeam::sales, at);
  builder.touch(opp, "Referral", "Q1", TouchTeam::partner, at - kDay);
  const AttributionData data = builder.build();  // Referral, then Webinar and Call in file order
  CHECK(named(computed(data, AttributionModel::firstTouch).byChannel, "Referral")->credit.pipelineMicros ==
        3 * kUnit + 1);
  CHECK(named(computed(data, AttributionModel::lastTouch).byChannel, "Call")->credit.pipelineMicros == 3 * kUnit + 1);
  const AttributionResult linear = computed(data, AttributionModel::linear);
  CHECK(named(linear.byChannel, "Referral")->credit.pipelineMicros == kUnit + 1);  // the odd micro-unit
  CHECK(named(linear.byChannel, "Webinar")->credit.pipelineMicros == kUnit);
  CHECK(named(linear.byChannel, "Call")->credit.pipelineMicros == kUnit);
  SUBCASE("time decay gives tied touches equal weight, and the remainder to the earlier one in the file") {
    AttributionSettings settings;
    settings.model = AttributionModel::timeDecay;
    CHECK(sharesOf(settings, {touchAt(kClose), touchAt(kClose)}, 101) == Shares{51, 50});
  }
}

TEST_CASE("position-based (U) attribution: 40% first, 40% last, 20% over the touches between") {
  const AttributionModel u = AttributionModel::uShaped;
  CHECK(sharesOf(u, plainTouches(2), 101) == Shares{51, 50});
  CHECK(sharesOf(u, plainTouches(3), 100) == Shares{40, 20, 40});
  CHECK(sharesOf(u, plainTouches(4), 100) == Shares{40, 10, 10, 40});
  CHECK(sharesOf(u, plainTouches(5), 100) == Shares{40, 7, 7, 6, 40});  // 6⅔ each between
  CHECK(sharesOf(u, plainTouches(3), 1) == Shares{1, 0, 0});            // 0.4 = 0.4: the earlier touch
  CHECK(sharesOf(u, plainTouches(3), 3) == Shares{1, 1, 1});            // 1.2, 0.6, 1.2
}

TEST_CASE("W-shaped attribution: 30% to first touch, lead created and opportunity created, 10% over the others") {
  const AttributionModel w = AttributionModel::wShaped;
  const Milestone none = Milestone::none, lead = Milestone::leadCreated, opp = Milestone::opportunityCreated;
  CHECK(sharesOf(w, touchesWith({none, lead, none, opp, none}), 1000) == Shares{300, 300, 50, 300, 50});
  SUBCASE("a touch holding two positions gets both shares") {
    CHECK(sharesOf(w, touchesWith({lead, none, opp, none}), 1000) == Shares{600, 50, 300, 50});
    CHECK(sharesOf(w, touchesWith({opp, lead, none}), 1000) == Shares{600, 300, 100});
  }
  SUBCASE("lead and opportunity created by touches at the same moment: each holds its own position") {
    std::vector<Touchpoint> touches = {touchAt(kClose - 2 * kDay), touchAt(kClose - kDay, lead),
                                       touchAt(kClose - kDay, opp), touchAt(kClose)};
    CHECK(sharesOf(w, touches, 1000) == Shares{300, 300, 300, 100});
  }
  SUBCASE("a missing milestone's 30% goes equally to the positions present") {
    CHECK(sharesOf(w, touchesWith({none, opp, none, none}), 1000) == Shares{450, 450, 50, 50});
    CHECK(sharesOf(w, touchesWith({none, none, lead}), 1000) == Shares{450, 100, 450});
    CHECK(sharesOf(w, touchesWith({opp, none, none}), 1000) == Shares{900, 50, 50});  // first is also opp-created
  }
  SUBCASE("both milestones missing: the first touch holds 90%") {
    CHECK(sharesOf(w, touchesWith({none, none, none}), 1000) == Shares{900, 50, 50});
    CHECK(sharesOf(w, touchesWith({none, none}), 1000) == Shares{900, 100});
  }
  SUBCASE("with no other touches the 10% goes equally to the positions") {
    CHECK(sharesOf(w, touchesWith({none, lead, opp}), 100) == Shares{34, 33, 33});
    CHECK(sharesOf(w, touchesWith({lead, opp}), 100) == Shares{67, 33});  // two positions of three
    CHECK(sharesOf(w, touchesWith({none, opp}), 1000) == Shares{500, 500});
    CHECK(sharesOf(w, touchesWith({lead}), 7) == Shares{7});
  }
  SUBCASE("a milestone repeated: the earliest such touch holds the position, later ones are ordinary") {
    CHECK(sharesOf(w, touchesWith({none, lead, lead, opp}), 1000) == Shares{300, 300, 100, 300});
    CHECK(sharesOf(w, touchesWith({none, opp, lead, opp, none}), 1000) == Shares{300, 300, 300, 50, 50});
  }
}

TEST_CASE("time decay attribution halves a touch's weight every half-life before the close") {
  AttributionSettings settings;
  settings.model = AttributionModel::timeDecay;
  settings.halfLifeDays = 7;
  const std::vector<Touchpoint> twoTouches = {touchAt(kClose - 7 * kDay), touchAt(kClose)};
  // Weights ½ and 1: shares ⅓ and ⅔; the leftover micro-unit goes to the larger remainder (⅔).
  CHECK(sharesOf(settings, twoTouches, 100) == Shares{33, 67});
  CHECK(sharesOf(settings, twoTouches, kUnit) == Shares{333'333, 666'667});
  CHECK(sharesOf(settings, {touchAt(kClose - 14 * kDay), touchAt(kClose - 7 * kDay), touchAt(kClose)}, 700) ==
        Shares{100, 200, 400});
  CHECK(sharesOf(settings, {touchAt(kClose - 7 * kDay - kDay / 2), touchAt(kClose - kDay / 2)}, 300) ==
        Shares{100, 200});  // fractional days, measured to the reference
  SUBCASE("an open opportunity measures from its creation; later touches count as made then") {
    const int64_t created = kClose;
    const std::vector<Touchpoint> touches = {touchAt(created - 7 * kDay), touchAt(created + 3 * kDay),
                                             touchAt(created + 9 * kDay)};
    CHECK(sharesOf(settings, touches, 500, created) == Shares{100, 200, 200});
    DataBuilder builder;
    const uint32_t open = builder.opportunity(300 * kUnit, OpportunityStage::open, created);
    builder.touch(open, "Ads", "", TouchTeam::marketing, created - 7 * kDay);
    builder.touch(open, "Demo", "", TouchTeam::sales, created + 3 * kDay);
    const AttributionResult result = computeAttribution(builder.build(), settings);
    CHECK(result.byTeam[team(TouchTeam::marketing)] == credit(100, 0));
    CHECK(result.byTeam[team(TouchTeam::sales)] == credit(200, 0));
  }
  SUBCASE("a longer half-life spreads the credit more evenly") {
    settings.halfLifeDays = 14;  // weights 2^-½ and 1
    const Shares shares = sharesOf(settings, twoTouches, kUnit);
    CHECK(shares == Shares{414'214, 585'786});
  }
}

TEST_CASE("custom attribution: the agreed first, middle and last percentages") {
  AttributionSettings settings;
  settings.model = AttributionModel::custom;
  settings.customFirst = 10;
  settings.customMiddle = 60;
  settings.customLast = 30;
  CHECK(sharesOf(settings, plainTouches(4), 100) == Shares{10, 30, 30, 30});
  CHECK(sharesOf(settings, plainTouches(3), 100) == Shares{10, 60, 30});
  CHECK(sharesOf(settings, plainTouches(1), 100) == Shares{100});
  SUBCASE("two touches split first + last as first : last and halve the middle") {
    settings.customFirst = 30, settings.customMiddle = 50, settings.customLast = 20;
    CHECK(sharesOf(settings, plainTouches(2), 100) == Shares{55, 45});
    settings.customFirst = 0, settings.customMiddle = 100, settings.customLast = 0;
    CHECK(sharesOf(settings, plainTouches(2), 100) == Shares{50, 50});
    CHECK(sharesOf(settings, plainTouches(3), 100) == Shares{0, 100, 0});
  }
  SUBCASE("percentages with decimals are exact") {
    settings.customFirst = 33.3, settings.customMiddle = 33.4, settings.customLast = 33.3;
    CHECK(sharesOf(settings, plainTouches(3), 1000) == Shares{333, 334, 333});
    CHECK(sharesOf(settings, plainTouches(3), 10'000'000) == Shares{3'330'000, 3'340'000, 3'330'000});
  }
  SUBCASE("the defaults are the U shape") {
    const AttributionSettings defaults{.model = AttributionModel::custom};
    CHECK(sharesOf(defaults, plainTouches(5), 100) == sharesOf(AttributionModel::uShaped, plainTouches(5), 100));
  }
}

TEST_CASE("attribution pipeline counts open and won amounts, revenue won amounts; lost ones count only as opportunities") {
  DataBuilder builder;
  builder.touch(builder.opportunity(100 * kUnit, OpportunityStage::open), "Open channel", "Spring");
  builder.touch(builder.opportunity(50 * kUnit, OpportunityStage::won), "Won channel", "Spring");
  builder.touch(builder.opportunity(70 * kUnit, OpportunityStage::lost), "Lost channel", "Autumn", TouchTeam::sales);
  builder.opportunity(20 * kUnit, OpportunityStage::won);  // no touches
  const AttributionData data = builder.build();
  CHECK(data.withoutTouches() == 1);
  const AttributionResult result = computed(data, AttributionModel::linear);
  CHECK(result.opportunities == 4);
  CHECK(result.touches == 3);
  CHECK(result.withoutTouches == 1);
  CHECK(result.total == credit(170, 70));
  CHECK(result.byChannel == std::vector<NamedCredit>{{"Open channel", credit(100, 0)},
                                                     {"Won channel", credit(50, 50)},
                                                     {"Lost channel", credit(0, 0)}});
  CHECK(result.byCampaign == std::vector<NamedCredit>{{"Spring", credit(150, 50)}, {"Autumn", credit(0, 0)}});
  CHECK(result.byTeam[team(TouchTeam::marketing)] == credit(150, 50));
  CHECK(result.byTeam[team(TouchTeam::sales)] == Credit{});
  CHECK(result.touched[team(TouchTeam::sales)] == Credit{});  // touched, but lost
  CHECK(result.settings.model == AttributionModel::linear);
  SUBCASE("data without offsets (put together by hand) gives the same result") {
    AttributionData withoutOffsets = data;
    withoutOffsets.firstTouchOf.clear();
    CHECK(withoutOffsets.withoutTouches() == 1);
    CHECK(computed(withoutOffsets, AttributionModel::linear) == result);
  }
}

TEST_CASE("attribution: sourced is the first touch's team, touched any team's touch, crmSourced the CRM's column") {
  DataBuilder builder;
  const uint32_t both = builder.opportunity(100 * kUnit, OpportunityStage::won, utc(2027, 1, 10), TouchTeam::sales);
  builder.touch(both, "Ads", "", TouchTeam::marketing, utc(2027, 1, 1));
  builder.touch(both, "Call", "", TouchTeam::sales, utc(2027, 1, 2));
  builder.touch(both, "Ads", "", TouchTeam::marketing, utc(2027, 1, 3));
  const uint32_t partner = builder.opportunity(40 * kUnit, OpportunityStage::open, utc(2027, 1, 10));
  builder.touch(partner, "Reseller", "", TouchTeam::partner);
  builder.opportunity(7 * kUnit, OpportunityStage::open, utc(2027, 1, 10), TouchTeam::marketing);  // no touches
  const AttributionResult result = computed(builder.build(), AttributionModel::lastTouch);
  CHECK(result.sourced[team(TouchTeam::marketing)] == credit(100, 100));
  CHECK(result.sourced[team(TouchTeam::sales)] == Credit{});
  CHECK(result.sourced[team(TouchTeam::partner)] == credit(40, 0));
  CHECK(result.touched[team(TouchTeam::marketing)] == credit(100, 100));
  CHECK(result.touched[team(TouchTeam::sales)] == credit(100, 100));  // one opportunity, touched by two teams
  CHECK(result.touched[team(TouchTeam::partner)] == credit(40, 0));
  CHECK(result.crmSourced[team(TouchTeam::marketing)] == credit(7, 0));
  CHECK(result.crmSourced[team(TouchTeam::sales)] == credit(100, 100));
  CHECK(result.crmSourced[team(TouchTeam::partner)] == Credit{});
  CHECK(result.byTeam[team(TouchTeam::marketing)] == credit(100, 100));  // last touch: Ads
  CHECK(result.byTeam[team(TouchTeam::partner)] == credit(40, 0));
  CHECK(result.total == credit(147, 100));
}

TEST_CASE("attribution months follow the opportunity's created date in UTC, in month order") {
  DataBuilder builder;
  const uint32_t january = builder.opportunity(100 * kUnit, OpportunityStage::won, utc(2027, 1, 31) + kDay - 1);
  builder.touch(january, "Call", "", TouchTeam::sales, utc(2027, 1, 2));
  builder.touch(january, "Ads", "", TouchTeam::marketing, utc(2027, 1, 3));
  const uint32_t february = builder.opportunity(60 * kUnit, OpportunityStage::open, utc(2027, 2, 1));
  builder.touch(february, "Ads", "", TouchTeam::marketing, utc(2027, 1, 20));
  const uint32_t december = builder.opportunity(30 * kUnit, OpportunityStage::open, utc(2026, 12, 15));
  builder.touch(december, "Reseller", "", TouchTeam::partner, utc(2026, 12, 1));
  builder.opportunity(5 * kUnit, OpportunityStage::open, utc(2027, 1, 1));  // no touches, still a January one
  const AttributionResult result = computed(builder.build(), AttributionModel::linear);
  REQUIRE(result.byMonth.size() == 3);
  CHECK(result.byMonth[0].month == "2026-12");
  CHECK(result.byMonth[1].month == "2027-01");
  CHECK(result.byMonth[2].month == "2027-02");
  const MonthCredit& jan = result.byMonth[1];
  CHECK(jan.touchedByMarketing == credit(100, 100));
  CHECK(jan.sourcedByMarketing == Credit{});  // a sales call came first
  CHECK(jan.byTeam[team(TouchTeam::sales)] == credit(50, 50));
  CHECK(jan.byTeam[team(TouchTeam::marketing)] == credit(50, 50));
  CHECK(result.byMonth[2].sourcedByMarketing == credit(60, 0));
  CHECK(result.byMonth[0].byTeam[team(TouchTeam::partner)] == credit(30, 0));
  CHECK(result.byMonth[0].touchedByMarketing == Credit{});
  SUBCASE("before 1970 too") {
    DataBuilder old;
    old.opportunity(kUnit, OpportunityStage::open, -1);
    CHECK(computed(old.build(), AttributionModel::linear).byMonth[0].month == "1969-12");
  }
}

TEST_CASE("attribution channels and campaigns rank by pipeline, then revenue, then name") {
  DataBuilder builder;
  builder.touch(builder.opportunity(10 * kUnit, OpportunityStage::open), "Beta", "c");
  builder.touch(builder.opportunity(10 * kUnit, OpportunityStage::open), "Alpha", "b");
  builder.touch(builder.opportunity(10 * kUnit, OpportunityStage::won), "Gamma", "a");
  builder.touch(builder.opportunity(30 * kUnit, OpportunityStage::open), "Delta", "");
  const AttributionResult result = computed(builder.build(), AttributionModel::firstTouch);
  std::vector<std::string> channels, campaigns;
  for (const NamedCredit& row : result.byChannel) channels.push_back(row.name);
  for (const NamedCredit& row : result.byCampaign) campaigns.push_back(row.name);
  CHECK(channels == std::vector<std::string>{"Delta", "Gamma", "Alpha", "Beta"});
  CHECK(campaigns == std::vector<std::string>{"", "a", "b", "c"});
}

TEST_CASE("the attribution JSON export has the issue's keys in order and amounts in currency units") {
  DataBuilder builder;
  const uint32_t won = builder.opportunity(1234 * kUnit + 500'000, OpportunityStage::won, utc(2027, 1, 10));
  builder.touch(won, "=Ads", "Spring", TouchTeam::marketing);
  builder.opportunity(1, OpportunityStage::open, utc(2027, 1, 10));
  AttributionSettings settings;
  settings.model = AttributionModel::timeDecay;
  settings.halfLifeDays = 10;
  const std::string text = attributionJson(computeAttribution(builder.build(), settings));
  CHECK(text.back() == '\n');
  const auto json = nlohmann::ordered_json::parse(text);
  std::vector<std::string> keys;
  for (const auto& item : json.items()) keys.push_back(item.key());
  CHECK(keys == std::vector<std::string>{"model", "opportunities", "touches", "withoutTouches", "pipeline", "revenue",
                                         "byChannel", "byCampaign", "byTeam", "sourced", "touched", "crmSourced",
                                         "byMonth", "settings"});
  CHECK(json["model"] == "time-decay");
  CHECK(json["opportunities"] == 2);
  CHECK(json["touches"] == 1);
  CHECK(json["withoutTouches"] == 1);
  CHECK(json["pipeline"].get<double>() == doctest::Approx(1234.500001));
  CHECK(json["revenue"].get<double>() == 1234.5);
  CHECK(json["byChannel"][0]["channel"] == "=Ads");  // JSON needs no formula protection
  CHECK(json["byChannel"][0]["revenue"].get<double>() == 1234.5);
  CHECK(json["byCampaign"][0]["campaign"] == "Spring");
  std::vector<std::string> teams;
  for (const auto& item : json["byTeam"].items()) teams.push_back(item.key());
  CHECK(teams == std::vector<std::string>{"marketing", "sales", "partner"});
  CHECK(json["sourced"]["marketing"]["pipeline"].get<double>() == 1234.5);
  CHECK(json["crmSourced"]["sales"]["revenue"].get<double>() == 0);
  CHECK(json["byMonth"][0]["month"] == "2027-01");
  CHECK(json["byMonth"][0]["marketingTouched"]["revenue"].get<double>() == 1234.5);
  CHECK(json["byMonth"][0]["byTeam"]["partner"]["pipeline"].get<double>() == 0);
  CHECK(json["settings"]["halfLifeDays"].get<double>() == 10);
  CHECK(json["settings"]["custom"]["middle"].get<double>() == 20);
}

TEST_CASE("the attribution CSV export: one row per model, dimension and name, exact amounts, names safe from formulas") {
  DataBuilder builder;
  builder.touch(builder.opportunity(1234 * kUnit + 500'000, OpportunityStage::won), "=cmd", "Spring, 2027",
                TouchTeam::sales);
  builder.touch(builder.opportunity(1, OpportunityStage::open), "Email", "");
  const AttributionData data = builder.build();
  const std::string csv =
      attributionCsv({computed(data, AttributionModel::linear), computed(data, AttributionModel::firstTouch)});
  std::string expected = "model,dimension,name,pipeline,revenue\r\n";
  for (const char* model : {"linear", "first"}) {
    const std::string m = model;
    expected += m + ",channel,'=cmd,1234.5,1234.5\r\n" + m + ",channel,Email,0.000001,0\r\n" + m +
                ",campaign,\"Spring, 2027\",1234.5,1234.5\r\n" + m + ",campaign,,0.000001,0\r\n" + m +
                ",team,marketing,0.000001,0\r\n" + m + ",team,sales,1234.5,1234.5\r\n" + m + ",team,partner,0,0\r\n";
  }
  CHECK(csv == expected);
  CHECK(attributionCsv({}) == "model,dimension,name,pipeline,revenue\r\n");
}

TEST_CASE("attribution of random opportunities: every model's shares are >= 0 and add up to the amount exactly") {
  std::mt19937 random(20270101);
  const auto below = [&](uint64_t bound) { return std::uniform_int_distribution<uint64_t>(0, bound - 1)(random); };
  const auto randomAmount = [&]() -> int64_t {
    switch (below(10)) {
      case 0: return 0;
      case 1: return 1;
      case 2: return 9'000'000'000'000'000 - static_cast<int64_t>(below(1000));
      default: return static_cast<int64_t>(below(1'000'000'000'000));
    }
  };
  const TouchTeam teams[] = {TouchTeam::marketing, TouchTeam::sales, TouchTeam::partner};
  const OpportunityStage stages[] = {OpportunityStage::open, OpportunityStage::won, OpportunityStage::lost};
  const Milestone milestones[] = {Milestone::none, Milestone::none, Milestone::leadCreated,
                                  Milestone::opportunityCreated};
  const double halfLives[] = {0.5, 7, 30, 3650};

  DataBuilder builder;
  Credit touchedTotal;
  for (int i = 0; i < 3000; ++i) {
    const int64_t created = utc(2026, 1, 1) + static_cast<int64_t>(below(400 * kDay));
    const OpportunityStage stage = stages[below(3)];
    const int64_t amount = randomAmount();
    const uint32_t opp = builder.opportunity(amount, stage, created);
    const int64_t reference = stage == OpportunityStage::open ? created : created + 30 * kDay;
    const size_t count = below(13);
    std::vector<Touchpoint> touches;
    for (size_t t = 0; t < count; ++t) {
      const int64_t at = reference - static_cast<int64_t>(below(300 * kDay)) + (stage == OpportunityStage::open ? 5 * kDay : 0);
      touches.push_back(touchAt(at, milestones[below(4)]));
      builder.touch(opp, "channel " + std::to_string(below(20)), "campaign " + std::to_string(below(50)),
                    teams[below(3)], at, touches.back().milestone);
    }
    std::sort(touches.begin(), touches.end(), [](const Touchpoint& a, const Touchpoint& b) { return a.at < b.at; });
    if (count != 0 && stage != OpportunityStage::lost) {
      touchedTotal.pipelineMicros += amount;
      if (stage == OpportunityStage::won) touchedTotal.revenueMicros += amount;
    }
    for (AttributionModel model : kAllAttributionModels) {
      AttributionSettings settings;
      settings.model = model;
      settings.halfLifeDays = halfLives[below(4)];
      settings.customFirst = static_cast<double>(below(101));
      settings.customMiddle = static_cast<double>(below(101));
      settings.customLast = static_cast<double>(below(101));
      const Shares shares = touchShares(settings, touches, amount, reference);
      REQUIRE(shares.size() == count);
      if (count == 0) continue;
      CHECK(std::all_of(shares.begin(), shares.end(), [](int64_t share) { return share >= 0; }));
      CHECK(std::accumulate(shares.begin(), shares.end(), int64_t{0}) == amount);
    }
  }

  const AttributionData data = builder.build();
  for (AttributionModel model : kAllAttributionModels) {
    CAPTURE(attributionModelName(model));
    const AttributionResult result = computed(data, model);
    Credit byTeam, sourced, byChannel, byCampaign, byMonth;
    for (TouchTeam touchTeam : kAllTouchTeams) {
      byTeam.pipelineMicros += result.byTeam[team(touchTeam)].pipelineMicros;
      byTeam.revenueMicros += result.byTeam[team(touchTeam)].revenueMicros;
      sourced.pipelineMicros += result.sourced[team(touchTeam)].pipelineMicros;
      sourced.revenueMicros += result.sourced[team(touchTeam)].revenueMicros;
    }
    for (const NamedCredit& row : result.byChannel) byChannel.pipelineMicros += row.credit.pipelineMicros;
    for (const NamedCredit& row : result.byCampaign) byCampaign.revenueMicros += row.credit.revenueMicros;
    for (const MonthCredit& month : result.byMonth)
      for (const Credit& teamCredit : month.byTeam) byMonth.pipelineMicros += teamCredit.pipelineMicros;
    CHECK(byTeam == touchedTotal);
    CHECK(sourced == touchedTotal);
    CHECK(byChannel.pipelineMicros == touchedTotal.pipelineMicros);
    CHECK(byCampaign.revenueMicros == touchedTotal.revenueMicros);
    CHECK(byMonth.pipelineMicros == touchedTotal.pipelineMicros);
  }
}

TEST_CASE("attribution computed in slices equals computeAttribution, for every model and slice size") {
  std::mt19937 random(20270202);
  const auto below = [&](uint64_t bound) { return std::uniform_int_distribution<uint64_t>(0, bound - 1)(random); };
  const TouchTeam teams[] = {TouchTeam::marketing, TouchTeam::sales, TouchTeam::partner};
  const OpportunityStage stages[] = {OpportunityStage::open, OpportunityStage::won, OpportunityStage::lost};
  const Milestone milestones[] = {Milestone::none, Milestone::none, Milestone::leadCreated,
                                  Milestone::opportunityCreated};
  DataBuilder builder;
  for (int i = 0; i < 1500; ++i) {
    const int64_t created = utc(2026, 1, 1) + static_cast<int64_t>(below(400 * kDay));
    const OpportunityStage stage = stages[below(3)];
    const std::optional<TouchTeam> crmSource =
        below(2) == 0 ? std::optional<TouchTeam>{} : std::optional<TouchTeam>{teams[below(3)]};
    const uint32_t opp = builder.opportunity(static_cast<int64_t>(below(1'000'000'000'000)), stage, created, crmSource);
    const int64_t reference = stage == OpportunityStage::open ? created : created + 30 * kDay;
    for (size_t t = 0, count = below(13); t < count; ++t)
      builder.touch(opp, "channel " + std::to_string(below(20)), "campaign " + std::to_string(below(50)),
                    teams[below(3)], reference - static_cast<int64_t>(below(300 * kDay)), milestones[below(4)]);
  }
  const AttributionData data = builder.build();
  AttributionData withoutOffsets = data;  // as hand-built data may come: offsets built by the computation
  withoutOffsets.firstTouchOf.clear();

  for (AttributionModel model : kAllAttributionModels) {
    CAPTURE(attributionModelName(model));
    AttributionSettings settings;
    settings.model = model;
    settings.halfLifeDays = 12.5;
    settings.customFirst = 35;
    settings.customMiddle = 20;
    settings.customLast = 45;
    const AttributionResult expected = computeAttribution(data, settings);
    REQUIRE(expected.opportunities == data.opportunities.size());
    CHECK(computeAttribution(withoutOffsets, settings) == expected);
    for (size_t slice : {size_t{1}, size_t{7}, size_t{1000}}) {
      CAPTURE(slice);
      AttributionComputation computation(data, settings);
      CHECK_FALSE(computation.finished());
      CHECK(computation.progress() == 0);
      const size_t steps = (data.opportunities.size() + slice - 1) / slice;
      double progress = 0;
      for (size_t s = 1; s <= steps; ++s) {
        const bool done = computation.step(slice);
        CHECK(done == (s == steps));
        CHECK(computation.finished() == done);
        CHECK(computation.progress() >= progress);
        CHECK((computation.progress() == 1) == done);
        progress = computation.progress();
      }
      REQUIRE(computation.finished());
      CHECK(computation.step(slice));  // stepping after the end changes nothing
      CHECK(computation.progress() == 1);
      CHECK(computation.result() == expected);
      CHECK(computation.takeResult() == expected);
    }
  }

  const AttributionData empty;
  AttributionComputation computation(empty, AttributionSettings{});
  CHECK_FALSE(computation.finished());
  CHECK(computation.step(1));
  CHECK(computation.finished());
  CHECK(computation.progress() == 1);
  CHECK(computation.result() == computeAttribution(empty, AttributionSettings{}));
  CHECK(computation.result().opportunities == 0);
  CHECK(computation.result().byMonth.empty());
}
