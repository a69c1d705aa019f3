// Search and filter, term mentions in free text, and the side-by-side definition diff.
#include <doctest/doctest.h>

#include <chrono>

#include "core/glossary/glossary_filter.h"
#include "core/glossary/term_diff.h"
#include "core/glossary/term_mentions.h"
#include "core/glossary/search_warm_up.h"
#include "core/glossary/term_usage.h"
#include "core/text/text_fold.h"

using namespace gp;

namespace {

GlossaryTerm term(std::string name, std::vector<std::string> aliases = {}, std::string definition = "") {
  GlossaryTerm t;
  t.name = std::move(name);
  t.aliases = std::move(aliases);
  t.definition = std::move(definition);
  return t;
}

std::vector<std::string> mentionedTexts(std::string_view text, const std::vector<GlossaryTerm>& glossary) {
  std::vector<std::string> found;
  for (const auto& mention : findTermMentions(text, glossary))
    found.push_back(std::string(text.substr(mention.byteStart, mention.byteEnd - mention.byteStart)) + "=" +
                    glossary[static_cast<size_t>(mention.termIndex)].name);
  return found;
}

std::string rebuild(const std::vector<DiffSegment>& segments, DiffKind other) {
  std::string text;
  for (const auto& segment : segments)
    if (segment.kind == DiffKind::same || segment.kind == other) text += segment.text;
  return text;
}

}  // namespace

TEST_CASE("case folding keeps byte offsets and covers common European scripts") {
  CHECK(foldCase("MQL Ärger ÉTÉ Łódź ΑΒΓ ПРИВЕТ ß") == "mql ärger été łódź αβγ привет ß");
  const std::string mixed = "Ça «GÖTEBORG» \xFF Ĳ";
  CHECK(foldCase(mixed).size() == mixed.size());
}

TEST_CASE("case folding keeps the byte length of every code point it lowers") {
  for (char32_t c = 1; c < 0x800; ++c) {
    std::string text;
    if (c < 0x80) {
      text += static_cast<char>(c);
    } else {
      text += static_cast<char>(0xC0 | (c >> 6));
      text += static_cast<char>(0x80 | (c & 0x3F));
    }
    CHECK(foldCase("x" + text + "Y").size() == text.size() + 2);
  }
}

TEST_CASE("the search index follows edits, adds and removals, folding again only what changed") {
  std::vector<GlossaryTerm> glossary = {term("MQL", {"Marketing qualified lead"}, "Scored lead."),
                                        term("SQL", {}, "Qualified by a sales rep."), term("Pipeline")};
  GlossarySearchIndex index(glossary);
  CHECK(index.filter(glossary, {"qualified"}) == std::vector<int>{0, 1});

  SUBCASE("an edited definition is found by its new words only") {
    glossary[1].definition = "Accepted by SALES";
    index.update(glossary);
    CHECK(index.filter(glossary, {"qualified"}) == std::vector<int>{0});
    CHECK(index.filter(glossary, {"accepted sales"}) == std::vector<int>{1});
  }
  SUBCASE("text moved from one field to another is found where it now is") {
    glossary[2].notes = "weighted";
    index.update(glossary);
    CHECK(index.filter(glossary, {"pipeline weighted"}) == std::vector<int>{2});
    glossary[2].name = "Pipeline weighted";
    glossary[2].notes.clear();
    index.update(glossary);
    CHECK(index.filter(glossary, {"line weigh"}) == std::vector<int>{2});
  }
  SUBCASE("added and removed terms") {
    glossary.insert(glossary.begin(), term("Qualified pipeline"));
    index.update(glossary);
    CHECK(index.size() == 4);
    CHECK(index.filter(glossary, {"qualified"}) == std::vector<int>{0, 1, 2});
    glossary.erase(glossary.begin() + 1, glossary.end());
    index.update(glossary);
    CHECK(index.size() == 1);
    CHECK(index.filter(glossary, {"pipeline"}) == std::vector<int>{0});
  }
  SUBCASE("an index always answers as the filter without one") {
    glossary[0].aliases.push_back("Ärger");
    glossary[1].examples = {"A CAFÉ owner"};
    index.update(glossary);
    for (const char* text : {"ärger", "ÄRGER", "café", "lead", "q", "", "nothing"})
      CHECK(index.filter(glossary, {text}) == filterTerms(glossary, {text}));
  }
}

