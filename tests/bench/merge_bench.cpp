// Benchmark (not a test): merging two copies of a plan with 10,000 glossary terms, each copy with
// its own edits and 50 fields changed on both sides. Usage: build/native/gp_merge_bench
#include <chrono>
#include <cstdio>

#include "core/format/format.h"
#include "core/review/activity.h"
#include "core/merge/plan_merge.h"
#include "core/review/review.h"
#include "core/session/plan_session.h"

namespace {

double msSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main() {
  using namespace gp;
  Document base;
  base.plan.meta.id = "benchplan";
  base.plan.title = "Benchmark";
  for (int i = 0; i < 10000; ++i) {
    GlossaryTerm term;
    term.meta.id = "term" + std::to_string(i);
    term.name = "Term " + std::to_string(i);
    term.definition = "What term " + std::to_string(i) + " means to both teams, in a sentence or two.";
    base.glossary.push_back(term);
  }
  auto start = std::chrono::steady_clock::now();
  recordEdits(Document{}, base, "origin");
  std::printf("record 10,000 new terms:            %8.1f ms\n", msSince(start));

  Document ours = base, theirs = base;
  for (int i = 0; i < 500; ++i) ours.glossary[static_cast<size_t>(i * 7)].definition = "ours " + std::to_string(i);
  for (int i = 0; i < 500; ++i) theirs.glossary[static_cast<size_t>(i * 11 + 3)].notes = "theirs " + std::to_string(i);
  for (int i = 0; i < 50; ++i) {
    ours.glossary[static_cast<size_t>(i * 101)].name = "ours name " + std::to_string(i);
    theirs.glossary[static_cast<size_t>(i * 101)].name = "theirs name " + std::to_string(i);
  }
  start = std::chrono::steady_clock::now();
  recordEdits(base, ours, "a");
  std::printf("record one save's edits (550):      %8.1f ms\n", msSince(start));
  recordEdits(base, theirs, "b");

  // What a save costs after typing into one term: the plan session records from its edit journal;
  // the whole-plan comparison is what saving cost before the journal.
  {
    PlanSession session(7, [] { return std::string("2027-01-05T09:30:00Z"); }, Editor{"Ana", Team::marketing});
    session.open(base, "bench.json");
    GlossaryTerm term = session.doc().glossary[5000];
    for (const char* word : {" one", " two", " three"}) {
      term.definition += word;
      session.history().updateTerm(term, session.edit(), "typing");
    }
    const Document edited = session.doc();
    start = std::chrono::steady_clock::now();
    session.recordEdits();
    std::printf("record a save, one term typed into: %8.3f ms  (edit journal, plan session)\n", msSince(start));
    Document compared = edited;
    start = std::chrono::steady_clock::now();
    recordEdits(base, compared, session.replica());
    std::printf("  the same by whole-plan comparison:%8.1f ms  (same writes: %s)\n", msSince(start),
                compared.sync.writes == session.doc().sync.writes ? "yes" : "NO");
  }

  start = std::chrono::steady_clock::now();
  PlanMergeResult result = mergeCopies(ours, theirs);
  const double mergeMs = msSince(start);
  if (!std::holds_alternative<PlanMerge>(result)) {
    std::printf("merge refused: %s\n", std::get<MergeRefusal>(result).message.c_str());
    return 1;
  }
  const PlanMerge& merged = std::get<PlanMerge>(result);
  std::printf("merge two copies (10,000 terms):    %8.1f ms  (%zu changes taken, %zu conflicts)\n", mergeMs,
              merged.takenFromTheirs, merged.doc.conflicts.size());
  std::printf("file size with version clocks:      %8.1f KB  (without: %.1f KB)\n", saveDocument(merged.doc).size() / 1024.0,
              [&] { Document plain = merged.doc; plain.sync = {}; plain.conflicts.clear(); return saveDocument(plain).size() / 1024.0; }());

  // Review over the same plan: every term signed off by marketing, a comment on every tenth.
  Document reviewed = merged.doc;
  for (size_t i = 0; i < reviewed.glossary.size(); ++i) {
    const std::string& id = reviewed.glossary[i].meta.id;
    reviewed.signOffs.push_back(SignOff{{"so" + std::to_string(i), {"Ana", "2027-01-01T00:00:00Z"}, {}}, id, Team::marketing,
                                        contentFingerprint(reviewed, id)});
    if (i % 10 == 0)
      reviewed.comments.push_back(CommentThread{{"c" + std::to_string(i), {"Ben", "2027-01-02T00:00:00Z"}, {}}, id,
                                                {CommentMessage{"m" + std::to_string(i), {"Ben", "2027-01-02T00:00:00Z"}, "Why?"}},
                                                false, {}});
  }
  start = std::chrono::steady_clock::now();
  const std::string planPrint = contentFingerprint(reviewed, kPlanTarget);
  std::printf("fingerprint of the whole plan:      %8.1f ms\n", msSince(start));
  start = std::chrono::steady_clock::now();
  const ReviewSummary summary = summarizeReview(reviewed);
  std::printf("what awaits whom (10,000 sign-offs):%8.1f ms  (%zu await marketing)\n", msSince(start),
              summary.awaiting[0].size());
  start = std::chrono::steady_clock::now();
  size_t total = 0;
  const auto feed = planActivity(reviewed, ActivityFilter{Team::sales, "2027-01-01"}, 400, &total);
  std::printf("activity feed, filtered:            %8.1f ms  (%zu of %zu shown)\n", msSince(start), feed.size(), total);
  start = std::chrono::steady_clock::now();
  const auto everything = planActivity(reviewed, ActivityFilter{}, 400, &total);
  std::printf("activity feed, everything:          %8.1f ms  (%zu of %zu shown)\n", msSince(start), everything.size(), total);
  return planPrint.empty() ? 1 : 0;
}
