// The library of plans this browser keeps: reading the page's listing, search and sort, the
// trash's 30 days, and the facts stored beside each plan.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/library/library.h"
#include "core/library/plan_retitle.h"
#include "core/model/document.h"

using namespace gp;

namespace {

std::vector<std::string> keysOf(const std::vector<const LibraryEntry*>& entries) {
  std::vector<std::string> keys;
  for (const auto* entry : entries) keys.push_back(entry->key);
  return keys;
}

const char* kListing = R"({
  "usage": 2400000, "quota": 1000000000, "persisted": true,
  "entries": [
    {"key": "plan:a", "title": "FY2027 Joint Growth Plan", "company": "Acme GmbH", "changedBy": "Ana",
     "changedAt": "2027-01-05T09:30:00Z", "bytes": 120000, "fileName": "fy2027.json", "unsaved": true},
    {"key": "plan:b", "title": "EMEA expansion", "company": "Acme GmbH", "changedBy": "Ben",
     "changedAt": "2027-02-01T10:00:00Z", "bytes": 900000},
    {"key": "plan:c", "title": "Übung", "company": "", "changedBy": "Ana",
     "changedAt": "2026-12-01T08:00:00Z", "bytes": 3000},
    {"key": "plan:d", "title": "Old plan", "changedAt": "2026-10-01T08:00:00Z", "bytes": 500,
     "deletedAt": "2027-01-01T00:00:00Z"},
    {"key": "plan:e", "title": "Older plan", "bytes": 500, "deletedAt": "2026-12-20T00:00:00Z"},
    {"key": "autosave-unreadable-1", "problem": "not a plan: missing the plan's text"},
    {"title": "no key: skipped"},
    7
  ]
})";

LibraryListing listing() {
  std::string error;
  auto read = readLibraryListing(kListing, error);
  REQUIRE(read.has_value());
  return *read;
}

}  // namespace

TEST_CASE("the page's listing is read field by field; entries without a key are skipped") {
  const LibraryListing read = listing();
  REQUIRE(read.entries.size() == 6);
  CHECK(read.usage == 2400000);
  CHECK(read.quota == 1000000000);
  CHECK(read.persisted);
  const LibraryEntry& first = read.entries[0];
  CHECK(first.title == "FY2027 Joint Growth Plan");
  CHECK(first.company == "Acme GmbH");
  CHECK(first.fileName == "fy2027.json");
  CHECK(first.unsaved);
  CHECK(first.bytes == 120000);
  CHECK_FALSE(read.entries[1].unsaved);
  CHECK(read.entries[5].damaged());
  CHECK_FALSE(read.entries[5].trashed());

  std::string error;
  CHECK_FALSE(readLibraryListing("[]", error).has_value());
  CHECK(error == "the library listing is not a JSON object");
  CHECK_FALSE(readLibraryListing(R"({"entries": {}})", error).has_value());
  CHECK(error == "entries: expected an array");
  CHECK_FALSE(readLibraryListing("{ broken", error).has_value());
  const auto unknown = readLibraryListing(R"({"entries": []})", error);
  REQUIRE(unknown.has_value());
  CHECK(unknown->usage == -1);
  CHECK_FALSE(unknown->persisted);
}

TEST_CASE("plans are searched by every word, case folded, and sorted four ways") {
  const LibraryListing read = listing();
  CHECK(keysOf(libraryPlans(read, "", LibrarySort::lastChange)) == std::vector<std::string>{"plan:b", "plan:a", "plan:c"});
  CHECK(keysOf(libraryPlans(read, "", LibrarySort::title)) == std::vector<std::string>{"plan:b", "plan:a", "plan:c"});
  CHECK(keysOf(libraryPlans(read, "", LibrarySort::size)) == std::vector<std::string>{"plan:b", "plan:a", "plan:c"});
  // By company, then title; plans without a company come last.
  CHECK(keysOf(libraryPlans(read, "", LibrarySort::company)) == std::vector<std::string>{"plan:b", "plan:a", "plan:c"});
  CHECK(keysOf(libraryPlans(read, "acme", LibrarySort::title)) == std::vector<std::string>{"plan:b", "plan:a"});
  CHECK(keysOf(libraryPlans(read, "ACME emea", LibrarySort::title)) == std::vector<std::string>{"plan:b"});
  CHECK(keysOf(libraryPlans(read, "übung", LibrarySort::title)) == std::vector<std::string>{"plan:c"});
  CHECK(keysOf(libraryPlans(read, "ana", LibrarySort::title)) == std::vector<std::string>{"plan:a", "plan:c"});
  CHECK(keysOf(libraryPlans(read, "fy2027.json", LibrarySort::title)) == std::vector<std::string>{"plan:a"});
  CHECK(libraryPlans(read, "old", LibrarySort::title).empty());  // deleted plans are in the trash
  CHECK(keysOf(trashedPlans(read)) == std::vector<std::string>{"plan:d", "plan:e"});
  CHECK(keysOf(damagedEntries(read)) == std::vector<std::string>{"autosave-unreadable-1"});
}

