// Importing a CRM's opportunity and touchpoint exports for attribution: headers of Salesforce,
// HubSpot, Pipedrive and Bizible exports recognised, values read without guessing, every bad row
// named by file, row and column (and then nothing imported), touches after the close dropped,
// touches sorted by opportunity and time, and the stepped job agreeing with the one-shot import.
#include <doctest/doctest.h>

#include <tuple>

#include "core/attribution/attribution_import.h"
#include "core/attribution/attribution_reading.h"

using namespace gp;

namespace {

using O = OpportunityField;
using T = TouchField;

std::vector<O> opportunityFieldsOf(const std::string& headerRow) {
  return suggestOpportunityMapping(previewCsv(headerRow + "\n", "opportunities").headers).columns;
}

std::vector<T> touchFieldsOf(const std::string& headerRow) {
  return suggestTouchMapping(previewCsv(headerRow + "\n", "touchpoints").headers).columns;
}

std::vector<std::string> messagesOf(const std::vector<AttributionProblem>& problems) {
  std::vector<std::string> messages;
  for (const auto& problem : problems) messages.push_back(problem.text());
  return messages;
}

int64_t secondsOf(const std::string& text) {
  const auto parsed = parseDateTime(text, SlashDates::unambiguousOnly);
  REQUIRE(std::holds_alternative<DateTime>(parsed));
  return std::get<DateTime>(parsed).seconds;
}

// The amount an opportunities file with one row of `amount` reads as, or its problem.
std::string amountOf(const std::string& amount) {
  const auto parsed = attribution_reading::parseAmount(amount);
  if (const auto* micros = std::get_if<int64_t>(&parsed)) return std::to_string(*micros);
  return std::get<std::string>(parsed);
}

const std::string kOpportunities =
    "Opportunity ID,Created Date,Close Date,Amount,Stage,Lead Source\n"
    "A,2027-01-10,2027-03-01,\"12,000\",Closed Won,Marketing\n"
    "B,2027-01-20 10:00,2027-02-15 16:00,5000,Closed Lost,sales\n"
    "C,2027-02-01,2027-12-31,\"$1,500.50\",Negotiation,\n"
    "D,2027-02-05,2027-02-10,0,won,Partner\n";

const std::string kTouchpoints =
    "Opportunity ID,Touchpoint Date,Marketing Channel,Campaign Name,Team,Touchpoint Position\n"
    "A,2027-01-05,Paid Search,Spring,marketing,FT\n"                   // 0
    "B,2027-02-16 09:00,Events,,sales,\n"                              // 1: after B's close: dropped
    "A,2027-01-10,Webinar,Spring,Marketing,\"FT, LC, OC\"\n"           // 2
    "A,2027-01-05,Email,,sales,\n"                                     // 3: same time as 0, after it
    "C,2027-01-01,Paid Search,Fall,partner,\n"                         // 4
    "A,2027-03-01 18:00,Email,,sales,\n"                               // 5: on A's close day: kept
    "A,2027-03-02,Email,,sales,\n"                                     // 6: after A's close: dropped
    "C,2028-01-05,Email,Fall,sales,\n"                                 // 7: C is open: its close date is not read
    "B,2027-02-15 16:00,Events,,sales,opportunity created\n";          // 8: at B's close: kept

std::vector<uint32_t> fileOrders(const AttributionData& data) {
  std::vector<uint32_t> orders;
  for (const auto& touch : data.touches) orders.push_back(touch.fileOrder);
  return orders;
}

void checkSameData(const AttributionData& a, const AttributionData& b) {
  REQUIRE(a.opportunities.size() == b.opportunities.size());
  for (size_t i = 0; i < a.opportunities.size(); ++i) {
    const Opportunity &x = a.opportunities[i], &y = b.opportunities[i];
    CHECK(std::tie(x.id, x.created, x.closed, x.amountMicros, x.stage, x.crmSource) ==
          std::tie(y.id, y.created, y.closed, y.amountMicros, y.stage, y.crmSource));
  }
  REQUIRE(a.touches.size() == b.touches.size());
  for (size_t i = 0; i < a.touches.size(); ++i) {
    const Touchpoint &x = a.touches[i], &y = b.touches[i];
    CHECK(std::tie(x.opportunity, x.channel, x.campaign, x.team, x.milestone, x.at, x.fileOrder) ==
          std::tie(y.opportunity, y.channel, y.campaign, y.team, y.milestone, y.at, y.fileOrder));
  }
  CHECK(a.firstTouchOf == b.firstTouchOf);
  CHECK(a.channels == b.channels);
  CHECK(a.campaigns == b.campaigns);
  CHECK(a.ignoredAfterClose == b.ignoredAfterClose);
}

}  // namespace

