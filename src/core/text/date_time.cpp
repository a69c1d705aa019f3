#include "core/text/date_time.h"

#include <chrono>
#include <optional>
#include <utility>

#include "core/text/calendar.h"
#include "core/text/text_trim.h"

namespace gp {

namespace {

constexpr const char* kExpected = "expected a date like 2027-01-31 or 2027-01-31 09:30";

// Reads text left to right; every read either advances and succeeds or leaves the position alone.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}
  bool atEnd() const { return at_ >= text_.size(); }
  char peek() const { return atEnd() ? '\0' : text_[at_]; }
  bool take(char c) {
    if (peek() != c) return false;
    ++at_;
    return true;
  }
  // Between minDigits and maxDigits decimal digits.
  std::optional<int> number(size_t minDigits, size_t maxDigits) {
    size_t end = at_;
    int value = 0;
    while (end < text_.size() && end - at_ < maxDigits && text_[end] >= '0' && text_[end] <= '9')
      value = value * 10 + (text_[end++] - '0');
    if (end - at_ < minDigits) return std::nullopt;
    at_ = end;
    return value;
  }
  void skipDigits() {
    while (peek() >= '0' && peek() <= '9') ++at_;
  }
  void skipSpaces() {
    while (peek() == ' ') ++at_;
  }
  // A word, ignoring ASCII case.
  bool takeWord(std::string_view word) {
    if (text_.size() - at_ < word.size()) return false;
    for (size_t i = 0; i < word.size(); ++i)
      if ((text_[at_ + i] | 0x20) != word[i]) return false;
    at_ += word.size();
    return true;
  }

 private:
  std::string_view text_;
  size_t at_ = 0;
};

struct ClockTime {
  int hour = 0, minute = 0, second = 0;
};

std::optional<ClockTime> readClock(Scanner& in, bool allowAmPm) {
  ClockTime clock;
  const auto hour = in.number(1, 2);
  if (!hour || !in.take(':')) return std::nullopt;
  const auto minute = in.number(2, 2);
  if (!minute) return std::nullopt;
  clock.hour = *hour;
  clock.minute = *minute;
  if (in.take(':')) {
    const auto second = in.number(2, 2);
    if (!second) return std::nullopt;
    clock.second = *second;
    if (in.take('.') || in.take(',')) in.skipDigits();
  }
  if (allowAmPm) {
    in.skipSpaces();
    const bool am = in.takeWord("am"), pm = !am && in.takeWord("pm");
    if (am || pm) {
      if (clock.hour < 1 || clock.hour > 12) return std::nullopt;
      clock.hour = clock.hour % 12 + (pm ? 12 : 0);
    }
  }
  if (clock.hour > 23 || clock.minute > 59 || clock.second > 60) return std::nullopt;
  if (clock.second == 60) clock.second = 59;  // a leap second stays in its minute
  return clock;
}

// "Z", "+02:00", "+0200", "-05", " UTC", " GMT" → seconds east of UTC; 0 when none is written.
std::optional<int> readOffset(Scanner& in) {
  if (in.take('Z') || in.take('z')) return 0;
  in.skipSpaces();
  if (in.takeWord("utc") || in.takeWord("gmt")) return 0;
  const bool plus = in.take('+'), minus = !plus && in.take('-');
  if (!plus && !minus) return 0;
  const auto hours = in.number(2, 2);
  if (!hours) return std::nullopt;
  in.take(':');
  const int minutes = in.number(2, 2).value_or(0);
  if (*hours > 14 || minutes > 59) return std::nullopt;
  return (plus ? 1 : -1) * (*hours * 3600 + minutes * 60);
}

std::optional<int64_t> dayOf(int year, int month, int day) {
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  if (year < 1 || !date.ok()) return std::nullopt;
  return dayNumber(date);
}

std::string monthName(int month) {
  static const char* const kNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
  return kNames[month - 1];
}

// After a date's first number: "<1–2 digits><separator><last>" (separator `a` or `b`; the last
// part has minLast to maxLast digits), as the pair (middle, last).
std::optional<std::pair<int, int>> restOfDate(Scanner& in, char a, char b, size_t minLast, size_t maxLast) {
  const auto middle = in.number(1, 2);
  const bool separated = middle && (in.take(a) || in.take(b));
  const auto last = separated ? in.number(minLast, maxLast) : std::nullopt;
  if (!last) return std::nullopt;
  return std::pair<int, int>{*middle, *last};
}

}  // namespace

int64_t DateTime::day() const { return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400); }

std::string dayText(int64_t day) {
  return formatDate(std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{day}}});
}

std::variant<DateTime, std::string> parseDateTime(std::string_view text, SlashDates slashDates) {
  const std::string_view input = trimmed(text);
  const std::string quoted = "\"" + std::string(input) + "\"";
  Scanner in(input);
  int year = 0, month = 0, day = 0;
  bool slashes = false;
  if (const auto first = in.number(1, 4)) {
    if (*first >= 1000 && (in.take('-') || in.take('/'))) {
      // Year first.
      const auto rest = restOfDate(in, '-', '/', 1, 2);
      if (!rest) return kExpected + std::string(", not ") + quoted;
      year = *first;
      month = rest->first;
      day = rest->second;
    } else if (*first <= 31 && in.take('.')) {
      // Dots: day first.
      const auto rest = restOfDate(in, '.', '.', 4, 4);
      if (!rest) return kExpected + std::string(", not ") + quoted;
      day = *first;
      month = rest->first;
      year = rest->second;
    } else if (*first <= 31 && in.take('/')) {
      const auto rest = restOfDate(in, '/', '/', 4, 4);
      if (!rest) return kExpected + std::string(", not ") + quoted;
      const std::optional<int> second = rest->first;
      slashes = true;
      year = rest->second;
      SlashDates order = slashDates;
      if (order == SlashDates::unambiguousOnly) {
        if (*first > 12 && *second <= 12) order = SlashDates::dayFirst;
        else if (*second > 12 && *first <= 12) order = SlashDates::monthFirst;
        else if (*first <= 12 && *second <= 12 && *first != *second)
          return quoted + " could be " + std::to_string(*first) + " " + monthName(*second) + " or " +
                 std::to_string(*second) + " " + monthName(*first) +
                 ": say whether dates are written month first or day first";
        else order = SlashDates::monthFirst;  // the same either way, or wrong either way
      }
      month = order == SlashDates::monthFirst ? *first : *second;
      day = order == SlashDates::monthFirst ? *second : *first;
    } else {
      return kExpected + std::string(", not ") + quoted;
    }
  } else {
    return kExpected + std::string(", not ") + quoted;
  }
  const auto dayNumberValue = month >= 1 && month <= 12 ? dayOf(year, month, day) : std::nullopt;
  if (!dayNumberValue) return quoted + " is not a date in the calendar";

  DateTime time;
  time.seconds = *dayNumberValue * 86400;
  if (in.atEnd()) return time;
  if (!in.take('T') && !in.take('t')) {
    if (!in.take(' ')) return kExpected + std::string(", not ") + quoted;
    in.skipSpaces();
  }
  const auto clock = readClock(in, slashes);
  if (!clock) return "expected a time like 09:30 after the date, not " + quoted;
  const auto offset = readOffset(in);
  if (!offset || !in.atEnd()) return "expected a time like 09:30 or 09:30:00Z after the date, not " + quoted;
  time.hasTime = true;
  time.seconds += clock->hour * 3600 + clock->minute * 60 + clock->second - *offset;
  return time;
}

}  // namespace gp
