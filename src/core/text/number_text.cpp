#include "core/text/number_text.h"

#include <cerrno>
#include <clocale>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/text/text_trim.h"

namespace gp {

namespace {

constexpr double kLargestNumber = 1e15;  // beyond any plan; keeps every later sum finite

bool isDigit(char c) { return c >= '0' && c <= '9'; }

ParsedNumber failure(std::string_view text, const std::string& why) {
  return ParsedNumber{std::nullopt, "“" + std::string(text) + "” " + why};
}

// The power of ten a suffix stands for ("e6" for M), or nullptr when it is not one. Applying it as
// an exponent keeps "1.2M" exactly 1200000 and "20%" exactly 0.2, with no multiplication noise.
const char* suffixExponent(std::string_view suffix) {
  if (suffix.empty()) return "e0";
  if (suffix == "k" || suffix == "K") return "e3";
  if (suffix == "m" || suffix == "M") return "e6";
  if (suffix == "b" || suffix == "B" || suffix == "bn" || suffix == "Bn" || suffix == "BN") return "e9";
  if (suffix == "%") return "e-2";
  return nullptr;
}

}  // namespace

ParsedNumber parseNumber(std::string_view original) {
  const std::string_view text = trimmed(original);
  if (text.empty()) return ParsedNumber{std::nullopt, "enter a number"};
  size_t i = 0;
  bool negative = false;
  if (text[i] == '+' || text[i] == '-') negative = text[i++] == '-';

  // Digits, with "," separating groups of exactly three, then an optional fraction.
  std::string digits;
  size_t groupLength = 0;
  bool sawComma = false, sawDigit = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (isDigit(c)) {
      digits += c;
      ++groupLength;
      sawDigit = true;
    } else if (c == ',') {
      if (!sawDigit || (sawComma && groupLength != 3) || (!sawComma && groupLength > 3))
        return failure(text, "is not a number (use , only between groups of three digits)");
      sawComma = true;
      groupLength = 0;
    } else {
      break;
    }
  }
  if (sawComma && groupLength != 3)
    return failure(text, "is not a number (use , only between groups of three digits, and . for decimals)");
  if (i < text.size() && text[i] == '.') {
    digits += '.';
    ++i;
    for (; i < text.size() && isDigit(text[i]); ++i) {
      digits += text[i];
      sawDigit = true;
    }
  }
  if (!sawDigit) return failure(text, "is not a number");

  const std::string_view suffix = trimmed(text.substr(i));
  const char* exponent = suffixExponent(suffix);
  if (!exponent) return failure(text, "is not a number (allowed after the number: k, M, bn or %)");
  digits += exponent;

  // strtod, not std::from_chars: the emscripten toolchain's libc++ has no floating-point from_chars.
  // The text is only digits, '.', 'e' and a sign here; adapt '.' in case a locale with ',' is set.
  if (const char* point = std::localeconv()->decimal_point; point && point[0] != '.' && point[0] != '\0')
    for (char& c : digits)
      if (c == '.') c = point[0];
  errno = 0;
  char* end = nullptr;
  double value = std::strtod(digits.c_str(), &end);
  if (end != digits.c_str() + digits.size()) return failure(text, "is not a number");
  if ((errno == ERANGE && std::fabs(value) > 1) || !(value <= kLargestNumber)) return failure(text, "is too large");
  if (negative && value != 0) value = -value;
  if (!std::isfinite(value)) return failure(text, "is too large");
  return ParsedNumber{value, {}};
}

ParsedNumber parseRate(std::string_view text) { return parseNumber(text); }

std::string formatNumber(double value, int maxDecimals) {
  if (!std::isfinite(value)) return "—";
  if (maxDecimals < 0) maxDecimals = 0;
  if (maxDecimals > 9) maxDecimals = 9;
  char buffer[400];
  std::snprintf(buffer, sizeof buffer, "%.*f", maxDecimals, std::fabs(value));
  std::string plain = buffer;
  std::string fraction;
  if (const auto dot = plain.find('.'); dot != std::string::npos) {
    fraction = plain.substr(dot + 1);
    plain.resize(dot);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  }
  std::string grouped;
  for (size_t k = 0; k < plain.size(); ++k) {
    if (k > 0 && (plain.size() - k) % 3 == 0) grouped += ',';
    grouped += plain[k];
  }
  const bool isZero = grouped.find_first_not_of("0,") == std::string::npos && fraction.empty();
  std::string result = (value < 0 && !isZero) ? "-" : "";
  result += grouped;
  if (!fraction.empty()) result += "." + fraction;
  return result;
}

std::string formatCount(double count) { return formatNumber(count, 0); }

std::string formatMoney(double amount, std::string_view currency) {
  std::string number;
  if (std::isfinite(amount) && std::fabs(amount - std::round(amount)) < 0.005) {
    number = formatNumber(amount, 0);
  } else {
    number = formatNumber(amount, 2);
    const auto dot = number.find('.');
    if (dot != std::string::npos && number.size() - dot == 2) number += '0';  // "1,234.5" -> "1,234.50"
  }
  return currency.empty() ? number : std::string(currency) + " " + number;
}

std::string formatPercent(double fraction, int maxDecimals) {
  if (!std::isfinite(fraction)) return "—";
  return formatNumber(fraction * 100, maxDecimals) + "%";
}

}  // namespace gp
