#include "core/text/csv.h"

namespace gp {

CsvTable parseCsv(std::string_view text) {
  CsvTable table;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (text.empty()) return table;
  std::vector<std::string> row;
  std::string cell;
  size_t i = 0;
  const auto fail = [&](std::string problem) {
    table.error = CsvSyntaxError{table.rows.size() + 1, row.size() + 1, std::move(problem)};
    return table;
  };
  const auto atLineEnd = [&](size_t at) { return at < text.size() && (text[at] == '\n' || text[at] == '\r'); };
  const auto skipLineEnd = [&](size_t at) { return at + (text[at] == '\r' && at + 1 < text.size() && text[at + 1] == '\n' ? 2 : 1); };
  while (true) {
    // One cell starts at i.
    cell.clear();
    if (i < text.size() && text[i] == '"') {
      ++i;
      while (true) {
        if (i >= text.size()) return fail("the quoted cell is never closed (a quote is missing)");
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            cell += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        cell += text[i++];
      }
      if (i < text.size() && text[i] != ',' && !atLineEnd(i))
        return fail("text after the closing quote; put the whole cell in quotes and double any quote inside it");
    } else {
      while (i < text.size() && text[i] != ',' && !atLineEnd(i)) {
        if (text[i] == '"')
          return fail("a quote inside a cell that does not start with one; put the whole cell in quotes and double the quote");
        cell += text[i++];
      }
    }
    row.push_back(std::move(cell));
    if (i < text.size() && text[i] == ',') {
      ++i;
      continue;
    }
    table.rows.push_back(std::move(row));
    row.clear();
    if (i >= text.size()) break;
    i = skipLineEnd(i);
    if (i >= text.size()) break;  // a final line end does not start a row
  }
  return table;
}

std::string csvCell(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string csvRow(const std::vector<std::string>& cells) {
  std::string row;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) row += ',';
    row += csvCell(cells[i]);
  }
  return row + "\r\n";
}

bool isFormulaAtRisk(std::string_view text) {
  const size_t first = text.find_first_not_of('\'');
  if (first == std::string_view::npos) return false;
  const char c = text[first];
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

std::string protectFromFormula(std::string_view text) {
  return isFormulaAtRisk(text) ? "'" + std::string(text) : std::string(text);
}

std::string unprotectFromFormula(std::string_view text) {
  if (!text.empty() && text[0] == '\'' && isFormulaAtRisk(text.substr(1))) return std::string(text.substr(1));
  return std::string(text);
}

}  // namespace gp
