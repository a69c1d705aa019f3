// Growth plan: the shared goal's assumptions worked back through the funnel, with the period,
// source, capacity and budget checks and what-if scenarios.
#pragma once

#include <memory>

#include "ui/app_state.h"

namespace gp::ui {

std::unique_ptr<View> makeGrowthView();

}  // namespace gp::ui
