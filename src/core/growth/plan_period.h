// The months a plan covers and how they split into periods ("2027-Q1", "2027-01").
#pragma once

#include <string>
#include <vector>

#include "core/model/document.h"
#include "core/growth/growth.h"

namespace gp {

// Whole months: the plan starts on the first day of startMonth of startYear.
struct PlanPeriod {
  int startYear = 2027;
  int startMonth = 1;  // 1..12
  int months = 12;
  bool operator==(const PlanPeriod&) const = default;
};

inline constexpr int kMaxPlanMonths = 120;

// From plan.periodStart / periodEnd: the month of periodStart through the month of periodEnd.
// Without a usable periodEnd, 12 months from periodStart; without a periodStart, the calendar year
// `fallbackYear` (callers pass the current year).
PlanPeriod planPeriodOf(const PlanInfo&, int fallbackYear);

// One period of the plan, e.g. 2027-Q1: a calendar quarter or month (the first and last quarter
// are shorter when the plan does not start or end on a quarter boundary).
struct PeriodSlot {
  std::string label;      // "2027-Q1" or "2027-01"
  std::string startDate;  // first day inside the plan, "2027-01-01"
  int firstMonth = 0;     // months since the plan's start, from 0
  int months = 0;         // months of the plan inside this period
};

std::vector<PeriodSlot> periodSlots(const PlanPeriod&, PeriodGranularity);

// The label of the period containing `date` (YYYY-MM-DD), e.g. "2026-Q4" for 2026-10-03.
std::string periodLabelOfDate(const std::string& date, PeriodGranularity);

// `date` moved by `days` (negative: earlier), across months and years: ("2027-01-01", -90) is "2026-10-03".
std::string addDays(const std::string& date, int days);

}  // namespace gp
