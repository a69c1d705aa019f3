// What the waterfall asks of one funnel stage in each period: the target an SLA commitment linked
// to that stage defaults to, and what campaigns' MQLs are compared with.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/document.h"
#include "core/growth/waterfall.h"

namespace gp {

// Required count of stage `stageIndex` per period of `waterfall` (same order as its periods), each
// rounded up from its exact value (rounding.h). With `marketingSourcedOnly`, only the sources that
// are marketing-sourced count; when the plan has no such source (or no sources at all), every
// source does. Empty when the waterfall could not be computed or the stage does not exist.
std::vector<double> requiredPerPeriod(const WaterfallResult& waterfall, const GrowthAssumptions&, size_t stageIndex,
                                      bool marketingSourcedOnly);

// The index of the stage with id `stageId`, if any.
std::optional<size_t> stageIndexOf(const GrowthAssumptions&, const std::string& stageId);

// The MQL stage: the one called "MQL" or linked to a glossary term called "MQL" (or with that
// alias), ignoring case; otherwise the second stage of a funnel of at least three stages.
std::optional<size_t> mqlStageIndex(const GrowthAssumptions&, const std::vector<GlossaryTerm>& glossary);

}  // namespace gp
