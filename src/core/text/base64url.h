// Base64url without padding (RFC 4648 §5): bytes as text that links carry unchanged.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gp {

std::string toBase64Url(std::string_view bytes);
// nullopt when `text` holds a character outside [A-Za-z0-9_-] or has an impossible length.
std::optional<std::string> fromBase64Url(std::string_view text);

}  // namespace gp
