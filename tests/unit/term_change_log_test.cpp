// History's log of changed terms, and the autosave that trusts it: a save compares only the terms
// the log names, and is still byte for byte saveDocument's after any mix of edits, undo, redo,
// merges and opening another plan.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "core/format/format.h"
#include "core/format/save_cache.h"
#include "core/session/plan_session.h"
#include "sample_plan.h"
#include "test_support.h"

using namespace gp;

namespace {

std::string sampleText() { return test::readFile(test::assetPath("sample-plan.json")); }

NowFunction fixedClock() {
  return [] { return std::string("2027-03-01T09:00:00Z"); };
}

bool names(const std::optional<std::vector<std::string>>& ids, const std::string& id) {
  return ids && std::find(ids->begin(), ids->end(), id) != ids->end();
}

}  // namespace

TEST_CASE("the term change log names the terms changed since a mark, and nothing older") {
  TermChangeLog log;
  const TermChangeLog::Mark start = log.mark();
  CHECK(log.changedSince(start) == std::vector<std::string>{});
  log.noteTerm("t-1");
  const TermChangeLog::Mark afterFirst = log.mark();
  log.noteTerm("t-2");
  CHECK(names(log.changedSince(start), "t-1"));
  CHECK(names(log.changedSince(start), "t-2"));
  CHECK(log.changedSince(afterFirst) == std::vector<std::string>{"t-2"});
  CHECK(log.changedSince(log.mark())->empty());

  SUBCASE("a whole-plan change: any term may have changed") {
    log.noteWhole();
    CHECK_FALSE(log.changedSince(afterFirst));
    const TermChangeLog::Mark afterWhole = log.mark();
    log.noteTerm("t-3");
    CHECK(log.changedSince(afterWhole) == std::vector<std::string>{"t-3"});
  }
  SUBCASE("a copy or a moved log is another plan's history as far as earlier marks go") {
    const TermChangeLog copy = log;
    CHECK_FALSE(copy.changedSince(afterFirst));
    TermChangeLog moved = std::move(log);
    CHECK_FALSE(moved.changedSince(afterFirst));
    TermChangeLog assigned;
    const TermChangeLog::Mark beforeAssign = assigned.mark();
    assigned = copy;
    CHECK_FALSE(assigned.changedSince(beforeAssign));
  }
  SUBCASE("another log's marks say nothing about this one") {
    TermChangeLog other;
    CHECK_FALSE(other.changedSince(start));
  }
  SUBCASE("endless typing between two saves: the log starts again and the save compares all") {
    for (int i = 0; i < 5000; ++i) log.noteTerm("t-1");
    CHECK_FALSE(log.changedSince(start));
    const TermChangeLog::Mark late = log.mark();
    log.noteTerm("t-9");
    CHECK(log.changedSince(late) == std::vector<std::string>{"t-9"});
  }
}

TEST_CASE("History notes the terms of every edit, undo and redo, and a merge or an open as whole") {
  PlanSession session(7, fixedClock(), Editor{"Ana", Team::marketing});
  REQUIRE(session.openText(sampleText(), "plan.json", false).result == OpenResult::Result::opened);
  History& history = session.history();
  const TermChangeLog::Mark start = history.termChanges().mark();
  GlossaryTerm term = history.doc().glossary[1];
  term.definition = "Changed";
  history.updateTerm(term, session.edit());
  CHECK(history.termChanges().changedSince(start) == std::vector<std::string>{term.meta.id});

  TermChangeLog::Mark mark = history.termChanges().mark();
  PlanInfo plan = history.doc().plan;
  plan.title = "Not a term";
  history.setPlan(plan, session.edit());
  CHECK(history.termChanges().changedSince(mark)->empty());

  history.undo();  // the title
  history.undo();  // the term
  CHECK(names(history.termChanges().changedSince(mark), term.meta.id));
  mark = history.termChanges().mark();
  history.redo();
  CHECK(history.termChanges().changedSince(mark) == std::vector<std::string>{term.meta.id});

  mark = history.termChanges().mark();
  const std::string removed = history.doc().glossary[0].meta.id;
  history.removeTerm(removed, session.edit());
  CHECK(names(history.termChanges().changedSince(mark), removed));

  mark = history.termChanges().mark();
  Document replaced = history.doc();
  replaced.glossary[2].notes = "from a merge";
  history.replaceDocument(replaced, "Merge");
  CHECK_FALSE(history.termChanges().changedSince(mark));

  mark = history.termChanges().mark();
  REQUIRE(session.openText(sampleText(), "other.json", false).result == OpenResult::Result::opened);
  CHECK_FALSE(session.history().termChanges().changedSince(mark));
}

