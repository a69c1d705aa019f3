// Calendar arithmetic on "YYYY-MM-DD" dates, through std::chrono's civil calendar (both g++ 12's
// libstdc++ and the web build's libc++ have year_month_day and sys_days).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace gp {

// The date written "YYYY-MM-DD": a real calendar date in the years 1 to 9999; nullopt for any
// other text.
std::optional<std::chrono::year_month_day> parseDate(std::string_view text);

// "2027-01-31".
std::string formatDate(std::chrono::year_month_day date);

// Days since 1970-01-01.
long long dayNumber(std::chrono::year_month_day date);

}  // namespace gp
