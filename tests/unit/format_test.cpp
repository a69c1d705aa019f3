#include <doctest/doctest.h>

#include <random>

#include "core/format/format.h"
#include "core/session/history.h"
#include "test_support.h"

using namespace gp;

namespace {

Document loadOrFail(const std::string& text) {
  LoadResult result = loadDocument(text);
  if (const auto* error = std::get_if<LoadError>(&result)) FAIL("unexpected load error: " << error->message);
  return std::get<Document>(result);
}

std::string loadErrorOf(const std::string& text) {
  const LoadResult result = loadDocument(text);
  if (const auto* error = std::get_if<LoadError>(&result)) return error->message;
  return "(loaded without error)";
}

Document smallDocument() {
  const Stamp stamp{"Ana", "2027-01-05T09:30:00Z"};
  Document doc;
  doc.plan = PlanInfo{{"plan1", stamp, stamp}, "Müller & Søn — «Plan»", "FY2027 🚀", "2027-01-01", "2027-12-31", "EUR"};
  doc.people.push_back(Person{{"p1", stamp, stamp}, "Ana", Team::marketing});
  doc.sections.push_back(Section{{"s1", stamp, stamp}, "Goal", Team::leadership, "Line \"one\"\nC:\\two"});
  doc.glossary.push_back(GlossaryTerm{{"t1", stamp, stamp}, "MQL", "A lead.", TermStatus::discussing});
  return doc;
}

}  // namespace

TEST_CASE("every valid test file loads and saves back byte for byte") {
  const auto files = test::filesIn(test::dataPath("valid"), ".json");
  REQUIRE(files.size() >= 3);
  for (const auto& path : files) {
    CAPTURE(path.filename().string());
    const std::string text = test::readFile(path);
    CHECK(saveDocument(loadOrFail(text)) == text);
  }
}

TEST_CASE("the sample plan is canonical and has the promised content") {
  const std::string text = test::readFile(test::assetPath("sample-plan.json"));
  const Document doc = loadOrFail(text);
  CHECK(saveDocument(doc) == text);
  CHECK(doc.plan.company == "Northwind Analytics");
  CHECK(doc.plan.title == "FY2027 Joint Growth Plan");
  CHECK(doc.plan.currency == "EUR");
  CHECK(doc.people.size() == 6);
  CHECK(doc.sections.size() == 5);
  CHECK(doc.glossary.size() == 11);
}

TEST_CASE("saving then loading gives back the same document") {
  const Document doc = smallDocument();
  CHECK(loadOrFail(saveDocument(doc)) == doc);
}

TEST_CASE("saved files use the fixed key order, 2-space indent, raw UTF-8 and a trailing newline") {
  const std::string text = saveDocument(smallDocument());
  CHECK(text.rfind("{\n  \"format\": \"growth-plan\",\n  \"schemaVersion\": 5,\n  \"plan\": {\n    \"id\": \"plan1\",\n"
                   "    \"company\": \"Müller & Søn — «Plan»\",\n",
                   0) == 0);
  CHECK(text.back() == '\n');
  CHECK(text.find("\\u") == std::string::npos);
  const auto growth = text.find("\n  \"growth\": {\n    \"target\": 0,\n");
  CHECK(growth != std::string::npos);
  const auto people = text.find("\"people\""), sections = text.find("\"sections\""), glossary = text.find("\"glossary\"");
  CHECK(growth < people);
  CHECK(people < sections);
  CHECK(sections < glossary);
  CHECK(text.find("\"name\": \"MQL\",\n      \"definition\": \"A lead.\",\n      \"status\": \"discussing\",\n") !=
        std::string::npos);
}

TEST_CASE("saving never throws on text that is not valid UTF-8") {
  Document doc = smallDocument();
  doc.plan.title = "broken \xC3\x28 text";
  std::string text;
  CHECK_NOTHROW(text = saveDocument(doc));
  CHECK(std::holds_alternative<Document>(loadDocument(text)));
}

