// Importing lead outcomes from CRM exports: headers and status values of HubSpot, Salesforce and
// Pipedrive recognised, dates read without guessing, leads counted per day with their follow-up
// times, every bad row named by row and column (and then nothing imported), re-imports replacing
// only the days they cover, and the step-by-step job agreeing with the one-shot import.
#include <doctest/doctest.h>

#include <sstream>

#include "core/format/format.h"
#include "core/loops/lead_import.h"
#include "core/session/history.h"
#include "test_support.h"

using namespace gp;

namespace {

const EditContext kAna{"Ana", "2027-04-02T09:00:00Z"};

const std::vector<std::string> kReasons = starterLeadRejectionReasons();

History newHistory() {
  IdGenerator ids(1);
  return History(newDocument(ids, kAna), 7);
}

std::vector<std::string> messagesOf(const LeadImportResult& result) {
  std::vector<std::string> messages;
  for (const auto& problem : result.problems) messages.push_back(problem.text());
  return messages;
}

std::vector<LeadField> fieldsOf(const std::string& headerRow) {
  LeadImportJob job(headerRow + "\n", kReasons);
  return job.suggestedMapping().columns;
}

int64_t minutesOf(const std::string& text) {
  const auto parsed = parseDateTime(text, SlashDates::unambiguousOnly);
  REQUIRE(std::holds_alternative<DateTime>(parsed));
  return std::get<DateTime>(parsed).seconds / 60;
}

std::string problemOf(const std::string& text, SlashDates order = SlashDates::unambiguousOnly) {
  const auto parsed = parseDateTime(text, order);
  return std::holds_alternative<std::string>(parsed) ? std::get<std::string>(parsed) : std::string("(parsed)");
}

std::string dayOf(const std::string& text, SlashDates order = SlashDates::unambiguousOnly) {
  const auto parsed = parseDateTime(text, order);
  return std::holds_alternative<DateTime>(parsed) ? dayText(std::get<DateTime>(parsed).day()) : std::get<std::string>(parsed);
}

using F = LeadField;

}  // namespace

TEST_CASE("the headers of HubSpot, Salesforce and Pipedrive exports and our own names are recognised") {
  CHECK(fieldsOf("Record ID,First Name,Email,Create Date,Original Source,Associated Campaign,Lead Status,"
                 "Disqualification Reason,First Activity Date") ==
        std::vector<F>{F::leadId, F::ignore, F::ignore, F::created, F::source, F::campaign, F::status, F::reason,
                       F::firstTouch});
  CHECK(fieldsOf("Lead ID,Company,Created Date,Lead Source,Campaign Name,Status,Unqualified Reason,First Response") ==
        std::vector<F>{F::leadId, F::ignore, F::created, F::source, F::campaign, F::status, F::reason, F::firstTouch});
  CHECK(fieldsOf("ID,Title,Lead created,Source,Label,Status,Lost reason,First activity") ==
        std::vector<F>{F::leadId, F::ignore, F::created, F::source, F::campaign, F::status, F::reason, F::firstTouch});
  CHECK(fieldsOf("lead id,created,source,campaign,first touch,status,reason") ==
        std::vector<F>{F::leadId, F::created, F::source, F::campaign, F::firstTouch, F::status, F::reason});
  SUBCASE("case, spaces and punctuation do not matter") {
    CHECK(recogniseLeadHeader("  CREATE_DATE ") == F::created);
    CHECK(recogniseLeadHeader("Disqualified-Reason") == F::reason);
    CHECK(recogniseLeadHeader("E-mail") == std::nullopt);
  }
  SUBCASE("a second column naming the same field is ignored until the person chooses") {
    CHECK(fieldsOf("Create Date,Created Date,Status") == std::vector<F>{F::created, F::ignore, F::status});
  }
}

TEST_CASE("CRM status values map to accepted, rejected, recycled or open; others are the person's to map") {
  for (const char* value : {"SQL", "Sales accepted", "Qualified", "Converted", "Working", "Working - Contacted",
                            "Closed - Converted", "In Progress", "Open Deal", "accepted"})
    CHECK_MESSAGE(recogniseLeadStatus(value) == LeadStatus::accepted, value);
  for (const char* value : {"Disqualified", "Unqualified", "Rejected", "Junk", "Lost", "Closed - Not Converted"})
    CHECK_MESSAGE(recogniseLeadStatus(value) == LeadStatus::rejected, value);
  for (const char* value : {"Nurture", "Recycled", "Returned to marketing", "Bad Timing"})
    CHECK_MESSAGE(recogniseLeadStatus(value) == LeadStatus::recycled, value);
  for (const char* value : {"New", "Open", "Attempting", "", "  ", "Open - Not Contacted", "Attempted to Contact"})
    CHECK_MESSAGE(recogniseLeadStatus(value) == LeadStatus::open, value);
  CHECK(recogniseLeadStatus("Parked") == std::nullopt);
}

