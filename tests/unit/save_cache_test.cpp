// The autosave's cached writer: every save is byte for byte saveDocument's, and after a small
// edit only the changed terms are written again.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/format/format.h"
#include "core/format/save_cache.h"
#include "sample_plan.h"

using namespace gp;

namespace {

GlossaryTerm termNamed(const std::string& id, const std::string& name) {
  GlossaryTerm term;
  term.meta.id = id;
  term.name = name;
  term.definition = "What " + name + " means";
  term.aliases = {name + " alias"};
  term.history.push_back(TermChange{"2027-01-05T09:30:00Z", "Ana", "definition", "First draft", Team::marketing});
  return term;
}

// Saves through the cache and checks the bytes against the plain writer.
void checkSame(SaveCache& cache, const Document& doc) {
  const std::string cached = cache.save(doc);
  CHECK(cached == saveDocument(doc));
}

}  // namespace

TEST_CASE("a cached save is byte for byte saveDocument's, edit after edit") {
  Document doc = test::samplePlan();
  REQUIRE(doc.glossary.size() >= 3);
  SaveCache cache;
  checkSame(cache, doc);
  const size_t first = cache.termsWritten();
  CHECK(first == doc.glossary.size());

  SUBCASE("saving again writes no term") {
    checkSame(cache, doc);
    CHECK(cache.termsWritten() == first);
  }
  SUBCASE("one changed term is the only one written again") {
    doc.glossary[1].definition = "Changed: a lead sales accepted within two days";
    checkSame(cache, doc);
    CHECK(cache.termsWritten() == first + 1);
    doc.glossary[1].history.push_back(TermChange{"2027-03-01T10:00:00Z", "Ben", "status", "Agreed", Team::sales});
    checkSame(cache, doc);
    CHECK(cache.termsWritten() == first + 2);
  }
  SUBCASE("terms added, removed and moved") {
    doc.glossary.push_back(termNamed("t-new", "Velocity"));
    checkSame(cache, doc);
    CHECK(cache.termsWritten() == first + 1);
    doc.glossary.erase(doc.glossary.begin());
    checkSame(cache, doc);
    std::reverse(doc.glossary.begin(), doc.glossary.end());
    checkSame(cache, doc);
    CHECK(cache.termsWritten() == first + 1);  // moved terms keep their text
  }
  SUBCASE("an emptied glossary, then terms again") {
    doc.glossary.clear();
    checkSame(cache, doc);
    doc.glossary.push_back(termNamed("t-1", "Lead"));
    checkSame(cache, doc);
  }
  SUBCASE("two terms with one id, as a hand-edited file may have") {
    doc.glossary.push_back(termNamed("t-twin", "One"));
    doc.glossary.push_back(termNamed("t-twin", "Two"));
    checkSame(cache, doc);
    checkSame(cache, doc);
    doc.glossary.pop_back();
    checkSame(cache, doc);
  }
  SUBCASE("text that looks like the glossary key, line breaks and invalid UTF-8") {
    doc.glossary[0].notes = "\n  \"glossary\": []";
    doc.glossary[1].name = "Line one\nline two \"quoted\" \\ \t end";
    doc.glossary[2].definition = std::string("bad \xC3\x28 bytes \xFF");
    doc.plan.title = "\n  \"glossary\": []";
    checkSame(cache, doc);
    doc.sections.push_back(Section{{"s-x", {}, {}}, "\n  \"glossary\": []", Team::sales, "body"});
    checkSame(cache, doc);
  }
  SUBCASE("version clocks: written straight as text, the same bytes") {
    doc.sync.clock = {{"r7k2", 12}, {"zz\"q", 18446744073709551615ull}};
    for (size_t i = 0; i < doc.glossary.size(); ++i)
      doc.sync.writes["glossary/" + doc.glossary[i].meta.id] = Dot{"r7k2", i + 1};
    doc.sync.writes["plan/title"] = Dot{"zz\"q", 3};
    doc.sync.deleted["sections/gone"] = {{"r7k2", 4}};
    doc.sync.deleted["sections/empty-clock"] = {};
    doc.sync.authors["r7k2:1"] = WriteAuthor{"Ana", "2027-01-05T09:30:00Z", "marketing"};
    doc.sync.authors["r7k2:2"] = WriteAuthor{"Jürgen \"JJ\" Müller\t\x01\x7f", "2027-01-06T09:30:00Z", ""};
    doc.sync.authors["zz\"q:3"] = WriteAuthor{std::string("bad \xC3\x28 bytes \xFF"), "", "sales"};
    checkSame(cache, doc);
    doc.sync.writes["path\\with\nodd\b\f\r\x1f chars"] = Dot{"r7k2", 2};
    doc.sync.authors.clear();
    checkSame(cache, doc);
    doc.sync.writes.clear();
    doc.sync.deleted.clear();
    checkSame(cache, doc);  // only a clock
    doc.sync = SyncState{};
    checkSame(cache, doc);  // no "sync" key at all
    doc.sync.deleted["terms/x"] = {{"a", 1}};
    checkSame(cache, doc);  // an empty clock
  }
  SUBCASE("changes outside the glossary") {
    doc.plan.company = "Renamed GmbH";
    checkSame(cache, doc);
    CHECK(cache.termsWritten() == first);
  }
}

TEST_CASE("a saved text copied out in slices of any size is the whole text") {
  Document doc = test::samplePlan();
  doc.glossary.push_back(termNamed("t-new", "Velocity"));
  SaveCache cache;
  const SavedText& text = cache.savePieces(doc);
  const std::string whole = saveDocument(doc);
  CHECK(text.bytes == whole.size());
  CHECK(text.joined() == whole);
  for (size_t slice : {size_t{1}, size_t{7}, size_t{100}, size_t{4096}, whole.size(), whole.size() + 10}) {
    CAPTURE(slice);
    std::string out;
    size_t at = 0, largest = 0;
    while (const size_t copied = text.copy(at, slice, out)) {
      largest = std::max(largest, copied);
      at += copied;
    }
    CHECK(largest <= slice);
    CHECK(out == whole);
  }
  std::string none;
  CHECK(text.copy(whole.size(), 100, none) == 0);
  CHECK(none.empty());
}
