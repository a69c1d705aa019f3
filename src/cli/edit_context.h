// Who and when, for commands that change a plan: the CLI edits as "growthplan CLI", now.
#pragma once

#include <cstdint>
#include <string>

#include "core/history.h"

namespace gp::cli {

inline constexpr const char* kCliAuthor = "growthplan CLI";

std::string utcNow();  // "2027-01-05T09:30:00Z"
uint64_t freshSeed();  // for new ids
EditContext cliEditContext();

}  // namespace gp::cli
