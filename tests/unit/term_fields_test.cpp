// term_fields.h answers from the structs what the merge would read from the terms' JSON: held to
// TreeValues and countDifferences over the JSON itself, for random pairs of versions and every
// kind of path below a term, order paths included.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "core/format/format_entities.h"
#include "core/merge/merge.h"
#include "core/merge/record_changes.h"
#include "core/merge/term_fields.h"

using namespace gp;

namespace {

class TermMaker {
 public:
  explicit TermMaker(unsigned seed) : random_(seed) {}

  GlossaryTerm term() {
    GlossaryTerm term;
    term.meta.id = "mql";
    term.meta.created = stamp();
    term.meta.modified = stamp();
    term.name = text();
    term.definition = text();
    term.status = static_cast<TermStatus>(pick(0, 2));
    term.aliases = texts();
    term.category = static_cast<TermCategory>(pick(0, 2));
    term.owner = pick(0, 1) ? Team::marketing : Team::sales;
    term.replacedBy = pick(0, 3) ? "" : "sql";
    term.marketingDefinition = text();
    term.salesDefinition = text();
    term.examples = texts();
    term.counterExamples = texts();
    term.relatedTermIds = texts();
    term.notes = text();
    for (int i = pick(0, 2); i > 0; --i) term.history.push_back(TermChange{text(), text(), text(), text(), team()});
    return term;
  }

  // A second version: each field kept or redrawn, so versions differ in a few fields.
  GlossaryTerm variant(const GlossaryTerm& of) {
    GlossaryTerm other = term();
    GlossaryTerm out = of;
    if (!pick(0, 3)) out.meta.created = other.meta.created;
    if (!pick(0, 3)) out.meta.created.team = other.meta.created.team;
    if (!pick(0, 2)) out.meta.modified = other.meta.modified;
    if (!pick(0, 3)) out.meta.modified.team = other.meta.modified.team;
    if (!pick(0, 3)) out.name = other.name;
    if (!pick(0, 3)) out.definition = other.definition;
    if (!pick(0, 3)) out.status = other.status;
    if (!pick(0, 3)) out.aliases = other.aliases;
    if (!pick(0, 3)) out.category = other.category;
    if (!pick(0, 3)) out.owner = other.owner;
    if (!pick(0, 3)) out.replacedBy = other.replacedBy;
    if (!pick(0, 3)) out.examples = other.examples;
    if (!pick(0, 3)) out.relatedTermIds = other.relatedTermIds;
    if (!pick(0, 3)) out.notes = other.notes;
    if (!pick(0, 3)) out.history = other.history;
    return out;
  }

 private:
  int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
  // Small pools, so versions often agree; non-ASCII text as people type it.
  std::string text() { return std::vector<std::string>{"", "lead", "Lead", "Kundenbindung", "見込み客", "a \"quoted\" one"}[pick(0, 5)]; }
  std::vector<std::string> texts() {
    std::vector<std::string> out;
    for (int i = pick(0, 2); i > 0; --i) out.push_back(text());
    return out;
  }
  std::optional<Team> team() {
    const int which = pick(0, 2);
    return which == 0 ? std::nullopt : std::optional<Team>(which == 1 ? Team::marketing : Team::sales);
  }
  Stamp stamp() { return Stamp{text(), pick(0, 1) ? "2027-03-01T10:00:00Z" : "2027-03-02T10:00:00Z", team()}; }

  std::mt19937 random_;
};

// Paths below a term: every key, every stamp field, and paths the term does not have.
const std::vector<std::string> kPaths = {
    "", "id", "name", "definition", "status", "aliases", "category", "owner", "replacedBy", "marketingDefinition",
    "salesDefinition", "examples", "counterExamples", "relatedTermIds", "notes", "history", "created", "modified",
    "created/by", "created/at", "created/team", "modified/by", "modified/at", "modified/team", "created/other",
    "created/by/deeper", "name/deeper", "aliases/lead", "history/0", "unknown", "na~0me", "created/", "/name",
    "aliases/#order", "examples/#order", "history/#order", "#order", "name/#order", "created/#order", "aliases/#orde"};

}  // namespace

TEST_CASE("a term's fields compare as their JSON compares") {
  int differing = 0, sameAtSomePath = 0;
  for (unsigned seed = 1; seed <= 400; ++seed) {
    CAPTURE(seed);
    TermMaker maker(seed);
    const GlossaryTerm ours = maker.term();
    const GlossaryTerm theirs = seed % 5 == 0 ? ours : maker.variant(ours);
    REQUIRE(termTextIsValid(ours));
    const OrderedJson oursJson = entityJson(ours), theirsJson = entityJson(theirs);
    for (const Side merged : {Side::ours, Side::theirs}) {
      const TreeValues reference(oursJson, theirsJson, merged == Side::ours ? oursJson : theirsJson);
      for (const std::string& path : kPaths) {
        CAPTURE(path);
        const PathValues fields = termValuesAt(ours, theirs, merged, path);
        PathValues json = reference.at(path);
        if (path.empty()) json = PathValues{true, oursJson == (merged == Side::ours ? oursJson : theirsJson),
                                            theirsJson == (merged == Side::ours ? oursJson : theirsJson)};
        CHECK(fields.inMerged == json.inMerged);
        CHECK(fields.oursSame == json.oursSame);
        CHECK(fields.theirsSame == json.theirsSame);
        sameAtSomePath += fields.inMerged && fields.oursSame && fields.theirsSame;
      }
    }
    const size_t count = termDifferences(ours, theirs);
    // As a merge counts them: in the plans' glossaries, where the paths name the term.
    const auto plan = [](const OrderedJson& term) {
      OrderedJson json = OrderedJson::object();
      json["glossary"] = OrderedJson::array({term});
      return json;
    };
    CHECK(count == countDifferences(plan(oursJson), plan(theirsJson)));
    differing += count > 0;
  }
  CHECK(differing > 200);
  CHECK(sameAtSomePath > 1000);
}

TEST_CASE("a term's text that is not UTF-8 is found, so the merge takes it as JSON") {
  GlossaryTerm term;
  term.meta.id = "mql";
  term.name = "MQL";
  CHECK(termTextIsValid(term));
  for (std::string* text : {&term.name, &term.meta.modified.at}) {
    const std::string kept = *text;
    *text = "caf\xE9";  // Latin-1, not UTF-8
    CHECK_FALSE(termTextIsValid(term));
    *text = kept;
  }
  term.history.push_back(TermChange{"2027-01-01T00:00:00Z", "Ana", "name", "\xFF", {}});
  CHECK_FALSE(termTextIsValid(term));
}
