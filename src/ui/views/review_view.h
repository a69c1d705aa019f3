// Review: what awaits which team's sign-off, comment threads on any part of the plan, and the
// plan-wide activity feed filtered by team and day.
#pragma once

#include <memory>

#include "ui/app_state.h"

namespace gp::ui {

std::unique_ptr<View> makeReviewView();

// Opens the place where `target` is edited (a section, a term, the SLA, a campaign...).
void openTarget(UiContext& ui, const std::string& target);

}  // namespace gp::ui
