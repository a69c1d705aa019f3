// Campaigns: what marketing runs and sales follows up, on a calendar across the plan period, with
// their MQLs per period against what the waterfall needs and a warning when one channel carries
// most of the budget or leads.
#pragma once

#include <memory>

#include "ui/app_state.h"

namespace gp::ui {

std::unique_ptr<View> makeCampaignsView();

}  // namespace gp::ui
