// CSV as RFC 4180 describes it (comma separated, double-quoted cells, "" for a quote inside one),
// plus what spreadsheets need to open it safely.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gp {

struct CsvSyntaxError {
  size_t row = 0;     // 1-based record number (a quoted cell may span lines)
  size_t column = 0;  // 1-based cell number within the record
  std::string problem;
};

struct CsvTable {
  std::vector<std::vector<std::string>> rows;  // every record, including blank ones, as written
  std::optional<CsvSyntaxError> error;         // parsing stops at the first syntax error
};

// Accepts CRLF, LF or CR line ends and a leading UTF-8 byte order mark; a final line end does not
// start another row. Cells are returned byte for byte (no UTF-8 check, no trimming).
CsvTable parseCsv(std::string_view text);

// One cell, quoted only when it holds a comma, a quote or a line break.
std::string csvCell(std::string_view text);
// A whole record: cells joined by commas, ended by CRLF.
std::string csvRow(const std::vector<std::string>& cells);

// Spreadsheets run a cell starting with = + - @ (or a tab or carriage return) as a formula. On
// export such a cell gets one leading apostrophe, which spreadsheets show as plain text. To keep
// export → import lossless the rule also covers text that already starts with apostrophes before
// one of those characters: a cell is "at risk" when it matches  '*[=+\-@\t\r]  (any apostrophes,
// then a trigger). Export prefixes one apostrophe to every at-risk cell; import removes exactly
// one leading apostrophe when what follows is at risk. Nothing else changes.
bool isFormulaAtRisk(std::string_view text);
std::string protectFromFormula(std::string_view text);
std::string unprotectFromFormula(std::string_view text);

}  // namespace gp
