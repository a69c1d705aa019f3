// growthplan merge BASE OURS THEIRS [-o OUT]: the semantic three-way merge git calls as a merge
// driver. Conflicts are recorded in the plan for the app to resolve; exit 1 while any remain.
#include <iostream>

#include "commands.h"
#include "exit_memory.h"
#include "core/format/format.h"
#include "core/merge/plan_merge.h"
#include "file_io.h"
#include "plan_file.h"

namespace gp::cli {

int runMerge(const Arguments& arguments) {
  std::vector<std::string> files;
  std::string outputPath;
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (arguments[i] == "-o") {
      if (i + 1 >= arguments.size()) return usageError("merge: -o needs a FILE");
      outputPath = arguments[++i];
    } else if (arguments[i].size() > 1 && arguments[i][0] == '-') {
      return usageError("merge: unknown option '" + arguments[i] + "'");
    } else {
      files.push_back(arguments[i]);
    }
  }
  if (files.size() != 3) return usageError("merge needs BASE OURS THEIRS");

  std::vector<Document> docs;
  for (const auto& path : files) {
    LoadedPlan plan = loadPlanFile(path);
    if (!plan.doc) return plan.exitCode;
    docs.push_back(std::move(*plan.doc));
  }
  PlanMergeResult result = mergeWithAncestor(docs[0], docs[1], docs[2]);
  if (auto* refusal = std::get_if<MergeRefusal>(&result)) {
    std::cerr << "growthplan merge: " << refusal->message << "\n";
    return kExitProblem;
  }
  const PlanMerge& merged = std::get<PlanMerge>(result);
  const std::string text = saveDocument(merged.doc);
  if (outputPath.empty()) {
    std::cout << text;
  } else if (!replaceFile(outputPath, text)) {
    std::cerr << outputPath << ": cannot write file\n";
    return kExitUsage;
  }
  for (const auto& conflict : merged.doc.conflicts) std::cerr << "conflict: " << conflict.label << " (" << conflict.path << ")\n";
  const size_t conflicts = merged.doc.conflicts.size();
  leaveForExit(std::move(docs));
  leaveForExit(std::move(result));
  if (conflicts) {
    std::cerr << conflicts << " conflict" << (conflicts == 1 ? "" : "s")
              << " recorded in the plan: open it in Growth Plan Studio to choose\n";
    return kExitProblem;
  }
  return kExitOk;
}

}  // namespace gp::cli
