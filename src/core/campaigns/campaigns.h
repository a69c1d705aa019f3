// Campaigns taken together: what they cost and bring in, which channels carry them (and whether
// one carries most: the "only one hammer" failure), and whether their MQLs arrive in the periods
// the waterfall needs them. Checks of campaigns are here too.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/document.h"
#include "core/growth/growth_validation.h"
#include "core/growth/plan_period.h"

namespace gp {

// A channel carrying more than this share of the campaigns' budget or expected leads is too much
// of the plan in one place.
inline constexpr double kConcentrationLimit = 0.5;

struct ChannelShare {
  CampaignChannel channel = CampaignChannel::email;
  double budget = 0;
  double leads = 0;
  double budgetShare = 0;  // of ChannelMix::budget (0 when that is 0)
  double leadsShare = 0;
};

struct ChannelMix {
  std::vector<ChannelShare> channels;  // the channels in use, in the order of kAllChannels
  double budget = 0;  // of the campaigns with at least one channel
  double leads = 0;
  // The channel carrying more than kConcentrationLimit of the budget / of the expected leads.
  std::optional<CampaignChannel> budgetHeavy;
  std::optional<CampaignChannel> leadsHeavy;
};

// A campaign's budget and expected leads are split equally among its channels. Campaigns without a
// channel, and negative or non-finite amounts, are left out.
ChannelMix channelMix(const std::vector<Campaign>&);

struct CampaignTotals {
  double budget = 0;
  double leads = 0;
  double mqls = 0;
};
CampaignTotals campaignTotals(const std::vector<Campaign>&);  // negative or non-finite amounts count as 0

// The campaign's expected MQLs spread evenly over its days (start and end included), per period of
// `slots`. Days outside the periods are not counted. Empty (all zero) without valid dates or when
// the campaign ends before it starts.
std::vector<double> mqlsPerPeriod(const Campaign&, const std::vector<PeriodSlot>& slots);

struct PeriodMqls {
  PeriodSlot slot;
  double expected = 0;  // from the campaigns, exact
  double required = 0;  // by the waterfall, a whole number (0 when it cannot be computed)
};

struct MqlCoverage {
  std::vector<PeriodMqls> periods;
  double expected = 0;      // inside the plan's periods
  double required = 0;      // sum of the periods' required counts
  double outsidePlan = 0;   // expected MQLs on days outside the plan period
  double unscheduled = 0;   // expected MQLs of campaigns without usable dates
  std::string stageName;    // the stage compared ("MQL"); empty when the waterfall cannot say
};

// The campaigns' expected MQLs per period against the marketing-sourced MQLs the waterfall needs
// (stage_targets.h: mqlStageIndex, requiredPerPeriod).
MqlCoverage mqlCoverage(const Document&, const PlanPeriod&);

// Days from `start` to `end`, both included; 0 when either is not a valid date or end < start.
int daysInclusive(const std::string& start, const std::string& end);

// Problems with the campaigns, each on its field ("campaigns[1].endDate").
std::vector<ValidationIssue> validateCampaigns(const Document&);

}  // namespace gp