TEST_CASE("the filter matches every word in names, aliases, definitions and notes, ignoring case") {
  std::vector<GlossaryTerm> glossary = {term("MQL", {"Marketing qualified lead"}, "Scored lead."),
                                        term("SQL", {}, "Qualified by a sales rep."), term("Pipeline"),
                                        term("Café owner")};
  glossary[1].status = TermStatus::agreed;
  glossary[1].category = TermCategory::funnelStage;
  glossary[2].owner = Team::sales;
  glossary[2].notes = "Weighted by STAGE probability";
  glossary[3].salesDefinition = "Runs a CAFÉ";

  CHECK(filterTerms(glossary, {}) == std::vector<int>{0, 1, 2, 3});
  CHECK(filterTerms(glossary, {"qualified"}) == std::vector<int>{0, 1});
  CHECK(filterTerms(glossary, {"MARKETING   lead"}) == std::vector<int>{0});
  CHECK(filterTerms(glossary, {"stage probability"}) == std::vector<int>{2});
  CHECK(filterTerms(glossary, {"café"}) == std::vector<int>{3});
  CHECK(filterTerms(glossary, {"qualified", TermStatus::agreed}) == std::vector<int>{1});
  CHECK(filterTerms(glossary, {"", std::nullopt, TermCategory::funnelStage}) == std::vector<int>{1});
  CHECK(filterTerms(glossary, {"", std::nullopt, std::nullopt, Team::sales}) == std::vector<int>{2});
  CHECK(filterTerms(glossary, {"nothing like this"}).empty());

  const GlossarySearchIndex index(glossary);
  CHECK(index.filter(glossary, {"qualified"}) == std::vector<int>{0, 1});

  // In a given order (the list sorted by name), with or without the index.
  const std::vector<int> byName = {3, 0, 2, 1};
  CHECK(filterTerms(glossary, {}, &byName) == byName);
  CHECK(filterTerms(glossary, {"qualified"}, &byName) == std::vector<int>{0, 1});
  const std::vector<int> reversed = {3, 2, 1, 0};
  CHECK(filterTerms(glossary, {"qualified"}, &reversed) == std::vector<int>{1, 0});
  CHECK(index.filter(glossary, {"qualified"}, &reversed) == std::vector<int>{1, 0});
  CHECK(index.filter(glossary, {"", std::nullopt, std::nullopt, Team::sales}, &reversed) == std::vector<int>{2});
  const std::vector<int> stale = {1, 0};  // another size: glossary order
  CHECK(index.filter(glossary, {"qualified"}, &stale) == std::vector<int>{0, 1});
}

// AddressSanitizer builds (the "sanitize" preset) run several times slower: same test, wider budget.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kTimeBudgetFactor = 5;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int kTimeBudgetFactor = 5;
#else
constexpr int kTimeBudgetFactor = 1;
#endif
#else
constexpr int kTimeBudgetFactor = 1;
#endif

TEST_CASE("searching 10,000 terms stays well within a frame") {
  std::vector<GlossaryTerm> glossary;
  for (int i = 0; i < 10000; ++i) {
    GlossaryTerm t = term("Term " + std::to_string(i), {"Alias " + std::to_string(i)},
                          "A definition long enough to be realistic, about a lead, a deal and a customer number " +
                              std::to_string(i) + ".");
    t.marketingDefinition = t.definition + " Marketing's view.";
    t.salesDefinition = t.definition + " Sales's view.";
    t.status = static_cast<TermStatus>(i % 4);
    glossary.push_back(std::move(t));
  }
  const auto start = std::chrono::steady_clock::now();
  const auto hits = filterTerms(glossary, {"customer number 9999"});
  const auto once = std::chrono::steady_clock::now() - start;
  CHECK(hits == std::vector<int>{9999});
  const GlossarySearchIndex index(glossary);
  const auto indexed = std::chrono::steady_clock::now();
  for (int i = 0; i < 10; ++i) CHECK(index.filter(glossary, {"alias 1234", TermStatus::agreed}) == std::vector<int>{1234});
  const auto tenSearches = std::chrono::steady_clock::now() - indexed;
  CHECK(std::chrono::duration_cast<std::chrono::milliseconds>(once).count() < 200 * kTimeBudgetFactor);
  CHECK(std::chrono::duration_cast<std::chrono::milliseconds>(tenSearches).count() < 100 * kTimeBudgetFactor);
}

