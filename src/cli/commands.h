// The growthplan subcommands. Each takes the arguments after its name and returns the exit code.
#pragma once

#include <string>
#include <vector>

namespace gp::cli {

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitProblem = 1;  // an invalid or non-canonical file
inline constexpr int kExitUsage = 2;    // bad arguments or a file that cannot be read/written

using Arguments = std::vector<std::string>;

int runValidate(const Arguments&);
int runFormat(const Arguments&);
int runNew(const Arguments&);
int runWaterfall(const Arguments&);
int runGlossary(const Arguments&);
int runCheck(const Arguments&);
int runMerge(const Arguments&);
int runReview(const Arguments&);
int runWinLoss(const Arguments&);
int runDiagnostic(const Arguments&);  // diagnostic respond | report
int runSummary(const Arguments&);  // summary PLAN [--format html|md] [-o OUT]
int runFeedback(const Arguments&);        // feedback import | report
int runFeedbackReport(const Arguments&);  // feedback report PLAN [--json]: the arguments after "report"
int runAttribution(const Arguments&);     // attribution OPPORTUNITIES.csv TOUCHPOINTS.csv [--model M] [--json]

// Prints "growthplan: <message>" and a pointer to --help on stderr; returns kExitUsage.
int usageError(const std::string& message);

}  // namespace gp::cli
