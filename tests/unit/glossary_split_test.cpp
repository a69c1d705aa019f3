// The merge that leaves settled glossary terms (alike, or changed by one copy only) out of its
// JSON (glossary_split.h) must give exactly what the merge over the whole trees gives. Random
// edits on two copies of one plan, merged both ways, with and without the common ancestor, and
// merged again after more edits; and the edge cases of taking a term whole.
#include <doctest/doctest.h>

#include <cstdio>
#include <functional>
#include <random>
#include <string>

#include "core/merge/glossary_split.h"
#include "core/merge/plan_merge.h"
#include "sample_plan.h"

using namespace gp;

namespace {

class Editor {
 public:
  Editor(unsigned seed, std::string replica) : random_(seed), replica_(std::move(replica)) {}

  // A few random edits, as a person would make them in one sitting, then saved.
  Document edited(const Document& original) {
    Document doc = original;
    const int edits = pick(1, 6);
    for (int i = 0; i < edits; ++i) edit(doc);
    recordEdits(original, doc, replica_);
    return doc;
  }

 private:
  int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
  // Small pools of values, so the two copies sometimes make the very same change.
  std::string word() { return std::vector<std::string>{"lead", "MQL", "SQL", "deal", "pipeline", "Kunde"}[pick(0, 5)]; }
  Stamp stamp() { return Stamp{replica_ == "a" ? "Ana" : "Ben", "2027-03-0" + std::to_string(pick(1, 3)) + "T10:00:00Z", {}}; }

  void edit(Document& doc) {
    std::vector<GlossaryTerm>& terms = doc.glossary;
    const auto anyTerm = [&]() -> GlossaryTerm& { return terms[static_cast<size_t>(pick(0, int(terms.size()) - 1))]; };
    switch (terms.empty() ? 3 : pick(0, 10)) {
      case 0: anyTerm().definition = "A " + word(); anyTerm().meta.modified = stamp(); break;
      case 1: { GlossaryTerm& term = anyTerm(); term.name = word() + " " + std::to_string(pick(1, 3)); term.meta.modified = stamp(); break; }
      case 2: anyTerm().aliases.push_back(word()); break;
      case 3: {
        GlossaryTerm term;
        // Now and then both copies add a term under one id.
        term.meta.id = pick(0, 3) == 0 ? "shared-new" : replica_ + "-new-" + std::to_string(next_++);
        if (std::find_if(terms.begin(), terms.end(), [&](const GlossaryTerm& t) { return t.meta.id == term.meta.id; }) != terms.end()) break;
        term.name = word() + " " + replica_;
        term.definition = "New " + word();
        term.meta.created = term.meta.modified = stamp();
        terms.insert(terms.begin() + pick(0, int(terms.size())), term);
        break;
      }
      case 4: terms.erase(terms.begin() + pick(0, int(terms.size()) - 1)); break;
      case 5: {
        const size_t from = static_cast<size_t>(pick(0, int(terms.size()) - 1));
        GlossaryTerm moved = terms[from];
        terms.erase(terms.begin() + static_cast<long>(from));
        terms.insert(terms.begin() + pick(0, int(terms.size())), moved);
        break;
      }
      case 6: anyTerm().history.push_back(TermChange{"2027-03-01T10:00:00Z", replica_, "definition", word(), {}}); break;
      case 7: anyTerm().notes = word(); break;
      case 8: doc.plan.title = "Plan " + word(); break;
      case 9: {
        // The oldest change record dropped, as the app does at kMaxTermChanges; or one from long ago.
        std::vector<TermChange>& history = anyTerm().history;
        if (!history.empty() && pick(0, 1)) {
          history.erase(history.begin());
          history.push_back(TermChange{"2027-04-01T10:00:00Z", replica_, "notes", word(), {}});
        } else {
          history.insert(history.begin(), TermChange{"2020-01-01T10:00:00Z", replica_, "notes", word(), {}});
        }
        break;
      }
      default:
        if (!doc.campaigns.empty()) doc.campaigns[0].name = "Campaign " + word();
        if (!doc.people.empty() && pick(0, 1)) doc.people.pop_back();
    }
  }

