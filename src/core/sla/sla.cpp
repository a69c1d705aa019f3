#include "core/sla/sla.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "core/loops/measures.h"
#include "core/text/number_text.h"
#include "core/growth/stage_targets.h"
#include "core/text/text_trim.h"
#include "core/growth/waterfall.h"

namespace gp {

namespace {

constexpr double kMaxValue = 1e15;

}  // namespace

SlaStatus slaStatus(Direction direction, double target, double actual) {
  if (!std::isfinite(target) || !std::isfinite(actual)) return SlaStatus::noData;
  const double tolerance = 1e-9 * std::max(1.0, std::fabs(target));
  const double margin = kAtRiskMargin * std::fabs(target);
  // How far the actual is on the wrong side of the target (0 or less: on the right side).
  const double shortfall = direction == Direction::atLeast ? target - actual : actual - target;
  if (shortfall <= tolerance) return SlaStatus::met;
  if (shortfall <= margin + tolerance) return SlaStatus::atRisk;
  return SlaStatus::missed;
}

const char* slaStatusName(SlaStatus status) {
  switch (status) {
    case SlaStatus::noData: return "no-data";
    case SlaStatus::met: return "met";
    case SlaStatus::atRisk: return "at-risk";
    case SlaStatus::missed: return "missed";
  }
  return "no-data";
}

const char* slaStatusLabel(SlaStatus status) {
  switch (status) {
    case SlaStatus::noData: return "No actual yet";
    case SlaStatus::met: return "Met";
    case SlaStatus::atRisk: return "At risk";
    case SlaStatus::missed: return "Missed";
  }
  return "No actual yet";
}

namespace {

// The first day after the plan's last month, "2028-01-01" for a plan of 2027.
std::string dayAfter(const PlanPeriod& period) {
  const int monthIndex = period.startMonth - 1 + period.months;
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-01", period.startYear + monthIndex / 12, monthIndex % 12 + 1);
  return text;
}

}  // namespace

SlaScorecards scoreSla(const Document& doc, const PlanPeriod& period, const std::string& nowIso) {
  const GrowthAssumptions& a = doc.growth.assumptions;
  SlaScorecards cards;
  cards.periods = periodSlots(period, a.periods);
  cards.marketing.team = Team::marketing;
  cards.sales.team = Team::sales;
  const WaterfallResult waterfall = computeWaterfall(a, period);

  for (size_t i = 0; i < doc.commitments.size(); ++i) {
    const Commitment& commitment = doc.commitments[i];
    CommitmentScore score;
    score.index = i;
    std::vector<double> linked;
    if (const auto stage = stageIndexOf(a, commitment.stageId)) {
      linked = requiredPerPeriod(waterfall, a, *stage, commitment.owner == Team::marketing);
      if (linked.size() == cards.periods.size()) score.targetStage = a.stages[*stage].name;
      else linked.clear();
    }
    for (size_t p = 0; p < cards.periods.size(); ++p) {
      PeriodScore periodScore;
      periodScore.slot = cards.periods[p];
      periodScore.target = linked.empty() ? commitment.target : linked[p];
      for (const auto& actual : commitment.actuals)
        if (actual.period == periodScore.slot.label) periodScore.actual = actual.value;
      if (!periodScore.actual && commitment.measure != CommitmentMeasure::typed) {
        const std::string lastDay = addDays(p + 1 < cards.periods.size() ? cards.periods[p + 1].startDate : dayAfter(period), -1);
        periodScore.actual = measuredActual(doc, commitment.measure, periodScore.slot.startDate, lastDay, nowIso);
        periodScore.measured = periodScore.actual.has_value();
      }
      if (periodScore.actual) {
        periodScore.status = slaStatus(commitment.direction, periodScore.target, *periodScore.actual);
        score.status = periodScore.status;
        score.latestPeriod = periodScore.slot.label;
        score.met += periodScore.status == SlaStatus::met;
        score.atRisk += periodScore.status == SlaStatus::atRisk;
        score.missed += periodScore.status == SlaStatus::missed;
      }
      score.periods.push_back(std::move(periodScore));
    }
    TeamScorecard* team = commitment.owner == Team::marketing ? &cards.marketing
                          : commitment.owner == Team::sales   ? &cards.sales
                                                              : nullptr;
    if (!team) continue;  // reported by validateCommitments
    team->met += score.status == SlaStatus::met;
    team->atRisk += score.status == SlaStatus::atRisk;
    team->missed += score.status == SlaStatus::missed;
    team->noData += score.status == SlaStatus::noData;
    team->commitments.push_back(std::move(score));
  }
  return cards;
}

std::vector<ValidationIssue> validateCommitments(const Document& doc, const PlanPeriod& period) {
  std::vector<ValidationIssue> issues;
  const auto add = [&](std::string field, std::string message) { issues.push_back({std::move(field), std::move(message)}); };
  const auto slots = periodSlots(period, doc.growth.assumptions.periods);
  std::set<std::string> labels;
  for (const auto& slot : slots) labels.insert(slot.label);
  const std::string range = slots.empty() ? std::string() : slots.front().label + " to " + slots.back().label;

  const auto checkValue = [&](const std::string& field, double value, MetricUnit unit) {
    if (!(value >= 0)) add(field, "must be 0 or more");
    else if (unit == MetricUnit::percent && value > 1) add(field, "must be at most 100%");
    else if (value > kMaxValue) add(field, "must be at most " + formatNumber(kMaxValue));
  };

  for (size_t i = 0; i < doc.commitments.size(); ++i) {
    const Commitment& c = doc.commitments[i];
    const std::string item = "commitments[" + std::to_string(i) + "]";
    if (c.owner != Team::marketing && c.owner != Team::sales) add(item + ".owner", "must be marketing or sales");
    if (isBlank(c.metric)) add(item + ".metric", "say what is measured, e.g. MQLs delivered per quarter");
    checkValue(item + ".target", c.target, c.unit);
    if (!c.stageId.empty() && !stageIndexOf(doc.growth.assumptions, c.stageId))
      add(item + ".stageId", "the funnel stage this commitment was linked to no longer exists; its own target applies");
    std::set<std::string> seen;
    for (size_t j = 0; j < c.actuals.size(); ++j) {
      const PeriodActual& actual = c.actuals[j];
      const std::string field = item + ".actuals[" + std::to_string(j) + "]";
      if (!labels.count(actual.period))
        add(field + ".period", "“" + actual.period + "” is not a period of this plan (" + range + ")");
      else if (!seen.insert(actual.period).second)
        add(field + ".period", "“" + actual.period + "” has a value already");
      checkValue(field + ".value", actual.value, c.unit);
    }
  }
  return issues;
}

std::string formatMetricValue(double value, MetricUnit unit, const std::string& currency) {
  switch (unit) {
    case MetricUnit::count: return formatNumber(value, 1);
    case MetricUnit::percent: return formatPercent(value, 1);
    case MetricUnit::hours: return formatNumber(value, 1) + " h";
    case MetricUnit::days: return formatNumber(value, 1) + (value == 1 ? " day" : " days");
    case MetricUnit::money: return formatMoney(value, currency);
  }
  return formatNumber(value, 1);
}

}  // namespace gp
