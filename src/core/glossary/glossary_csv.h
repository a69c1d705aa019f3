// The glossary as CSV: export, and an import that is previewed in full before anything changes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/document.h"

namespace gp {

// Header names, in export order. Import accepts them in any order and case; only "name" is required.
// Lists (aliases, examples, counter-examples, related terms) hold one item per line in their
// cell; "replaced by" and "related terms" name terms (by name or alias), not ids.
inline constexpr const char* kGlossaryCsvColumns[] = {
    "name",        "aliases",       "status",   "category", "owner", "replaced by", "marketing definition",
    "sales definition", "agreed definition", "examples", "counter-examples", "related terms", "notes"};

// UTF-8, CRLF line ends, a header row, one row per term in glossary order, cells protected from
// spreadsheet formulas (csv.h). Export → import (update by name) → export gives the same text.
std::string glossaryToCsv(const Document& doc);

enum class MergeMode {
  addNew,        // every row becomes a new term, even when the name exists
  updateByName,  // a row whose name matches a term (ignoring case) updates it; others are added
  skipExisting,  // a row whose name matches a term is left out; others are added
};

enum class ImportAction { add, update, unchanged, skip };

struct CsvImportRow {
  int row = 0;  // 1-based record number in the file (the header is row 1)
  ImportAction action = ImportAction::add;
  // The term as it will be: for update/unchanged/skip it carries the existing term's id and
  // history. Links to terms added by this same import hold the placeholder id "csv-row:N".
  GlossaryTerm term;
};

struct CsvImportError {
  int row = 0;
  int column = 0;  // 0 when the problem is the whole row or file
  std::string message;  // complete, e.g. "row 4, column 3 (status): expected one of proposed, ..."
};

struct CsvImportPreview {
  MergeMode mode = MergeMode::updateByName;
  std::vector<CsvImportRow> rows;  // empty when there are errors: nothing is imported then
  std::vector<CsvImportError> errors;
  bool ok() const { return errors.empty(); }
  int count(ImportAction action) const;
};

// Reads and checks every row against `doc` without changing anything. Apply the result with
// History::applyGlossaryImport.
CsvImportPreview previewCsvImport(const Document& doc, std::string_view csv, MergeMode mode);

// The placeholder id previewCsvImport uses for the term a row adds.
std::string csvRowPlaceholderId(int row);

}  // namespace gp