  std::mt19937 random_;
  std::string replica_;
  int next_ = 0;
};

// A plan with more terms than the sample, all of one lineage.
Document startingPlan() {
  Document doc = test::samplePlan();
  for (int i = 0; i < 30; ++i) {
    GlossaryTerm term;
    term.meta.id = "extra-" + std::to_string(i) + (i % 7 == 0 ? "/with#slash~" : "");
    term.name = "Extra " + std::to_string(i);
    term.definition = "Definition " + std::to_string(i);
    if (i % 2 == 0)
      term.history = {TermChange{"2026-05-01T10:00:00Z", "Ana", "definition", "First draft", Team::marketing},
                      TermChange{"2026-06-01T10:00:00Z", "Ben", "status", "Proposed → Agreed", Team::sales}};
    doc.glossary.push_back(term);
  }
  recordEdits(Document{}, doc, "origin");
  return doc;
}

void checkSame(const PlanMergeResult& fast, const PlanMergeResult& whole) {
  REQUIRE(fast.index() == whole.index());
  if (const auto* refusal = std::get_if<MergeRefusal>(&whole)) {
    CHECK(std::get<MergeRefusal>(fast).message == refusal->message);
    return;
  }
  const PlanMerge& f = std::get<PlanMerge>(fast);
  const PlanMerge& w = std::get<PlanMerge>(whole);
  CHECK(f.doc.glossary == w.doc.glossary);
  CHECK(f.doc.conflicts == w.doc.conflicts);
  CHECK(f.doc.sync == w.doc.sync);
  CHECK(f.doc == w.doc);
  CHECK(f.newConflicts == w.newConflicts);
  CHECK(f.takenFromTheirs == w.takenFromTheirs);
}

}  // namespace

TEST_CASE("a merge without the settled terms' JSON gives what the whole-tree merge gives") {
  const Document base = startingPlan();
  int merges = 0, withConflicts = 0, reordered = 0, takenFromOurs = 0, takenFromTheirs = 0;
  for (unsigned seed = 1; seed <= 150; ++seed) {
    CAPTURE(seed);
    Editor a(seed, "a"), b(seed * 7919u, "b");
    const Document ours = a.edited(base), theirs = b.edited(base);
    if (const auto split = splitGlossary(&base, ours, theirs))
      for (const auto& [id, term] : split->taken) ++(term.from == Side::ours ? takenFromOurs : takenFromTheirs);
    checkSame(mergeWithAncestor(base, ours, theirs), mergeWithAncestorWholeTrees(base, ours, theirs));
    checkSame(mergeWithAncestor(base, theirs, ours), mergeWithAncestorWholeTrees(base, theirs, ours));
    const PlanMergeResult copies = mergeCopies(ours, theirs);
    checkSame(copies, mergeCopiesWholeTrees(ours, theirs));
    checkSame(mergeCopies(theirs, ours), mergeCopiesWholeTrees(theirs, ours));
    ++merges;
    if (!std::holds_alternative<PlanMerge>(copies)) continue;
    const Document& merged = std::get<PlanMerge>(copies).doc;
    if (!merged.conflicts.empty()) ++withConflicts;
    if (merged.glossary.size() == ours.glossary.size() && merged.glossary != ours.glossary) ++reordered;

    // A second round: the merged plan edited again, merged with an older copy edited further.
    const Document later = a.edited(merged), older = b.edited(theirs);
    checkSame(mergeCopies(later, older), mergeCopiesWholeTrees(later, older));
    checkSame(mergeCopies(older, later), mergeCopiesWholeTrees(older, later));
    checkSame(mergeWithAncestor(theirs, later, older), mergeWithAncestorWholeTrees(theirs, later, older));
  }
  // The random edits reach the cases that matter.
  CHECK(merges == 150);
  CHECK(withConflicts > 10);
  CHECK(reordered > 10);
  // Terms only one copy changed, taken whole without the JSON merge.
  CHECK(takenFromOurs > 50);
  CHECK(takenFromTheirs > 50);
}

TEST_CASE("a copy holding one term id twice is merged (and refused) as the whole-tree merge does") {
  const Document base = startingPlan();
  Document ours = base, theirs = base;
  ours.glossary.push_back(ours.glossary.front());
  theirs.glossary[1].definition = "Changed";
  recordEdits(base, theirs, "b");
  checkSame(mergeWithAncestor(base, ours, theirs), mergeWithAncestorWholeTrees(base, ours, theirs));
  checkSame(mergeCopies(ours, theirs), mergeCopiesWholeTrees(ours, theirs));
}

TEST_CASE("a merge takes the alike terms as they are and merges the others") {
  const Document base = startingPlan();
  Document ours = base, theirs = base;
  ours.glossary[3].definition = "Ours";
  theirs.glossary[5].notes = "Theirs";
  std::swap(theirs.glossary[0], theirs.glossary[1]);
  recordEdits(base, ours, "a");
  recordEdits(base, theirs, "b");
  const PlanMergeResult result = mergeWithAncestor(base, ours, theirs);
  REQUIRE(std::holds_alternative<PlanMerge>(result));
  const Document& merged = std::get<PlanMerge>(result).doc;
  REQUIRE(merged.glossary.size() == base.glossary.size());
  CHECK(merged.glossary[0] == base.glossary[1]);
  CHECK(merged.glossary[1] == base.glossary[0]);
  CHECK(merged.glossary[3].definition == "Ours");
  CHECK(merged.glossary[5].notes == "Theirs");
  CHECK(std::get<PlanMerge>(result).takenFromTheirs == 1);
}

