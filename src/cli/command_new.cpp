// growthplan new [-o FILE]: a new empty plan, stamped with the current UTC time.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>

#include "commands.h"
#include "core/format.h"
#include "core/history.h"
#include "file_io.h"

namespace gp::cli {

namespace {

constexpr const char* kCliAuthor = "growthplan CLI";

// "2027-01-05T09:30:00Z"
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

}  // namespace

int runNew(const Arguments& arguments) {
  std::string outputPath;
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (arguments[i] == "-o" || arguments[i] == "--output") {
      if (i + 1 >= arguments.size()) return usageError("new: " + arguments[i] + " needs a FILE");
      outputPath = arguments[++i];
    } else {
      return usageError("new: unexpected argument '" + arguments[i] + "'");
    }
  }

  IdGenerator ids(freshSeed());
  const std::string text = saveDocument(newDocument(ids, EditContext{kCliAuthor, utcNow()}));
  if (outputPath.empty()) {
    std::cout << text;
    return kExitOk;
  }
  std::error_code error;
  if (std::filesystem::exists(outputPath, error)) {
    std::cerr << outputPath << ": already exists (not overwritten)\n";
    return kExitProblem;
  }
  if (!replaceFile(outputPath, text)) {
    std::cerr << outputPath << ": cannot write file\n";
    return kExitUsage;
  }
  std::cout << outputPath << ": created\n";
  return kExitOk;
}

}  // namespace gp::cli
