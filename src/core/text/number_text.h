// Numbers as people type and read them: "1.2M", "30k", "1,200,000", "20%" in; "1,200,000",
// "EUR 1,200,000", "20%", "12.5%" out. Pure functions, no locale.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gp {

struct ParsedNumber {
  std::optional<double> value;  // absent when the text is not a number
  std::string error;            // why, e.g. "“abc” is not a number"; empty when value is set
};

// Accepts an optional sign, digits with optional "," thousands separators and one "." decimal
// point, then optionally one suffix: k (thousand), M or m (million), bn or B (billion), or %
// (hundredths: "20%" is 0.2). Surrounding spaces are ignored. Never returns NaN or infinity.
ParsedNumber parseNumber(std::string_view text);

// A conversion rate or share: "20%" and "0.2" both give 0.2 (a plain number is a fraction).
ParsedNumber parseRate(std::string_view text);

// "1,200,000"; "1,234.5" with decimals up to `maxDecimals`, trailing zeros dropped. NaN and
// infinity are shown as "—".
std::string formatNumber(double value, int maxDecimals = 0);
// A count already rounded by requiredCount: "4,000".
std::string formatCount(double count);
// "EUR 1,200,000" (whole amounts) or "EUR 1,234.50"; without a currency code just the number.
std::string formatMoney(double amount, std::string_view currency);
// A fraction as a percentage: 0.2 -> "20%", 0.125 -> "12.5%" (up to `maxDecimals` decimals).
std::string formatPercent(double fraction, int maxDecimals = 1);

}  // namespace gp
