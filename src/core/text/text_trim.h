// Blank and trimmed text: spaces, tabs and line breaks at either end do not count.
#pragma once

#include <string_view>

namespace gp {

// `text` without leading and trailing spaces, tabs, carriage returns and newlines (a view into it).
std::string_view trimmed(std::string_view text);

// True when `text` is empty or only spaces, tabs, carriage returns and newlines.
bool isBlank(std::string_view text);

}  // namespace gp
