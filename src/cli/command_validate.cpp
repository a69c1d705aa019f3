// growthplan validate FILE...: reports each file as ok or with the first problem found.
#include <iostream>

#include "commands.h"
#include "core/format/format.h"
#include "exit_memory.h"
#include "file_io.h"

namespace gp::cli {

int runValidate(const Arguments& arguments) {
  if (arguments.empty()) return usageError("validate needs at least one FILE");
  for (const auto& argument : arguments)
    if (argument.size() > 1 && argument[0] == '-') return usageError("validate: unknown option '" + argument + "'");

  int exitCode = kExitOk;
  for (const auto& path : arguments) {
    const ReadOutcome file = readWholeFile(path);
    if (!file.text) {
      std::cerr << path << ": " << file.problem << "\n";
      exitCode = kExitUsage;
      continue;
    }
    LoadResult result = loadDocument(*file.text);
    if (const auto* error = std::get_if<LoadError>(&result)) {
      std::cerr << path << ": " << error->message << "\n";
      if (exitCode == kExitOk) exitCode = kExitProblem;
    } else {
      std::cout << path << ": ok\n";
    }
    if (&path == &arguments.back()) leaveForExit(std::move(result));
  }
  return exitCode;
}

}  // namespace gp::cli
