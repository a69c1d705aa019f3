#include "core/text/calendar.h"

#include <charconv>
#include <cstdio>

namespace gp {

namespace {

// The number written in exactly `length` digits at `offset`; -1 for anything else.
int digitsAt(std::string_view text, size_t offset, size_t length) {
  if (offset + length > text.size()) return -1;
  const char* first = text.data() + offset;
  const char* last = first + length;
  if (*first < '0' || *first > '9') return -1;  // from_chars would take a sign
  int value = -1;
  const auto [end, error] = std::from_chars(first, last, value);
  return error == std::errc() && end == last ? value : -1;
}

}  // namespace

std::optional<std::chrono::year_month_day> parseDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
  if (year < 1 || month < 0 || day < 0) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string formatDate(std::chrono::year_month_day date) {
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()));
  return text;
}

long long dayNumber(std::chrono::year_month_day date) {
  return std::chrono::sys_days{date}.time_since_epoch().count();
}

}  // namespace gp
