// Numbers as people type them ("1.2M", "30k", "1,200,000", "20%"): any text parses to a finite
// number within range or to an explanation, and what formatNumber / formatPercent show parses
// back to the same number (up to the decimals shown).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/text/number_text.h"
#include "fuzz_support.h"

namespace {

using gp::fuzz::require;

double parsedOrFail(const std::string& text, const char* what) {
  const gp::ParsedNumber parsed = gp::parseNumber(text);
  require(parsed.value.has_value(), what, text + ": " + parsed.error);
  return *parsed.value;
}

void requireRoundTrips(double value) {
  const std::string shown = std::to_string(value);
  for (int decimals = 0; decimals <= 9; ++decimals) {
    const std::string text = gp::formatNumber(value, decimals);
    const double back = parsedOrFail(text, "formatNumber's text does not parse");
    // Off by at most half the last decimal shown, plus the double's own rounding.
    const double tolerance = 0.5 * std::pow(10.0, -decimals) * (1 + 1e-9) + std::fabs(value) * 1e-15;
    require(std::fabs(back - value) <= tolerance, "formatNumber's text parses to another number", shown + " -> " + text);
    require(gp::formatNumber(back, decimals) == text, "formatNumber of its own parsed text differs", shown + " -> " + text);
  }
  if (std::fabs(value) <= 1e12) {  // as a percentage the number is 100 times larger
    const std::string percent = gp::formatPercent(value, 9);
    const double back = parsedOrFail(percent, "formatPercent's text does not parse");
    require(std::fabs(back - value) <= 0.5e-11 * (1 + 1e-9) + std::fabs(value) * 1e-14,
            "formatPercent's text parses to another number", shown + " -> " + percent);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const gp::ParsedNumber parsed = gp::parseNumber(text);
  if (!parsed.value) {
    require(!parsed.error.empty(), "a refused number has no reason", text);
    return 0;
  }
  const double value = *parsed.value;
  require(parsed.error.empty(), "a parsed number carries an error", text);
  require(std::isfinite(value) && std::fabs(value) <= 1e15, "parsed number out of range", text);
  const gp::ParsedNumber spaced = gp::parseNumber(" " + text + " ");
  require(spaced.value == parsed.value, "surrounding spaces change the number", text);
  requireRoundTrips(value);
  return 0;
}
