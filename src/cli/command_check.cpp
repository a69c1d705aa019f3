// growthplan check FILE...: the language check; lists each problem, exit 1 when there are any.
#include <algorithm>
#include <iostream>

#include "commands.h"
#include "core/glossary/language_check.h"
#include "plan_file.h"

namespace gp::cli {

int runCheck(const Arguments& arguments) {
  if (arguments.empty()) return usageError("check needs at least one FILE");
  for (const auto& argument : arguments)
    if (argument.size() > 1 && argument[0] == '-') return usageError("check: unknown option '" + argument + "'");
  int exitCode = kExitOk;
  for (const auto& path : arguments) {
    const LoadedPlan plan = loadPlanFile(path);
    if (!plan.doc) {
      exitCode = std::max(exitCode, plan.exitCode);
      continue;
    }
    const auto issues = runLanguageCheck(*plan.doc);
    for (const auto& issue : issues)
      std::cout << path << ": " << languageIssueKindName(issue.kind) << ": " << issue.message << "\n";
    if (issues.empty()) {
      std::cout << path << ": no language problems\n";
    } else {
      std::cout << path << ": " << issues.size() << (issues.size() == 1 ? " problem" : " problems") << "\n";
      exitCode = std::max(exitCode, kExitProblem);
    }
  }
  return exitCode;
}

}  // namespace gp::cli
