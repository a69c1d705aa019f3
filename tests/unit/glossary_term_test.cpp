// Glossary terms in schema version 3: the fields, the upgrade of version-2 files, the change
// history History records, and funnel stages that follow a renamed term.
#include <doctest/doctest.h>

#include "core/format/format.h"
#include "core/glossary/glossary.h"
#include "core/session/history.h"
#include "core/format/migrations.h"
#include "test_support.h"

using namespace gp;

namespace {

const EditContext kAna{"Ana", "2027-01-05T09:00:00Z"};
const EditContext kBen{"Ben", "2027-01-06T10:00:00Z"};

Document loadOrFail(const std::string& text) {
  LoadResult result = loadDocument(text);
  if (const auto* error = std::get_if<LoadError>(&result)) FAIL("unexpected load error: " << error->message);
  return std::get<Document>(result);
}

GlossaryTerm named(std::string name) {
  GlossaryTerm term;
  term.name = std::move(name);
  return term;
}

std::vector<std::string> fieldsOf(const std::vector<TermChange>& history) {
  std::vector<std::string> fields;
  for (const auto& change : history) fields.push_back(change.field);
  return fields;
}

}  // namespace

TEST_CASE("version-2 files load with empty new term fields and match their version-3 copies") {
  const auto files = test::filesIn(test::dataPath("v2"), ".json");
  REQUIRE(files.size() >= 4);
  for (const auto& path : files) {
    CAPTURE(path.filename().string());
    const std::string text = test::readFile(path);
    REQUIRE(text.find("\"schemaVersion\": 2,") != std::string::npos);
    const Document doc = loadOrFail(text);
    for (const auto& term : doc.glossary) {
      CHECK(term.aliases.empty());
      CHECK(term.category == TermCategory::other);
      CHECK(term.owner == Team::other);
      CHECK(term.replacedBy.empty());
      CHECK(term.marketingDefinition.empty());
      CHECK(term.history.empty());
    }
    const std::string saved = saveDocument(doc);
    CHECK(saved.find("\"schemaVersion\": " + std::to_string(kSchemaVersion) + ",") != std::string::npos);
    CHECK(loadOrFail(saved) == doc);
    const auto current = test::dataPath("valid") / path.filename();
    if (std::filesystem::exists(current) && path.filename() != "unicode-and-escapes.json")
      CHECK(saved == test::readFile(current));
  }
}

TEST_CASE("the version-3 upgrade puts new term fields before created and skips malformed terms") {
  using Json = nlohmann::ordered_json;
  Json file = {{"format", "growth-plan"},
               {"schemaVersion", 2},
               {"glossary", Json::array({Json{{"id", "t"}, {"name", "MQL"}, {"created", Json::object()}}, 5})}};
  migrateToCurrentSchema(file, 2);
  std::vector<std::string> keys;
  for (const auto& [key, value] : file["glossary"][0].items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"id", "name", "aliases", "category", "owner", "replacedBy",
                                         "marketingDefinition", "salesDefinition", "examples", "counterExamples",
                                         "relatedTermIds", "notes", "history", "created"});
  CHECK(file["glossary"][1] == 5);
  CHECK(file["schemaVersion"] == kSchemaVersion);
}

TEST_CASE("every term field survives saving and loading, in the documented key order") {
  const std::string text = test::readFile(test::dataPath("valid/unicode-and-escapes.json"));
  const Document doc = loadOrFail(text);
  REQUIRE(doc.glossary.size() == 2);
  const GlossaryTerm& term = doc.glossary[0];
  CHECK(term.aliases == std::vector<std::string>{"Saubere Daten", "clean CRM \"data\""});
  CHECK(term.category == TermCategory::metric);
  CHECK(term.owner == Team::sales);
  CHECK(term.examples.size() == 2);
  CHECK(term.relatedTermIds == std::vector<std::string>{"t-ltv"});
  CHECK(term.history.size() == 2);
  CHECK(doc.glossary[1].replacedBy == "t-crm");
  CHECK(saveDocument(doc) == text);
  const auto at = [&](const char* key) { return text.find(std::string("\"") + key + "\": "); };
  CHECK(at("status") < at("aliases"));
  CHECK(at("aliases") < at("category"));
  CHECK(at("notes") < at("history"));
}

TEST_CASE("category names round trip and unknown names are refused") {
  for (const auto category : kAllTermCategories)
    CHECK(termCategoryFromName(termCategoryName(category)) == category);
  CHECK(std::string(termCategoryName(TermCategory::funnelStage)) == "funnel-stage");
  CHECK(std::string(termCategoryLabel(TermCategory::funnelStage)) == "Funnel stage");
  CHECK_FALSE(termCategoryFromName("Metric"));
}

TEST_CASE("a term's lifecycle is recorded in its history: who changed which field and when") {
  History history(Document{}, 3);
  const std::string sql = history.addTerm(named("SQL"), kAna);
  const std::string id = history.addTerm(named("Sales-ready lead"), kAna);
  REQUIRE(history.findTerm(id)->history.size() == 1);
  CHECK(history.findTerm(id)->history[0] == TermChange{kAna.now, "Ana", "", "Added"});

  GlossaryTerm term = *history.findTerm(id);
  term.status = TermStatus::discussing;
  term.marketingDefinition = "Scored above 60.";
  term.salesDefinition = "Asked for a demo.";
  history.updateTerm(term, kBen);
  term.status = TermStatus::agreed;
  term.definition = "Asked for a demo and fits the ICP.";
  history.updateTerm(term, kAna);
  term.status = TermStatus::deprecated;
  term.replacedBy = sql;
  history.updateTerm(term, kBen);

  const GlossaryTerm& done = *history.findTerm(id);
  CHECK(fieldsOf(done.history) == std::vector<std::string>{"", "status", "marketingDefinition", "salesDefinition",
                                                           "definition", "status", "status", "replacedBy"});
  CHECK(done.history[1] == TermChange{kBen.now, "Ben", "status", "Status: Proposed → Discussing"});
  CHECK(done.history[4].summary == "Agreed definition written");
  CHECK(done.history.back().summary == "Replaced by “SQL”");
  CHECK(done.meta.modified == Stamp{"Ben", kBen.now});

  history.undo();
  CHECK(history.findTerm(id)->history.size() == 6);
  CHECK(history.findTerm(id)->status == TermStatus::agreed);

  // Callers cannot rewrite the history.
  GlossaryTerm forged = *history.findTerm(id);
  forged.history.clear();
  history.updateTerm(forged, kAna);
  CHECK(history.findTerm(id)->history.size() == 6);
}