TEST_CASE("attribution import: the headers of Salesforce, HubSpot and Pipedrive opportunity exports and our own names are recognised") {
  CHECK(opportunityFieldsOf("Opportunity ID,Opportunity Name,Account Name,Amount,Close Date,Stage,Created Date,Lead Source") ==
        std::vector<O>{O::id, O::ignore, O::ignore, O::amount, O::closed, O::stage, O::created, O::source});
  CHECK(opportunityFieldsOf("Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Original Source") ==
        std::vector<O>{O::id, O::ignore, O::stage, O::amount, O::closed, O::created, O::source});
  // Pipedrive: the status (open, won, lost) says more than the pipeline stage.
  CHECK(opportunityFieldsOf("Deal - ID,Deal - Title,Deal - Value,Deal - Stage,Deal - Status,Deal - Deal created,"
                            "Deal - Deal closed on") ==
        std::vector<O>{O::id, O::ignore, O::amount, O::ignore, O::stage, O::created, O::closed});
  // Salesforce API names; "Closed" (true/false) gives way to the close date; converted amounts first.
  CHECK(opportunityFieldsOf("Id,CreatedDate,Closed,CloseDate,Amount,Amount (converted),StageName,LeadSource") ==
        std::vector<O>{O::id, O::created, O::ignore, O::closed, O::ignore, O::amount, O::stage, O::source});
  CHECK(opportunityFieldsOf("opportunity id,created,closed,amount,stage,source") ==
        std::vector<O>{O::id, O::created, O::closed, O::amount, O::stage, O::source});
  CHECK(recogniseOpportunityHeader("  CLOSE_DATE ") == O::closed);
  CHECK(recogniseOpportunityHeader("Opportunity: Amount") == O::amount);
  CHECK(recogniseOpportunityHeader("Email") == std::nullopt);
  CHECK(recogniseOpportunityHeader("Opportunity Name") == std::nullopt);
}

TEST_CASE("attribution import: the headers of touchpoint exports (Bizible / Marketo Measure and our own) are recognised") {
  CHECK(touchFieldsOf("Touchpoint ID,Opportunity,Touchpoint Date,Marketing Channel,Marketing Channel - Path,"
                      "Ad Campaign Name,Touchpoint Position,Touchpoint Source,Team") ==
        std::vector<T>{T::ignore, T::opportunityId, T::at, T::channel, T::ignore, T::campaign, T::milestone, T::ignore,
                       T::team});
  CHECK(touchFieldsOf("bizible2__Opportunity__c,bizible2__Touchpoint_Date__c,bizible2__Marketing_Channel__c,"
                      "bizible2__Ad_Campaign_Name__c,bizible2__Touchpoint_Position__c") ==
        std::vector<T>{T::opportunityId, T::at, T::channel, T::campaign, T::milestone});
  CHECK(touchFieldsOf("Deal ID,Date,Source,Campaign,Owner Team") ==
        std::vector<T>{T::opportunityId, T::at, T::channel, T::campaign, T::team});
  CHECK(touchFieldsOf("opportunity id,at,channel,campaign,team,milestone") ==
        std::vector<T>{T::opportunityId, T::at, T::channel, T::campaign, T::team, T::milestone});
  CHECK(recogniseTouchHeader("Touch ID") == std::nullopt);
}

