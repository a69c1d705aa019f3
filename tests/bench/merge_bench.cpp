// Benchmark (not a test): merging two copies of a plan with 10,000 glossary terms, each copy with
// its own edits and 50 fields changed on both sides. Usage: build/native/gp_merge_bench
#include <chrono>
#include <cstdio>

#include "core/format.h"
#include "core/plan_merge.h"

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
  return 0;
}
