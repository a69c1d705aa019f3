#include "plan_period.h"

#include <cstdio>

#include "validation.h"

namespace gp {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
long long daysFromCivil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

void civilFromDays(long long z, long long& y, unsigned& m, unsigned& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<long long>(yoe) + era * 400 + (m <= 2);
}

std::string formatDate(long long y, unsigned m, unsigned d) {
  char text[40];
  std::snprintf(text, sizeof text, "%04lld-%02u-%02u", y, m, d);
  return text;
}

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
      slots.push_back(PeriodSlot{labelOf(year, month, granularity), formatDate(year, static_cast<unsigned>(month), 1), index, 0});
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
  if (!isValidDate(date)) return {};
  const long long z = daysFromCivil(number(date, 0, 4), static_cast<unsigned>(number(date, 5, 2)),
                                    static_cast<unsigned>(number(date, 8, 2))) + days;
  long long y;
  unsigned m, d;
  civilFromDays(z, y, m, d);
  return formatDate(y, m, d);
}

}  // namespace gp
