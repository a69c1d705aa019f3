// growthplan summary PLAN [--format html|md] [-o OUT]: the plan's one-page outcome (goal and
// funnel, SLA, agreed terms, alignment diagnostic, sign-offs) as Markdown or standalone HTML, on
// standard output or into OUT.
#include <iostream>

#include "commands.h"
#include "core/outcome/summary.h"
#include "edit_context.h"
#include "file_io.h"
#include "plan_file.h"

namespace gp::cli {

int runSummary(const Arguments& arguments) {
  std::string path, outputPath, format = "md";
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "--format") {
      if (i + 1 >= arguments.size()) return usageError("summary: --format needs html or md");
      format = arguments[++i];
      if (format != "html" && format != "md") return usageError("summary: --format needs html or md, not '" + format + "'");
    } else if (argument == "-o" || argument == "--output") {
      if (i + 1 >= arguments.size()) return usageError("summary: " + argument + " needs a FILE");
      outputPath = arguments[++i];
    } else if (argument.size() > 1 && argument[0] == '-') {
      return usageError("summary: unknown option '" + argument + "'");
    } else if (path.empty()) {
      path = argument;
    } else {
      return usageError("summary: unexpected argument '" + argument + "'");
    }
  }
  if (path.empty()) return usageError("summary needs a PLAN file");
  const LoadedPlan plan = loadPlanFile(path);
  if (!plan.doc) return plan.exitCode;
  const std::string now = utcNow();
  const SummaryOptions options{now.substr(0, 10), now};
  const std::string text = format == "html" ? summaryHtml(*plan.doc, options) : summaryMarkdown(*plan.doc, options);
  if (outputPath.empty()) {
    std::cout << text;
    return kExitOk;
  }
  if (!replaceFile(outputPath, text)) {
    std::cerr << outputPath << ": cannot write file\n";
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace gp::cli
