// Benchmark (not a test): loading, saving and merging a plan with 10,000 glossary terms, each
// number also as a ratio to a bare nlohmann::json::parse of the same bytes. Median of several runs,
// in CPU time (this process's, or the CLI child's), so a busy machine skews the numbers less.
// Usage: build/native/gp_plan_load_bench [RUNS]   (writes its files to a temporary folder and runs
// the built growthplan binary on them for the whole CLI merge and validate)
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include <sys/resource.h>

#include <nlohmann/json.hpp>

#include "core/format/format.h"
#include "core/format/save_cache.h"
#include "core/merge/plan_merge.h"

namespace {

double processCpuMs() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double childrenCpuMs() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  const auto ms = [](const timeval& t) { return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3; };
  return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

double timeMs(const std::function<void()>& run, int runs, double (*clock)() = processCpuMs) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const double start = clock();
    run();
    ms.push_back(clock() - start);
  }
  return median(ms);
}

gp::Stamp stamp(const std::string& by, int day, gp::Team team) {
  char at[32];
  std::snprintf(at, sizeof at, "2027-%02d-%02dT09:30:00Z", 1 + day % 12, 1 + day % 28);
  return gp::Stamp{by, at, team};
}

// A plan with realistic terms: definitions from both teams, aliases, examples, history.
gp::Document makePlan(int terms) {
  using namespace gp;
  Document doc;
  doc.plan.meta.id = "benchplan";
  doc.plan.company = "Bench Ltd";
  doc.plan.title = "Benchmark plan";
  doc.plan.currency = "EUR";
  doc.people.push_back(Person{{"p-ana", stamp("Ana", 1, Team::marketing), stamp("Ana", 1, Team::marketing)}, "Ana", Team::marketing});
  doc.people.push_back(Person{{"p-ben", stamp("Ben", 1, Team::sales), stamp("Ben", 1, Team::sales)}, "Ben", Team::sales});
  for (int i = 0; i < terms; ++i) {
    const std::string n = std::to_string(i);
    GlossaryTerm term;
    term.meta.id = "term" + n;
    term.meta.created = stamp("Ana", i, Team::marketing);
    term.meta.modified = stamp(i % 2 ? "Ben" : "Ana", i + 3, i % 2 ? Team::sales : Team::marketing);
    term.name = "Term " + n;
    term.definition = "What term " + n + " means to both teams: a lead that matches the ideal customer profile and "
                      "has shown intent by requesting a demo or pricing within the last 30 days.";
    term.marketingDefinition = "Marketing's reading of term " + n + ": scored above 60 on engagement and fit.";
    term.salesDefinition = "Sales' reading of term " + n + ": a named contact with budget and a buying timeline.";
    term.status = static_cast<TermStatus>(i % 3);
    term.category = static_cast<TermCategory>(i % 3);
    term.owner = i % 2 ? Team::sales : Team::marketing;
    term.aliases = {"T" + n, "term-" + n};
    term.examples = {"A director who booked a demo after the webinar (" + n + ")"};
    term.counterExamples = {"A student downloading the e-book"};
    if (i > 0) term.relatedTermIds = {"term" + std::to_string(i - 1)};
    term.notes = i % 5 == 0 ? "Agreed in the March workshop." : "";
    term.history.push_back(TermChange{"2027-01-05T09:30:00Z", "Ana", "definition", "First draft", Team::marketing});
    term.history.push_back(TermChange{"2027-02-05T09:30:00Z", "Ben", "status", "Proposed → Discussing", Team::sales});
    doc.glossary.push_back(std::move(term));
  }
  return doc;
}

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void writeFile(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace gp;
  const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "gp_plan_load_bench";
  std::filesystem::create_directories(dir);

  // Real files carry version clocks (one write per term since it was added, plus later edits).
  Document base = makePlan(10000);
  recordEdits(Document{}, base, "origin");
  Document ours = base, theirs = base;
  for (int i = 0; i < 500; ++i) ours.glossary[static_cast<size_t>(i * 7)].definition = "ours " + std::to_string(i);
  for (int i = 0; i < 500; ++i) theirs.glossary[static_cast<size_t>(i * 11 + 3)].notes = "theirs " + std::to_string(i);
  for (int i = 0; i < 50; ++i) {
    ours.glossary[static_cast<size_t>(i * 101)].name = "ours name " + std::to_string(i);
    theirs.glossary[static_cast<size_t>(i * 101)].name = "theirs name " + std::to_string(i);
  }
  recordEdits(base, ours, "a");
  recordEdits(base, theirs, "b");
  const std::string text = saveDocument(base);
  writeFile(dir / "base.json", text);
  writeFile(dir / "ours.json", saveDocument(ours));
  writeFile(dir / "theirs.json", saveDocument(theirs));
  const std::string bytes = readFile(dir / "base.json");
  std::printf("plan: 10,000 terms, %.1f MB; %d runs each, median\n", bytes.size() / 1048576.0, runs);

  size_t sink = 0;
  const double parse = timeMs([&] { sink += nlohmann::json::parse(bytes).size(); }, runs);
  const double read = timeMs([&] { sink += std::get<Document>(loadDocument(bytes)).glossary.size(); }, runs);
  const double write = timeMs([&] { sink += saveDocument(base).size(); }, runs);
  // The autosave: the same plan saved again after one term changed (SaveCache keeps the rest).
  SaveCache cache;
  Document edited = base;
  sink += cache.save(edited).size();
  int edit = 0;
  const double writeAgain = timeMs([&] {
    edited.glossary[static_cast<size_t>(edit * 13 % 10000)].notes = "edit " + std::to_string(edit);
    ++edit;
    sink += cache.save(edited).size();
  }, runs);
  size_t conflicts = 0;
  const double merge = timeMs([&] {
    auto result = mergeWithAncestor(base, ours, theirs);
    conflicts = std::get<PlanMerge>(result).doc.conflicts.size();
  }, runs);

  // The same merge over the whole plans' JSON trees (every term), as before the alike terms were
  // left out: the reference the unit tests hold mergeWithAncestor to.
  const double mergeWhole = timeMs([&] { sink += std::get<PlanMerge>(mergeWithAncestorWholeTrees(base, ours, theirs)).newConflicts; }, runs);

  const std::string cli = GP_CLI_BINARY;
  const std::string files = " " + (dir / "base.json").string() + " " + (dir / "ours.json").string() + " " +
                            (dir / "theirs.json").string() + " -o " + (dir / "merged.json").string();
  const double cliValidate = timeMs([&] { sink += std::system((cli + " validate " + (dir / "base.json").string() + " >/dev/null").c_str()); }, runs, childrenCpuMs);
  const double cliMerge = timeMs([&] { sink += std::system((cli + " merge" + files + " 2>/dev/null").c_str()); }, runs, childrenCpuMs);
  const double parseProcess = timeMs([&] { sink += std::system((std::string(GP_PARSE_ONCE_BINARY) + " " + (dir / "base.json").string() + " >/dev/null").c_str()); }, runs, childrenCpuMs);
  const double cliVersion = timeMs([&] { sink += std::system((cli + " --version >/dev/null 2>&1").c_str()); }, runs, childrenCpuMs);

  std::printf("%-44s %9s     %7s\n", "what (CPU time, median)", "ms", "/parse");
  const auto row = [&](const char* what, double ms) { std::printf("%-44s %9.1f ms  %6.2fx\n", what, ms, ms / parse); };
  row("bare nlohmann::json::parse", parse);
  row("loadDocument (parse + convert + validate)", read);
  row("saveDocument", write);
  row("save again after one edit (SaveCache)", writeAgain);
  row("mergeWithAncestor (3 documents in memory)", merge);
  row("  the same over whole JSON trees (reference)", mergeWhole);
  row("bare parse in a process of its own", parseProcess);
  row("CLI validate (process)", cliValidate);
  row("CLI merge BASE OURS THEIRS (process)", cliMerge);
  row("CLI start-up alone (--version)", cliVersion);
  std::printf("CLI validate / bare parse process: %.2fx   CLI merge / CLI validate: %.2fx   conflicts: %zu   (sink %zu)\n",
              cliValidate / parseProcess, cliMerge / cliValidate, conflicts, sink % 10);
  return 0;
}
