#include "core/glossary/glossary_csv.h"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>

#include "core/text/csv.h"
#include "core/glossary/glossary.h"
#include "core/text/text_fold.h"
#include "core/text/text_trim.h"
#include "core/text/utf8.h"

namespace gp {

namespace {

enum Column { kName, kAliases, kStatus, kCategory, kOwner, kReplacedBy, kMarketing, kSales, kAgreed,
              kExamples, kCounterExamples, kRelated, kNotes, kColumnCount };

std::string joinLines(const std::vector<std::string>& items) {
  std::string text;
  for (size_t i = 0; i < items.size(); ++i) text += (i ? "\n" : "") + items[i];
  return text;
}

// One item per line; an empty cell is an empty list. CRLF inside a cell counts as one line end.
std::vector<std::string> splitLines(const std::string& cell) {
  std::vector<std::string> items;
  if (cell.empty()) return items;
  size_t start = 0;
  while (true) {
    const size_t end = cell.find('\n', start);
    std::string item = cell.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (end != std::string::npos && !item.empty() && item.back() == '\r') item.pop_back();
    items.push_back(std::move(item));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return items;
}

template <typename Enum, size_t N>
std::string expectedOneOf(const Enum (&values)[N], const char* (*nameOf)(Enum)) {
  std::string list = "expected one of ";
  for (size_t i = 0; i < N; ++i) list += (i ? ", " : "") + std::string(nameOf(values[i]));
  return list;
}

// Enum cells forgive case and surrounding spaces ("Agreed " from a spreadsheet).
template <typename Enum>
std::optional<Enum> enumFromCell(const std::string& cell, std::optional<Enum> (*fromName)(std::string_view)) {
  return fromName(foldCase(trimmed(cell)));
}

std::string quoted(std::string_view text) { return "“" + std::string(text) + "”"; }

class ImportReader {
 public:
  ImportReader(const Document& doc, MergeMode mode) : doc_(doc) { preview_.mode = mode; }

  CsvImportPreview read(std::string_view csv) {
    const CsvTable table = parseCsv(csv);
    if (table.error) {
      const auto& error = *table.error;
      // The header names the columns of later rows, if it was read.
      if (error.row > 1 && !table.rows.empty()) readHeader(table.rows.front(), false);
      addError(static_cast<int>(error.row), static_cast<int>(error.column), error.problem);
      return finish();
    }
    if (table.rows.empty() || (table.rows.size() == 1 && allCellsEmpty(table.rows[0]))) {
      addError(1, 0, "the file is empty; expected a header row such as name,aliases,status,...");
      return finish();
    }
    if (!readHeader(table.rows.front(), true)) return finish();
    std::vector<std::pair<int, const std::vector<std::string>*>> rows;
    for (size_t r = 1; r < table.rows.size(); ++r)
      if (!allCellsEmpty(table.rows[r])) rows.push_back({static_cast<int>(r + 1), &table.rows[r]});
    for (const auto& [number, cells] : rows) readRow(number, *cells);
    resolveLinks();
    return finish();
  }

 private:
  struct PendingRow {
    CsvImportRow row;
    std::string replacedByName;
    std::vector<std::string> relatedNames;
  };

  const Document& doc_;
  CsvImportPreview preview_;
  std::array<int, kColumnCount> columnOf_{};  // 1-based position of each known column, 0 when absent
  std::vector<std::string> headerNames_;      // as written, for messages
  size_t columnCount_ = 0;
  std::vector<PendingRow> pending_;
  std::unordered_map<std::string, int> rowOfName_;  // folded name -> first row using it

  static bool allCellsEmpty(const std::vector<std::string>& cells) {
    return std::all_of(cells.begin(), cells.end(), [](const std::string& cell) { return cell.empty(); });
  }

  void addError(int row, int column, const std::string& problem) {
    std::string where = "row " + std::to_string(row);
    if (column > 0) {
      where += ", column " + std::to_string(column);
      if (static_cast<size_t>(column) <= headerNames_.size() && !headerNames_[column - 1].empty())
        where += " (" + headerNames_[column - 1] + ")";
    }
    preview_.errors.push_back(CsvImportError{row, column, where + ": " + problem});
  }

  void cellError(int row, Column column, const std::string& problem) { addError(row, columnOf_[column], problem); }

  bool readHeader(const std::vector<std::string>& cells, bool report) {
    columnCount_ = cells.size();
    for (const auto& cell : cells) headerNames_.emplace_back(trimmed(cell));
    bool ok = true;
    for (size_t c = 0; c < cells.size(); ++c) {
      const int position = static_cast<int>(c + 1);
      const std::string name = foldCase(trimmed(cells[c]));
      const auto* known = std::find_if(std::begin(kGlossaryCsvColumns), std::end(kGlossaryCsvColumns),
                                       [&](const char* column) { return name == column; });
      if (known == std::end(kGlossaryCsvColumns)) {
        if (report) {
          std::string expected;
          for (const char* column : kGlossaryCsvColumns) expected += (expected.empty() ? "" : ", ") + std::string(column);
          addError(1, position, name.empty() ? "the header cell is empty; expected one of " + expected
                                             : "unknown column; expected one of " + expected);
        }
        ok = false;
        continue;
      }
      int& slot = columnOf_[static_cast<size_t>(known - std::begin(kGlossaryCsvColumns))];
      if (slot != 0) {
        if (report) addError(1, position, "this column appears twice (also column " + std::to_string(slot) + ")");
        ok = false;
        continue;
      }
      slot = position;
    }
    if (ok && columnOf_[kName] == 0) {
      if (report) addError(1, 0, "the header has no name column; the first row must name the columns, including name");
      ok = false;
    }
    return ok;
  }

  bool has(Column column) const { return columnOf_[column] != 0; }

  void readRow(int number, const std::vector<std::string>& rawCells) {
    const size_t errorsBefore = preview_.errors.size();
    if (rawCells.size() > columnCount_) {
      addError(number, static_cast<int>(columnCount_ + 1),
               "this row has " + std::to_string(rawCells.size()) + " cells but the header has " +
                   std::to_string(columnCount_) + " columns");
      return;
    }
    if (rawCells.size() < columnCount_) {
      addError(number, static_cast<int>(rawCells.size() + 1),
               "missing cell; this row has " + std::to_string(rawCells.size()) + " cells but the header has " +
                   std::to_string(columnCount_) + " columns");
      return;
    }
    std::vector<std::string> cells;
    for (size_t c = 0; c < rawCells.size(); ++c) {
      if (!isValidUtf8(rawCells[c])) {
        addError(number, static_cast<int>(c + 1), "the text is not valid UTF-8; save the file as CSV UTF-8");
        return;
      }
      cells.push_back(unprotectFromFormula(rawCells[c]));
    }
    const auto cell = [&](Column column) -> const std::string& { return cells[columnOf_[column] - 1]; };

    const std::string& name = cell(kName);
    if (trimmed(name).empty()) return cellError(number, kName, "a term needs a name");
    if (name.find_first_of("\r\n") != std::string::npos)
      return cellError(number, kName, "a name cannot contain a line break");
    const std::string key = foldCase(trimmed(name));
    if (const auto [first, inserted] = rowOfName_.emplace(key, number); !inserted)
      return cellError(number, kName, quoted(trimmed(name)) + " is already in row " + std::to_string(first->second) +
                                          " of this file");

    PendingRow pending;
    pending.row.row = number;
    const int existing = preview_.mode == MergeMode::addNew ? -1 : termNamed(key);
    GlossaryTerm& term = pending.row.term;
    if (existing >= 0) {
      term = doc_.glossary[static_cast<size_t>(existing)];
      pending.row.action = preview_.mode == MergeMode::skipExisting ? ImportAction::skip : ImportAction::update;
    } else {
      term.meta.id = csvRowPlaceholderId(number);
    }
    term.name = name;
    if (has(kAliases)) term.aliases = splitLines(cell(kAliases));
    if (has(kStatus)) {
      if (const auto status = enumFromCell(cell(kStatus), termStatusFromName)) {
        term.status = *status;
      } else {
        cellError(number, kStatus, expectedOneOf(kAllTermStatuses, termStatusName));
      }
    }
    if (has(kCategory)) {
      if (trimmed(cell(kCategory)).empty()) {
        term.category = TermCategory::other;
      } else if (const auto category = enumFromCell(cell(kCategory), termCategoryFromName)) {
        term.category = *category;
      } else {
        cellError(number, kCategory, expectedOneOf(kAllTermCategories, termCategoryName));
      }
    }
    if (has(kOwner)) {
      if (trimmed(cell(kOwner)).empty()) {
        term.owner = Team::other;
      } else if (const auto owner = enumFromCell(cell(kOwner), teamFromName)) {
        term.owner = *owner;
      } else {
        cellError(number, kOwner, expectedOneOf(kAllTeams, teamName));
      }
    }
    if (has(kMarketing)) term.marketingDefinition = cell(kMarketing);
    if (has(kSales)) term.salesDefinition = cell(kSales);
    if (has(kAgreed)) term.definition = cell(kAgreed);
    if (has(kExamples)) term.examples = splitLines(cell(kExamples));
    if (has(kCounterExamples)) term.counterExamples = splitLines(cell(kCounterExamples));
    if (has(kNotes)) term.notes = cell(kNotes);
    if (has(kReplacedBy)) pending.replacedByName = trimmed(cell(kReplacedBy));
    if (has(kRelated))
      for (const auto& related : splitLines(cell(kRelated)))
        if (!trimmed(related).empty()) pending.relatedNames.emplace_back(trimmed(related));
    if (preview_.errors.size() == errorsBefore) pending_.push_back(std::move(pending));
  }

  // Merge by name: the term's own name only (aliases are not identities), ignoring case.
  int termNamed(const std::string& foldedName) const {
    for (size_t i = 0; i < doc_.glossary.size(); ++i)
      if (foldCase(trimmed(doc_.glossary[i].name)) == foldedName) return static_cast<int>(i);
    return -1;
  }

  // A name in "replaced by" / "related terms": a row of this file first, then the glossary
  // (names, then aliases). Empty when nothing is called that.
  std::string idForName(const std::string& name) const {
    const std::string key = foldCase(name);
    for (const auto& pending : pending_)
      if (foldCase(trimmed(pending.row.term.name)) == key) return pending.row.term.meta.id;
    const int index = findTermIndexByName(doc_.glossary, name);
    return index >= 0 ? doc_.glossary[static_cast<size_t>(index)].meta.id : std::string();
  }

  void resolveLinks() {
    for (auto& pending : pending_) {
      GlossaryTerm& term = pending.row.term;
      const int number = pending.row.row;
      if (has(kReplacedBy)) {
        term.replacedBy.clear();
        if (!pending.replacedByName.empty()) {
          term.replacedBy = idForName(pending.replacedByName);
          if (term.replacedBy.empty())
            cellError(number, kReplacedBy, "no term is called " + quoted(pending.replacedByName));
          else if (term.replacedBy == term.meta.id)
            cellError(number, kReplacedBy, "a term cannot replace itself");
        }
      }
      if (has(kRelated)) {
        term.relatedTermIds.clear();
        for (const auto& name : pending.relatedNames) {
          const std::string id = idForName(name);
          if (id.empty()) {
            cellError(number, kRelated, "no term is called " + quoted(name));
          } else if (std::find(term.relatedTermIds.begin(), term.relatedTermIds.end(), id) == term.relatedTermIds.end()) {
            term.relatedTermIds.push_back(id);
          }
        }
      }
      if (pending.row.action == ImportAction::update) {
        const int index = findTermIndexById(doc_.glossary, term.meta.id);
        if (index >= 0 && doc_.glossary[static_cast<size_t>(index)] == term) pending.row.action = ImportAction::unchanged;
      }
    }
  }

  CsvImportPreview finish() {
    // Errors in row order (link errors are found after all rows are read), nothing to apply if any.
    std::stable_sort(preview_.errors.begin(), preview_.errors.end(),
                     [](const CsvImportError& a, const CsvImportError& b) {
                       return a.row != b.row ? a.row < b.row : a.column < b.column;
                     });
    if (preview_.ok())
      for (auto& pending : pending_) preview_.rows.push_back(std::move(pending.row));
    return std::move(preview_);
  }
};

}  // namespace

std::string csvRowPlaceholderId(int row) { return "csv-row:" + std::to_string(row); }

int CsvImportPreview::count(ImportAction action) const {
  return static_cast<int>(std::count_if(rows.begin(), rows.end(), [&](const CsvImportRow& row) { return row.action == action; }));
}

std::string glossaryToCsv(const Document& doc) {
  std::vector<std::string> header(std::begin(kGlossaryCsvColumns), std::end(kGlossaryCsvColumns));
  std::string csv = csvRow(header);
  const auto nameOf = [&](const std::string& id) {
    const int index = findTermIndexById(doc.glossary, id);
    return index >= 0 ? doc.glossary[static_cast<size_t>(index)].name : std::string();
  };
  for (const auto& term : doc.glossary) {
    std::vector<std::string> related;
    for (const auto& id : term.relatedTermIds)
      if (!nameOf(id).empty()) related.push_back(nameOf(id));
    const std::vector<std::string> cells = {
        term.name,
        joinLines(term.aliases),
        termStatusName(term.status),
        termCategoryName(term.category),
        teamName(term.owner),
        nameOf(term.replacedBy),
        term.marketingDefinition,
        term.salesDefinition,
        term.definition,
        joinLines(term.examples),
        joinLines(term.counterExamples),
        joinLines(related),
        term.notes,
    };
    std::vector<std::string> protectedCells;
    for (const auto& cell : cells) protectedCells.push_back(protectFromFormula(cell));
    csv += csvRow(protectedCells);
  }
  return csv;
}

CsvImportPreview previewCsvImport(const Document& doc, std::string_view csv, MergeMode mode) {
  return ImportReader(doc, mode).read(csv);
}

}  // namespace gp
