// The plan session with no window: opening, saving, merging a colleague's copy, tab sync, share
// links, and recording who changed what from the edit journal instead of a whole-plan diff.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "core/format/format.h"
#include "core/glossary/glossary_csv.h"
#include "core/merge/plan_merge.h"
#include "core/session/plan_session.h"
#include "test_support.h"

using namespace gp;

namespace {

std::string sampleText() { return test::readFile(test::assetPath("sample-plan.json")); }

// A clock that ticks a minute per call, so stamps differ and stay reproducible.
NowFunction tickingClock() {
  auto minutes = std::make_shared<int>(0);
  return [minutes] {
    const int m = (*minutes)++;
    char text[32];
    std::snprintf(text, sizeof text, "2027-03-%02dT%02d:%02d:00Z", 1 + m / 1440, m / 60 % 24, m % 60);
    return std::string(text);
  };
}

PlanSession sessionWithSample(uint64_t seed, Editor editor) {
  PlanSession session(seed, tickingClock(), std::move(editor));
  const OpenResult opened = session.openText(sampleText(), "sample-plan.json", false);
  REQUIRE(opened.result == OpenResult::Result::opened);
  return session;
}

const Editor kAna{"Ana", Team::marketing};
const Editor kBen{"Ben", Team::sales};

}  // namespace

TEST_CASE("opening: a bad file is explained and leaves the open plan, unsaved work asks first") {
  PlanSession session = sessionWithSample(1, kAna);
  CHECK_FALSE(session.unsaved());
  CHECK(session.fileName() == "sample-plan.json");
  const Document before = session.doc();

  const OpenResult bad = session.openText("{\n  \"format\": \"growth-plan\",\n  oops\n}", "broken.json", true);
  CHECK(bad.result == OpenResult::Result::failed);
  CHECK(bad.message.starts_with("Could not open broken.json: line 3, column 3"));
  CHECK(session.doc() == before);

  PlanInfo plan = session.doc().plan;
  plan.title = "Changed";
  session.history().setPlan(plan, session.edit());
  CHECK(session.unsaved());
  const OpenResult asked = session.openText(sampleText(), "other.json", true);
  CHECK(asked.result == OpenResult::Result::needsConfirmation);
  CHECK(session.replacementPending());
  CHECK(session.doc().plan.title == "Changed");
  session.cancelReplacement();
  CHECK(session.doc().plan.title == "Changed");

  CHECK(session.startNewPlan(true).result == OpenResult::Result::needsConfirmation);
  CHECK(session.pendingIsNew());
  const OpenResult confirmed = session.confirmReplacement();
  CHECK(confirmed.result == OpenResult::Result::opened);
  CHECK(session.doc().glossary.empty());
  CHECK(session.fileName().empty());
  CHECK_FALSE(session.unsaved());
  CHECK(session.doc().plan.meta.created.by == "Ana");
}

TEST_CASE("saving records each editor's changes where they happened, with who and when") {
  PlanSession session = sessionWithSample(2, kAna);
  Section section = session.doc().sections[0];
  section.body += " More.";
  session.history().updateSection(section, session.edit(), "section-body");
  CHECK(session.lastChanged("sections/" + section.meta.id + "/body")->by == "Ana");

  session.setEditor(kBen);
  GlossaryTerm term = session.doc().glossary[1];
  term.salesDefinition = "Sales wording";
  session.history().updateTerm(term, session.edit());
  const std::string text = session.startSave();
  CHECK(session.unsaved());  // until the platform says the file was written
  session.saveSucceeded("plan.json");
  CHECK_FALSE(session.unsaved());
  CHECK(session.fileName() == "plan.json");

  const Document& doc = session.doc();
  const auto body = lastWriter(doc.sync, "sections/" + section.meta.id + "/body");
  const auto definition = lastWriter(doc.sync, "glossary/" + term.meta.id + "/salesDefinition");
  REQUIRE(body);
  REQUIRE(definition);
  CHECK(body->by == "Ana");
  CHECK(body->team == "marketing");
  CHECK(definition->by == "Ben");
  CHECK(definition->team == "sales");
  CHECK(doc.sync.clock.at(session.replica()) == 2);  // one write per person
  CHECK_FALSE(lastWriter(doc.sync, "glossary/" + term.meta.id + "/definition"));  // untouched fields keep none
  CHECK(text == saveDocument(doc));
}

