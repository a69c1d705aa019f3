// Strings handed to the page's JavaScript, which frees them with _gp_free_string.
#pragma once

#include <cstdlib>
#include <cstring>
#include <string>

namespace gp::web {

inline char* copyString(const std::string& text) {
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}

}  // namespace gp::web
