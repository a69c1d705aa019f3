// growthplan review FILE...: what awaits which team's sign-off, sign-offs cleared by later changes,
// and open comment threads; exit 1 while anything awaits (a plan is done when everyone signed).
#include <algorithm>
#include <iostream>

#include "commands.h"
#include "core/review/review.h"
#include "plan_file.h"

namespace gp::cli {

int runReview(const Arguments& arguments) {
  if (arguments.empty()) return usageError("review needs at least one FILE");
  for (const auto& argument : arguments)
    if (argument.size() > 1 && argument[0] == '-') return usageError("review: unknown option '" + argument + "'");
  int exitCode = kExitOk;
  for (const auto& path : arguments) {
    const LoadedPlan plan = loadPlanFile(path);
    if (!plan.doc) {
      exitCode = std::max(exitCode, plan.exitCode);
      continue;
    }
    const Document& doc = *plan.doc;
    const ReviewSummary summary = summarizeReview(doc);
    size_t awaiting = 0;
    for (size_t i = 0; i < std::size(kSignOffTeams); ++i) {
      const Team team = kSignOffTeams[i];
      for (const auto& target : summary.awaiting[i]) {
        const TeamSignOff status = signOffStatus(doc, target, team, contentFingerprint(doc, target));
        std::cout << path << ": awaits " << teamName(team) << ": " << targetLabel(doc, target);
        if (status.state == SignOffState::cleared) std::cout << " (" << clearedMessage(status) << ")";
        std::cout << "\n";
      }
      awaiting += summary.awaiting[i].size();
    }
    for (const auto& thread : doc.comments)
      if (!thread.resolved)
        std::cout << path << ": open comment on " << targetLabel(doc, thread.target) << ": "
                  << thread.messages.front().posted.by << ": " << thread.messages.front().text.substr(0, 120) << "\n";
    if (awaiting == 0) {
      std::cout << path << ": signed off by every team\n";
    } else {
      std::cout << path << ": " << awaiting << (awaiting == 1 ? " sign-off awaited" : " sign-offs awaited") << ", "
                << summary.openThreads << (summary.openThreads == 1 ? " open comment" : " open comments") << "\n";
      exitCode = std::max(exitCode, kExitProblem);
    }
  }
  return exitCode;
}

}  // namespace gp::cli
