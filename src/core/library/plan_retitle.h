// Renaming or duplicating a plan of the library that is not open: the plan is read into a session
// of its own, so the new title is stamped and recorded like any edit (who, when, version clocks)
// and a tab that has the plan open merges the change in.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "core/library/library.h"
#include "core/session/plan_session.h"

namespace gp {

struct RetitledPlan {
  std::string json;
  LibraryFacts facts;
};

// The plan `text` with its title set to `title` by `editor`; or why the text is not a plan.
std::variant<RetitledPlan, std::string> retitlePlan(std::string_view text, const std::string& title, uint64_t idSeed,
                                                     NowFunction now, Editor editor);

}  // namespace gp
