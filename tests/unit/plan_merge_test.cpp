#include <doctest/doctest.h>

#include "core/format/format.h"
#include "core/merge/plan_merge.h"
#include "sample_plan.h"
#include "test_support.h"

using namespace gp;

namespace {

Document sample() { return test::samplePlan(); }

// A copy opened from `original`, edited by `edit` and saved by `replica`.
Document editedCopy(const Document& original, const std::string& replica, void (*edit)(Document&)) {
  Document copy = original;
  edit(copy);
  recordEdits(original, copy, replica);
  return copy;
}

PlanMerge merged(const Document& ours, const Document& theirs) {
  PlanMergeResult result = mergeCopies(ours, theirs);
  REQUIRE(std::holds_alternative<PlanMerge>(result));
  return std::get<PlanMerge>(std::move(result));
}

}  // namespace

TEST_CASE("copies of the sample plan edited apart merge into one plan holding both changes") {
  Document base = sample();
  recordEdits(Document{}, base, "origin");
  const Document marketing = editedCopy(base, "mkt", [](Document& d) {
    d.glossary[0].definition = "Marketing's new wording";
    d.glossary[0].meta.modified = {"Priya", "2027-02-01T10:00:00Z"};
  });
  const Document sales = editedCopy(base, "sls", [](Document& d) {
    d.plan.title = "FY2027 Growth Plan";
    d.people.pop_back();
  });
  const PlanMerge result = merged(marketing, sales);
  CHECK(result.newConflicts == 0);
  CHECK(result.doc.conflicts.empty());
  CHECK(result.doc.glossary[0].definition == "Marketing's new wording");
  CHECK(result.doc.plan.title == "FY2027 Growth Plan");
  CHECK(result.doc.people.size() == base.people.size() - 1);
  CHECK(result.takenFromTheirs == 2);

  SUBCASE("merging the same copy again changes nothing") {
    const PlanMerge again = merged(result.doc, sales);
    CHECK(again.doc == result.doc);
    CHECK(again.takenFromTheirs == 0);
  }
  SUBCASE("the other way round gives the same plan") {
    Document other = merged(sales, marketing).doc;
    other.sync = result.doc.sync;
    CHECK(other == result.doc);
  }
}

TEST_CASE("a field both copies changed is a conflict the file keeps until someone chooses") {
  Document base = sample();
  recordEdits(Document{}, base, "origin");
  const Document marketing = editedCopy(base, "mkt", [](Document& d) {
    d.sections[0].body = "Marketing's goal";
    d.sections[0].meta.modified = {"Priya", "2027-02-01T10:00:00Z"};
  });
  const Document sales = editedCopy(base, "sls", [](Document& d) {
    d.sections[0].body = "Sales's goal";
    d.sections[0].meta.modified = {"Marcus", "2027-02-02T10:00:00Z"};
  });
  const PlanMerge result = merged(marketing, sales);
  REQUIRE(result.doc.conflicts.size() == 1);
  const PlanConflict& conflict = result.doc.conflicts[0];
  CHECK(conflict.label == "Sections › Shared goal › Body");
  REQUIRE(conflict.options.size() == 2);
  CHECK(conflict.options[0].valueJson == "\"Marketing's goal\"");
  CHECK(conflict.options[0].by == "Priya");
  CHECK(conflict.options[1].valueJson == "\"Sales's goal\"");
  CHECK(result.doc.sections[0].body == "Sales's goal");  // the later edit, for now

  // The conflict and the version clocks survive saving and loading, byte for byte.
  const std::string saved = saveDocument(result.doc);
  CHECK(saved.find("\"conflicts\"") != std::string::npos);
  LoadResult reloaded = loadDocument(saved);
  REQUIRE(std::holds_alternative<Document>(reloaded));
  CHECK(std::get<Document>(reloaded) == result.doc);
  CHECK(saveDocument(std::get<Document>(reloaded)) == saved);

  auto resolved = resolveConflict(result.doc, conflict.path, conflict.options[0].valueJson);
  REQUIRE(std::holds_alternative<Document>(resolved));
  CHECK(std::get<Document>(resolved).sections[0].body == "Marketing's goal");
  CHECK(std::get<Document>(resolved).conflicts.empty());
}

TEST_CASE("a term deleted in one copy and edited in the other is kept as a conflict") {
  Document base = sample();
  recordEdits(Document{}, base, "origin");
  const std::string id = base.glossary[2].meta.id;
  const Document marketing = editedCopy(base, "mkt", [](Document& d) { d.glossary.erase(d.glossary.begin() + 2); });
  const Document sales = editedCopy(base, "sls", [](Document& d) { d.glossary[2].notes = "still needed"; });
  const PlanMerge result = merged(marketing, sales);
  REQUIRE(result.doc.conflicts.size() == 1);
  CHECK(result.doc.conflicts[0].path == "glossary/" + id);
  CHECK(result.doc.glossary.size() == base.glossary.size());

  auto deleted = resolveConflict(result.doc, result.doc.conflicts[0].path, "null");
  REQUIRE(std::holds_alternative<Document>(deleted));
  CHECK(std::get<Document>(deleted).glossary.size() == base.glossary.size() - 1);
}

TEST_CASE("copies of different plans are not merged") {
  Document ours = sample(), theirs = sample();
  theirs.plan.meta.id = "another-plan";
  PlanMergeResult result = mergeCopies(ours, theirs);
  REQUIRE(std::holds_alternative<MergeRefusal>(result));
  CHECK(std::get<MergeRefusal>(result).message.find("is a different plan") != std::string::npos);
}

TEST_CASE("version clocks in a file are read strictly") {
  Document base = sample();
  std::string text = saveDocument(base);
  text.insert(text.rfind('}'), ",\n  \"sync\": {\"clock\": {\"a\": 1}, \"writes\": {\"plan/title\": \"a-1\"}, \"deleted\": {}}\n");
  LoadResult loaded = loadDocument(text);
  REQUIRE(std::holds_alternative<LoadError>(loaded));
  CHECK(std::get<LoadError>(loaded).message == "sync.writes.plan/title: expected \"replica:counter\"");
}

TEST_CASE("a conflict is labelled the same in both merge orders, even when both edits carry one stamp") {
  Document base = sample();
  recordEdits(Document{}, base, "origin");
  const auto rename = [](const char* title, const char* body) {
    return [=](Document& d) {
      d.sections[0].title = title;
      d.sections[0].body = body;
      d.sections[0].meta.modified = {"Ana", "2027-02-01T10:00:00Z"};  // one person, two laptops, one minute
    };
  };
  Document a = base, b = base;
  rename("Our goal", "Mine")(a);
  recordEdits(base, a, "laptop-a");
  rename("Shared goal", "Theirs")(b);
  recordEdits(base, b, "laptop-b");
  const PlanMerge ab = merged(a, b), ba = merged(b, a);
  REQUIRE_FALSE(ab.doc.conflicts.empty());
  CHECK(saveDocument(ab.doc) == saveDocument(ba.doc));
}
