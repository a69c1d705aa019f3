#include "core/loops/winloss_csv.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "core/format/validation.h"
#include "core/text/csv.h"
#include "core/text/number_text.h"
#include "core/text/text_fold.h"
#include "core/text/text_trim.h"
#include "core/text/utf8.h"

namespace gp {

namespace {

enum Column { kDeal, kOutcome, kAmount, kClosed, kReason, kCompetitor, kSegment, kCampaign, kInsight, kKind, kColumnCount };

// Other names CRM exports and spreadsheets use for a column (folded).
struct Alias {
  const char* name;
  Column column;
};
constexpr Alias kAliases[] = {
    {"deal name", kDeal},        {"opportunity", kDeal},     {"opportunity name", kDeal}, {"close date", kClosed},
    {"closed date", kClosed},    {"primary reason", kReason}, {"campaigns", kCampaign},  {"segment name", kSegment},
    {"what marketing should know", kInsight}, {"type", kKind}, {"entry kind", kKind},
};

std::string quoted(std::string_view text) { return "\xE2\x80\x9C" + std::string(text) + "\xE2\x80\x9D"; }

std::string folded(std::string_view text) { return foldCase(trimmed(text)); }

// "Closed Won", "no_decision", "No decision" → the file names ("won", "no-decision").
std::string enumWord(std::string_view cell) {
  std::string word = folded(cell);
  std::replace(word.begin(), word.end(), ' ', '-');
  std::replace(word.begin(), word.end(), '_', '-');
  return word;
}

std::optional<DealOutcome> outcomeFromCell(std::string_view cell) {
  std::string word = enumWord(cell);
  if (word.starts_with("closed-")) word.erase(0, 7);  // Salesforce's "Closed Won" / "Closed Lost"
  if (word == "nodecision" || word == "no-decision-made") word = "no-decision";
  return dealOutcomeFromName(word);
}

std::optional<DealKind> kindFromCell(std::string_view cell) {
  std::string word = enumWord(cell);
  if (word.empty()) return DealKind::deal;
  if (word == "crosssell") word = "cross-sell";
  if (word == "closed-deal") word = "deal";
  return dealKindFromName(word);
}

// An amount as a spreadsheet writes it: "48000", "48,000", "48k", "€48,000", "EUR 48,000".
std::optional<double> amountFromCell(std::string_view cell, std::string_view currency, std::string& problem) {
  std::string text(trimmed(cell));
  for (const char* symbol : {"$", "\xE2\x82\xAC", "\xC2\xA3"})
    if (text.starts_with(symbol)) text.erase(0, std::string_view(symbol).size());
  const std::string code = folded(currency);
  if (!code.empty()) {
    if (foldCase(text).starts_with(code)) text.erase(0, code.size());
    else if (foldCase(text).ends_with(code)) text.erase(text.size() - code.size());
  }
  text = std::string(trimmed(text));
  const ParsedNumber parsed = parseNumber(text);
  if (!parsed.value || text.find('%') != std::string::npos) {
    problem = quoted(trimmed(cell)) + " is not an amount; write it like 48000, 48,000 or 48k";
    return std::nullopt;
  }
  if (*parsed.value < 0) {
    problem = "an amount cannot be negative";
    return std::nullopt;
  }
  return parsed.value;
}

// "2027-03-31", or a CRM date-time such as "2027-03-31 14:05" or "2027-03-31T14:05:00Z" (its day).
std::optional<std::string> dateFromCell(std::string_view cell) {
  const std::string_view text = trimmed(cell);
  if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ')) {
    if (isValidDate(text.substr(0, 10))) return std::string(text.substr(0, 10));
    return std::nullopt;
  }
  if (isValidDate(text)) return std::string(text);
  return std::nullopt;
}

// The key an entry is recognised by on re-import.
std::string matchKey(std::string_view deal, std::string_view closed) { return folded(deal) + "\n" + std::string(closed); }

class DealReader {
 public:
  explicit DealReader(const Document& doc) : doc_(doc) {
    for (size_t i = 0; i < doc.deals.size(); ++i)
      existing_.emplace(matchKey(doc.deals[i].deal, doc.deals[i].closed), i);  // the first entry wins
  }

