// growthplan new [-o FILE] [--starter-glossary]: a new empty plan, stamped with the current UTC time.
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "core/format/format.h"
#include "core/session/plan_session.h"
#include "edit_context.h"
#include "file_io.h"

namespace gp::cli {

int runNew(const Arguments& arguments) {
  std::string outputPath;
  bool starterGlossary = false;
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (arguments[i] == "--starter-glossary") {
      starterGlossary = true;
    } else if (arguments[i] == "-o" || arguments[i] == "--output") {
      if (i + 1 >= arguments.size()) return usageError("new: " + arguments[i] + " needs a FILE");
      outputPath = arguments[++i];
    } else {
      return usageError("new: unexpected argument '" + arguments[i] + "'");
    }
  }

  PlanSession session = cliSession();
  if (starterGlossary) session.history().addStarterGlossary(session.edit());
  const std::string text = session.startSave();
  if (outputPath.empty()) {
    std::cout << text;
    return kExitOk;
  }
  std::error_code error;
  if (std::filesystem::exists(outputPath, error)) {
    std::cerr << outputPath << ": already exists (not overwritten)\n";
    return kExitProblem;
  }
  if (!replaceFile(outputPath, text)) {
    std::cerr << outputPath << ": cannot write file\n";
    return kExitUsage;
  }
  std::cout << outputPath << ": created\n";
  return kExitOk;
}

}  // namespace gp::cli
