// On a campaign's card: the delivered collateral linked to it (CollateralRequest::campaignIds),
// each with what sales thinks of it, and sales's rating of the campaign itself.
#pragma once

#include <string>

#include "app_state.h"

namespace gp::ui {

// Items are labelled "<title>##campaign-collateral-<campaign id>-<request id>".
void campaignFeedback(UiContext& ui, const std::string& campaignId);

}  // namespace gp::ui
