// The flag on a campaign card when sales rejects the campaign's leads far more than average
// (campaignRejectionFlags in core/loops/lead_report.h).
#pragma once

#include <string>

#include "core/session/history.h"

namespace gp::ui {

// Draws the flag (a warning pill with the rates, labelled "Leads rejected far more than
// average##lead-flag-<campaign id>") when the campaign is flagged; nothing otherwise.
void leadRejectionFlag(const History& history, const std::string& campaignId);

}  // namespace gp::ui
