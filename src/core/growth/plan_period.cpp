#include "core/growth/plan_period.h"

#include <cstdio>

#include "core/text/calendar.h"
#include "core/format/validation.h"

namespace gp {

namespace {

std::string labelOf(long long year, int month, PeriodGranularity granularity) {
  char text[40];
  if (granularity == PeriodGranularity::quarterly)
    std::snprintf(text, sizeof text, "%04lld-Q%d", year, (month - 1) / 3 + 1);
  else
    std::snprintf(text, sizeof text, "%04lld-%02d", year, month);
  return text;
}

int number(const std::string& text, size_t offset, size_t length) { return std::stoi(text.substr(offset, length)); }

}  // namespace

PlanPeriod planPeriodOf(const PlanInfo& plan, int fallbackYear) {
  PlanPeriod period;
  if (!isValidDate(plan.periodStart)) {
    period.startYear = fallbackYear;
    return period;
  }
  period.startYear = number(plan.periodStart, 0, 4);
  period.startMonth = number(plan.periodStart, 5, 2);
  if (isValidDate(plan.periodEnd)) {
    const int endYear = number(plan.periodEnd, 0, 4), endMonth = number(plan.periodEnd, 5, 2);
    const int months = (endYear * 12 + endMonth) - (period.startYear * 12 + period.startMonth) + 1;
    if (months >= 1) period.months = months;
  }
  return period;
}

std::vector<PeriodSlot> periodSlots(const PlanPeriod& period, PeriodGranularity granularity) {
  std::vector<PeriodSlot> slots;
  const int months = period.months < 0 ? 0 : period.months > kMaxPlanMonths ? kMaxPlanMonths : period.months;
  for (int index = 0; index < months; ++index) {
    const int absolute = period.startYear * 12 + (period.startMonth - 1) + index;
    const int year = absolute / 12, month = absolute % 12 + 1;
    const bool startsSlot = slots.empty() || granularity == PeriodGranularity::monthly || (month - 1) % 3 == 0;
    if (startsSlot) {
      slots.push_back(PeriodSlot{labelOf(year, month, granularity), formatDate(std::chrono::year{year} / month / 1), index, 0});
    }
    ++slots.back().months;
  }
  return slots;
}

std::string periodLabelOfDate(const std::string& date, PeriodGranularity granularity) {
  if (!isValidDate(date)) return {};
  return labelOf(number(date, 0, 4), number(date, 5, 2), granularity);
}

std::string addDays(const std::string& date, int days) {
  using namespace std::chrono;
  const std::optional<year_month_day> start = parseDate(date);
  if (!start) return {};
  // Dates have four-digit years; adding in long long first keeps a huge `days` from overflowing.
  constexpr long long kFirstDay = sys_days{year{1} / January / 1}.time_since_epoch().count();
  constexpr long long kLastDay = sys_days{year{9999} / December / 31}.time_since_epoch().count();
  const long long moved = dayNumber(*start) + days;
  if (moved < kFirstDay || moved > kLastDay) return {};
  return formatDate(year_month_day{sys_days{std::chrono::days{moved}}});
}

}  // namespace gp
