// Win/loss: how often closed deals are won, and why, against whom, in which segment and period.
// Only entries of kind "deal" count; renewal, upsell and cross-sell entries are insight for
// marketing's loyalty and content work, not part of the win rate.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/growth/plan_period.h"
#include "core/model/document.h"

namespace gp {

// Closed deals by outcome. Every deal is decided: "no decision" counts as not won.
struct WinLossCounts {
  int won = 0;
  int lost = 0;
  int noDecision = 0;
  int decided() const { return won + lost + noDecision; }
  // won ÷ decided; nullopt when nothing was decided.
  std::optional<double> winRate() const;
  void add(DealOutcome outcome);
  bool operator==(const WinLossCounts&) const = default;
};

// Deals sharing an outcome and a primary reason ("" when none was given).
struct ReasonTally {
  DealOutcome outcome = DealOutcome::won;
  std::string reason;
  int count = 0;
  double amount = 0;
};

// Deals sharing a competitor or a segment ("" for deals that name none). Names are grouped
// ignoring case and surrounding spaces; `name` is the first spelling met.
struct GroupTally {
  std::string name;
  WinLossCounts counts;
  double wonAmount = 0;
};

// One period of the plan ("2027-Q1"), by the deals' close dates.
struct PeriodTally {
  std::string period;
  WinLossCounts counts;
  double wonAmount = 0;
};

// Sort orders (stable and tested):
//  - byReason: outcome (won, lost, no decision), then count (largest first), then amount (largest
//    first), then reason by name ignoring case; deals without a reason come last in their outcome.
//  - byCompetitor, bySegment: decided deals (most first), then name ignoring case; the group of
//    deals naming none comes last.
//  - byPeriod: the plan's periods in time order, every period listed (empty ones too).
struct WinLossReport {
  WinLossCounts totals;
  double wonAmount = 0;
  double lostAmount = 0;
  std::vector<ReasonTally> byReason;
  std::vector<GroupTally> byCompetitor;
  std::vector<GroupTally> bySegment;
  std::vector<PeriodTally> byPeriod;
  int withoutDate = 0;   // deals without a close date (in no period)
  int outsidePlan = 0;   // deals closed before or after the plan's periods
  int insights = 0;      // entries of any kind with "what marketing should know" text
  int insightsUsed = 0;  // ...that marketing marked as used
  int deals() const { return totals.decided(); }
};

WinLossReport winLossReport(const Document& doc, const PlanPeriod& period, PeriodGranularity granularity);
// The report of `doc` over its own plan period and period granularity (`fallbackYear` as in
// planPeriodOf, for plans without a start date).
WinLossReport winLossReport(const Document& doc, int fallbackYear);

// {deals, won, lost, noDecision, winRate, byReason: [{outcome, reason, count, amount}],
//  byCompetitor: [{competitor, won, lost, noDecision, winRate}], bySegment: [{segment, ...}]};
// winRate is null when no deal was decided.
nlohmann::ordered_json winLossJson(const WinLossReport& report);

}  // namespace gp