TEST_CASE("a deleted plan stays 30 days in the trash; a day begun counts") {
  CHECK(trashDaysLeft("2027-01-01T00:00:00Z", "2027-01-01T00:00:00Z") == 30);
  CHECK(trashDaysLeft("2027-01-01T00:00:00Z", "2027-01-01T00:00:01Z") == 30);
  CHECK(trashDaysLeft("2027-01-01T00:00:00Z", "2027-01-02T00:00:00Z") == 29);
  CHECK(trashDaysLeft("2027-01-01T00:00:00Z", "2027-01-30T23:59:59Z") == 1);
  CHECK(trashDaysLeft("2027-01-01T00:00:00Z", "2027-01-31T00:00:00Z") == 0);
  CHECK(trashDaysLeft("2027-01-01T00:00:00Z", "2027-06-01T00:00:00Z") == 0);
  // A clock set back or an unreadable time never removes anything early.
  CHECK(trashDaysLeft("2027-01-01T00:00:00Z", "2026-12-01T00:00:00Z") == 30);
  CHECK(trashDaysLeft("yesterday", "2027-06-01T00:00:00Z") == 30);

  const LibraryListing read = listing();
  CHECK(expiredTrash(read, "2027-01-15T00:00:00Z").empty());
  CHECK(expiredTrash(read, "2027-01-20T00:00:00Z") == std::vector<std::string>{"plan:e"});
  CHECK(expiredTrash(read, "2027-02-01T00:00:00Z") == std::vector<std::string>{"plan:d", "plan:e"});
}

TEST_CASE("the facts kept beside a plan: its title, company and its latest writer") {
  Document doc;
  doc.plan.title = "FY2027 \"Joint\" plan";
  doc.plan.company = "Acme";
  doc.plan.meta.modified = Stamp{"Ana", "2027-01-05T09:30:00Z", std::nullopt};
  LibraryFacts facts = libraryFacts(doc);
  CHECK(facts.changedBy == "Ana");
  CHECK(facts.changedAt == "2027-01-05T09:30:00Z");

  doc.sync.authors["r1:1"] = WriteAuthor{"Ben", "2027-02-01T10:00:00Z", "sales"};
  doc.sync.authors["r2:4"] = WriteAuthor{"Cleo", "2027-01-20T10:00:00Z", "marketing"};
  facts = libraryFacts(doc);
  CHECK(facts.changedBy == "Ben");
  CHECK(facts.changedAt == "2027-02-01T10:00:00Z");

  const auto json = nlohmann::json::parse(libraryFactsJson(facts));
  CHECK(json["title"] == "FY2027 \"Joint\" plan");
  CHECK(json["company"] == "Acme");
  CHECK(json["changedBy"] == "Ben");
}

TEST_CASE("storage sizes read as people say them") {
  CHECK(storageSizeText(120) == "120 bytes");
  CHECK(storageSizeText(830000) == "830 KB");
  CHECK(storageSizeText(2400000) == "2.4 MB");
  CHECK(storageSizeText(1.2e9) == "1.2 GB");
}

TEST_CASE("a plan of the library is renamed as an edit of its own, stamped and recorded") {
  PlanSession original(60, [] { return std::string("2027-01-05T09:30:00Z"); }, Editor{"Ana", Team::marketing});
  const std::string before = original.documentJson();
  const auto renamed = retitlePlan(before, "EMEA plan", 61, [] { return std::string("2027-03-01T12:00:00Z"); },
                                   Editor{"Ben", Team::sales});
  REQUIRE(std::holds_alternative<RetitledPlan>(renamed));
  const RetitledPlan& plan = std::get<RetitledPlan>(renamed);
  CHECK(plan.facts.title == "EMEA plan");
  CHECK(plan.facts.changedBy == "Ben");
  CHECK(plan.facts.changedAt == "2027-03-01T12:00:00Z");
  // The tab that has the plan open takes the new title in, and it says who changed it.
  const MergeResult merged = original.mergeOtherTab(plan.json);
  CHECK(merged.result == MergeResult::Result::merged);
  CHECK(original.doc().plan.title == "EMEA plan");
  CHECK(original.lastChanged("plan/title")->by == "Ben");

  const auto broken = retitlePlan("{\"format\": 3", "x", 62, [] { return std::string("2027-01-01T00:00:00Z"); }, Editor{});
  REQUIRE(std::holds_alternative<std::string>(broken));
  CHECK_FALSE(std::get<std::string>(broken).empty());
}

TEST_CASE("a plan without a title is shown as an untitled plan") {
  CHECK(shownTitle("") == "Untitled plan");
  CHECK(shownTitle("EMEA plan") == "EMEA plan");
}