TEST_CASE("dates and times are read in the forms the README lists, and ambiguous ones are refused") {
  CHECK(dayOf("2027-01-31") == "2027-01-31");
  CHECK(dayOf("2027/01/31") == "2027-01-31");
  CHECK(minutesOf("2027-01-31 09:30") == minutesOf("2027-01-31") + 570);
  CHECK(minutesOf("2027-01-31T09:30:59") == minutesOf("2027-01-31") + 570);
  CHECK(minutesOf("2027-01-31T09:30:00.750Z") == minutesOf("2027-01-31") + 570);
  CHECK(minutesOf("2027-01-31T11:30:00+02:00") == minutesOf("2027-01-31") + 570);
  CHECK(minutesOf("2027-01-31T04:30:00-0500") == minutesOf("2027-01-31") + 570);
  CHECK(minutesOf("2027-01-31 09:30 UTC") == minutesOf("2027-01-31") + 570);
  CHECK(dayOf("2027-01-01T00:30:00+02:00") == "2026-12-31");  // days are UTC days
  CHECK(dayOf("31.01.2027") == "2027-01-31");                 // dots: day first
  CHECK(minutesOf("31.01.2027 09:30") == minutesOf("2027-01-31") + 570);
  CHECK(dayOf("1/31/2027") == "2027-01-31");                  // slashes, unambiguous: month first
  CHECK(dayOf("31/1/2027") == "2027-01-31");                  // ...or day first
  CHECK(minutesOf("1/31/2027 9:30 PM") == minutesOf("2027-01-31") + 21 * 60 + 30);
  CHECK(minutesOf("1/31/2027 12:05 AM") == minutesOf("2027-01-31") + 5);
  CHECK(dayOf("03/03/2027") == "2027-03-03");                 // the same either way
  CHECK(problemOf("03/04/2027") ==
        "\"03/04/2027\" could be 3 April or 4 March: say whether dates are written month first or day first");
  CHECK(dayOf("03/04/2027", SlashDates::monthFirst) == "2027-03-04");
  CHECK(dayOf("03/04/2027", SlashDates::dayFirst) == "2027-04-03");
  CHECK(problemOf("soon") == "expected a date like 2027-01-31 or 2027-01-31 09:30, not \"soon\"");
  CHECK(problemOf("2027-02-30") == "\"2027-02-30\" is not a date in the calendar");
  CHECK(problemOf("2027-01-31 25:00") == "expected a time like 09:30 after the date, not \"2027-01-31 25:00\"");
  CHECK(problemOf("2027-01-31T09:30+99:00") ==
        "expected a time like 09:30 or 09:30:00Z after the date, not \"2027-01-31T09:30+99:00\"");
  CHECK(problemOf("13/13/2027") == "\"13/13/2027\" is not a date in the calendar");
  CHECK(problemOf("2027-01-31 9:30 AM") == "expected a time like 09:30 or 09:30:00Z after the date, not \"2027-01-31 9:30 AM\"");
}

TEST_CASE("leads are counted per day, campaign, source, status and reason, with follow-up minutes per day") {
  const std::string csv =
      "Record ID,Email,Create Date,Original Source,Associated Campaign,Lead Status,Disqualification Reason,First Activity Date\n"
      "1,a@x.com,2027-01-05 09:00,Marketing,Spring webinar,SQL,,2027-01-05 10:30\n"
      "2,b@x.com,2027-01-05 11:00,marketing,Spring webinar,Qualified,,2027-01-05 12:30\n"
      "3,c@x.com,2027-01-05 13:00,Partners,Spring webinar,Unqualified,no budget,2027-01-06 13:00\n"
      "4,d@x.com,2027-01-05 14:00,Marketing,Spring webinar,Disqualified,Went with a rival,2027-01-05 14:00\n"
      "5,e@x.com,2027-01-07,Marketing,,New,ignored for open leads,\n"
      "6,f@x.com,2027-01-07,Trade show,Booth,Nurture,Bad timing,\n";
  const LeadImportResult result = importLeadCsv(csv, kReasons);
  REQUIRE(messagesOf(result) == std::vector<std::string>{});
  CHECK(result.leads == 6);
  CHECK(result.firstDay == "2027-01-05");
  CHECK(result.lastDay == "2027-01-07");
  CHECK(result.count(LeadStatus::accepted) == 2);
  CHECK(result.count(LeadStatus::rejected) == 2);
  CHECK(result.count(LeadStatus::recycled) == 1);
  CHECK(result.count(LeadStatus::open) == 1);
  CHECK(result.touched == 4);
  CHECK(result.label() == "Import lead outcomes (6 leads)");
  REQUIRE(result.days.size() == 2);
  CHECK(result.days[0].day == "2027-01-05");
  CHECK(result.days[0].counts == std::vector<LeadCount>{
                                     {"Spring webinar", "marketing", LeadStatus::accepted, "", 2},
                                     {"Spring webinar", "marketing", LeadStatus::rejected, "Went with a rival", 1},
                                     {"Spring webinar", "partner", LeadStatus::rejected, "No budget", 1},
                                 });
  CHECK(result.days[0].followUps == std::vector<FollowUpCount>{{0, 1}, {90, 2}, {1440, 1}});
  CHECK(result.days[1].day == "2027-01-07");
  CHECK(result.days[1].counts == std::vector<LeadCount>{
                                     {"", "marketing", LeadStatus::open, "", 1},
                                     {"Booth", "Trade show", LeadStatus::recycled, "Bad timing", 1},
                                 });
  CHECK(result.days[1].followUps.empty());
  SUBCASE("no lead id, name or address reaches the result") {
    std::ostringstream text;
    for (const auto& day : result.days)
      for (const auto& count : day.counts) text << count.campaign << count.source << count.reason << "\n";
    CHECK(text.str().find("@x.com") == std::string::npos);
  }
}