TEST_CASE("the autosave compares only the terms edited since the last autosave") {
  PlanSession session(8, fixedClock(), Editor{"Ben", Team::sales});
  REQUIRE(session.openText(sampleText(), "plan.json", false).result == OpenResult::Result::opened);
  REQUIRE(session.doc().glossary.size() >= 3);
  (void)session.documentText();
  const size_t compared = session.autosaveCache().termsCompared();
  GlossaryTerm term = session.doc().glossary[2];
  term.notes = "Typed";
  session.history().updateTerm(term, session.edit());
  const std::string autosaved = session.documentText().joined();  // records the edit first
  CHECK(autosaved == saveDocument(session.doc()));
  CHECK(session.autosaveCache().termsCompared() == compared + 1);
  (void)session.documentText();  // nothing changed since
  CHECK(session.autosaveCache().termsCompared() == compared + 1);
}

TEST_CASE("a cached save told which terms changed compares only those") {
  Document doc = test::samplePlan();
  REQUIRE(doc.glossary.size() >= 3);
  SaveCache cache;
  CHECK(cache.save(doc) == saveDocument(doc));
  CHECK(cache.termsCompared() == 0);  // every term was new to it

  doc.glossary[1].definition = "Changed";
  const std::vector<std::string> changed{doc.glossary[1].meta.id, "t-not-in-the-plan"};
  CHECK(cache.savePieces(doc, &changed).joined() == saveDocument(doc));
  CHECK(cache.termsCompared() == 1);
  CHECK(cache.termsWritten() == doc.glossary.size() + 1);

  const std::vector<std::string> none;
  std::reverse(doc.glossary.begin(), doc.glossary.end());  // moved terms keep their text
  CHECK(cache.savePieces(doc, &none).joined() == saveDocument(doc));
  CHECK(cache.termsCompared() == 1);

  CHECK(cache.save(doc) == saveDocument(doc));  // not told: compares all
  CHECK(cache.termsCompared() == 1 + doc.glossary.size());

  SaveCache copy = cache;  // a copy saves the same bytes
  doc.glossary[0].name = "Renamed";
  CHECK(copy.save(doc) == saveDocument(doc));
}

// The autosave after any mix of edits is the plan as saveDocument writes it.
TEST_CASE("the autosave trusts the term change log and stays byte for byte right, over random edits") {
  for (uint32_t seed = 1; seed <= 30; ++seed) {
    CAPTURE(seed);
    std::mt19937 random(seed);
    PlanSession session(seed, fixedClock(), Editor{"Ana", Team::marketing});
    REQUIRE(session.openText(sampleText(), "plan.json", false).result == OpenResult::Result::opened);
    const auto pick = [&](size_t n) { return static_cast<size_t>(random() % std::max<size_t>(n, 1)); };
    for (int round = 0; round < 12; ++round) {
      for (int edit = 0; edit < 6; ++edit) {
        History& history = session.history();
        const Document& doc = history.doc();
        const EditContext context = session.edit();
        switch (random() % 12) {
          case 0: if (!doc.glossary.empty()) { GlossaryTerm t = doc.glossary[pick(doc.glossary.size())]; t.definition += " x"; history.updateTerm(t, context, "typing"); } break;
          case 1: if (!doc.glossary.empty()) { GlossaryTerm t = doc.glossary[pick(doc.glossary.size())]; t.name += " renamed"; history.updateTerm(t, context); } break;
          case 2: { GlossaryTerm t; t.name = "New " + std::to_string(random() % 1000); history.addTerm(t, context); break; }
          case 3: if (!doc.glossary.empty()) history.removeTerm(doc.glossary[pick(doc.glossary.size())].meta.id, context); break;
          case 4: { PlanInfo plan = doc.plan; plan.title += "!"; history.setPlan(plan, context, "plan"); break; }
          case 5: history.addStarterGlossary(context); break;
          case 6: case 7: history.undo(); break;
          case 8: history.redo(); break;
          case 9: if (!doc.glossary.empty()) {
            Document merged = doc;  // a whole-plan step, as a merge is
            merged.glossary[pick(merged.glossary.size())].notes += " merged";
            std::reverse(merged.glossary.begin(), merged.glossary.end());
            history.replaceDocument(std::move(merged), "Merge");
          } break;
          case 10: if (random() % 4 == 0) REQUIRE(session.openText(sampleText(), "plan.json", false).result == OpenResult::Result::opened); break;
          case 11: session.documentJson(); break;  // a save by hand records the edits too
        }
      }
      const std::string autosaved = session.documentText().joined();
      CHECK(autosaved == saveDocument(session.doc()));
    }
  }
}
