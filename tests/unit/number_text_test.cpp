#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "core/text/number_text.h"
#include "core/text/rounding.h"

using namespace gp;

namespace {

double parsed(const char* text) {
  const ParsedNumber result = parseNumber(text);
  REQUIRE_MESSAGE(result.value.has_value(), text << ": " << result.error);
  return *result.value;
}

std::string errorOf(const char* text) {
  const ParsedNumber result = parseNumber(text);
  CHECK_FALSE(result.value.has_value());
  return result.error;
}

}  // namespace

TEST_CASE("numbers are read the way people type them") {
  CHECK(parsed("1200000") == 1200000);
  CHECK(parsed("1,200,000") == 1200000);
  CHECK(parsed("1.2M") == 1200000);
  CHECK(parsed("1.2m") == 1200000);
  CHECK(parsed("30k") == 30000);
  CHECK(parsed("30 K") == 30000);
  CHECK(parsed("1.5bn") == 1500000000);
  CHECK(parsed("20%") == 0.2);
  CHECK(parsed("12.5%") == 0.125);
  CHECK(parsed("0.2") == 0.2);
  CHECK(parsed(".5") == 0.5);
  CHECK(parsed("  -5 ") == -5);
  CHECK(parsed("+7") == 7);
  CHECK(parsed("1,234.5") == 1234.5);
  CHECK(parsed("0") == 0);
  CHECK_FALSE(std::signbit(parsed("-0")));
  CHECK(parseRate("20%").value == 0.2);
  CHECK(parseRate("0.2").value == 0.2);
}

TEST_CASE("text that is not a number is reported, never read as NaN or infinity") {
  CHECK(errorOf("") == "enter a number");
  CHECK(errorOf("   ") == "enter a number");
  CHECK(errorOf("abc") == "“abc” is not a number");
  CHECK(errorOf("1,2") == "“1,2” is not a number (use , only between groups of three digits, and . for decimals)");
  CHECK(errorOf("12,34,567") == "“12,34,567” is not a number (use , only between groups of three digits)");
  CHECK(errorOf("5 apples") == "“5 apples” is not a number (allowed after the number: k, M, bn or %)");
  CHECK(errorOf("1.2.3") == "“1.2.3” is not a number (allowed after the number: k, M, bn or %)");
  CHECK(errorOf("nan") == "“nan” is not a number");
  CHECK(errorOf("inf") == "“inf” is not a number");
  CHECK(errorOf("1e5") == "“1e5” is not a number (allowed after the number: k, M, bn or %)");
  CHECK(errorOf("-") == "“-” is not a number");
  CHECK(errorOf("%") == "“%” is not a number");
  CHECK(errorOf(std::string(400, '9').c_str()).find("is too large") != std::string::npos);
  CHECK(errorOf("2000000bn") == "“2000000bn” is too large");
}

TEST_CASE("numbers are shown with thousands separators, money with its currency, rates as percentages") {
  CHECK(formatNumber(1200000) == "1,200,000");
  CHECK(formatNumber(999) == "999");
  CHECK(formatNumber(1000) == "1,000");
  CHECK(formatNumber(-1234567) == "-1,234,567");
  CHECK(formatNumber(1234.5, 2) == "1,234.5");
  CHECK(formatNumber(999.999, 2) == "1,000");
  CHECK(formatNumber(-0.0001, 0) == "0");
  CHECK(formatNumber(std::nan("")) == "—");
  CHECK(formatNumber(std::numeric_limits<double>::infinity()) == "—");
  CHECK(formatCount(4000) == "4,000");
  CHECK(formatMoney(1200000, "EUR") == "EUR 1,200,000");
  CHECK(formatMoney(1234.5, "EUR") == "EUR 1,234.50");
  CHECK(formatMoney(-50, "USD") == "USD -50");
  CHECK(formatMoney(30000, "") == "30,000");
  CHECK(formatPercent(0.2) == "20%");
  CHECK(formatPercent(0.125) == "12.5%");
  CHECK(formatPercent(0.9) == "90%");
  CHECK(formatPercent(1.0 / 3, 2) == "33.33%");
}

TEST_CASE("counts are the exact value rounded up, forgiving floating-point noise") {
  CHECK(350 / 0.35 != 1000.0);  // the noise this rule exists for
  CHECK(requiredCount(350 / 0.35) == 1000);
  CHECK(requiredCount(1000) == 1000);
  CHECK(requiredCount(999.9999999999) == 1000);
  CHECK(requiredCount(1000.001) == 1001);
  CHECK(requiredCount(0.1) == 1);
  CHECK(requiredCount(1e-12) == 0);
  CHECK(requiredCount(2.5) == 3);
  CHECK(requiredCount(0) == 0);
  CHECK(requiredCount(-3) == 0);
  CHECK(requiredCount(std::nan("")) == 0);
  CHECK(requiredCount(std::numeric_limits<double>::infinity()) == 0);
  CHECK(requiredCount(1e6 + 0.5) == 1e6 + 1);
  CHECK(affordableCount(2399.99) == 2399);
  CHECK(affordableCount(120000 / 50.0) == 2400);
  CHECK(affordableCount(-1) == 0);
}
