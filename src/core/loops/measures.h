// The actual a commitment's measure gives for one period (Commitment::measure), computed from the
// loops' data: lead feedback for acceptance and follow-up, collateral requests for turnaround.
#pragma once

#include <optional>
#include <string>

#include "core/model/document.h"

namespace gp {

// For the days firstDay..lastDay (YYYY-MM-DD, inclusive), at `nowIso` (ISO 8601 UTC: a request
// still waiting for an answer counts with its wait so far); nullopt when the period has nothing to
// measure (no decided or touched leads, no requests or no delivered ones) or the measure is typed.
std::optional<double> measuredActual(const Document&, CommitmentMeasure, const std::string& firstDay,
                                     const std::string& lastDay, const std::string& nowIso);

// Where a measure's numbers come from, for people: "lead feedback", "collateral requests"; "" when typed.
const char* measureSource(CommitmentMeasure);

// The unit and direction a measure's numbers have (acceptance: percent, at least; follow-up:
// hours, at most; requests: days, at most), for choosing a measure in the app.
MetricUnit measureUnit(CommitmentMeasure);
Direction measureDirection(CommitmentMeasure);

}  // namespace gp
