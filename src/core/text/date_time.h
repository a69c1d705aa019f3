// Dates and times as people, CRM exports and the plan file write them, read without guessing: a
// form whose order of day and month is unclear is accepted only when the person said which it is,
// or when the numbers leave no doubt (a part above 12 can only be the day).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace gp {

// How dates with slashes ("03/04/2027") are written in the file.
enum class SlashDates {
  unambiguousOnly,  // accepted only where one part is above 12 ("13/04/2027", "04/13/2027")
  monthFirst,       // 04/13/2027 (United States)
  dayFirst,         // 13/04/2027 (United Kingdom, most of Europe)
};

// A moment in UTC, to the second. Text without a time is midnight; text without an offset is
// taken as UTC.
struct DateTime {
  int64_t seconds = 0;  // since 1970-01-01T00:00:00Z
  bool hasTime = false;
  int64_t day() const;  // days since 1970-01-01 (floor)
};

// Accepted forms, after trimming spaces:
//   2027-01-31   2027/01/31                       (year first: never ambiguous)
//   2027-01-31 09:30   2027-01-31 09:30:15        (a space or T before the time; seconds may have
//   2027-01-31T09:30:15.250Z   …+02:00  …+0200   …-05   …Z   … UTC   fractions, which are dropped)
//   31.01.2027 [09:30[:15]]                       (dots: always day first)
//   01/31/2027, 31/01/2027 [9:30[:15]] [AM|PM]    (slashes: see SlashDates)
// An offset converts the time to UTC. Returns the time, or a message saying what is wrong
// ("expected a date like 2027-01-31 or 2027-01-31 09:30").
std::variant<DateTime, std::string> parseDateTime(std::string_view text, SlashDates slashDates);

// "2027-01-31" for a day number.
std::string dayText(int64_t day);

}  // namespace gp
