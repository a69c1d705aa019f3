// What became of the leads marketing handed to sales: the plan's lead days (loops.h) rolled up
// into the plan's periods, per campaign and per source, the rejection reasons and the follow-up
// times. `growthplan feedback report`, the Lead feedback view and the SLA's computed actuals all
// read these numbers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/document.h"

namespace gp {

// Acceptance rate = accepted ÷ (accepted + rejected + recycled); open leads are not decided yet.
struct LeadOutcomes {
  int64_t handedOver = 0, accepted = 0, rejected = 0, recycled = 0, open = 0;
  int64_t decided() const { return accepted + rejected + recycled; }
  std::optional<double> acceptanceRate() const;  // nullopt when nothing was decided
  std::optional<double> rejectionRate() const;   // rejected ÷ decided; nullopt when nothing was decided
};

// Hours from hand-over to sales's first touch, over the leads that were touched. Percentiles are
// nearest-rank (p90 = the value at rank ⌈0.9·n⌉ of the sorted list); the median of an even count
// is the mean of the two middle values. Both nullopt when nothing was touched.
struct FollowUpTimes {
  int64_t touched = 0;
  std::optional<double> medianHours, p90Hours;
};

// The numbers of a day range, for SLA commitments measured from lead feedback.
struct LeadStats {
  int64_t handedOver = 0, accepted = 0, rejected = 0, recycled = 0, open = 0;
  std::optional<double> acceptanceRate;
  int64_t touched = 0;
  std::optional<double> medianHours, p90Hours;
};

// The lead days from `firstDay` to `lastDay` (YYYY-MM-DD, both inclusive).
LeadStats leadStatsBetween(const Document&, const std::string& firstDay, const std::string& lastDay);

struct LeadPeriodRow {
  std::string period;     // "2027-Q1" or "2027-01"
  std::string firstDay;   // the first and last day the period covers (inclusive)
  std::string lastDay;
  bool inPlan = true;     // false: a period outside the plan's months that holds lead days
  LeadOutcomes outcomes;
  FollowUpTimes followUp;
};

struct LeadGroupRow {
  std::string name;         // the campaign or source as the data names it ("" when none was given)
  std::string campaignId;   // byCampaign: the plan's campaign of that name (case-insensitive), or ""
  LeadOutcomes outcomes;
};

struct LeadReasonRow {
  std::string reason;                  // "" for rejected leads without a reason
  int64_t count = 0;                   // rejected leads giving this reason
  double share = 0;                    // count ÷ all rejected leads
  std::vector<std::optional<double>> periodShares;  // per report period: count ÷ that period's rejected
};

// Periods: every period of the plan (plan_period.h, at the plan's granularity), in time order,
// plus — in their time order among them — the periods outside the plan that hold lead days,
// labelled the same way (a lead handed over in December before a January plan counts under
// "2026-Q4"), so no lead is ever left out of the totals.
struct LeadReport {
  std::vector<LeadPeriodRow> periods;
  std::vector<LeadGroupRow> byCampaign;  // most leads first, then by name
  std::vector<LeadGroupRow> bySource;
  std::vector<LeadReasonRow> reasons;    // rejected leads only, largest first, then by reason
  LeadOutcomes total;
  FollowUpTimes followUp;                // over every day
  bool empty() const { return total.handedOver == 0; }
};

// `fallbackYear` is the plan's year when it has no start date (0: the year of its first lead day).
LeadReport buildLeadReport(const Document&, int fallbackYear = 0);

// A campaign whose leads sales rejects far more than average: at least kFlagMinDecided decided
// leads, and a rejection rate (rejected ÷ decided) at least kFlagRatio times the plan's overall
// rate and at least kFlagMinPoints above it. Campaigns in lead data match Campaign::name ignoring case.
inline constexpr int64_t kFlagMinDecided = 10;
inline constexpr double kFlagRatio = 1.5;
inline constexpr double kFlagMinPoints = 0.10;

struct CampaignRejectionFlag {
  std::string campaignId;
  std::string campaignName;
  int64_t decided = 0, rejected = 0;
  double rejectionRate = 0;  // the campaign's
  double overallRate = 0;    // every lead's in the plan
};

// The flagged campaigns, in the plan's campaign order.
std::vector<CampaignRejectionFlag> campaignRejectionFlags(const Document&);
// Their ids, for a quick "is this card flagged" check.
std::vector<std::string> campaignsWithHighRejection(const Document&);

}  // namespace gp
