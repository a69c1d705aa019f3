#include "core/growth/growth.h"

namespace gp {

GrowthAssumptions defaultGrowthAssumptions() {
  GrowthAssumptions a;
  a.target = 1200000;
  a.averageDealSize = 30000;
  a.stages = {
      {"stage-lead", "Lead", "", 0.2},
      {"stage-mql", "MQL", "", 0.4},
      {"stage-sql", "SQL", "", 0.5},
      {"stage-opportunity", "Opportunity", "", 0.25},
      {"stage-won", "Won", "", 0},
  };
  a.periods = PeriodGranularity::quarterly;
  a.sources = {
      {"source-marketing", "Marketing-sourced", 0.6, true, {}},
      {"source-sales", "Sales-sourced", 0.4, false, {}},
  };
  a.salesCycleDays = 90;
  a.openPipeline = 0;
  a.capacity = SalesCapacity{4, 300000, {}};
  // 60% of 4,000 leads at 50 per lead: the default budget exactly pays for the default plan.
  a.budget = MarketingBudget{120000, {{"channel-all", "All channels", 50, 1}}};
  return a;
}

const char* periodGranularityName(PeriodGranularity granularity) {
  return granularity == PeriodGranularity::monthly ? "monthly" : "quarterly";
}

const char* periodGranularityLabel(PeriodGranularity granularity) {
  return granularity == PeriodGranularity::monthly ? "Monthly" : "Quarterly";
}

std::optional<PeriodGranularity> periodGranularityFromName(std::string_view name) {
  if (name == "monthly") return PeriodGranularity::monthly;
  if (name == "quarterly") return PeriodGranularity::quarterly;
  return std::nullopt;
}

double rateFor(const GrowthAssumptions& assumptions, const LeadSource& source, size_t stageIndex) {
  if (stageIndex >= assumptions.stages.size()) return 0;
  const FunnelStage& stage = assumptions.stages[stageIndex];
  for (const auto& own : source.ownRates)
    if (own.stageId == stage.id) return own.rate;
  return stage.conversionRate;
}

}  // namespace gp