  DealImportPreview read(std::string_view csv) {
    const CsvTable table = parseCsv(csv);
    if (table.error) {
      if (table.error->row > 1 && !table.rows.empty()) readHeader(table.rows.front(), false);
      addError(static_cast<int>(table.error->row), static_cast<int>(table.error->column), table.error->problem);
      return finish();
    }
    if (table.rows.empty() || (table.rows.size() == 1 && allCellsEmpty(table.rows[0]))) {
      addError(1, 0, "the file is empty; expected a header row such as deal,outcome,amount,closed,reason");
      return finish();
    }
    if (!readHeader(table.rows.front(), true)) return finish();
    for (size_t r = 1; r < table.rows.size(); ++r)
      if (!allCellsEmpty(table.rows[r])) readRow(static_cast<int>(r + 1), table.rows[r]);
    if (preview_.rows.empty() && preview_.errors.empty()) addError(2, 0, "the file has a header but no deals");
    return finish();
  }

 private:
  const Document& doc_;
  DealImportPreview preview_;
  std::array<int, kColumnCount> columnOf_{};  // 1-based position of each known column, 0 when absent
  std::vector<std::string> headerNames_;      // as written, for messages
  size_t columnCount_ = 0;
  std::map<std::string, size_t> existing_;    // match key -> index in doc.deals
  std::map<std::string, int> rowOfKey_;       // match key -> first row of this file using it

  static bool allCellsEmpty(const std::vector<std::string>& cells) {
    return std::all_of(cells.begin(), cells.end(), [](const std::string& cell) { return trimmed(cell).empty(); });
  }

  void addError(int row, int column, const std::string& problem) {
    std::string where = "row " + std::to_string(row);
    if (column > 0) {
      where += ", column " + std::to_string(column);
      if (static_cast<size_t>(column) <= headerNames_.size() && !headerNames_[column - 1].empty())
        where += " (" + headerNames_[column - 1] + ")";
    }
    preview_.errors.push_back(DealImportError{row, column, where + ": " + problem});
  }

  void cellError(int row, Column column, const std::string& problem) { addError(row, columnOf_[column], problem); }
  bool has(Column column) const { return columnOf_[column] != 0; }

  static std::optional<Column> columnNamed(const std::string& name) {
    for (size_t i = 0; i < kColumnCount; ++i)
      if (name == kDealCsvColumns[i]) return static_cast<Column>(i);
    for (const Alias& alias : kAliases)
      if (name == alias.name) return alias.column;
    return std::nullopt;
  }

  bool readHeader(const std::vector<std::string>& cells, bool report) {
    columnCount_ = cells.size();
    for (const auto& cell : cells) headerNames_.emplace_back(trimmed(cell));
    std::string expected;
    for (const char* column : kDealCsvColumns) expected += (expected.empty() ? "" : ", ") + std::string(column);
    bool ok = true;
    for (size_t c = 0; c < cells.size(); ++c) {
      const int position = static_cast<int>(c + 1);
      const std::string name = folded(cells[c]);
      const std::optional<Column> column = columnNamed(name);
      if (!column) {
        if (report)
          addError(1, position, name.empty() ? "the header cell is empty; expected one of " + expected
                                             : "unknown column; expected one of " + expected);
        ok = false;
        continue;
      }
      int& slot = columnOf_[*column];
      if (slot != 0) {
        if (report) addError(1, position, "this column appears twice (also column " + std::to_string(slot) + ")");
        ok = false;
        continue;
      }
      slot = position;
    }
    if (ok && (!has(kDeal) || !has(kOutcome))) {
      if (report)
        addError(1, 0, std::string("the header has no ") + (!has(kDeal) ? "deal" : "outcome") +
                           " column; the first row must name the columns, including deal and outcome");
      ok = false;
    }
    return ok;
  }

