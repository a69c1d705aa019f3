// Service level agreement: what marketing and sales promise each other, side by side, with the
// actuals of each period and whether each promise was met, is at risk or was missed.
#pragma once

#include <memory>

#include "ui/app_state.h"

namespace gp::ui {

std::unique_ptr<View> makeSlaView();

}  // namespace gp::ui
