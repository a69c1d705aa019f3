// The summary's numbers: the shared goal worked back through the funnel (waterfall.h) and the
// service level agreement's commitments with their latest status (sla.h).
#include <cstdlib>

#include "core/growth/plan_period.h"
#include "core/growth/waterfall.h"
#include "core/outcome/summary_model.h"
#include "core/sla/sla.h"
#include "core/text/number_text.h"

namespace gp {

namespace {

PlanPeriod periodOf(const Document& doc, const SummaryOptions& options) {
  const int year = options.today.size() >= 4 ? std::atoi(options.today.substr(0, 4).c_str()) : 0;
  return planPeriodOf(doc.plan, year > 0 ? year : 2027);
}

std::string nowOf(const SummaryOptions& options) {
  return options.nowIso.empty() ? options.today + "T00:00:00Z" : options.nowIso;
}

SummaryFigures goalFigures(const GrowthAssumptions& a, const WaterfallResult& waterfall, const std::string& currency) {
  SummaryFigures figures = {{"Revenue target", formatMoney(a.target, currency)},
                            {"Average deal size", formatMoney(a.averageDealSize, currency)}};
  if (waterfall.ok() && !waterfall.total.required.empty()) {
    figures.push_back({"Deals to win", formatCount(waterfall.total.required.back())});
    figures.push_back({"Top of funnel (" + waterfall.stageNames.front() + ")", formatCount(waterfall.total.required.front())});
  }
  if (a.salesCycleDays > 0) figures.push_back({"Sales cycle", std::to_string(a.salesCycleDays) + " days"});
  if (a.openPipeline > 0) figures.push_back({"Open pipeline at start", formatMoney(a.openPipeline, currency)});
  return figures;
}

SummaryTable funnelTable(const GrowthAssumptions& a, const WaterfallResult& waterfall) {
  SummaryTable table = figureTable("The funnel: what the goal needs at each stage",
                                   {"Stage", "Converts to the next stage", "Needed over the plan"});
  for (size_t i = 0; i < waterfall.stageNames.size(); ++i) {
    const bool last = i + 1 == waterfall.stageNames.size();
    const std::string rate = last || i >= a.stages.size() ? "—" : formatPercent(a.stages[i].conversionRate);
    table.rows.push_back({{waterfall.stageNames[i]}, {rate}, {formatCount(waterfall.total.required[i])}});
  }
  return table;
}

// Periods as rows (a monthly plan has twelve), stages as columns.
SummaryTable periodTable(const WaterfallResult& waterfall, const std::string& currency) {
  std::vector<std::string> columns = {"Period", "Revenue"};
  for (const auto& name : waterfall.stageNames) columns.push_back(name);
  columns.push_back("Enter the funnel in");
  SummaryTable table = figureTable("Per period", std::move(columns));
  table.numeric.back() = false;
  for (const auto& period : waterfall.periods) {
    std::vector<SummaryCell> row = {{period.slot.label}, {formatMoney(period.revenue, currency)}};
    for (double count : period.counts.required) row.push_back({formatCount(count)});
    row.push_back({period.leadsCreatedIn, SummaryTone::muted});
    table.rows.push_back(std::move(row));
  }
  return table;
}

SummaryTable sourceTable(const WaterfallResult& waterfall, const std::string& currency) {
  SummaryTable table = figureTable("Per source", {"Source", "Share", "Revenue", waterfall.stageNames.front(),
                                                  waterfall.stageNames.back()});
  for (const auto& source : waterfall.sources)
    table.rows.push_back({{source.name},
                          {formatPercent(source.share)},
                          {formatMoney(source.revenue, currency)},
                          {formatCount(source.counts.required.front())},
                          {formatCount(source.counts.required.back())}});
  return table;
}

SummaryTone toneOf(SlaStatus status) {
  switch (status) {
    case SlaStatus::met: return SummaryTone::good;
    case SlaStatus::atRisk: return SummaryTone::warning;
    case SlaStatus::missed: return SummaryTone::bad;
    case SlaStatus::noData: break;
  }
  return SummaryTone::muted;
}

// The period the status speaks of: the latest with an actual, else the first (for its target).
const PeriodScore* statusPeriod(const CommitmentScore& score) {
  for (const auto& period : score.periods)
    if (period.slot.label == score.latestPeriod) return &period;
  return score.periods.empty() ? nullptr : &score.periods.front();
}

void addCommitments(SummaryTable& table, const Document& doc, const TeamScorecard& card) {
  for (const auto& score : card.commitments) {
    const Commitment& commitment = doc.commitments[score.index];
    const PeriodScore* period = statusPeriod(score);
    const double target = period ? period->target : commitment.target;
    std::string actual = "—";
    if (period && period->actual)
      actual = formatMetricValue(*period->actual, commitment.unit, doc.plan.currency) + " in " + period->slot.label;
    table.rows.push_back({{teamLabel(card.team), teamTone(card.team)},
                          {commitment.metric.empty() ? std::string("(unnamed commitment)") : commitment.metric},
                          {std::string(directionLabel(commitment.direction)) + " " +
                           formatMetricValue(target, commitment.unit, doc.plan.currency)},
                          {actual},
                          {slaStatusLabel(score.status), toneOf(score.status)}});
  }
}

std::string tally(const TeamScorecard& card) {
  std::string text = std::string(teamLabel(card.team)) + ": " + std::to_string(card.met) + " met, " +
                     std::to_string(card.atRisk) + " at risk, " + std::to_string(card.missed) + " missed";
  if (card.noData > 0) text += ", " + std::to_string(card.noData) + " without actuals";
  return text;
}

}  // namespace

SummarySection goalSection(const Document& doc, const SummaryOptions& options) {
  SummarySection section{"goal", "Shared goal and funnel", {}};
  const GrowthAssumptions& a = doc.growth.assumptions;
  const WaterfallResult waterfall = computeWaterfall(a, periodOf(doc, options));
  section.blocks.push_back(goalFigures(a, waterfall, doc.plan.currency));
  if (!waterfall.ok()) {
    section.blocks.push_back(SummaryParagraph{
        "The funnel cannot be worked out until the goal's assumptions are fixed: " +
            describe(waterfall.issues.front()) + ".",
        SummaryTone::warning});
    return section;
  }
  section.blocks.push_back(funnelTable(a, waterfall));
  section.blocks.push_back(periodTable(waterfall, doc.plan.currency));
  if (!a.sources.empty()) section.blocks.push_back(sourceTable(waterfall, doc.plan.currency));
  return section;
}

SummarySection slaSection(const Document& doc, const SummaryOptions& options) {
  SummarySection section{"sla", "Service level agreement", {}};
  if (doc.commitments.empty()) {
    section.blocks.push_back(SummaryParagraph{"No commitments yet.", SummaryTone::muted});
    return section;
  }
  const SlaScorecards cards = scoreSla(doc, periodOf(doc, options), nowOf(options));
  section.blocks.push_back(SummaryParagraph{tally(cards.marketing) + ". " + tally(cards.sales) + "."});
  SummaryTable table{"What each team commits to, and the latest period measured",
                     {"Team", "Commitment", "Target", "Latest actual", "Status"},
                     {false, false, true, true, false},
                     {}};
  addCommitments(table, doc, cards.marketing);
  addCommitments(table, doc, cards.sales);
  section.blocks.push_back(std::move(table));
  return section;
}

}  // namespace gp
