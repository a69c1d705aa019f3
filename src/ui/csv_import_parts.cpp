#include "csv_import_parts.h"

#include "core/text/utf8.h"

namespace gp::ui {

const char* slashDatesLabel(SlashDates order) {
  switch (order) {
    case SlashDates::unambiguousOnly: return "Only where the numbers make it clear";
    case SlashDates::monthFirst: return "Month first (04/13/2027, US)";
    case SlashDates::dayFirst: return "Day first (13/04/2027, UK and Europe)";
  }
  return "";
}

std::string columnSample(const std::vector<std::vector<std::string>>& rows, size_t column, size_t maxChars) {
  std::string text;
  size_t shown = 0;
  for (const auto& row : rows) {
    if (shown == 3) break;
    if (column >= row.size() || row[column].empty()) continue;
    if (!text.empty()) text += "  \xC2\xB7  ";
    text += truncateUtf8(row[column], maxChars);
    ++shown;
  }
  return text.empty() ? std::string("(empty)") : text;
}

}  // namespace gp::ui
