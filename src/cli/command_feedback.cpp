// growthplan feedback SUBCOMMAND ...: the lead hand-off feedback loop. For now only `report`.
#include "commands.h"

namespace gp::cli {

int runFeedback(const Arguments& arguments) {
  if (arguments.empty()) return usageError("feedback needs a subcommand: report");
  const Arguments rest(arguments.begin() + 1, arguments.end());
  if (arguments.front() == "report") return runFeedbackReport(rest);
  return usageError("feedback: unknown subcommand '" + arguments.front() + "'");
}

}  // namespace gp::cli
