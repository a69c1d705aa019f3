// Win/loss entries from CSV (a CRM export or a spreadsheet sales keeps): previewed in full, with
// every problem's row and column, before anything changes; nothing is imported while any row is bad.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/document.h"
#include "core/session/history.h"

namespace gp {

// Header names. Import accepts them in any order and case; only "deal" and "outcome" are required.
// "campaign" names plan campaigns by name, several separated by ";". "kind" is one of deal,
// renewal, upsell, cross-sell (empty or absent: deal).
inline constexpr const char* kDealCsvColumns[] = {"deal",       "outcome", "amount",   "closed", "reason",
                                                  "competitor", "segment", "campaign", "insight", "kind"};

enum class DealImportAction { add, update, unchanged };

struct DealImportRow {
  int row = 0;  // 1-based record number in the file (the header is row 1)
  DealImportAction action = DealImportAction::add;
  // The entry as it will be; for update/unchanged it carries the existing entry's id and keeps
  // what the file has no column for (and whether marketing used its insight).
  DealReview deal;
};

struct DealImportError {
  int row = 0;
  int column = 0;       // 0 when the problem is the whole row or file
  std::string message;  // complete, e.g. "row 4, column 2 (outcome): expected won, lost or no decision"
};

struct DealImportPreview {
  std::vector<DealImportRow> rows;  // empty when there are errors: nothing is imported then
  std::vector<DealImportError> errors;
  bool ok() const { return errors.empty(); }
  int count(DealImportAction action) const;
};

// Reads and checks every row against `doc` without changing anything. A row whose deal name
// (ignoring case and surrounding spaces) and close date match an entry of the plan updates that
// entry, so importing the same export again changes nothing.
DealImportPreview previewDealImport(const Document& doc, std::string_view csv);

// Applies an error-free preview as one undo step ("Import 12 deals"); false (nothing changes)
// when it has errors or nothing to change. Updates of entries deleted since are left out.
bool applyDealImport(History& history, const DealImportPreview& preview, const EditContext& context);

}  // namespace gp
