// What the CSV import dialogs share: how dates with slashes are read, and a column's first values
// shown beside its mapping.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/text/date_time.h"

namespace gp::ui {

inline constexpr SlashDates kSlashDateOrders[] = {SlashDates::unambiguousOnly, SlashDates::monthFirst,
                                                  SlashDates::dayFirst};
// "Only where the numbers make it clear", "Month first (04/13/2027, US)", "Day first (…)".
const char* slashDatesLabel(SlashDates);

// Up to three non-empty cells of `column` in one short line ("(empty)" when there are none), each
// cut to `maxChars` characters: what the column holds.
std::string columnSample(const std::vector<std::vector<std::string>>& rows, size_t column, size_t maxChars);

}  // namespace gp::ui