TEST_CASE("attribution import: stages, teams and milestones are read as CRMs write them; others are problems") {
  using S = OpportunityStage;
  for (const char* value : {"won", "Closed Won", "closed-won", "ClosedWon", "Closed Won - Renewal"})
    CHECK_MESSAGE(recogniseStage(value) == S::won, value);
  for (const char* value : {"Lost", "Closed Lost", "closedlost", "Closed - No Decision"})
    CHECK_MESSAGE(recogniseStage(value) == S::lost, value);
  for (const char* value : {"open", "Prospecting", "Appointment Scheduled", "Negotiation/Review", "Id. Decision Makers"})
    CHECK_MESSAGE(recogniseStage(value) == S::open, value);
  CHECK(recogniseStage("Closed") == std::nullopt);
  CHECK(recogniseStage("Closed - Duplicate") == std::nullopt);
  CHECK(recogniseStage("") == std::nullopt);

  for (const char* value : {"marketing", "Mktg", "MARKETING", "Organic Search", "Web"})
    CHECK_MESSAGE(recogniseTeam(value) == TouchTeam::marketing, value);
  for (const char* value : {"Sales", "SDR", "bdr", "Outbound"}) CHECK_MESSAGE(recogniseTeam(value) == TouchTeam::sales, value);
  for (const char* value : {"partner", "Partners", "Channel Partner", "Partner Referral"})
    CHECK_MESSAGE(recogniseTeam(value) == TouchTeam::partner, value);
  CHECK(recogniseTeam("Other") == std::nullopt);
  CHECK(recogniseTeam("") == std::nullopt);

  using M = Milestone;
  CHECK(recogniseMilestone("") == M::none);
  CHECK(recogniseMilestone("FT") == M::none);
  CHECK(recogniseMilestone("lead-created") == M::leadCreated);
  CHECK(recogniseMilestone("Lead Creation") == M::leadCreated);
  CHECK(recogniseMilestone("opportunity-created") == M::opportunityCreated);
  CHECK(recogniseMilestone("Deal created") == M::opportunityCreated);
  CHECK(recogniseMilestone("FT, LC") == M::leadCreated);
  CHECK(recogniseMilestone("LC,OC") == M::opportunityCreated);
  CHECK(recogniseMilestone("MQL") == std::nullopt);
  CHECK(recogniseMilestone("FT, MQL") == std::nullopt);
}

TEST_CASE("attribution import: amounts are read into exact micro-units") {
  CHECK(amountOf("12500") == "12500000000");
  CHECK(amountOf("12,500.50") == "12500500000");
  CHECK(amountOf("$12,500") == "12500000000");
  CHECK(amountOf("12500 EUR") == "12500000000");
  CHECK(amountOf("USD 1,200.5") == "1200500000");
  CHECK(amountOf("€ 99") == "99000000");
  CHECK(amountOf("US$ 5") == "5000000");
  CHECK(amountOf("0") == "0");
  CHECK(amountOf(".5") == "500000");
  CHECK(amountOf("0.1") == "100000");
  CHECK(amountOf("0.2") == "200000");
  CHECK(amountOf("0.3") == "300000");  // 0.1 + 0.2 is 0.3 here, unlike in doubles
  CHECK(amountOf("1,234.567891") == "1234567891");
  CHECK(amountOf("1.0000005") == "1000001");  // a seventh decimal rounds half up
  CHECK(amountOf("1.00000049") == "1000000");
  CHECK(amountOf("0.9999995") == "1000000");
  CHECK(amountOf("1000000000000") == "1000000000000000000");
  CHECK(amountOf("1000000000001") == "\"1000000000001\" is too large; an amount goes up to 1,000,000,000,000");
  CHECK(amountOf("-5") == "\"-5\" is negative; an amount is 0 or more");
  CHECK(amountOf("(5)") == "\"(5)\" is negative; an amount is 0 or more");
  CHECK(amountOf("-0") == "0");
  for (const char* text : {"abc", "12,50", "1.2.3", "1,2345", "12 500", "1e5", "12.5k", "3 M", "$", ".", "Q3 100"})
    CHECK_MESSAGE(amountOf(text) == "\"" + std::string(text) + "\" is not an amount; expected a number like 12500 or 12,500.50", text);
}

TEST_CASE("attribution import: the quick date reading agrees with parseDateTime") {
  for (const char* text : {"2027-01-31", "2027-01-31 09:30", "2027-01-31 09:30:15", "2027-01-31T09:30:15Z", "2027-01-31T09:30",
                           "2027-02-29", "2028-02-29 23:59:59", "2027-01-31 24:00", "2027-01-31 09:30:60", "2027-13-01",
                           "0999-01-01", "2027-01-31t09:30", "2027-01-31T09:30:15+02:00", "2027-01-31 9:30", "31.01.2027",
                           "03/04/2027", "2027-01-3x", "1970-01-01", "1969-12-31 23:59:59", "2027-01-31 09:30:15.5Z"}) {
    CAPTURE(text);
    const auto quick = attribution_reading::readDateTime(text, SlashDates::unambiguousOnly);
    const auto full = parseDateTime(text, SlashDates::unambiguousOnly);
    REQUIRE(quick.index() == full.index());
    if (const auto* parsed = std::get_if<DateTime>(&quick)) {
      CHECK(parsed->seconds == std::get<DateTime>(full).seconds);
      CHECK(parsed->hasTime == std::get<DateTime>(full).hasTime);
    } else {
      CHECK(std::get<std::string>(quick) == std::get<std::string>(full));
    }
  }
}

