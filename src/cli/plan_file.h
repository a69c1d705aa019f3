// Reading a plan for a command: the file's problem is printed as "PATH: problem" on stderr.
#pragma once

#include <optional>
#include <string>

#include "core/model/document.h"

namespace gp::cli {

struct LoadedPlan {
  std::optional<Document> doc;
  int exitCode = 0;  // kExitUsage when unreadable, kExitProblem when invalid
};

LoadedPlan loadPlanFile(const std::string& path);

}  // namespace gp::cli