TEST_CASE("a change undone before saving records no write") {
  PlanSession session = sessionWithSample(3, kAna);
  session.documentJson();
  const SyncState before = session.doc().sync;
  GlossaryTerm term = session.doc().glossary[0];
  term.notes = "temporary";
  session.history().updateTerm(term, session.edit());
  session.history().undo();
  session.documentJson();
  CHECK(session.doc().sync == before);
}

// The journal must record exactly what a whole-plan comparison finds, for every kind of edit.
TEST_CASE("recording from the edit journal equals comparing the whole plan, over random edits") {
  for (uint32_t seed = 1; seed <= 40; ++seed) {
    CAPTURE(seed);
    std::mt19937 random(seed);
    PlanSession session = sessionWithSample(seed, kAna);
    const auto pick = [&](size_t n) { return static_cast<size_t>(random() % std::max<size_t>(n, 1)); };
    Document recorded = session.doc();  // as last recorded
    for (int round = 0; round < 6; ++round) {
      for (int edit = 0; edit < 8; ++edit) {
        History& history = session.history();
        const Document& doc = history.doc();
        const EditContext context = session.edit();
        switch (random() % 16) {
          case 0: { PlanInfo plan = doc.plan; plan.title += "!"; history.setPlan(plan, context, "plan"); break; }
          case 1: if (!doc.glossary.empty()) { GlossaryTerm t = doc.glossary[pick(doc.glossary.size())]; t.definition += " x"; history.updateTerm(t, context); } break;
          case 2: if (!doc.glossary.empty()) { GlossaryTerm t = doc.glossary[pick(doc.glossary.size())]; t.name += " renamed"; history.updateTerm(t, context); } break;
          case 3: { GlossaryTerm t; t.name = "New " + std::to_string(random() % 1000); history.addTerm(t, context); break; }
          case 4: if (!doc.glossary.empty()) history.removeTerm(doc.glossary[pick(doc.glossary.size())].meta.id, context); break;
          case 5: { Section s; s.title = "Section"; history.addSection(s, context); break; }
          case 6: if (!doc.sections.empty()) history.moveSection(doc.sections[pick(doc.sections.size())].meta.id, random() % 2 ? 1 : -2, context); break;
          case 7: if (!doc.sections.empty()) history.removeSection(doc.sections[pick(doc.sections.size())].meta.id, context); break;
          case 8: if (!doc.sections.empty()) history.addComment(doc.sections[0].meta.id, "Why?", context); break;
          case 9: if (!doc.comments.empty()) history.replyToComment(doc.comments[pick(doc.comments.size())].meta.id, "Because.", context); break;
          case 10: if (!doc.sections.empty()) history.signOff(doc.sections[pick(doc.sections.size())].meta.id, Team::sales, "f", context); break;
          case 11: if (!doc.signOffs.empty()) history.withdrawSignOff(doc.signOffs[0].target, doc.signOffs[0].team, context); break;
          case 12: { GrowthAssumptions a = doc.growth.assumptions; a.target *= 1.1; history.setGrowth(a, context); break; }
          case 13: { Scenario s; s.name = "What if"; s.assumptions = doc.growth.assumptions; history.addScenario(s, context); break; }
          case 14: history.undo(); break;
          case 15: history.redo(); break;
        }
      }
      // What the whole-plan comparison would record, from the same starting sync.
      Document expected = session.doc();
      recordEdits(recorded, expected, session.replica());
      session.recordEdits();
      CHECK(session.doc().sync.writes == expected.sync.writes);
      CHECK(session.doc().sync.deleted == expected.sync.deleted);
      CHECK(session.doc().sync.clock == expected.sync.clock);
      recorded = session.doc();
    }
  }
}

