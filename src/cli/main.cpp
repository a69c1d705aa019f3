// growthplan: command-line tool over the same core as the app. Commands live in one table, so
// adding one (waterfall, merge, glossary export...) is a new file plus one entry here.
#include <iostream>
#include <string_view>

#include "commands.h"
#include "exit_memory.h"

#ifndef GP_VERSION
#define GP_VERSION "0.1.0"
#endif

namespace gp::cli {

namespace {

struct Command {
  std::string_view name;
  std::string_view synopsis;
  std::string_view summary;
  int (*run)(const Arguments&);
};

constexpr Command kCommands[] = {
    {"validate", "validate FILE...", "Check plan files; prints FILE: ok or the first problem.", runValidate},
    {"format", "format [--check] FILE...", "Rewrite files in canonical form (--check: only report).", runFormat},
    {"new", "new [-o FILE] [--starter-glossary]",
     "Write a new empty plan to FILE (or to standard output), optionally with\n"
     "            the starter glossary of common sales and marketing terms.",
     runNew},
    {"waterfall",
     "waterfall [FILE] [--json] [--target N] [--deal-size N] [--rates R,R,...] [--start YYYY-MM-DD]\n"
     "                       [--months N] [--periods monthly|quarterly] [--weights W,W,...] [--cycle-days N]",
     "The deals, opportunities, leads... the target needs, per period and source\n"
     "            (flags override FILE's assumptions; without FILE, the defaults).",
     runWaterfall},
    {"glossary",
     "glossary export FILE [--format csv|md]\n"
     "  growthplan glossary import FILE TERMS.csv [-o OUT] [--merge update|add|skip]",
     "Export the glossary to standard output, or import terms from CSV (any bad\n"
     "            row: exit 1, nothing written; without -o, FILE is updated).",
     runGlossary},
    {"feedback",
     "feedback import PLAN LEADS.csv [-o OUT] [--column HEADER=FIELD]... [--status VALUE=OUTCOME]...\n"
     "                       [--dates us|eu]\n"
     "  growthplan feedback report PLAN [--json]",
     "Import lead outcomes from a CRM export (any bad row: exit 1, nothing\n"
     "            written; without -o, PLAN is updated), or report what became of the\n"
     "            leads: acceptance per period, campaign and source, rejection reasons,\n"
     "            follow-up times (table or JSON).",
     runFeedback},
    {"attribution",
     "attribution OPPORTUNITIES.csv TOUCHPOINTS.csv [--model first|last|linear|u-shaped|w-shaped|\n"
     "                       time-decay|custom] [--half-life-days N] [--custom F,M,L] [--dates us|eu]\n"
     "                       [--column HEADER=FIELD]... [--json]",
     "Split pipeline and revenue over channels, campaigns and teams from a CRM's\n"
     "            opportunity and touchpoint exports (default model linear; any bad row:\n"
     "            exit 1 with its row and column). No plan is read or written.",
     runAttribution},
    {"check", "check FILE...", "The language check: undefined, unagreed, deprecated and ambiguous terms.", runCheck},
    {"review", "review FILE...", "What awaits which team's sign-off, cleared sign-offs, open comments.", runReview},
    {"winloss", "winloss import FILE DEALS.csv [-o OUT]\n  growthplan winloss report FILE [--json]", "Import win/loss entries from CSV (any bad row: exit 1, nothing written), or\n            the win rate by reason, competitor, segment and period.", runWinLoss},
    {"summary", "summary FILE [--format html|md] [-o OUT]",
     "The plan's one-page outcome: goal and funnel, SLA, agreed terms, alignment\n"
     "            diagnostic and sign-offs, as Markdown (default) or standalone HTML.",
     runSummary},
    {"diagnostic",
     "diagnostic respond FILE --name NAME --team TEAM --scores S1,...,S20 [--round LABEL] [-o OUT]\n"
     "  growthplan diagnostic report FILE [--round LABEL] [--json]",
     "Add or replace a person's answer to the alignment diagnostic (bad scores,\n"
     "            team or name: exit 1, nothing written), or report a round: each team's\n"
     "            respondents, mean total and stage, the largest gaps, the next steps.",
     runDiagnostic},
    {"merge", "merge BASE OURS THEIRS [-o OUT]",
     "Three-way merge of copies of one plan (a git merge driver); conflicts are\n"
     "            recorded in the plan for the app, and exit 1 while any remain.",
     runMerge},
};

void printHelp(std::ostream& out) {
  out << "growthplan " GP_VERSION " - work with Growth Plan Studio files\n\n"
      << "Usage:\n";
  for (const auto& command : kCommands) out << "  growthplan " << command.synopsis << "\n";
  out << "  growthplan --help | --version\n\nCommands:\n";
  for (const auto& command : kCommands) {
    // Summaries start at column 13; a longer name takes its own line.
    const std::string gap = command.name.size() < 10 ? std::string(10 - command.name.size(), ' ') : "\n" + std::string(12, ' ');
    out << "  " << command.name << gap << command.summary << "\n";
  }
  out << "\nExit status: 0 success, 1 invalid or non-canonical file, 2 usage error or unreadable file.\n";
}

}  // namespace

int usageError(const std::string& message) {
  std::cerr << "growthplan: " << message << "\nRun 'growthplan --help' for usage.\n";
  return kExitUsage;
}

int run(const Arguments& arguments) {
  if (arguments.empty()) {
    printHelp(std::cerr);
    return kExitUsage;
  }
  const std::string& first = arguments.front();
  if (first == "--help" || first == "-h" || first == "help") {
    printHelp(std::cout);
    return kExitOk;
  }
  if (first == "--version") {
    std::cout << "growthplan " GP_VERSION "\n";
    return kExitOk;
  }
  for (const auto& command : kCommands)
    if (command.name == first) return command.run(Arguments(arguments.begin() + 1, arguments.end()));
  return usageError("unknown command '" + first + "'");
}

}  // namespace gp::cli

int main(int argc, char** argv) {
  gp::cli::keepFreedMemory();
  try {
    return gp::cli::run(gp::cli::Arguments(argv + 1, argv + argc));
  } catch (const std::exception& error) {
    std::cerr << "growthplan: " << error.what() << "\n";
    return gp::cli::kExitUsage;
  }
}
