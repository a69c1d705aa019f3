#include "core/attribution/attribution_reading.h"

#include <array>
#include <chrono>
#include <cstring>

#include "core/attribution/attribution_data.h"
#include "core/text/text_trim.h"
#include "core/text/utf8.h"

namespace gp::attribution_reading {

namespace {

constexpr size_t kSampleRecords = 64;  // rows measured to estimate how many a file holds

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// The bytes that end an unquoted cell (or are an error in one): one lookup per byte.
constexpr auto kSpecial = [] {
  std::array<bool, 256> special{};
  for (const char c : {',', '\n', '\r', '"'}) special[static_cast<unsigned char>(c)] = true;
  return special;
}();

// Where the record after `maxRecords` records from `from` starts, without touching the text.
size_t recordsEnd(std::string_view text, size_t from, size_t maxRecords) {
  bool quoted = false;
  size_t records = 0;
  for (size_t i = from; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (++records == maxRecords) return i + 1;
    }
  }
  return text.size();
}

// The part around the number: spaces, a sign or accounting parentheses, and a currency: a
// three-letter code, "$" (also "US$", "A$"), or one symbol such as € £ ¥. Not "k" or "M": a
// CRM writes amounts in full, and "12.5k" must not read as 12.5.
bool readCurrencyPart(std::string_view part, bool& negative) {
  size_t letters = 0, symbolBytes = 0;
  bool dollar = false;
  for (const char c : part) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '-' || c == '(' || c == ')') negative = true;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++letters;
    else if (byte >= 0x80) ++symbolBytes;
    else if (c == '$') dollar = true;
    else if (c != ' ' && c != '+') return false;
  }
  return (letters == 0 || letters == 3 || (dollar && letters <= 2)) && symbolBytes <= 4;
}

}  // namespace

std::string quote(std::string_view text) {
  std::string clean;
  for (size_t i = 0; i < text.size();) {
    const size_t length = utf8SequenceLength(text, i);
    clean += length == 0 ? std::string_view("\xEF\xBF\xBD") : text.substr(i, length);
    i += length == 0 ? 1 : length;
  }
  return "\"" + truncateUtf8(clean, 60) + "\"";
}

std::string withThousands(int64_t value) {
  std::string digits = std::to_string(value);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<size_t>(i), ",");
  return digits;
}

RecordRead readRecord(std::string& text, size_t& at, std::vector<std::string_view>& cells, SyntaxError& error) {
  cells.clear();
  const size_t size = text.size();
  if (at >= size) return RecordRead::end;
  char* data = text.data();
  size_t i = at;
  while (true) {
    if (i < size && data[i] == '"') {
      const size_t start = ++i;
      size_t write = start;
      while (true) {
        const void* found = i < size ? std::memchr(data + i, '"', size - i) : nullptr;
        if (!found) {
          error = {cells.size() + 1, "the quoted cell is never closed (a quote is missing)"};
          return RecordRead::error;
        }
        const auto quoteAt = static_cast<size_t>(static_cast<const char*>(found) - data);
        if (write != i) std::memmove(data + write, data + i, quoteAt - i);
        write += quoteAt - i;
        if (quoteAt + 1 < size && data[quoteAt + 1] == '"') {
          data[write++] = '"';
          i = quoteAt + 2;
          continue;
        }
        i = quoteAt + 1;
        break;
      }
      if (i < size && data[i] != ',' && data[i] != '\n' && data[i] != '\r') {
        error = {cells.size() + 1, "text after the closing quote; put the whole cell in quotes and double any quote inside it"};
        return RecordRead::error;
      }
      cells.emplace_back(data + start, write - start);
    } else {
      const size_t start = i;
      while (i < size && !kSpecial[static_cast<unsigned char>(data[i])]) ++i;
      if (i < size && data[i] == '"') {
        error = {cells.size() + 1,
                 "a quote inside a cell that does not start with one; put the whole cell in quotes and double the quote"};
        return RecordRead::error;
      }
      cells.emplace_back(data + start, i - start);
    }
    if (i < size && data[i] == ',') {
      ++i;
      continue;
    }
    if (i < size) i += data[i] == '\r' && i + 1 < size && data[i + 1] == '\n' ? 2 : 1;
    at = i;
    return RecordRead::record;
  }
}

