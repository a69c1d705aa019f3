#include "plan_file.h"

#include <iostream>

#include "commands.h"
#include "core/format/format.h"
#include "file_io.h"

namespace gp::cli {

LoadedPlan loadPlanFile(const std::string& path) {
  const ReadOutcome file = readWholeFile(path);
  if (!file.text) {
    std::cerr << path << ": " << file.problem << "\n";
    return {std::nullopt, kExitUsage};
  }
  LoadResult result = loadDocument(*file.text);
  if (const auto* error = std::get_if<LoadError>(&result)) {
    std::cerr << path << ": " << error->message << "\n";
    return {std::nullopt, kExitProblem};
  }
  return {std::move(std::get<Document>(result)), kExitOk};
}

}  // namespace gp::cli