  void readRow(int number, const std::vector<std::string>& rawCells) {
    if (rawCells.size() != columnCount_) {
      const bool extra = rawCells.size() > columnCount_;
      addError(number, static_cast<int>(std::min(rawCells.size(), columnCount_) + 1),
               std::string(extra ? "" : "missing cell; ") + "this row has " + std::to_string(rawCells.size()) +
                   " cells but the header has " + std::to_string(columnCount_) + " columns");
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
    const auto cell = [&](Column column) -> std::string_view {
      return has(column) ? std::string_view(cells[columnOf_[column] - 1]) : std::string_view();
    };
    const size_t errorsBefore = preview_.errors.size();

    const std::string name(trimmed(cell(kDeal)));
    if (name.empty()) cellError(number, kDeal, "an entry needs the deal's name");
    else if (name.find_first_of("\r\n") != std::string::npos) cellError(number, kDeal, "a deal's name cannot contain a line break");

    std::optional<DealOutcome> outcome;
    if (trimmed(cell(kOutcome)).empty()) cellError(number, kOutcome, "an entry needs its outcome: won, lost or no decision");
    else if (!(outcome = outcomeFromCell(cell(kOutcome))))
      cellError(number, kOutcome, quoted(trimmed(cell(kOutcome))) + " is not an outcome; expected won, lost or no decision");

    std::optional<DealKind> kind;
    if (has(kKind) && !(kind = kindFromCell(cell(kKind))))
      cellError(number, kKind, quoted(trimmed(cell(kKind))) + " is not a kind; expected deal, renewal, upsell or cross-sell");

    std::optional<double> amount;
    if (!trimmed(cell(kAmount)).empty()) {
      std::string problem;
      amount = amountFromCell(cell(kAmount), doc_.plan.currency, problem);
      if (!amount) cellError(number, kAmount, problem);
    }

    std::string closed;
    if (!trimmed(cell(kClosed)).empty()) {
      if (const auto date = dateFromCell(cell(kClosed))) closed = *date;
      else cellError(number, kClosed, quoted(trimmed(cell(kClosed))) + " is not a date; write it like 2027-03-31");
    }

    std::vector<std::string> campaignIds;
    for (const std::string& campaign : splitCampaigns(cell(kCampaign))) {
      const std::string id = campaignNamed(campaign);
      if (id.empty()) cellError(number, kCampaign, "the plan has no campaign called " + quoted(campaign));
      else if (std::find(campaignIds.begin(), campaignIds.end(), id) == campaignIds.end()) campaignIds.push_back(id);
    }

    if (preview_.errors.size() != errorsBefore) return;
    const std::string key = matchKey(name, closed);
    if (const auto [first, inserted] = rowOfKey_.emplace(key, number); !inserted) {
      cellError(number, kDeal, quoted(name) + (closed.empty() ? " without a close date" : " closed " + closed) +
                                   " is already in row " + std::to_string(first->second) + " of this file");
      return;
    }

    DealImportRow row;
    row.row = number;
    DealReview& deal = row.deal;
    const auto match = existing_.find(key);
    if (match != existing_.end()) {
      // An update keeps what the plan has where the file's cell is empty: nothing typed is lost.
      deal = doc_.deals[match->second];
      row.action = DealImportAction::update;
    }
    deal.deal = name;
    deal.outcome = *outcome;
    deal.closed = closed;
    if (kind) deal.kind = *kind;
    if (amount) deal.amount = *amount;
    const auto text = [&](Column column, std::string& field) {
      const std::string_view value = trimmed(cell(column));
      if (!value.empty()) field = std::string(value);
    };
    text(kReason, deal.reason);
    text(kCompetitor, deal.competitor);
    text(kSegment, deal.segment);
    text(kInsight, deal.insight);
    if (!campaignIds.empty()) deal.campaignIds = std::move(campaignIds);
    if (row.action == DealImportAction::update && deal == doc_.deals[match->second]) row.action = DealImportAction::unchanged;
    preview_.rows.push_back(std::move(row));
  }

  static std::vector<std::string> splitCampaigns(std::string_view cell) {
    std::vector<std::string> names;
    size_t start = 0;
    while (start <= cell.size()) {
      const size_t end = std::min(cell.find(';', start), cell.size());
      const std::string_view name = trimmed(cell.substr(start, end - start));
      if (!name.empty()) names.emplace_back(name);
      start = end + 1;
    }
    return names;
  }

  std::string campaignNamed(const std::string& name) const {
    const std::string key = folded(name);
    for (const Campaign& campaign : doc_.campaigns)
      if (folded(campaign.name) == key) return campaign.meta.id;
    return {};
  }

  DealImportPreview finish() {
    std::stable_sort(preview_.errors.begin(), preview_.errors.end(), [](const DealImportError& a, const DealImportError& b) {
      return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    if (!preview_.ok()) preview_.rows.clear();
    return std::move(preview_);
  }
};

}  // namespace

int DealImportPreview::count(DealImportAction action) const {
  return static_cast<int>(std::count_if(rows.begin(), rows.end(), [&](const DealImportRow& row) { return row.action == action; }));
}

DealImportPreview previewDealImport(const Document& doc, std::string_view csv) { return DealReader(doc).read(csv); }

bool applyDealImport(History& history, const DealImportPreview& preview, const EditContext& context) {
  if (!preview.ok()) return false;
  std::vector<DealReview> added, updated;
  for (const DealImportRow& row : preview.rows) {
    if (row.action == DealImportAction::add) added.push_back(row.deal);
    else if (row.action == DealImportAction::update && history.findDeal(row.deal.meta.id)) updated.push_back(row.deal);
  }
  if (added.empty() && updated.empty()) return false;
  const size_t total = added.size() + updated.size();
  const uint64_t before = history.revision();
  history.importDeals(std::move(added), updated, context,
                      "Import " + std::to_string(total) + (total == 1 ? " deal" : " deals"));
  return history.revision() != before;
}

}  // namespace gp
