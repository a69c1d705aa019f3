// Glossary CSV import: any bytes preview into rows or errors against a seed plan, never a crash. A
// clean preview applies through History in one step, and the result saves and loads again. The
// result's own CSV export, imported back by name, changes nothing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/glossary/glossary_csv.h"
#include "core/session/history.h"
#include "fuzz_support.h"

namespace {

const gp::Document& seedPlan(size_t which) {
  // Ten terms with links and history (an upgraded version-2 file), and terms with non-ASCII text.
  static const gp::Document sample = gp::fuzz::seedPlan("v2/sample-plan.json");
  static const gp::Document unicode = gp::fuzz::seedPlan("valid/unicode-and-escapes.json");
  return which % 2 ? unicode : sample;
}

void importInto(const gp::Document& plan, std::string_view csv, gp::MergeMode mode) {
  using namespace gp;
  const CsvImportPreview preview = previewCsvImport(plan, csv, mode);
  if (!preview.ok()) {
    fuzz::require(preview.rows.empty(), "a preview with errors still has rows to import");
    for (const auto& error : preview.errors) fuzz::require(!error.message.empty(), "an import error has no message");
    return;
  }
  const EditContext context{"Fuzz", "2027-03-01T10:00:00Z", Team::marketing};
  History history(plan, 7);
  fuzz::require(history.applyGlossaryImport(preview, context), "a clean preview was not applied");
  fuzz::requireSavesAndReloads(history.doc(), "glossary after import");

  const std::string exported = glossaryToCsv(history.doc());
  const CsvImportPreview back = previewCsvImport(history.doc(), exported, MergeMode::updateByName);
  if (!back.ok()) return;  // e.g. "add new" made two terms of one name: the export cannot say which is which
  fuzz::require(back.count(ImportAction::add) == 0 && back.count(ImportAction::update) == 0,
                "the plan's own CSV export imports back as changes", exported);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view csv(reinterpret_cast<const char*>(data), size);
  const gp::Document& plan = seedPlan(size);
  for (gp::MergeMode mode : {gp::MergeMode::addNew, gp::MergeMode::updateByName, gp::MergeMode::skipExisting})
    importInto(plan, csv, mode);
  return 0;
}