TEST_CASE("attribution import: opportunities and touches are read; touches after the close are dropped, the rest sorted") {
  const AttributionImport result = importAttribution(kOpportunities, kTouchpoints);
  REQUIRE(messagesOf(result.problems) == std::vector<std::string>{});
  REQUIRE(result.ok());
  const AttributionData& data = result.data;
  REQUIRE(data.opportunities.size() == 4);
  const Opportunity &a = data.opportunities[0], &b = data.opportunities[1], &c = data.opportunities[2],
                    &d = data.opportunities[3];
  CHECK(a.id == "A");
  CHECK(a.created == secondsOf("2027-01-10"));
  CHECK(a.closed == secondsOf("2027-03-01"));
  CHECK(a.amountMicros == 12'000'000'000);
  CHECK(a.stage == OpportunityStage::won);
  CHECK(a.crmSource == TouchTeam::marketing);
  CHECK(b.created == secondsOf("2027-01-20 10:00"));
  CHECK(b.closed == secondsOf("2027-02-15 16:00"));
  CHECK(b.stage == OpportunityStage::lost);
  CHECK(b.crmSource == TouchTeam::sales);
  CHECK(c.closed == std::nullopt);  // open: the close date is the CRM's forecast
  CHECK(c.amountMicros == 1'500'500'000);
  CHECK(c.stage == OpportunityStage::open);
  CHECK(c.crmSource == std::nullopt);
  CHECK(d.amountMicros == 0);
  CHECK(d.crmSource == TouchTeam::partner);

  // By opportunity, then time, then file order.
  CHECK(fileOrders(data) == std::vector<uint32_t>{0, 3, 2, 5, 8, 4, 7});
  CHECK(data.firstTouchOf == std::vector<uint32_t>{0, 4, 5, 7, 7});
  CHECK(data.ignoredAfterClose == 2);
  CHECK(data.withoutTouches() == 1);
  // Interned in the order the kept touches name them.
  CHECK(data.channels == std::vector<std::string>{"Paid Search", "Webinar", "Email", "Events"});
  CHECK(data.campaigns == std::vector<std::string>{"Spring", "", "Fall"});
  const Touchpoint& webinar = data.touches[2];
  CHECK(webinar.opportunity == 0);
  CHECK(data.channels[webinar.channel] == "Webinar");
  CHECK(data.campaigns[webinar.campaign] == "Spring");
  CHECK(webinar.team == TouchTeam::marketing);
  CHECK(webinar.milestone == Milestone::opportunityCreated);
  CHECK(webinar.at == secondsOf("2027-01-10"));
  CHECK(data.touches[3].at == secondsOf("2027-03-01 18:00"));
  CHECK(data.touches[4].milestone == Milestone::opportunityCreated);
  CHECK(data.touches[5].team == TouchTeam::partner);
  CHECK(data.touches[6].team == TouchTeam::sales);
}

TEST_CASE("attribution import: every bad opportunity row is named by file, row and column, and nothing is imported") {
  const std::string opportunities =
      "Opportunity ID,Created Date,Close Date,Amount,Stage,Lead Source\n"
      ",2027-01-10,,100,open,\n"
      "A,soon,,100,open,\n"
      "B,2027-01-10,,,open,\n"
      "C,2027-01-10,,-5,open,\n"
      "D,2027-01-10,,100,Closed Won,\n"
      "E,2027-01-10 12:00,2027-01-09,100,lost,\n"
      "F,2027-01-10,,100,Closed - Pending,\n"
      "G,2027-01-10,,100,open,Other\n"
      "A,2027-01-11,,100,open,\n"
      "H,2027-01-10,,100,open,,extra\n"
      "I,2027-01-10,,100,open\n"
      "J,2027-01-10 12:00,2027-01-10,100,won,\n"  // closed on the day it was created: fine
      "K,2027-01-10,not a date,1,lost,\n"
      ",,,,,\n";  // blank: skipped
  const std::string touchpoints = "opportunity id,at,team\nJ,2027-01-10,sales\n";
  const AttributionImport result = importAttribution(opportunities, touchpoints);
  CHECK_FALSE(result.ok());
  CHECK(messagesOf(result.problems) ==
        std::vector<std::string>{
            "opportunities, row 2, column 1 (Opportunity ID): empty; expected the opportunity's id",
            "opportunities, row 3, column 2 (Created Date): expected a date like 2027-01-31 or 2027-01-31 09:30, not \"soon\"",
            "opportunities, row 4, column 4 (Amount): empty; expected an amount such as 12500 or 12,500.50",
            "opportunities, row 5, column 4 (Amount): \"-5\" is negative; an amount is 0 or more",
            "opportunities, row 6, column 3 (Close Date): a won opportunity needs a closed date",
            "opportunities, row 7, column 3 (Close Date): closed \"2027-01-09\" is before created \"2027-01-10 12:00\"",
            "opportunities, row 8, column 5 (Stage): \"Closed - Pending\" is not a stage; expected open, won or lost (or a "
            "CRM stage such as Closed Won)",
            "opportunities, row 9, column 6 (Lead Source): \"Other\" is not a team; expected marketing, sales or partner (or "
            "ignore this column)",
            "opportunities, row 10, column 1 (Opportunity ID): opportunity \"A\" is also in row 3; export each opportunity once",
            "opportunities, row 11, column 7: this row has 7 cells but the header has 6 columns",
            "opportunities, row 12, column 6 (Lead Source): missing cell; this row has 5 cells but the header has 6 columns",
            "opportunities, row 14, column 3 (Close Date): expected a date like 2027-01-31 or 2027-01-31 09:30, not \"not a "
            "date\"",
        });
  CHECK(result.problemCount == 12);
  CHECK(result.data.opportunities.empty());
  CHECK(result.data.touches.empty());
}

TEST_CASE("attribution import: every bad touch row is named; a touch of an unknown opportunity too") {
  const std::string opportunities = "opportunity id,created,closed,amount,stage\nA,2027-01-01,,100,open\n";
  const std::string touchpoints =
      "opportunity id,at,channel,campaign,team,milestone\n"
      "A,2027-01-05,Web,,marketing,\n"
      "Z,2027-01-05,Web,,marketing,\n"
      ",2027-01-05,Web,,marketing,\n"
      "A,,Web,,marketing,\n"
      "A,2027-01-05,Web,,,\n"
      "A,2027-01-05,Web,,finance,\n"
      "A,2027-01-05,Web,,marketing,MQL\n"
      "A,03/04/2027,Web,,marketing,\n"
      "A,2027-01-05,\"Web \xff\",,marketing,\n";
  const AttributionImport result = importAttribution(opportunities, touchpoints);
  CHECK(messagesOf(result.problems) ==
        std::vector<std::string>{
            "touchpoints, row 3, column 1 (opportunity id): no opportunity with id \"Z\" in the opportunities file",
            "touchpoints, row 4, column 1 (opportunity id): empty; expected the id of the opportunity this touch is part of",
            "touchpoints, row 5, column 2 (at): empty; expected when the touch happened, e.g. 2027-01-31 or 2027-01-31 09:30",
            "touchpoints, row 6, column 5 (team): empty; expected the team that made the touch: marketing, sales or partner",
            "touchpoints, row 7, column 5 (team): \"finance\" is not a team; expected marketing, sales or partner",
            "touchpoints, row 8, column 6 (milestone): \"MQL\" is not a milestone; expected lead created, opportunity created "
            "or nothing",
            "touchpoints, row 9, column 2 (at): \"03/04/2027\" could be 3 April or 4 March: say whether dates are written "
            "month first or day first",
            "touchpoints, row 10, column 3 (channel): the text is not valid UTF-8; save the file as CSV UTF-8",
        });
  CHECK(result.data.touches.empty());
}

TEST_CASE("attribution import: problems of both files come by file, row and column; at most kMaxAttributionProblems are kept") {
  std::string opportunities = "opportunity id,created,amount,stage\n";
  for (int i = 0; i < 1500; ++i) opportunities += "O" + std::to_string(i) + ",2027-01-01,lots,open\n";
  const AttributionImport result = importAttribution(opportunities, "opportunity id,at\n");
  CHECK(result.problemCount == 1501);
  REQUIRE(result.problems.size() == kMaxAttributionProblems);
  CHECK(result.problems[0].text() == "opportunities, row 2, column 3 (amount): \"lots\" is not an amount; expected a number "
                                     "like 12500 or 12,500.50");
  // The touchpoints file's header problem was found first, so it is among those kept.
  CHECK(result.problems[998].row == 1000);
  CHECK(result.problems[999].text() == "touchpoints, row 1: no column is read as team (marketing, sales or partner)");
  const AttributionImport few = importAttribution("opportunity id,created,amount,stage\nA,2027-01-01,x,open\n", "opportunity id,at\n");
  CHECK(messagesOf(few.problems) ==
        std::vector<std::string>{
            "opportunities, row 2, column 3 (amount): \"x\" is not an amount; expected a number like 12500 or 12,500.50",
            "touchpoints, row 1: no column is read as team (marketing, sales or partner)"});
}

TEST_CASE("attribution import: the person's mapping wins: a column remapped or ignored, dates said to be day first") {
  const std::string opportunities =
      "Key,When,Value,Result,Lead Source\n"
      "A,03/04/2027,100,won,Other\n";
  const std::string touchpoints = "Deal,Time,Who\nA,02/04/2027,sales\n";
  OpportunityMapping opportunityMapping = suggestOpportunityMapping(previewCsv(opportunities, "opportunities").headers);
  CHECK(opportunityMapping.columns == std::vector<O>{O::ignore, O::ignore, O::amount, O::ignore, O::source});
  TouchMapping touchMapping = suggestTouchMapping(previewCsv(touchpoints, "touchpoints").headers);
  CHECK(touchMapping.columns == std::vector<T>{T::opportunityId, T::ignore, T::ignore});
  CHECK(missingOpportunityField(opportunityMapping) == "Map a column to Opportunity id");
  CHECK(missingTouchField(touchMapping) == "Map a column to At");

  AttributionImport result = importAttribution(opportunities, touchpoints, opportunityMapping, touchMapping);
  CHECK(messagesOf(result.problems) ==
        std::vector<std::string>{"opportunities, row 1: no column is read as opportunity id (e.g. Opportunity ID)",
                                 "opportunities, row 1: no column is read as created (e.g. Created Date)",
                                 "opportunities, row 1: no column is read as stage (e.g. Stage)",
                                 "touchpoints, row 1: no column is read as at (e.g. Touchpoint Date)",
                                 "touchpoints, row 1: no column is read as team (marketing, sales or partner)"});

  opportunityMapping.columns = {O::id, O::created, O::amount, O::stage, O::closed};
  CHECK(missingOpportunityField(opportunityMapping) == "");
  touchMapping.columns = {T::opportunityId, T::at, T::team};
  result = importAttribution(opportunities, touchpoints, opportunityMapping, touchMapping);
  CHECK(messagesOf(result.problems) ==
        std::vector<std::string>{
            "opportunities, row 2, column 2 (When): \"03/04/2027\" could be 3 April or 4 March: say whether dates are "
            "written month first or day first",
            "opportunities, row 2, column 5 (Lead Source): expected a date like 2027-01-31 or 2027-01-31 09:30, not \"Other\"",
            "touchpoints, row 2, column 2 (Time): \"02/04/2027\" could be 2 April or 4 February: say whether dates are "
            "written month first or day first"});

  opportunityMapping.columns = {O::id, O::created, O::amount, O::stage, O::closed, O::id};  // beyond the header: ignored
  opportunityMapping.columns[4] = O::ignore;
  opportunityMapping.slashDates = SlashDates::dayFirst;
  touchMapping.slashDates = SlashDates::dayFirst;
  result = importAttribution(opportunities, touchpoints, opportunityMapping, touchMapping);
  CHECK(messagesOf(result.problems) ==
        std::vector<std::string>{"opportunities, row 2: a won opportunity needs a closed date (map a column to Closed)"});

  opportunityMapping.columns = {O::id, O::created, O::amount, O::stage, O::ignore};
  result = importAttribution("Key,When,Value,Result,Closed On\nA,03/04/2027,100,open,\n", touchpoints, opportunityMapping,
                             touchMapping);
  REQUIRE(result.ok());
  CHECK(result.data.opportunities[0].created == secondsOf("2027-04-03"));
  CHECK(result.data.touches[0].at == secondsOf("2027-04-02"));

  opportunityMapping.columns = {O::id, O::created, O::created, O::stage};
  result = importAttribution(opportunities, touchpoints, opportunityMapping, touchMapping);
  CHECK(messagesOf(result.problems) ==
        std::vector<std::string>{"opportunities, row 1: no column is read as amount (e.g. Amount)",
                                 "opportunities, row 1, column 3 (Value): this column and column 2 (When) are both read as "
                                 "created; ignore one of them"});
}

TEST_CASE("attribution import: empty files, a byte order mark, CRLF line ends and quoted cells") {
  const std::string header = "opportunity id,created,amount,stage\n";
  AttributionImport result = importAttribution("", "");
  CHECK(messagesOf(result.problems) ==
        std::vector<std::string>{
            "opportunities, row 1: the file is empty; expected a header row such as opportunity id,created,closed,amount,stage,source",
            "touchpoints, row 1: the file is empty; expected a header row such as opportunity id,at,channel,campaign,team,milestone"});
  result = importAttribution(header + "\n\n", "opportunity id,at,team\r\n");
  CHECK(messagesOf(result.problems) ==
        std::vector<std::string>{"opportunities, row 2: the file holds no opportunities, only a header row",
                                 "touchpoints, row 2: the file holds no touchpoints, only a header row"});

  result = importAttribution("\xEF\xBB\xBFopportunity id,created,amount,stage\r\n\"A,1\",2027-01-01,\"1,000\",open\r\n",
                             "\xEF\xBB\xBF\"opportunity id\",at,team,channel\r\n\"A,1\",2027-01-02,sales,\"Say \"\"hi\"\"\r\n"
                             "on two lines\"\r\n\r\n\"A,1\",2027-01-03,sales,\r\n");
  REQUIRE(messagesOf(result.problems) == std::vector<std::string>{});
  CHECK(result.data.opportunities[0].id == "A,1");
  CHECK(result.data.opportunities[0].amountMicros == 1'000'000'000);
  CHECK(result.data.channels == std::vector<std::string>{"Say \"hi\"\r\non two lines", ""});
  CHECK(fileOrders(result.data) == std::vector<uint32_t>{0, 2});  // the record after the blank one is row 4

  // A row may stop before the columns nobody reads (some tools drop trailing empty cells).
  result = importAttribution(header + "A,2027-01-01,1,open\n", "opportunity id,at,team,Notes,Owner\nA,2027-01-01,sales\n");
  CHECK(messagesOf(result.problems) == std::vector<std::string>{});
  result = importAttribution(header + "A,2027-01-01,1,open\n", "Owner,opportunity id,at,team\n,A,2027-01-01\n");
  CHECK(messagesOf(result.problems) ==
        std::vector<std::string>{"touchpoints, row 2, column 4 (team): missing cell; this row has 3 cells but the header has 4 "
                                 "columns",
                                 "touchpoints, row 2, column 4 (team): empty; expected the team that made the touch: "
                                 "marketing, sales or partner"});

  result = importAttribution(header + "A,2027-01-01,1,open\n", "opportunity id,at,team\nA,2027-01-01,sales\nA,2027\"-01-02,sales\nB,x,y\n");
  CHECK(messagesOf(result.problems) ==
        std::vector<std::string>{"touchpoints, row 3, column 2 (at): a quote inside a cell that does not start with one; put "
                                 "the whole cell in quotes and double the quote"});
  result = importAttribution(header + "\"A,2027-01-01,1,open\n", "opportunity id,at,team\n");
  CHECK(messagesOf(result.problems) ==
        std::vector<std::string>{"opportunities, row 2, column 1 (opportunity id): the quoted cell is never closed (a quote is "
                                 "missing)",
                                 "touchpoints, row 2: the file holds no touchpoints, only a header row"});
}

TEST_CASE("attribution import: stepping with a small budget reads the same data as one big step") {
  // Touches in an order that needs both placing and sorting, with ties in time.
  std::string opportunities = "opportunity id,created,closed,amount,stage\n";
  std::string touchpoints = "opportunity id,at,channel,campaign,team,milestone\n";
  for (int i = 0; i < 60; ++i)
    opportunities += "O" + std::to_string(i) + ",2027-01-01," + (i % 3 == 0 ? "2027-02-01" : "") + "," +
                     std::to_string(i * 1000) + "." + std::to_string(i % 10) + "," + (i % 3 == 0 ? "won" : "open") + "\n";
  for (int t = 0; t < 700; ++t)
    touchpoints += "O" + std::to_string((t * 37) % 60) + ",2027-" + std::to_string(1 + t % 2) + "-" +
                   std::to_string(1 + (t * 13) % 28) + ",ch" +
                   std::to_string(t % 7) + ",cmp" + std::to_string(t % 11) + "," + (t % 2 ? "sales" : "marketing") + "," +
                   (t % 5 == 0 ? "lead created" : "") + "\n";
  const AttributionImport whole = importAttribution(opportunities, touchpoints);
  REQUIRE(whole.ok());
  CHECK(whole.data.ignoredAfterClose > 0);

  for (const size_t budget : {size_t{1}, size_t{7}, size_t{100}}) {
    CAPTURE(budget);
    AttributionImportJob job(opportunities, suggestOpportunityMapping(previewCsv(opportunities, "opportunities").headers),
                             touchpoints, suggestTouchMapping(previewCsv(touchpoints, "touchpoints").headers));
    CHECK(job.phase() == "Reading opportunities");
    double progress = job.progress();
    bool sawSorting = false, sawTouches = false;
    while (!job.step(budget)) {
      CHECK(job.progress() >= progress);
      CHECK(job.progress() <= 1);
      progress = job.progress();
      sawTouches = sawTouches || job.phase() == "Reading touchpoints";
      sawSorting = sawSorting || job.phase() == "Sorting touches";
    }
    CHECK(sawTouches);
    CHECK(sawSorting);
    CHECK(job.phase() == "Done");
    CHECK(job.progress() == 1);
    REQUIRE(job.ok());
    checkSameData(job.data(), whole.data);
    const AttributionData taken = job.takeData();
    CHECK(taken.touches.size() == whole.data.touches.size());
  }
  // Sorted by opportunity, then time, then file order.
  const auto& touches = whole.data.touches;
  for (size_t i = 1; i < touches.size(); ++i)
    CHECK(std::tie(touches[i - 1].opportunity, touches[i - 1].at, touches[i - 1].fileOrder) <
          std::tie(touches[i].opportunity, touches[i].at, touches[i].fileOrder));
  for (size_t o = 0; o < whole.data.opportunities.size(); ++o)
    for (uint32_t t = whole.data.firstTouchOf[o]; t < whole.data.firstTouchOf[o + 1]; ++t) CHECK(touches[t].opportunity == o);
}

TEST_CASE("attribution import: the preview shows the header and the first rows; a syntax error in them is the file's problem") {
  const CsvPreview preview = previewCsv(" Opportunity ID ,Amount\n\nA,1\nB,2\nC,3\nD,4\nE,5\nF,6\n", "opportunities");
  CHECK(preview.headers == std::vector<std::string>{"Opportunity ID", "Amount"});
  CHECK(preview.sampleRows == std::vector<std::vector<std::string>>{{"A", "1"}, {"B", "2"}, {"C", "3"}, {"D", "4"}});
  CHECK_FALSE(preview.fileProblem);
  const CsvPreview bad = previewCsv("id,at\nA,\"x\"y\n", "touchpoints");
  REQUIRE(bad.fileProblem);
  CHECK(bad.fileProblem->text() == "touchpoints, row 2, column 2 (at): text after the closing quote; put the whole cell in "
                                   "quotes and double any quote inside it");
}

// Found by the fuzzer: a short date as the very last bytes of a file was read past its end (the
// sanitized build aborts on that read).
TEST_CASE("attribution import: a short date at the very end of a file is a problem, not a read past the end") {
  const std::string opportunities = "id,amount,stage,created\nA,1,open,2027";
  const std::string touches = "opportunity id,at,team\nA,2027-01-0";
  const AttributionImport result = importAttribution(opportunities, touches);
  CHECK_FALSE(result.ok());
  REQUIRE_FALSE(result.problems.empty());
  CHECK(result.problems.front().row == 2);
}