// The reader moves a term's strings out of the parsed tree and frees each term's part of it once
// read: every term must still come back whole, and a problem in a later term must still be found
// and worded as before, naming the earlier term where it does.
TEST_CASE("many full terms load back whole, and a later term's problem is still reported exactly") {
  Document doc = smallDocument();
  doc.glossary.clear();
  const Stamp made{"Ana", "2027-01-05T09:30:00Z", Team::marketing};
  for (int i = 0; i < 40; ++i) {
    const std::string n = std::to_string(i);
    GlossaryTerm term;
    term.meta = {"term" + n, made, Stamp{"Ben", "2027-02-05T09:30:00Z", Team::sales}};
    term.name = "Term " + n + " with a name longer than the short-string buffer";
    term.definition = "What term " + n + " means to both teams, in a definition long enough to live on the heap.";
    term.status = static_cast<TermStatus>(i % 3);
    term.aliases = {"T" + n, "an alias of term " + n + " that is long enough"};
    term.category = static_cast<TermCategory>(i % 3);
    term.owner = i % 2 ? Team::sales : Team::marketing;
    term.replacedBy = i % 4 == 3 ? "term" + std::to_string(i - 1) : "";
    term.marketingDefinition = "Marketing's reading of term " + n + ": scored above 60.";
    term.salesDefinition = "Sales' reading of term " + n + ": a named contact with budget.";
    term.examples = {"A director who booked a demo after the webinar (" + n + ")", "x"};
    term.counterExamples = {"A student downloading the e-book"};
    if (i > 0) term.relatedTermIds = {"term" + std::to_string(i - 1)};
    term.notes = i % 5 == 0 ? "Agreed in the March workshop, after a long discussion." : "";
    term.history.push_back(TermChange{"2027-01-05T09:30:00Z", "Ana", "definition", "First draft of it", Team::marketing});
    term.history.push_back(TermChange{"", "Ben", "status", "Proposed → Discussing, as agreed", std::nullopt});
    doc.glossary.push_back(std::move(term));
  }
  const std::string text = saveDocument(doc);
  const Document loaded = loadOrFail(text);
  CHECK(loaded == doc);
  CHECK(saveDocument(loaded) == text);

  Document duplicate = doc;
  duplicate.glossary[37].meta.id = "term2";
  CHECK(loadErrorOf(saveDocument(duplicate)) == "glossary[37].id: duplicate id \"term2\" (also used by glossary[2])");

  std::string badType = text;
  const std::string lastNotes = "\"notes\": \"Agreed in the March workshop, after a long discussion.\",\n      \"history\"";
  const size_t at = badType.rfind(lastNotes);
  REQUIRE(at != std::string::npos);
  badType.replace(at, lastNotes.size(), "\"notes\": 7,\n      \"history\"");
  CHECK(loadErrorOf(badType) == "glossary[35].notes: expected a string");

  std::string badTime = text;
  const size_t change = badTime.rfind("\"at\": \"2027-01-05T09:30:00Z\",\n          \"by\": \"Ana\"");
  REQUIRE(change != std::string::npos);
  badTime.replace(change, 28, "\"at\": \"2027-01-05 09:30:00\"");
  CHECK(loadErrorOf(badTime) == "glossary[39].history[0].at: expected a UTC time like 2027-01-31T09:30:00Z");

  // The glossary and its terms' lists are walked without JsonNode::elements, with its message.
  const auto replaced = [&](const std::string& from, const std::string& to) {
    std::string changed = text;
    const size_t where = changed.rfind(from);
    REQUIRE(where != std::string::npos);
    return changed.replace(where, from.size(), to);
  };
  CHECK(loadErrorOf(replaced("\"aliases\": [\n        \"T39\",\n        \"an alias of term 39 that is long enough\"\n      ]",
                             "\"aliases\": \"T39\"")) == "glossary[39].aliases: expected an array");
  CHECK(loadErrorOf(replaced("\"history\": [", "\"history\": 1, \"x\": [")) == "glossary[39].x: unknown field");
  CHECK(loadErrorOf(replaced("\"relatedTermIds\": [\n        \"term38\"\n      ]", "\"relatedTermIds\": [\n        38\n      ]")) ==
        "glossary[39].relatedTermIds[0]: expected a string");
  Document noGlossary = doc;
  noGlossary.glossary.clear();
  std::string glossaryObject = saveDocument(noGlossary);
  const std::string emptyGlossary = "\"glossary\": []";
  REQUIRE(glossaryObject.find(emptyGlossary) != std::string::npos);
  glossaryObject.replace(glossaryObject.find(emptyGlossary), emptyGlossary.size(), "\"glossary\": {}");
  CHECK(loadErrorOf(glossaryObject) == "glossary: expected an array");
}