TEST_CASE("mentions are whole words, case-insensitive, longest first, with aliases and plurals") {
  const std::vector<GlossaryTerm> glossary = {term("Pipeline"), term("Marketing-sourced pipeline"),
                                              term("MQL", {"marketing qualified lead"}), term("Lead"),
                                              term("Win rate", {"close rate"})};
  CHECK(mentionedTexts("Our Marketing-Sourced Pipeline grew; pipeline too.", glossary) ==
        std::vector<std::string>{"Marketing-Sourced Pipeline=Marketing-sourced pipeline", "pipeline=Pipeline"});
  CHECK(mentionedTexts("1,400 MQLs, each a Marketing Qualified Lead. Leads: 9.", glossary) ==
        std::vector<std::string>{"MQLs=MQL", "Marketing Qualified Lead=MQL", "Leads=Lead"});
  CHECK(mentionedTexts("Leadership, misleading, SQLMQL, leadsx and pipelines2 are not mentions.", glossary).empty());
  CHECK(mentionedTexts("“Lead”—the close rate (win rate)…", glossary) ==
        std::vector<std::string>{"Lead=Lead", "close rate=Win rate", "win rate=Win rate"});
  CHECK(mentionedTexts("", glossary).empty());
  CHECK(findTermMentions("Lead", {}).empty());

  const std::string text = "Zoë's Lead";
  const auto mentions = findTermMentions(text, glossary);
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0] == TermMention{7, 11, 3});
}

TEST_CASE("the first term wins when two terms share a name or alias") {
  const std::vector<GlossaryTerm> glossary = {term("SAL", {"accepted lead"}), term("Accepted lead")};
  const auto mentions = findTermMentions("an accepted lead", glossary);
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].termIndex == 0);
}

TEST_CASE("the definition diff marks the words only one team uses") {
  const auto segments = diffDefinitions("A lead that scored 60 points and fits the ICP.",
                                        "A lead that asked for a demo and fits the ICP.");
  CHECK(segments == std::vector<DiffSegment>{{"A lead that ", DiffKind::same},
                                             {"scored 60 points", DiffKind::onlyMarketing},
                                             {"asked for a demo", DiffKind::onlySales},
                                             {" and fits the ICP.", DiffKind::same}});
  CHECK(diffDefinitions("Same text.", "Same text.") == std::vector<DiffSegment>{{"Same text.", DiffKind::same}});
  CHECK(diffDefinitions("", "Only sales.") == std::vector<DiffSegment>{{"Only sales.", DiffKind::onlySales}});
  CHECK(diffDefinitions("", "").empty());
  CHECK(diffDefinitions("Größe «x»", "Größe «y»") ==
        std::vector<DiffSegment>{{"Größe «", DiffKind::same}, {"x", DiffKind::onlyMarketing},
                                 {"y", DiffKind::onlySales}, {"»", DiffKind::same}});
}

TEST_CASE("the diff always rebuilds both definitions exactly") {
  const std::pair<std::string, std::string> cases[] = {
      {"one two three", "three two one"},
      {"Opportunities created, in the period,\nper rep.", "Opportunities won per  rep — per quarter."},
      {"a a a b", "b a a a"},
      {"日本語 テキスト", "日本語  テキスト!"},
      {std::string(5000, 'x') + " y", "z " + std::string(100, 'x')},
  };
  for (const auto& [marketing, sales] : cases) {
    CAPTURE(marketing);
    const auto segments = diffDefinitions(marketing, sales);
    CHECK(rebuild(segments, DiffKind::onlyMarketing) == marketing);
    CHECK(rebuild(segments, DiffKind::onlySales) == sales);
    for (size_t i = 1; i < segments.size(); ++i) CHECK(segments[i].kind != segments[i - 1].kind);
  }
  std::string longA, longB;
  for (int i = 0; i < 3000; ++i) {
    longA += "word" + std::to_string(i) + " ";
    longB += "word" + std::to_string(i % 7 ? i : -i) + " ";
  }
  const auto segments = diffDefinitions(longA, longB);
  CHECK(rebuild(segments, DiffKind::onlyMarketing) == longA);
  CHECK(rebuild(segments, DiffKind::onlySales) == longB);
}

