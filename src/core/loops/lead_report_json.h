// The lead report as JSON for `growthplan feedback report --json` (shape in docs/lead-feedback-report.md).
#pragma once

#include <nlohmann/json.hpp>

#include "core/loops/lead_report.h"

namespace gp {

// {periods: [{period, handedOver, accepted, rejected, recycled, open, acceptanceRate,
//   followUp: {touched, medianHours, p90Hours}}], byCampaign: [{campaign, handedOver, ...,
//   acceptanceRate}], bySource: [{source, ...}], reasons: [{reason, count, share}]}; null where a
// rate or time has nothing to measure.
nlohmann::ordered_json leadReportJson(const LeadReport&);

}  // namespace gp