TEST_CASE("merging a colleague's copy: both changes kept, the same field changed twice is a conflict") {
  PlanSession ana = sessionWithSample(10, kAna);
  PlanSession ben(11, tickingClock(), kBen);
  REQUIRE(ben.openText(ana.documentJson(), "plan.json", false).result == OpenResult::Result::opened);

  PlanInfo plan = ana.doc().plan;
  plan.title = "Ana's title";
  ana.history().setPlan(plan, ana.edit());
  GlossaryTerm term = ben.doc().glossary[0];
  term.notes = "Ben's note";
  ben.history().updateTerm(term, ben.edit());
  plan = ben.doc().plan;
  plan.title = "Ben's title";
  ben.history().setPlan(plan, ben.edit());

  const MergeResult merged = ana.mergeCopyText(ben.documentJson(), "ben.json");
  CHECK(merged.result == MergeResult::Result::merged);
  CHECK(merged.conflicts == 1);
  CHECK(merged.message.starts_with("Merged ben.json: "));
  CHECK(merged.message.ends_with(" changes taken, 1 conflict to settle"));
  CHECK(ana.doc().glossary[0].notes == "Ben's note");
  REQUIRE(ana.doc().conflicts.size() == 1);
  CHECK(ana.doc().conflicts[0].path == "plan/title");
  CHECK(ana.history().undoLabel() == "Merge ben.json");

  SUBCASE("the same copy again brings nothing new") {
    const MergeResult again = ana.mergeCopyText(ben.documentJson(), "ben.json");
    CHECK(again.result == MergeResult::Result::nothingNew);
    CHECK(again.message == "Nothing new in ben.json: the plan already has all of it");
  }
  SUBCASE("undo takes the merge back") {
    ana.history().undo();
    CHECK(ana.doc().glossary[0].notes != "Ben's note");
    CHECK(ana.doc().plan.title == "Ana's title");
  }
  SUBCASE("a broken or different plan is refused and changes nothing") {
    const Document before = ana.doc();
    const MergeResult broken = ana.mergeCopyText("[", "x.json");
    CHECK(broken.result == MergeResult::Result::refused);
    CHECK(broken.message.starts_with("Could not merge x.json: line 1"));
    PlanSession other(12, tickingClock(), kBen);
    const MergeResult different = ana.mergeCopyText(other.documentJson(), "y.json");
    CHECK(different.result == MergeResult::Result::refused);
    CHECK(different.message.find("is a different plan") != std::string::npos);
    CHECK(ana.doc() == before);
  }
}

TEST_CASE("a glossary import through the session is attributed and merges like an app edit") {
  PlanSession app = sessionWithSample(20, kAna);
  PlanSession cli(21, tickingClock(), Editor{"growthplan CLI", std::nullopt});
  REQUIRE(cli.openText(app.documentJson(), "plan.json", false).result == OpenResult::Result::opened);
  const CsvImportPreview preview = previewCsvImport(cli.doc(), "name,agreed definition\nPipeline velocity,How fast deals move\n",
                                                    MergeMode::updateByName);
  REQUIRE(preview.ok());
  REQUIRE(cli.history().applyGlossaryImport(preview, cli.edit()));
  const std::string saved = cli.startSave();
  const std::string& id = cli.doc().glossary.back().meta.id;
  CHECK(cli.lastChanged("glossary/" + id)->by == "growthplan CLI");
  CHECK(cli.doc().sync.clock.count(cli.replica()));

  GlossaryTerm term = app.doc().glossary[0];
  term.notes = "typed in the app meanwhile";
  app.history().updateTerm(term, app.edit());
  const MergeResult merged = app.mergeCopyText(saved, "plan.json");
  CHECK(merged.result == MergeResult::Result::merged);
  CHECK(merged.conflicts == 0);
  CHECK(app.doc().glossary.back().name == "Pipeline velocity");
  CHECK(app.doc().glossary[0].notes == "typed in the app meanwhile");
}

