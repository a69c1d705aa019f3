// The shared goal and its assumptions: the revenue target, the funnel it flows through, how it is
// split over periods and sources, and the capacity and budget behind it. Plain data, no behaviour;
// calculations live in waterfall.h, capacity.h and budget.h, checks in growth_validation.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gp {

// Rates and shares are fractions (0.2 is 20%); money is in the plan's currency.

// One step of the funnel, e.g. "MQL". `conversionRate` is the share of this stage that reaches the
// next one; the last stage (usually "Won") has none and its value is ignored.
struct FunnelStage {
  std::string id;              // unique among the stages
  std::string name;            // "Lead", "MQL", ...
  std::string glossaryTermId;  // the glossary term that defines the stage; empty when not linked
  double conversionRate = 0;
  bool operator==(const FunnelStage&) const = default;
};

// A source's own conversion rate from one stage (by stage id) to the next.
struct SourceRate {
  std::string stageId;
  double rate = 0;
  bool operator==(const SourceRate&) const = default;
};

// Where deals come from, e.g. "Marketing-sourced" 60%. Shares of all sources add up to 1.
struct LeadSource {
  std::string id;  // unique among the sources
  std::string name;
  double share = 0;
  bool marketingSourced = false;  // its leads are paid from the marketing budget
  std::vector<SourceRate> ownRates;  // overrides of the funnel's rates for this source
  bool operator==(const LeadSource&) const = default;
};

enum class PeriodGranularity { monthly, quarterly };

// A rep hired during the plan: sells from `startMonth` (1 = the plan's first month), reaching full
// quota after `rampMonths` (month k of the ramp, k = 1..rampMonths, sells k / (rampMonths + 1)).
struct NewHire {
  std::string id;  // unique among the new hires
  std::string name;
  int startMonth = 1;
  int rampMonths = 0;
  bool operator==(const NewHire&) const = default;
};

struct SalesCapacity {
  int reps = 0;             // quota-carrying reps at full productivity from the start
  double quotaPerRep = 0;   // per rep for the whole plan period
  std::vector<NewHire> newHires;
  bool operator==(const SalesCapacity&) const = default;
};

// A marketing channel: what one lead costs and its share of the marketing-sourced leads.
struct Channel {
  std::string id;  // unique among the channels
  std::string name;
  double costPerLead = 0;
  double share = 0;
  bool operator==(const Channel&) const = default;
};

struct MarketingBudget {
  double amount = 0;  // marketing budget for the plan period
  std::vector<Channel> channels;
  bool operator==(const MarketingBudget&) const = default;
};

// Everything the waterfall, capacity and budget checks are computed from. A scenario holds a
// full copy of these.
struct GrowthAssumptions {
  double target = 0;           // new-business revenue for the plan period
  double averageDealSize = 0;
  std::vector<FunnelStage> stages;  // first stage first; the last one is the won deal
  PeriodGranularity periods = PeriodGranularity::quarterly;
  std::vector<double> periodWeights;  // empty: each period weighs its number of months; else one per period
  std::vector<LeadSource> sources;    // empty: one implicit source with the funnel's rates
  int salesCycleDays = 0;      // from a lead entering the funnel to the won deal
  double openPipeline = 0;     // value of the pipeline already open at the start
  SalesCapacity capacity;
  MarketingBudget budget;
  bool operator==(const GrowthAssumptions&) const = default;
};

// The defaults a new plan (and an upgraded version-1 file) starts from: 1,200,000 target,
// 30,000 per deal, Lead → MQL → SQL → Opportunity → Won at 20% / 40% / 50% / 25%, quarterly,
// 90-day cycle, 60% marketing-sourced and 40% sales-sourced.
GrowthAssumptions defaultGrowthAssumptions();

const char* periodGranularityName(PeriodGranularity);   // "monthly", "quarterly"
const char* periodGranularityLabel(PeriodGranularity);  // "Monthly", "Quarterly"
std::optional<PeriodGranularity> periodGranularityFromName(std::string_view);

// The conversion rate from stage `stageIndex` to the next for `source` (its own rate when it has
// one, otherwise the funnel's).
double rateFor(const GrowthAssumptions&, const LeadSource& source, size_t stageIndex);

}  // namespace gp
