// Merging a colleague's copy, and the conflicts it left: both values side by side, one click to keep either.
#pragma once

#include <memory>

#include "ui/app_state.h"

namespace gp::ui {

std::unique_ptr<View> makeConflictsView();

}  // namespace gp::ui
