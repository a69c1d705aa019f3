#include "edit_context.h"

#include <chrono>
#include <cstdio>
#include <random>

namespace gp::cli {

std::string utcNow() {
  using namespace std::chrono;
  const auto now = floor<seconds>(system_clock::now());
  const auto day = floor<days>(now);
  const year_month_day date(day);
  const hh_mm_ss time(now - day);
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return text;
}

uint64_t freshSeed() {
  std::random_device device;
  const auto clock = static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
  return (static_cast<uint64_t>(device()) << 32 ^ device()) ^ clock;
}

PlanSession cliSession() {
  return PlanSession(freshSeed(), utcNow, Editor{kCliAuthor, std::nullopt});
}

}  // namespace gp::cli