TEST_CASE("a new document is valid and canonical") {
  IdGenerator ids(3);
  const Document doc = newDocument(ids, {"Ana", "2027-01-05T09:30:00Z"});
  const std::string text = saveDocument(doc);
  CHECK(loadOrFail(text) == doc);
}

TEST_CASE("input over the size limit is rejected with its size in MB") {
  const std::string huge(kMaxFileBytes + 1, ' ');
  CHECK(loadErrorOf(huge) == "file is too large (33 MB; the limit is 32 MB)");
  CHECK(fileTooLargeMessage(100 * 1024 * 1024) == "file is too large (100 MB; the limit is 32 MB)");
}

TEST_CASE("ten thousand opening brackets are reported as too deep, not crash the parser") {
  CHECK(loadErrorOf(std::string(10000, '[')) == "line 1, column 65: nesting deeper than 64 levels");
  CHECK(loadErrorOf(std::string(10000, '{')) == "line 1, column 2: syntax error: expected a property name in double quotes, found '{'");
  std::string objects;
  for (int i = 0; i < 10000; ++i) objects += "{\"a\":";
  CHECK(loadErrorOf(objects) == "line 1, column 321: nesting deeper than 64 levels");
}

TEST_CASE("64 levels of nesting are allowed and brackets inside strings do not count") {
  const std::string deepest = std::string(63, '[') + std::string(63, ']');
  CHECK(loadErrorOf("{\"x\": " + deepest + "}") == "format: this is not a growth plan file (expected \"growth-plan\")");
  CHECK(loadErrorOf("{\"x\": [" + deepest + "]}") == "line 1, column 70: nesting deeper than 64 levels");
  CHECK(loadErrorOf("{\"x\": \"" + std::string(200, '[') + "\\\"[\"}") ==
        "format: this is not a growth plan file (expected \"growth-plan\")");
}

TEST_CASE("a byte order mark at the start is accepted") {
  const std::string text = test::readFile(test::dataPath("valid/empty-plan.json"));
  CHECK(saveDocument(loadOrFail("\xEF\xBB\xBF" + text)) == text);
}

TEST_CASE("numbers too large for a double are a load error, not an exception") {
  CHECK(loadErrorOf("{\"format\": \"growth-plan\", \"schemaVersion\": 1e400}") ==
        "syntax error: a number in the file is too large");
}

TEST_CASE("loadDocument never throws on random damage to a valid file") {
  const std::string original = test::readFile(test::dataPath("valid/unicode-and-escapes.json"));
  std::mt19937 random(2027);
  const auto pick = [&](size_t size) { return std::uniform_int_distribution<size_t>(0, size - 1)(random); };
  int loaded = 0, rejected = 0;
  for (int round = 0; round < 2000; ++round) {
    std::string text = original;
    switch (round % 4) {
      case 0: text[pick(text.size())] = static_cast<char>(pick(256)); break;
      case 1: text.resize(pick(text.size())); break;
      case 2: text.erase(pick(text.size()), 1 + pick(16)); break;
      case 3:
        for (int flips = 0; flips < 8; ++flips) text[pick(text.size())] ^= static_cast<char>(1 << pick(8));
        break;
    }
    LoadResult result;
    REQUIRE_NOTHROW(result = loadDocument(text));
    if (const auto* error = std::get_if<LoadError>(&result)) {
      CHECK_FALSE(error->message.empty());
      ++rejected;
    } else {
      ++loaded;
    }
  }
  CHECK(rejected > 1000);
  CHECK(loaded + rejected == 2000);
}
