// FNV-1a, 64 bits: a fingerprint of texts, not a defence against someone forging content.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gp {

struct Fingerprint {
  uint64_t hash = 14695981039346656037ULL;
  void add(std::string_view text) {
    for (unsigned char c : text) {
      hash ^= c;
      hash *= 1099511628211ULL;
    }
    hash ^= 0xFF;  // separator, so "ab"+"c" differs from "a"+"bc"
    hash *= 1099511628211ULL;
  }
  std::string hex() const {  // 16 lowercase hex digits
    static const char* digits = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 0; i < 16; ++i) out[15 - i] = digits[(hash >> (4 * i)) & 0xF];
    return out;
  }
};

}  // namespace gp