TEST_CASE("a burst of typing adds one history entry describing the whole burst") {
  History history(Document{}, 3);
  const std::string id = history.addTerm(named("M"), kAna);
  GlossaryTerm term = *history.findTerm(id);
  for (const char* name : {"MQ", "MQL", "MQLs"}) {
    term.name = name;
    history.updateTerm(term, kBen, "term:" + id + ":name");
  }
  const auto& entries = history.findTerm(id)->history;
  REQUIRE(entries.size() == 2);
  CHECK(entries[1].summary == "Renamed “M” → “MQLs”");
  history.seal();
  term.aliases = {"Marketing qualified lead"};
  history.updateTerm(term, kBen, "term:" + id + ":aliases");
  CHECK(history.findTerm(id)->history.back().summary == "Aliases: added “Marketing qualified lead”");
  history.undo();
  history.undo();
  CHECK(history.findTerm(id)->name == "M");
  CHECK(history.findTerm(id)->history.size() == 1);
}

TEST_CASE("a term keeps only its last 50 changes") {
  History history(Document{}, 3);
  const std::string id = history.addTerm(named("Lead"), kAna);
  GlossaryTerm term = *history.findTerm(id);
  for (int i = 0; i < 80; ++i) {
    term.notes = "note " + std::to_string(i);
    history.updateTerm(term, kAna);
  }
  const auto& entries = history.findTerm(id)->history;
  CHECK(entries.size() == kMaxTermChanges);
  CHECK(entries.back().summary == "Notes edited");
  CHECK(entries.front().field == "notes");  // "Added" was the oldest and dropped
}

TEST_CASE("renaming a term renames its funnel stages in the plan and scenarios, in one undo step") {
  IdGenerator ids(2);
  History history(newDocument(ids, kAna), 5);
  const std::string mql = history.addTerm(named("MQL"), kAna);
  GrowthAssumptions assumptions = history.doc().growth.assumptions;
  assumptions.stages[1].glossaryTermId = mql;
  history.setGrowth(assumptions, kAna);
  history.addScenario(Scenario{{}, "Better", history.doc().growth.assumptions}, kAna);
  const Document before = history.doc();

  GlossaryTerm term = *history.findTerm(mql);
  term.name = "Marketing qualified lead";
  history.updateTerm(term, kBen, "term:" + mql + ":name");
  CHECK(history.doc().growth.assumptions.stages[1].name == "Marketing qualified lead");
  CHECK(history.doc().growth.scenarios[0].assumptions.stages[1].name == "Marketing qualified lead");
  CHECK(history.doc().growth.assumptions.stages[0].name == "Lead");
  CHECK(stageDisplayName(history.doc(), history.doc().growth.assumptions.stages[1]) == "Marketing qualified lead");
  CHECK(history.undoLabel() == "Edit term “Marketing qualified lead”");

  term.name = "Marketing qualified leads";  // keeps merging: same entities touched
  history.updateTerm(term, kBen, "term:" + mql + ":name");
  history.seal();
  CHECK(history.undo());
  CHECK(history.doc() == before);
  CHECK(history.redo());
  CHECK(history.doc().growth.assumptions.stages[1].name == "Marketing qualified leads");
}

TEST_CASE("stage names fall back to the stored name when the link does not resolve") {
  Document doc;
  doc.glossary.push_back(GlossaryTerm{{"t1", {}, {}}, "", "", TermStatus::proposed});
  FunnelStage stage{"s", "Lead", "t1", 0.2};
  CHECK(stageDisplayName(doc, stage) == "Lead");  // linked term has no name
  stage.glossaryTermId = "gone";
  CHECK(stageDisplayName(doc, stage) == "Lead");
  doc.glossary[0].name = "Inquiry";
  stage.glossaryTermId = "t1";
  CHECK(stageDisplayName(doc, stage) == "Inquiry");
}

TEST_CASE("terms are found by name first, then by alias, ignoring case and spaces") {
  std::vector<GlossaryTerm> glossary(3);
  glossary[0].name = "Marketing qualified lead";
  glossary[0].aliases = {"MQL", "Qualified lead"};
  glossary[1].name = "Qualified lead";
  glossary[2].name = "Größe";
  glossary[2].aliases = {"ÉTÉ"};
  CHECK(findTermIndexByName(glossary, " mql ") == 0);
  CHECK(findTermIndexByName(glossary, "MARKETING QUALIFIED LEAD") == 0);
  CHECK(findTermIndexByName(glossary, "qualified lead") == 1);  // a name beats another term's alias
  CHECK(findTermIndexByName(glossary, "GRÖSSE") == -1);         // no full Unicode folding (ß)
  CHECK(findTermIndexByName(glossary, "größe") == 2);
  CHECK(findTermIndexByName(glossary, "été") == 2);
  CHECK(findTermIndexByName(glossary, "") == -1);
  CHECK(findTermIndexById(glossary, "") == -1);
}