TEST_CASE("a change both copies made alike keeps the sync state the whole-tree merge keeps") {
  Document base = startingPlan();
  base.glossary[2].meta.modified = Stamp{"Ana", "2027-02-01T10:00:00Z", Team::marketing};
  recordEdits(startingPlan(), base, "origin");
  Document ours = base, theirs = base;
  // Both drop the team from the stamp: their writes name a path the merged term no longer has.
  for (Document* copy : {&ours, &theirs}) {
    copy->glossary[2].definition = "Agreed by both";
    copy->glossary[2].meta.modified = Stamp{"Ben", "2027-03-01T10:00:00Z", {}};
  }
  ours.glossary[4].notes = "Only ours";
  recordEdits(base, ours, "a");
  recordEdits(base, theirs, "b");
  checkSame(mergeWithAncestor(base, ours, theirs), mergeWithAncestorWholeTrees(base, ours, theirs));
  checkSame(mergeCopies(ours, theirs), mergeCopiesWholeTrees(ours, theirs));
  const PlanMerge merged = std::get<PlanMerge>(mergeCopies(ours, theirs));
  CHECK(merged.doc.glossary[2].definition == "Agreed by both");
}

TEST_CASE("a term only one copy changed is taken whole only where the field-by-field merge gives it whole") {
  const Document base = startingPlan();
  const auto mergedBothWays = [&](const Document& ours, const Document& theirs) {
    checkSame(mergeWithAncestor(base, ours, theirs), mergeWithAncestorWholeTrees(base, ours, theirs));
    checkSame(mergeWithAncestor(base, theirs, ours), mergeWithAncestorWholeTrees(base, theirs, ours));
  };
  const auto records = [](int count, int fromDay) {
    std::vector<TermChange> history;
    for (int i = 0; i < count; ++i) {
      char at[32];
      std::snprintf(at, sizeof at, "%d-%02d-%02dT10:00:00Z", 2026 + (fromDay + i) / 336, 1 + (fromDay + i) % 336 / 28,
                    1 + (fromDay + i) % 28);
      history.push_back(TermChange{at, "Ana", "notes", "Edit " + std::to_string(i), Team::marketing});
    }
    return history;
  };
  const auto withEdit = [&](const Document& from, const std::function<void(GlossaryTerm&)>& edit) {
    Document doc = from;
    edit(doc.glossary[4]);
    recordEdits(from, doc, "a");
    return doc;
  };
  SUBCASE("more change records than a term keeps: the merge keeps the newest") {
    const Document ours = withEdit(base, [&](GlossaryTerm& term) {
      for (const TermChange& change : records(int(kMaxTermChanges + 1 - term.history.size()), 400)) term.history.push_back(change);
    });
    REQUIRE(ours.glossary[4].history.size() == kMaxTermChanges + 1);
    mergedBothWays(ours, base);
  }
  SUBCASE("the oldest record dropped as a new one came: the merge brings the dropped one back") {
    Document full = base;
    full.glossary[4].history = records(3, 0);
    const Document ours = withEdit(full, [&](GlossaryTerm& term) {
      term.history.erase(term.history.begin());
      term.history.push_back(records(1, 60)[0]);
    });
    checkSame(mergeWithAncestor(full, ours, full), mergeWithAncestorWholeTrees(full, ours, full));
    checkSame(mergeWithAncestor(full, full, ours), mergeWithAncestorWholeTrees(full, full, ours));
  }
  SUBCASE("the changed copy's stamp is older than the base's: the merge keeps the later stamp") {
    Document stamped = base;
    stamped.glossary[4].meta.modified = Stamp{"Ben", "2027-06-01T10:00:00Z", Team::sales};
    const Document ours = withEdit(stamped, [](GlossaryTerm& term) {
      term.definition = "Edited on a laptop whose clock was behind";
      term.meta.modified = Stamp{"Ana", "2027-05-01T10:00:00Z", Team::marketing};
    });
    checkSame(mergeWithAncestor(stamped, ours, stamped), mergeWithAncestorWholeTrees(stamped, ours, stamped));
    checkSame(mergeWithAncestor(stamped, stamped, ours), mergeWithAncestorWholeTrees(stamped, stamped, ours));
  }
  SUBCASE("text that is not UTF-8: merged as JSON, which replaces the bytes") {
    const Document ours = withEdit(base, [](GlossaryTerm& term) { term.notes = "caf\xE9 au lait"; });
    const auto split = splitGlossary(&base, ours, base);
    REQUIRE(split.has_value());
    CHECK(split->taken.empty());
    mergedBothWays(ours, base);
    const PlanMerge merged = std::get<PlanMerge>(mergeWithAncestor(base, ours, base));
    CHECK(merged.doc.glossary[4].notes == "caf\xEF\xBF\xBD au lait");
  }
  SUBCASE("records out of time order: the merge sorts them") {
    const Document ours = withEdit(base, [&](GlossaryTerm& term) {
      term.history = records(3, 0);
      std::swap(term.history[0], term.history[2]);
    });
    mergedBothWays(ours, base);
  }
}
