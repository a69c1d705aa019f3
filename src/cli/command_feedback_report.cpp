// Placeholder until `growthplan feedback report` lands (built on another branch; this file is
// replaced when that branch merges).
#include <iostream>

#include "commands.h"

namespace gp::cli {

int runFeedbackReport(const Arguments&) {
  std::cerr << "growthplan: feedback report is not available yet\n";
  return kExitUsage;
}

}  // namespace gp::cli
