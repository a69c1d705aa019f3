// Every message names the field and says what is wanted, in words the people editing the plan use.
#include "core/growth/growth_validation.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/text/number_text.h"
#include "core/text/text_trim.h"

namespace gp {

namespace {

constexpr double kMaxAmount = 1e15;       // money, counts of deals: beyond any real plan
constexpr double kMaxStageCount = 1e15;   // largest count any stage may need
constexpr double kShareTolerance = 1e-6;  // shares may add up to 100% give or take this
constexpr int kMaxCycleDays = 3650;
constexpr int kMaxReps = 1000000;

class Checker {
 public:
  explicit Checker(std::vector<ValidationIssue>& issues) : issues_(issues) {}

  void add(std::string field, std::string message) { issues_.push_back({std::move(field), std::move(message)}); }

  // More than 0 and at most kMaxAmount. Returns whether the value is usable.
  bool positiveAmount(const std::string& field, double value) {
    if (!(value > 0)) return add(field, "must be more than 0"), false;
    if (value > kMaxAmount) return add(field, "must be at most " + formatNumber(kMaxAmount)), false;
    return true;
  }

  bool nonNegativeAmount(const std::string& field, double value) {
    if (!(value >= 0)) return add(field, "must be 0 or more"), false;
    if (value > kMaxAmount) return add(field, "must be at most " + formatNumber(kMaxAmount)), false;
    return true;
  }

  bool rate(const std::string& field, double value) {
    if (value > 0 && value <= 1) return true;
    add(field, "conversion rate must be more than 0% and at most 100%");
    return false;
  }

  bool share(const std::string& field, double value) {
    if (value >= 0 && value <= 1) return true;
    add(field, "share must be between 0% and 100%");
    return false;
  }

  void sharesAddUp(const std::string& field, double sum) {
    if (std::fabs(sum - 1) <= kShareTolerance) return;
    add(field, "shares add up to " + formatPercent(sum, 2) + "; they must add up to 100%");
  }

  // Ids and names of the items in one list: ids present and different, names present.
  template <typename T>
  void idsAndNames(const std::string& listField, const std::vector<T>& items, bool nameRequired) {
    std::set<std::string> seen;
    for (size_t i = 0; i < items.size(); ++i) {
      const std::string field = listField + "[" + std::to_string(i) + "]";
      if (items[i].id.empty()) add(field + ".id", "the id is missing");
      else if (!seen.insert(items[i].id).second) add(field + ".id", "the id \"" + items[i].id + "\" is used twice");
      if (nameRequired && isBlank(items[i].name)) add(field + ".name", "enter a name");
    }
  }

