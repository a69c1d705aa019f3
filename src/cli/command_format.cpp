// growthplan format [--check] FILE...: rewrites files in canonical form (or only checks them).
#include <algorithm>
#include <iostream>

#include "commands.h"
#include "core/format/format.h"
#include "file_io.h"

namespace gp::cli {

int runFormat(const Arguments& arguments) {
  bool checkOnly = false;
  Arguments paths;
  for (const auto& argument : arguments) {
    if (argument == "--check") {
      checkOnly = true;
    } else if (argument.size() > 1 && argument[0] == '-') {
      return usageError("format: unknown option '" + argument + "'");
    } else {
      paths.push_back(argument);
    }
  }
  if (paths.empty()) return usageError("format needs at least one FILE");

  int exitCode = kExitOk;
  const auto fail = [&](int code) { exitCode = std::max(exitCode, code); };
  for (const auto& path : paths) {
    const ReadOutcome file = readWholeFile(path);
    if (!file.text) {
      std::cerr << path << ": " << file.problem << "\n";
      fail(kExitUsage);
      continue;
    }
    const LoadResult result = loadDocument(*file.text);
    if (const auto* error = std::get_if<LoadError>(&result)) {
      std::cerr << path << ": " << error->message << "\n";
      fail(kExitProblem);
      continue;
    }
    const std::string canonical = saveDocument(std::get<Document>(result));
    if (canonical == *file.text) {
      std::cout << path << ": already canonical\n";
    } else if (checkOnly) {
      std::cerr << path << ": not canonical\n";
      fail(kExitProblem);
    } else if (!replaceFile(path, canonical)) {
      std::cerr << path << ": cannot write file\n";
      fail(kExitUsage);
    } else {
      std::cout << path << ": formatted\n";
    }
  }
  return exitCode;
}

}  // namespace gp::cli
