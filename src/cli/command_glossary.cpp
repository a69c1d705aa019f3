// growthplan glossary export FILE [--format csv|md]   the glossary on standard output
// growthplan glossary import FILE TERMS.csv [-o OUT] [--merge update|add|skip]
// Import uses the app's own preview: any bad row is reported (row, column, problem), exit 1, and
// nothing is written.
#include <iostream>

#include "commands.h"
#include "core/format/format.h"
#include "core/glossary/glossary_csv.h"
#include "core/glossary/glossary_markdown.h"
#include "core/session/plan_session.h"
#include "edit_context.h"
#include "file_io.h"
#include "plan_file.h"

namespace gp::cli {

namespace {

int runExport(const Arguments& arguments) {
  std::string path, format = "csv";
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (arguments[i] == "--format") {
      if (i + 1 >= arguments.size()) return usageError("glossary export: --format needs csv or md");
      format = arguments[++i];
      if (format != "csv" && format != "md") return usageError("glossary export: --format needs csv or md");
    } else if (arguments[i].size() > 1 && arguments[i][0] == '-') {
      return usageError("glossary export: unknown option '" + arguments[i] + "'");
    } else if (path.empty()) {
      path = arguments[i];
    } else {
      return usageError("glossary export: unexpected argument '" + arguments[i] + "'");
    }
  }
  if (path.empty()) return usageError("glossary export needs a FILE");
  const LoadedPlan plan = loadPlanFile(path);
  if (!plan.doc) return plan.exitCode;
  std::cout << (format == "csv" ? glossaryToCsv(*plan.doc) : glossaryToMarkdown(*plan.doc));
  return kExitOk;
}

int runImport(const Arguments& arguments) {
  std::vector<std::string> paths;
  std::string outputPath;
  MergeMode mode = MergeMode::updateByName;
  for (size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "-o" || argument == "--output") {
      if (i + 1 >= arguments.size()) return usageError("glossary import: " + argument + " needs a FILE");
      outputPath = arguments[++i];
    } else if (argument == "--merge") {
      const std::string value = i + 1 < arguments.size() ? arguments[++i] : "";
      if (value == "update") mode = MergeMode::updateByName;
      else if (value == "add") mode = MergeMode::addNew;
      else if (value == "skip") mode = MergeMode::skipExisting;
      else return usageError("glossary import: --merge needs update, add or skip");
    } else if (argument.size() > 1 && argument[0] == '-') {
      return usageError("glossary import: unknown option '" + argument + "'");
    } else {
      paths.push_back(argument);
    }
  }
  if (paths.size() != 2) return usageError("glossary import needs a plan FILE and a TERMS.csv");
  const std::string& planPath = paths[0];
  const std::string& csvPath = paths[1];
  if (outputPath.empty()) outputPath = planPath;

  LoadedPlan plan = loadPlanFile(planPath);
  if (!plan.doc) return plan.exitCode;
  const ReadOutcome csv = readWholeFile(csvPath);
  if (!csv.text) {
    std::cerr << csvPath << ": " << csv.problem << "\n";
    return kExitUsage;
  }
  const CsvImportPreview preview = previewCsvImport(*plan.doc, *csv.text, mode);
  if (!preview.ok()) {
    for (const auto& error : preview.errors) std::cerr << csvPath << ": " << error.message << "\n";
    std::cerr << csvPath << ": nothing imported (" << preview.errors.size()
              << (preview.errors.size() == 1 ? " problem" : " problems") << ")\n";
    return kExitProblem;
  }
  // Edited through a plan session, as in the app: the import is recorded in the version clocks as
  // this run's write, so merging treats it like any other edit.
  PlanSession session = cliSession();
  session.open(std::move(*plan.doc), planPath);
  session.history().applyGlossaryImport(preview, session.edit());
  if (!replaceFile(outputPath, session.startSave())) {
    std::cerr << outputPath << ": cannot write file\n";
    return kExitUsage;
  }
  std::cout << csvPath << ": " << preview.count(ImportAction::add) << " added, "
            << preview.count(ImportAction::update) << " updated, " << preview.count(ImportAction::unchanged)
            << " unchanged, " << preview.count(ImportAction::skip) << " skipped; wrote " << outputPath << "\n";
  return kExitOk;
}

}  // namespace

int runGlossary(const Arguments& arguments) {
  if (arguments.empty()) return usageError("glossary needs export or import");
  const Arguments rest(arguments.begin() + 1, arguments.end());
  if (arguments[0] == "export") return runExport(rest);
  if (arguments[0] == "import") return runImport(rest);
  return usageError("glossary: unknown subcommand '" + arguments[0] + "' (expected export or import)");
}

}  // namespace gp::cli
