#include "core/format/validation.h"

#include "core/text/calendar.h"

namespace gp {

namespace {

// Parses exactly `length` digits starting at `offset`; -1 when any of them is not a digit.
int digitsAt(std::string_view text, size_t offset, size_t length) {
  if (offset + length > text.size()) return -1;
  int value = 0;
  for (size_t i = offset; i < offset + length; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

bool isValidDate(std::string_view text) { return parseDate(text).has_value(); }

bool isValidTimestamp(std::string_view text) {
  if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
    return false;
  if (!isValidDate(text.substr(0, 10))) return false;
  const int hour = digitsAt(text, 11, 2), minute = digitsAt(text, 14, 2), second = digitsAt(text, 17, 2);
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

bool isValidCurrencyCode(std::string_view text) {
  if (text.size() != 3) return false;
  for (char c : text)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

}  // namespace gp