 private:
  std::vector<ValidationIssue>& issues_;
};

void checkPeriod(Checker& check, const PlanPeriod& period) {
  if (period.startYear < 1900 || period.startYear > 9998 || period.startMonth < 1 || period.startMonth > 12)
    check.add("plan.periodStart", "the plan must start between the years 1900 and 9998");
  if (period.months < 1 || period.months > kMaxPlanMonths)
    check.add("plan.periodEnd", "the plan period must be 1 to " + std::to_string(kMaxPlanMonths) + " months long");
}

void checkStages(Checker& check, const GrowthAssumptions& a, const std::string& prefix) {
  const std::string field = prefix + ".stages";
  if (a.stages.size() < 2) check.add(field, "the funnel needs at least two stages, e.g. Lead and Won");
  check.idsAndNames(field, a.stages, true);
  std::set<std::string> names;
  for (size_t i = 0; i < a.stages.size(); ++i) {
    const std::string stage = field + "[" + std::to_string(i) + "]";
    const std::string& name = a.stages[i].name;
    if (!name.empty() && !names.insert(name).second) check.add(stage + ".name", "another stage is already called “" + name + "”");
    if (i + 1 < a.stages.size()) check.rate(stage + ".conversionRate", a.stages[i].conversionRate);
  }
}

void checkSources(Checker& check, const GrowthAssumptions& a, const std::string& prefix) {
  const std::string field = prefix + ".sources";
  check.idsAndNames(field, a.sources, true);
  bool sharesUsable = true;
  double sum = 0;
  for (size_t i = 0; i < a.sources.size(); ++i) {
    const LeadSource& source = a.sources[i];
    const std::string item = field + "[" + std::to_string(i) + "]";
    sharesUsable = check.share(item + ".share", source.share) && sharesUsable;
    sum += source.share;
    std::set<std::string> stagesWithOwnRate;
    for (size_t j = 0; j < source.ownRates.size(); ++j) {
      const SourceRate& own = source.ownRates[j];
      const std::string rate = item + ".ownRates[" + std::to_string(j) + "]";
      const auto stage = std::find_if(a.stages.begin(), a.stages.end(), [&](const FunnelStage& s) { return s.id == own.stageId; });
      if (stage == a.stages.end()) {
        check.add(rate + ".stageId", "no stage has the id \"" + own.stageId + "\"");
      } else if (stage + 1 == a.stages.end()) {
        check.add(rate + ".stageId", "the last stage (“" + stage->name + "”) has no conversion rate");
      } else if (!stagesWithOwnRate.insert(own.stageId).second) {
        check.add(rate + ".stageId", "this source already has its own rate for “" + stage->name + "”");
      }
      check.rate(rate + ".rate", own.rate);
    }
  }
  if (!a.sources.empty() && sharesUsable) check.sharesAddUp(field, sum);
}

void checkWeights(Checker& check, const GrowthAssumptions& a, const PlanPeriod& period, const std::string& prefix) {
  if (a.periodWeights.empty()) return;
  const std::string field = prefix + ".periodWeights";
  const size_t periods = periodSlots(period, a.periods).size();
  if (a.periodWeights.size() != periods) {
    check.add(field, std::to_string(a.periodWeights.size()) + " weights for " + std::to_string(periods) +
                         " periods; give one weight per period, or none for periods weighted by their length");
    return;
  }
  double sum = 0;
  bool usable = true;
  for (size_t i = 0; i < a.periodWeights.size(); ++i) {
    usable = check.nonNegativeAmount(field + "[" + std::to_string(i) + "]", a.periodWeights[i]) && usable;
    sum += a.periodWeights[i];
  }
  if (usable && !(sum > 0)) check.add(field, "at least one period needs a weight more than 0");
}

void checkCapacity(Checker& check, const GrowthAssumptions& a, const PlanPeriod& period, const std::string& prefix) {
  const std::string field = prefix + ".capacity";
  if (a.capacity.reps < 0) check.add(field + ".reps", "must be 0 or more");
  else if (a.capacity.reps > kMaxReps) check.add(field + ".reps", "must be at most " + formatNumber(kMaxReps));
  check.nonNegativeAmount(field + ".quotaPerRep", a.capacity.quotaPerRep);
  check.idsAndNames(field + ".newHires", a.capacity.newHires, false);
  for (size_t i = 0; i < a.capacity.newHires.size(); ++i) {
    const NewHire& hire = a.capacity.newHires[i];
    const std::string item = field + ".newHires[" + std::to_string(i) + "]";
    if (hire.startMonth < 1 || hire.startMonth > std::max(1, period.months))
      check.add(item + ".startMonth", "must be a month of the plan, from 1 to " + std::to_string(std::max(1, period.months)));
    if (hire.rampMonths < 0 || hire.rampMonths > kMaxPlanMonths)
      check.add(item + ".rampMonths", "must be from 0 to " + std::to_string(kMaxPlanMonths) + " months");
  }
}

void checkBudget(Checker& check, const GrowthAssumptions& a, const std::string& prefix) {
  const std::string field = prefix + ".budget";
  check.nonNegativeAmount(field + ".amount", a.budget.amount);
  check.idsAndNames(field + ".channels", a.budget.channels, true);
  bool sharesUsable = true;
  double sum = 0;
  for (size_t i = 0; i < a.budget.channels.size(); ++i) {
    const Channel& channel = a.budget.channels[i];
    const std::string item = field + ".channels[" + std::to_string(i) + "]";
    check.positiveAmount(item + ".costPerLead", channel.costPerLead);
    sharesUsable = check.share(item + ".share", channel.share) && sharesUsable;
    sum += channel.share;
  }
  if (!a.budget.channels.empty() && sharesUsable) check.sharesAddUp(field + ".channels", sum);
}

// With every input in range, the counts can still be absurd (a 0.0001% rate at every stage):
// refuse before anything overflows.
void checkMagnitudes(Checker& check, const GrowthAssumptions& a, const std::string& prefix) {
  const double deals = a.target / a.averageDealSize;
  if (!(deals <= kMaxStageCount)) {
    check.add(prefix + ".averageDealSize", "gives more than " + formatNumber(kMaxStageCount) +
                                               " deals to win; check the target and the average deal size");
    return;
  }
  const std::vector<LeadSource> implicit{LeadSource{"", "", 1, false, {}}};
  const auto& sources = a.sources.empty() ? implicit : a.sources;
  for (const auto& source : sources) {
    double count = deals;
    for (size_t i = a.stages.size() - 1; i-- > 0;) {
      count /= rateFor(a, source, i);
      if (!(count <= kMaxStageCount)) {
        check.add(prefix + ".stages", "needs more than " + formatNumber(kMaxStageCount) + " at stage “" +
                                          a.stages[i].name + "”; check the conversion rates");
        return;
      }
    }
  }
}

}  // namespace

std::string describe(const ValidationIssue& issue) {
  return issue.field.empty() ? issue.message : issue.field + ": " + issue.message;
}

std::vector<ValidationIssue> validateAssumptions(const GrowthAssumptions& a, const PlanPeriod& period,
                                                 const std::string& prefix) {
  std::vector<ValidationIssue> issues;
  Checker check(issues);
  checkPeriod(check, period);
  const bool targetOk = check.positiveAmount(prefix + ".target", a.target);
  const bool dealOk = check.positiveAmount(prefix + ".averageDealSize", a.averageDealSize);
  checkStages(check, a, prefix);
  checkWeights(check, a, period, prefix);
  checkSources(check, a, prefix);
  if (a.salesCycleDays < 0) check.add(prefix + ".salesCycleDays", "must be 0 or more");
  else if (a.salesCycleDays > kMaxCycleDays)
    check.add(prefix + ".salesCycleDays", "must be at most " + formatNumber(kMaxCycleDays) + " days (10 years)");
  check.nonNegativeAmount(prefix + ".openPipeline", a.openPipeline);
  checkCapacity(check, a, period, prefix);
  checkBudget(check, a, prefix);
  if (issues.empty() && targetOk && dealOk) checkMagnitudes(check, a, prefix);
  return issues;
}

std::vector<ValidationIssue> validateGrowth(const Document& doc, const PlanPeriod& period) {
  std::vector<ValidationIssue> issues = validateAssumptions(doc.growth.assumptions, period, "growth");
  const auto addOnce = [&](const ValidationIssue& issue) {
    if (std::find(issues.begin(), issues.end(), issue) == issues.end()) issues.push_back(issue);
  };
  const auto checkLinks = [&](const GrowthAssumptions& a, const std::string& prefix) {
    for (size_t i = 0; i < a.stages.size(); ++i) {
      const std::string& termId = a.stages[i].glossaryTermId;
      if (termId.empty()) continue;
      const bool exists = std::any_of(doc.glossary.begin(), doc.glossary.end(),
                                      [&](const GlossaryTerm& term) { return term.meta.id == termId; });
      if (!exists)
        addOnce({prefix + ".stages[" + std::to_string(i) + "].glossaryTermId",
                 "the glossary term this stage was linked to no longer exists"});
    }
  };
  checkLinks(doc.growth.assumptions, "growth");
  for (size_t i = 0; i < doc.growth.scenarios.size(); ++i) {
    const std::string prefix = "growth.scenarios[" + std::to_string(i) + "]";
    if (isBlank(doc.growth.scenarios[i].name)) addOnce({prefix + ".name", "enter a name"});
    for (const auto& issue : validateAssumptions(doc.growth.scenarios[i].assumptions, period, prefix + ".assumptions"))
      addOnce(issue);
    checkLinks(doc.growth.scenarios[i].assumptions, prefix + ".assumptions");
  }
  return issues;
}

}  // namespace gp
