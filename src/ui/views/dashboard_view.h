// Dashboard: the plan at a glance, as charts: the funnel, target against capacity and budget,
// what each period needs, and the channel mix.
#pragma once

#include <memory>

#include "ui/app_state.h"

namespace gp::ui {

std::unique_ptr<View> makeDashboardView();

}  // namespace gp::ui
