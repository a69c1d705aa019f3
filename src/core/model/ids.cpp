// Ids are 12 base-36 digits drawn from one 64-bit sample. Done by hand rather than with
// std::uniform_int_distribution so a seed yields the same ids on every standard library.
#include "core/model/ids.h"

#include <limits>

namespace gp {

namespace {

constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
constexpr uint64_t kBase = 36;
constexpr int kIdLength = 12;

constexpr uint64_t power(uint64_t base, int exponent) {
  uint64_t result = 1;
  for (int i = 0; i < exponent; ++i) result *= base;
  return result;
}

constexpr uint64_t kIdSpace = power(kBase, kIdLength);
// Largest multiple of kIdSpace that fits in 64 bits: samples above it are redrawn to avoid bias.
constexpr uint64_t kUnbiasedLimit = std::numeric_limits<uint64_t>::max() / kIdSpace * kIdSpace;

}  // namespace

std::string IdGenerator::next() {
  uint64_t sample = engine_();
  while (sample >= kUnbiasedLimit) sample = engine_();
  std::string id(kIdLength, 'a');
  for (auto& digit : id) {
    digit = kAlphabet[sample % kBase];
    sample /= kBase;
  }
  return id;
}

}  // namespace gp