TEST_CASE("tab sync: another tab's autosave comes in, ours goes back, another plan is refused") {
  PlanSession left = sessionWithSample(30, kAna);
  PlanSession right(31, tickingClock(), kBen);
  REQUIRE(right.openText(left.documentJson(), "plan.json", false).result == OpenResult::Result::opened);

  Section section = right.doc().sections[0];
  section.body = "Typed in the right tab";
  right.history().updateSection(section, right.edit());
  PlanInfo plan = left.doc().plan;
  plan.company = "Typed in the left tab";
  left.history().setPlan(plan, left.edit());

  const MergeResult arrived = left.mergeOtherTab(right.documentJson());
  CHECK(arrived.result == MergeResult::Result::merged);
  CHECK(arrived.message == "Changes from another tab arrived");
  CHECK(arrived.theyLackOurs);  // the left tab's company is news to the right tab
  CHECK(left.doc().sections[0].body == "Typed in the right tab");
  CHECK(left.doc().plan.company == "Typed in the left tab");

  const MergeResult back = right.mergeOtherTab(left.documentJson());
  CHECK(back.result == MergeResult::Result::merged);
  CHECK_FALSE(back.theyLackOurs);
  CHECK(right.doc().plan.company == "Typed in the left tab");
  CHECK(right.mergeOtherTab(left.documentJson()).result == MergeResult::Result::nothingNew);

  PlanSession stranger(32, tickingClock(), kBen);
  const MergeResult refused = left.mergeOtherTab(stranger.documentJson());
  CHECK(refused.result == MergeResult::Result::refused);
  CHECK(refused.message.starts_with("Another tab is working on"));
  CHECK(left.mergeOtherTab("not json").message.empty());  // its own tab reports its problems
}

TEST_CASE("a share link's plan replaces the open one, which is handed over to be kept first") {
  PlanSession mine = sessionWithSample(40, kAna);
  PlanInfo plan = mine.doc().plan;
  plan.title = "Mine";
  mine.history().setPlan(plan, mine.edit());
  std::vector<std::string> kept;
  mine.setBeforeReplace([&] { kept.push_back(mine.doc().plan.title); });

  PlanSession theirs(41, tickingClock(), kBen);
  plan = theirs.doc().plan;
  plan.title = "Shared plan";
  theirs.history().setPlan(plan, theirs.edit());
  LoadResult shared = loadDocument(theirs.documentJson());
  REQUIRE(std::holds_alternative<Document>(shared));

  const std::string message = mine.openSharedCopy(std::get<Document>(std::move(shared)));
  CHECK(message == "Opened \xE2\x80\x9CShared plan\xE2\x80\x9D from the link.");
  CHECK(kept == std::vector<std::string>{"Mine"});
  CHECK(mine.doc().plan.title == "Shared plan");
  CHECK(mine.fileName().empty());
  CHECK(mine.unsaved());
  CHECK_FALSE(mine.history().canUndo());  // the previous plan is its own entry, not an undo step
}

TEST_CASE("every way another plan takes the open one's place hands the open one over first") {
  PlanSession session = sessionWithSample(42, kAna);
  std::vector<std::string> kept;
  session.setBeforeReplace([&] { kept.push_back(session.doc().plan.meta.id); });
  const std::string first = session.doc().plan.meta.id;

  PlanSession other(43, tickingClock(), kBen);
  const std::string otherJson = other.documentJson();
  const std::string otherId = other.doc().plan.meta.id;

  // A file, once the person said yes; a refused or failed open keeps nothing and changes nothing.
  REQUIRE(session.openText(otherJson, "other.json", true).result == OpenResult::Result::opened);
  CHECK(kept == std::vector<std::string>{first});
  CHECK(session.openText("{ broken", "broken.json", false).result == OpenResult::Result::failed);
  CHECK(kept.size() == 1);

  // A new plan.
  REQUIRE(session.startNewPlan(false).result == OpenResult::Result::opened);
  CHECK(kept == std::vector<std::string>{first, otherId});
  const std::string fresh = session.doc().plan.meta.id;

  // A plan of the library, with its file name and unsaved state; an unreadable one is refused.
  const OpenResult bad = session.openKept("[]", "x.json", false);
  CHECK(bad.result == OpenResult::Result::failed);
  CHECK_FALSE(bad.error.empty());
  CHECK(kept.size() == 2);
  REQUIRE(session.openKept(otherJson, "other.json", true).result == OpenResult::Result::opened);
  CHECK(kept.back() == fresh);
  CHECK(session.doc().plan.meta.id == otherId);
  CHECK(session.fileName() == "other.json");
  CHECK(session.unsaved());

  // Crash recovery at start-up replaces nothing worth keeping: no hand-over.
  CHECK(session.restore(otherJson, "other.json", false).result == OpenResult::Result::opened);
  CHECK(kept.size() == 3);
}

