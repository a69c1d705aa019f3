// A command's big results are left for the operating system to take back when the process
// ends: freeing a 10,000-term plan's ~150,000 strings and vectors one by one costs tens of
// milliseconds that a short-lived command does not need to spend. Held from a global, so leak
// checkers see them as reachable rather than lost.
#pragma once

#include <utility>
#include <vector>

namespace gp::cli {

namespace exit_memory_detail {
struct Held {
  virtual ~Held() = default;
};
template <typename T>
struct HeldValue final : Held {
  explicit HeldValue(T v) : value(std::move(v)) {}
  T value;
};
inline std::vector<Held*>* held = nullptr;  // never freed, on purpose
}  // namespace exit_memory_detail

template <typename T>
void leaveForExit(T value) {
  using namespace exit_memory_detail;
  if (!held) held = new std::vector<Held*>();
  held->push_back(new HeldValue<T>(std::move(value)));
}

// Keeps freed memory in the process for the next file instead of returning it to the system and
// taking page faults for it again (glibc; elsewhere nothing changes).
void keepFreedMemory();

}  // namespace gp::cli