TEST_CASE("the person's mapping wins: a column remapped or ignored, a status value mapped") {
  const std::string csv =
      "When,Stage,Channel\n"
      "2027-02-01,Parked,Webinar\n"
      "2027-02-01,Working,Webinar\n";
  LeadImportJob job(csv, kReasons);
  CHECK(job.headers() == std::vector<std::string>{"When", "Stage", "Channel"});
  CHECK(job.sampleRows().size() == 2);
  LeadMapping mapping = job.suggestedMapping();
  CHECK(mapping.columns == std::vector<F>{F::ignore, F::ignore, F::ignore});
  job.start(mapping);
  while (!job.step(100)) {
  }
  CHECK(messagesOf(job.result()) ==
        std::vector<std::string>{"row 1: no column is read as created (when the lead was handed to sales, e.g. Create Date)",
                                 "row 1: no column is read as status (what sales did with the lead, e.g. Lead Status)"});

  mapping.columns = {F::created, F::status, F::campaign};
  job.start(mapping);
  while (!job.step(100)) {
  }
  REQUIRE(job.statusValues().size() == 2);
  CHECK(job.statusValues()[0].text == "Parked");
  CHECK(job.statusValues()[0].recognised == std::nullopt);
  CHECK(job.statusValues()[1].recognised == LeadStatus::accepted);
  CHECK(messagesOf(job.result()) == std::vector<std::string>{
                                        "row 2, column 2 (Stage): \"Parked\" is not mapped to accepted, "
                                        "rejected, recycled or open; choose what it means"});
  job.setStatus("parked", LeadStatus::recycled);
  CHECK_FALSE(job.finished());  // counting again, without reading the file again
  CHECK(job.rowsRead());
  while (!job.step(100)) {
  }
  REQUIRE(job.result().ok());
  CHECK(job.result().days[0].counts == std::vector<LeadCount>{{"Webinar", "", LeadStatus::accepted, "", 1},
                                                             {"Webinar", "", LeadStatus::recycled, "", 1}});
}

TEST_CASE("every bad row is named by row and column, and nothing is imported") {
  History history = newHistory();
  const Document before = history.doc();
  const std::string csv =
      "lead id,created,status,first touch,campaign\n"
      "A1,2027-01-05 10:00,accepted,2027-01-05 09:00,Webinar\n"
      "A2,yesterday,accepted,,Webinar\n"
      "A1,2027-01-06,accepted,,Webinar\n"
      "A4,2027-01-06,accepted,,Webinar\n";
  const LeadImportResult result = importLeadCsv(csv, kReasons);
  CHECK(messagesOf(result) ==
        std::vector<std::string>{
            "row 2, column 4 (first touch): the first touch \"2027-01-05 09:00\" is before the lead was created "
            "(\"2027-01-05 10:00\")",
            "row 3, column 2 (created): expected a date like 2027-01-31 or 2027-01-31 09:30, not \"yesterday\"",
            "row 4, column 1 (lead id): this lead is also in row 2; export each lead once"});
  CHECK(result.problemCount == 3);
  CHECK(result.problems[1].row == 3);
  CHECK(result.problems[1].column == 2);
  CHECK(result.days.empty());
  CHECK_FALSE(applyLeadImport(history, result, kAna));
  CHECK(history.doc() == before);
  CHECK_FALSE(history.canUndo());
}