TEST_CASE("a resolved conflict (a whole-plan replacement) is recorded like any edit") {
  PlanSession session = sessionWithSample(50, kAna);
  session.documentJson();
  const Document recorded = session.doc();
  Document changed = session.doc();
  changed.glossary[2].definition = "Chosen wording";
  changed.sections.erase(changed.sections.begin());
  session.history().replaceDocument(changed, "Resolve");
  Document expected = session.doc();
  recordEdits(recorded, expected, session.replica());
  session.recordEdits();
  CHECK(session.doc().sync.writes == expected.sync.writes);
  CHECK(session.doc().sync.deleted == expected.sync.deleted);
}

TEST_CASE("file names come from the title, else the company") {
  PlanSession session(60, tickingClock(), kAna);
  PlanInfo plan = session.doc().plan;
  plan.title = "FY2027 Joint Growth Plan \xE2\x80\x94 Draft";
  session.history().setPlan(plan, session.edit());
  CHECK(session.suggestedFileName() == "fy2027-joint-growth-plan-draft.json");
  plan.title = "";
  plan.company = "Müller & Söhne";
  session.history().setPlan(plan, session.edit());
  CHECK(session.suggestedFileName() == "müller-söhne.json");
}

TEST_CASE("the autosave's text is the plan's, edits recorded, and writes only changed terms again") {
  PlanSession session = sessionWithSample(4, kAna);
  CHECK(session.documentText().joined() == session.documentJson());
  GlossaryTerm term = session.doc().glossary[1];
  term.definition = "A lead sales accepted within two working days";
  session.history().updateTerm(term, session.edit());
  const std::string text = session.documentText().joined();  // records the edit, as documentJson does
  CHECK(text.find("A lead sales accepted within two working days") != std::string::npos);
  CHECK(text == session.documentJson());
  CHECK(text == saveDocument(session.doc()));
}

// The browser test's flow (tests/e2e/merge-copies), with clocks that give every change the same
// second or a new one: settling the conflict and merging the same copy again changes nothing.
TEST_CASE("a settled conflict stays settled when the same copy is merged again, whatever the clocks") {
  const auto fixedClock = [] { return NowFunction([] { return std::string("2027-03-01T09:00:00Z"); }); };
  for (int clocks = 0; clocks < 4; ++clocks) {
    CAPTURE(clocks);
    PlanSession sales(21, clocks & 1 ? tickingClock() : fixedClock(), kBen);
    REQUIRE(sales.openText(sampleText(), "plan.json", false).result == OpenResult::Result::opened);
    PlanInfo plan = sales.doc().plan;
    plan.title = "Sales title";
    sales.history().setPlan(plan, sales.edit());
    plan.company = "Northwind Analytics GmbH";
    sales.history().setPlan(plan, sales.edit());
    const std::string salesFile = sales.startSave();
    sales.saveSucceeded("sales-copy.json");

    PlanSession marketing(22, clocks & 2 ? tickingClock() : fixedClock(), kAna);
    REQUIRE(marketing.openText(sampleText(), "plan.json", false).result == OpenResult::Result::opened);
    plan = marketing.doc().plan;
    plan.title = "Marketing title";
    marketing.history().setPlan(plan, marketing.edit());
    plan.currency = "USD";
    marketing.history().setPlan(plan, marketing.edit());
    (void)marketing.documentText();  // an autosave
    REQUIRE(marketing.mergeCopyText(salesFile, "sales-copy.json").conflicts == 1);
    const PlanConflict conflict = marketing.doc().conflicts.at(0);
    const auto choice = std::find_if(conflict.options.begin(), conflict.options.end(),
                                     [](const ConflictChoice& c) { return c.valueJson == "\"Sales title\""; });
    REQUIRE(choice != conflict.options.end());
    auto resolved = resolveConflict(marketing.doc(), conflict.path, choice->valueJson);
    REQUIRE(std::holds_alternative<Document>(resolved));
    marketing.history().replaceDocument(std::get<Document>(std::move(resolved)), "Resolve");
    (void)marketing.documentText();
    const std::string settled = marketing.documentJson();
    const MergeResult again = marketing.mergeCopyText(salesFile, "sales-copy.json");
    CHECK(again.result == MergeResult::Result::nothingNew);
    CHECK(marketing.documentJson() == settled);
  }
}
