// Budget check: does the marketing budget pay for the marketing-sourced leads the waterfall needs?
#pragma once

#include <string>
#include <vector>

#include "core/growth/growth.h"
#include "core/growth/growth_validation.h"
#include "core/growth/plan_period.h"

namespace gp {

struct ChannelCost {
  std::string id;
  std::string name;
  double leads = 0;  // requiredCount of its share of the marketing-sourced leads
  double cost = 0;   // its exact leads × its cost per lead
};

struct BudgetResult {
  std::vector<ValidationIssue> issues;  // when not empty, nothing below is filled in
  std::string leadStageName;       // the funnel's first stage, e.g. "Lead"
  double marketingLeadsExact = 0;  // first-stage count of the marketing-sourced sources (all, when none are set)
  double marketingLeads = 0;       // requiredCount(marketingLeadsExact)
  bool costKnown = false;          // false without channels: nothing to price the leads with
  double costPerLead = 0;          // blended over the channels by share
  double cost = 0;                 // what the marketing-sourced leads cost
  double budget = 0;
  double moneyGap = 0;             // cost - budget: more than 0 means the budget is short by this much
  double affordableLeads = 0;      // leads the budget pays for, rounded down
  double leadsGap = 0;             // marketingLeads - affordableLeads: more than 0 means leads are missing
  std::vector<ChannelCost> channels;

  bool ok() const { return issues.empty(); }
};

BudgetResult computeBudget(const GrowthAssumptions&, const PlanPeriod&);

}  // namespace gp
