// Who and when, for commands that change a plan: the CLI edits as "growthplan CLI", now, through
// the same plan session as the app.
#pragma once

#include <cstdint>
#include <string>

#include "core/session/plan_session.h"

namespace gp::cli {

inline constexpr const char* kCliAuthor = "growthplan CLI";

std::string utcNow();  // "2027-01-05T09:30:00Z"
uint64_t freshSeed();  // for new ids
// A plan session for one run of a command that edits: its own replica, edits by kCliAuthor.
PlanSession cliSession();

}  // namespace gp::cli