// Room for all the rows is made at once, so no step copies a million touches to grow a list.
size_t estimateRecords(std::string_view text, size_t bodyStart) {
  if (bodyStart >= text.size()) return 0;
  const size_t sampleEnd = recordsEnd(text, bodyStart, kSampleRecords);
  size_t sampled = 0;
  for (size_t at = bodyStart; at < sampleEnd && sampled < kSampleRecords; ++sampled) at = recordsEnd(text, at, 1);
  const size_t rowBytes = std::max<size_t>(1, (sampleEnd - bodyStart) / std::max<size_t>(1, sampled));
  return std::min<size_t>((text.size() - bodyStart) / rowBytes * 21 / 20 + 16, 50'000'000);
}

bool isBlankRecord(const std::vector<std::string_view>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](std::string_view cell) { return isBlank(cell); });
}

std::variant<DateTime, std::string> readDateTime(std::string_view text, SlashDates slashDates) {
  const auto digits = [&](size_t at, size_t count, int& value) {
    value = 0;
    for (size_t i = at; i < at + count; ++i) {
      if (!isDigit(text[i])) return false;
      value = value * 10 + (text[i] - '0');
    }
    return true;
  };
  const size_t size = text.size();
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  const bool date = (size == 10 || size == 16 || size == 19 || (size == 20 && text[19] == 'Z')) && text[4] == '-' &&
                    text[7] == '-' && digits(0, 4, year) && digits(5, 2, month) && digits(8, 2, day) && year >= 1000;
  // Only a recognised date has a length that keeps every index below in range.
  const bool time = date && (size == 10 || ((text[10] == ' ' || text[10] == 'T') && text[13] == ':' && digits(11, 2, hour) &&
                                   digits(14, 2, minute) && (size == 16 || (text[16] == ':' && digits(17, 2, second)))));
  if (!date || !time || hour > 23 || minute > 59 || second > 59) return parseDateTime(text, slashDates);
  const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                        std::chrono::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return parseDateTime(text, slashDates);  // for its message
  DateTime parsed;
  parsed.seconds = static_cast<int64_t>(std::chrono::sys_days{ymd}.time_since_epoch().count()) * 86400 + hour * 3600 +
                   minute * 60 + second;
  parsed.hasTime = size > 10;
  return parsed;
}

std::variant<int64_t, std::string> parseAmount(std::string_view text) {
  // Messages are made only when needed: a million amounts are read.
  const auto notAmount = [&] { return quote(text) + " is not an amount; expected a number like 12500 or 12,500.50"; };
  const auto tooLarge = [&] { return quote(text) + " is too large; an amount goes up to " + withThousands(kMaxAmountUnits); };
  size_t first = 0, last = text.size();
  while (first < text.size() && !isDigit(text[first]) && text[first] != '.') ++first;
  while (last > first && !isDigit(text[last - 1])) --last;
  if (first >= last) return notAmount();
  bool negative = false;
  if (!readCurrencyPart(text.substr(0, first), negative) || !readCurrencyPart(text.substr(last), negative)) return notAmount();

  const std::string_view number = text.substr(first, last - first);
  int64_t units = 0;
  size_t i = 0, groupLength = 0;
  bool sawComma = false, sawDigit = false;
  for (; i < number.size() && number[i] != '.'; ++i) {
    const char c = number[i];
    if (isDigit(c)) {
      units = units * 10 + (c - '0');
      if (units > kMaxAmountUnits) return tooLarge();
      ++groupLength;
      sawDigit = true;
    } else if (c == ',' && sawDigit && (sawComma ? groupLength == 3 : groupLength <= 3)) {
      sawComma = true;
      groupLength = 0;
    } else {
      return notAmount();
    }
  }
  if (sawComma && groupLength != 3) return notAmount();
  int64_t fraction = 0;
  if (i < number.size()) {  // the decimal point
    size_t decimals = 0;
    for (++i; i < number.size(); ++i, ++decimals) {
      const char c = number[i];
      if (!isDigit(c)) return notAmount();
      if (decimals < 6) fraction = fraction * 10 + (c - '0');
      else if (decimals == 6 && c >= '5') fraction += 1;  // half up, on the first digit dropped
      sawDigit = true;
    }
    for (; decimals < 6; ++decimals) fraction *= 10;
  }
  if (!sawDigit) return notAmount();
  const int64_t micros = units * kMicrosPerUnit + fraction;
  if (negative && micros != 0) return quote(text) + " is negative; an amount is 0 or more";
  if (micros > kMaxAmountUnits * kMicrosPerUnit) return tooLarge();
  return micros;
}

}  // namespace gp::attribution_reading