TEST_CASE("importing replaces the days from the file's first to its last created date and keeps the others") {
  History history = newHistory();
  const std::string quarter =
      "created,status,campaign\n"
      "2027-01-10,accepted,Webinar\n2027-01-20,rejected,Webinar\n"
      "2027-02-10,accepted,Webinar\n2027-02-11,accepted,Webinar\n"
      "2027-03-10,open,Webinar\n";
  const LeadImportResult first = importLeadCsv(quarter, kReasons);
  REQUIRE(first.ok());
  REQUIRE(applyLeadImport(history, first, kAna));
  CHECK(history.undoLabel() == "Import lead outcomes (5 leads)");
  CHECK(history.doc().leadDays.size() == 5);

  SUBCASE("the same export again changes nothing: no doubling") {
    CHECK_FALSE(applyLeadImport(history, importLeadCsv(quarter, kReasons), kAna));
    int64_t total = 0;
    for (const auto& day : history.doc().leadDays)
      for (const auto& count : day.counts) total += count.count;
    CHECK(total == 5);
  }
  SUBCASE("an overlapping re-export updates its days; a one-month file keeps the rest of the quarter") {
    const std::string february =
        "created,status,campaign\n"
        "2027-02-01,accepted,Webinar\n2027-02-11,rejected,Webinar\n2027-02-11,rejected,Webinar\n"
        "2027-02-28,accepted,Webinar\n";
    REQUIRE(applyLeadImport(history, importLeadCsv(february, kReasons), kAna));
    std::vector<std::string> days;
    for (const auto& day : history.doc().leadDays) days.push_back(day.day);
    // 02-10 had leads before and none now: it is inside the file's range, so it is gone.
    CHECK(days == std::vector<std::string>{"2027-01-10", "2027-01-20", "2027-02-01", "2027-02-11", "2027-02-28", "2027-03-10"});
    const LeadDay* eleventh = nullptr;
    for (const auto& day : history.doc().leadDays)
      if (day.day == "2027-02-11") eleventh = &day;
    REQUIRE(eleventh != nullptr);
    CHECK(eleventh->counts == std::vector<LeadCount>{{"Webinar", "", LeadStatus::rejected, "", 2}});
    CHECK(eleventh->meta.id == "leads-2027-02-11");
    SUBCASE("undo brings the earlier numbers back in one step") {
      history.undo();
      CHECK(history.doc().leadDays.size() == 5);
    }
  }
}

TEST_CASE("the step-by-step job gives exactly the one-shot result, whatever the step size") {
  std::string csv = "Lead ID,Created Date,Lead Source,Campaign Name,Status,Disqualified Reason,First Response\n";
  const char* statuses[] = {"Working - Contacted", "Unqualified", "Nurture", "Open - Not Contacted"};
  const char* reasons[] = {"No budget", "competitor", "Timing \"later\"", ""};
  for (int i = 0; i < 997; ++i) {
    const int day = 1 + i % 28, hour = i % 24;
    csv += std::to_string(1000 + i) + ",2027-02-" + (day < 10 ? "0" : "") + std::to_string(day) + " " +
           (hour < 10 ? "0" : "") + std::to_string(hour) + ":00,Source " + std::to_string(i % 3) + ",\"Campaign, " +
           std::to_string(i % 5) + "\"," + statuses[i % 4] + ",\"" +
           (reasons[i % 4][0] == 'T' ? std::string("Timing \"\"later\"\"") : std::string(reasons[i % 4])) + "\"," +
           (i % 2 ? "" : "2027-03-01 12:00") + "\r\n";
  }
  const LeadImportResult oneShot = importLeadCsv(csv, kReasons);
  REQUIRE(messagesOf(oneShot) == std::vector<std::string>{});
  CHECK(oneShot.leads == 997);
  for (size_t stepRows : {1, 7, 100, 5000}) {
    CAPTURE(stepRows);
    LeadImportJob job(csv, kReasons);
    job.start(job.suggestedMapping());
    double progress = job.progress();
    size_t steps = 0;
    while (!job.step(stepRows)) {
      CHECK(job.progress() >= progress);
      progress = job.progress();
      ++steps;
    }
    CHECK(job.progress() == 1.0);
    CHECK(job.result().days == oneShot.days);
    CHECK(job.result().byStatus == oneShot.byStatus);
    if (stepRows == 7) CHECK(steps > 100);
  }
}

TEST_CASE("every bad CSV in the corpus is refused with exactly its expected messages") {
  const auto files = test::filesIn(test::dataPath("leads-invalid"), ".csv");
  REQUIRE(files.size() >= 12);
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
    const LeadImportResult result = importLeadCsv(test::readFile(path), kReasons);
    CHECK(messagesOf(result) == expected);
    CHECK(result.days.empty());
    // The same problems when the file is read a row at a time.
    LeadImportJob job(test::readFile(path), kReasons);
    job.start(job.suggestedMapping());
    while (!job.step(1)) {
    }
    CHECK(messagesOf(job.result()) == expected);
  }
}
