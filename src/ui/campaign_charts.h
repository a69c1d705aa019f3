// The campaign pictures, drawn with ImDrawList: the campaigns as bars on a month axis across the
// plan period, and the campaigns' expected MQLs against what the waterfall needs, per period.
// Hovering shows the exact numbers.
#pragma once

#include <imgui.h>

#include <string>

#include "core/campaigns/campaigns.h"
#include "core/model/document.h"
#include "core/growth/plan_period.h"

namespace gp::ui {

// The colour of a channel in charts and chips, readable in both themes.
ImVec4 channelColor(CampaignChannel channel);

// One row per campaign (bar from start to end, coloured by its first channel); campaigns without
// usable dates are listed as "not scheduled".
void drawCampaignTimeline(const Document& doc, const PlanPeriod& period, float width);

// Per period: expected (bar) against required (marker), with the shortfall coloured.
void drawMqlCoverageChart(const MqlCoverage& coverage, float width);

// Budget and expected leads per channel as two stacked horizontal bars with a legend.
void drawChannelMix(const ChannelMix& mix, const std::string& currency, float width);

}  // namespace gp::ui
