// Stable unique ids for entities: random, short, URL-safe.
#pragma once

#include <cstdint>
#include <random>
#include <string>

namespace gp {

class IdGenerator {
 public:
  explicit IdGenerator(uint64_t seed) : engine_(seed) {}
  std::string next();  // 12 chars of [a-z0-9], ~62 bits of randomness

 private:
  std::mt19937_64 engine_;
};

}  // namespace gp
