// Checks of the growth assumptions, each reported on the field it concerns, so the UI can show it
// next to that field and the calculations never see a value that would give NaN or infinity.
#pragma once

#include <string>
#include <vector>

#include "core/model/document.h"
#include "core/growth/growth.h"
#include "core/growth/plan_period.h"

namespace gp {

struct ValidationIssue {
  std::string field;    // path as in the file, e.g. "growth.stages[2].conversionRate"
  std::string message;  // e.g. "conversion rate must be more than 0% and at most 100%"
  bool operator==(const ValidationIssue&) const = default;
};

// "growth.stages[2].conversionRate: conversion rate must be more than 0% and at most 100%"
std::string describe(const ValidationIssue&);

// Every problem in `assumptions` for a plan of `period`; empty when the waterfall, capacity and
// budget can be computed. `fieldPrefix` names where the assumptions live ("growth", or
// "growth.scenarios[0].assumptions").
std::vector<ValidationIssue> validateAssumptions(const GrowthAssumptions&, const PlanPeriod&,
                                                 const std::string& fieldPrefix = "growth");

// The whole document's growth section: the assumptions, every scenario's, links from stages to
// glossary terms that no longer exist, and a plan period the calculations cannot use.
std::vector<ValidationIssue> validateGrowth(const Document&, const PlanPeriod&);

}  // namespace gp
