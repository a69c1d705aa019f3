// Merging a copy again into a merge of it changes nothing: the merged version information must
// name, for every list and list order, the write of the copy whose content the merge kept.
// Cases the merge fuzzer found (tests/fuzz/findings), replayed as people would make them.
#include <doctest/doctest.h>

#include "core/format/format.h"
#include "core/merge/plan_merge.h"
#include "core/review/review.h"
#include "core/session/plan_session.h"
#include "test_support.h"

using namespace gp;

namespace {

NowFunction fixedClock() {
  return [] { return std::string("2027-03-01T09:00:00Z"); };
}

PlanSession sessionOn(const std::string& text, uint64_t seed, Editor editor) {
  PlanSession session(seed, fixedClock(), std::move(editor));
  REQUIRE(session.openText(text, "plan.json", false).result == OpenResult::Result::opened);
  return session;
}

Document merged(const Document& ours, const Document& theirs) {
  PlanMergeResult result = mergeCopies(ours, theirs);
  REQUIRE(std::holds_alternative<PlanMerge>(result));
  return std::get<PlanMerge>(std::move(result)).doc;
}

// The same plan, whatever each copy's version information says.
std::string content(Document doc) {
  doc.sync = {};
  return saveDocument(doc);
}

void requireMergingAgainChangesNothing(const Document& result, const Document& copy) {
  CHECK(content(merged(result, copy)) == content(result));
  CHECK(content(merged(copy, result)) == content(result));
}

std::vector<std::string> sectionIds(const Document& doc) {
  std::vector<std::string> ids;
  for (const Section& section : doc.sections) ids.push_back(section.meta.id);
  return ids;
}

const Editor kAna{"Ana", Team::marketing};
const Editor kBen{"Ben", Team::sales};

}  // namespace

TEST_CASE("one copy reorders the sections, the other deletes one: the reordering is kept, also on a second merge") {
  const std::string sample = test::readFile(test::assetPath("sample-plan.json"));
  PlanSession ben = sessionOn(sample, 11, kBen);
  REQUIRE(ben.doc().sections.size() >= 3);
  // Ben's older reordering (his second save), which Ana takes in before she reorders.
  PlanInfo plan = ben.doc().plan;
  plan.title = "Ben's title";
  ben.history().setPlan(plan, ben.edit());
  ben.recordEdits();
  ben.history().moveSection(ben.doc().sections[0].meta.id, 1, ben.edit());
  ben.recordEdits();

  PlanSession ana = sessionOn(ben.documentJson(), 10, kAna);
  const std::string last = ana.doc().sections.back().meta.id;
  ana.history().moveSection(last, -1, ana.edit());
  ana.recordEdits();
  const std::string deleted = ben.doc().sections.front().meta.id;
  REQUIRE(deleted != last);
  ben.history().removeSection(deleted, ben.edit());
  ben.recordEdits();

  const Document result = merged(ana.doc(), ben.doc());
  std::vector<std::string> expected = sectionIds(ana.doc());
  std::erase(expected, deleted);
  CHECK(sectionIds(result) == expected);
  // The order's write is Ana's, which Ben has not seen: his copy merged again cannot undo it.
  REQUIRE(result.sync.writes.count("sections/#order"));
  CHECK_FALSE(covers(ben.doc().sync.clock, result.sync.writes.at("sections/#order")));
  requireMergingAgainChangesNothing(result, ben.doc());
  requireMergingAgainChangesNothing(result, ana.doc());
}

TEST_CASE("a sign-off withdrawn in one copy stays withdrawn, and the other copy's new one is kept without a conflict") {
  const std::string sample = test::readFile(test::assetPath("sample-plan.json"));
  PlanSession ana = sessionOn(sample, 10, kAna);
  REQUIRE(ana.doc().signOffs.empty());
  ana.history().signOff(std::string(kPlanTarget), Team::marketing, contentFingerprint(ana.doc(), std::string(kPlanTarget)),
                        ana.edit());
  ana.recordEdits();

  PlanSession ben = sessionOn(ana.documentJson(), 11, kBen);
  ben.history().signOff(std::string(kPlanTarget), Team::sales, contentFingerprint(ben.doc(), std::string(kPlanTarget)),
                        ben.edit());
  ben.recordEdits();
  const std::string anaSignOff = ana.doc().signOffs.at(0).meta.id;
  ana.history().withdrawSignOff(std::string(kPlanTarget), Team::marketing, ana.edit());
  ana.recordEdits();
  REQUIRE(ana.doc().signOffs.empty());
  // Taking the last sign-off out is a deletion like any other, not a write of an empty list.
  CHECK(ana.doc().sync.deleted.count("signOffs/" + anaSignOff));

  for (const bool anaMerges : {true, false}) {
    CAPTURE(anaMerges);
    const Document result = anaMerges ? merged(ana.doc(), ben.doc()) : merged(ben.doc(), ana.doc());
    REQUIRE(result.signOffs.size() == 1);
    CHECK(result.signOffs[0].team == Team::sales);
    CHECK(result.conflicts.empty());
    requireMergingAgainChangesNothing(result, ben.doc());
    requireMergingAgainChangesNothing(result, ana.doc());
  }
}