TEST_CASE("a search typed on is answered from the one before, and finds what a full search finds") {
  CHECK(searchNarrows("", "lead"));
  CHECK(searchNarrows("le", "lead"));
  CHECK(searchNarrows("lead", "lead score"));
  CHECK(searchNarrows("LEAD", "qualified lead"));  // case folded, any word order
  CHECK_FALSE(searchNarrows("lead", "lea"));
  CHECK_FALSE(searchNarrows("lead s", "lead"));
  CHECK_FALSE(searchNarrows("mql", "sql"));

  std::vector<GlossaryTerm> terms;
  const char* words[] = {"Lead", "qualified", "Pipeline", "demo", "Kundenbindung", "straße", "SQL", "MQL", "deal"};
  for (int i = 0; i < 400; ++i) {
    GlossaryTerm term;
    term.meta.id = "t" + std::to_string(i);
    term.name = std::string(words[i % 9]) + " " + words[(i / 9) % 9];
    term.definition = std::string("A ") + words[(i * 7) % 9] + " with " + words[(i * 5 + 3) % 9];
    term.status = static_cast<TermStatus>(i % 3);
    terms.push_back(term);
  }
  const GlossarySearchIndex index(terms);
  GlossaryFilter filter;
  filter.status = TermStatus::agreed;
  int narrowed = 0;
  for (const std::string typed : {"lead qual", "Kunden bind", "stra demo", "sql deal", "pipe lead  mql"}) {
    filter.text.clear();
    std::vector<int> previous = filterTerms(terms, filter);
    std::string before;
    for (size_t n = 1; n <= typed.size(); ++n) {
      filter.text = typed.substr(0, n);
      const std::vector<int> full = index.filter(terms, filter);
      CAPTURE(filter.text);
      REQUIRE(searchNarrows(before, filter.text));
      CHECK(index.filterWithin(terms, filter, previous) == full);
      CHECK(full == filterTerms(terms, filter));
      narrowed += previous.size() != full.size();
      previous = full;
      before = filter.text;
    }
  }
  CHECK(narrowed > 5);
}

TEST_CASE("a term's usage: the funnel stages it defines and the sections that mention it") {
  Document doc;
  GlossaryTerm mql = term("Marketing qualified lead", {"MQL"});
  mql.meta.id = "t-mql";
  GlossaryTerm sql = term("Sales qualified lead", {"SQL"});
  sql.meta.id = "t-sql";
  GlossaryTerm twin = term("MQL");  // another term sharing the alias: a mention still counts for both
  twin.meta.id = "t-twin";
  doc.glossary = {mql, sql, twin};
  for (const char* body : {"We hand over MQLs within a day.", "SQL only.", "", "The marketing qualified lead, then the MQL."}) {
    Section section;
    section.body = body;
    doc.sections.push_back(section);
  }
  doc.growth.assumptions.stages.resize(3);
  doc.growth.assumptions.stages[0].glossaryTermId = "t-sql";
  doc.growth.assumptions.stages[2].glossaryTermId = "t-mql";

  const TermUsage usage = findTermUsage(doc, "t-mql");
  CHECK(usage.sections == std::vector<size_t>{0, 3});
  CHECK(usage.stages == std::vector<size_t>{2});
  CHECK(findTermUsage(doc, "t-sql") == TermUsage{{0}, {1}});
  CHECK(findTermUsage(doc, "t-twin") == TermUsage{{}, {0, 3}});
  CHECK(findTermUsage(doc, "t-none").empty());
  doc.sections[0].body = "No mention.";
  CHECK(findTermUsage(doc, "t-mql").sections == std::vector<size_t>{3});
}

TEST_CASE("the search warm-up takes every step of a search, finding what a search would") {
  // Each of three rounds: "l", "le", "lea": all 1,000 terms; "lead q": the 500 odd ones; all
  // terms; "meetings held": the one term edited to say so in the first and third rounds.
  CHECK(warmUpGlossarySearch() == 3 * (4 * 1000 + 500) + 2);
}
