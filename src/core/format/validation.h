// Field formats the file format requires; public so editors can check input before storing it
// (a Document holding an invalid value saves fine but will not load again).
#pragma once

#include <string_view>

namespace gp {

bool isValidDate(std::string_view text);          // "2027-01-31", a real calendar date
bool isValidTimestamp(std::string_view text);     // "2027-01-31T09:30:00Z" (UTC, whole seconds)
bool isValidCurrencyCode(std::string_view text);  // three capital letters, e.g. "EUR"

}  // namespace gp
