#include "core/campaigns/campaigns.h"

#include <algorithm>
#include <cmath>

#include "core/text/calendar.h"
#include "core/text/number_text.h"
#include "core/growth/stage_targets.h"
#include "core/text/text_trim.h"
#include "core/format/validation.h"
#include "core/growth/waterfall.h"

namespace gp {

namespace {

constexpr double kMaxAmount = 1e15;

double usable(double value) { return std::isfinite(value) && value > 0 ? value : 0; }

// First day and day after the last day of a period.
std::pair<long long, long long> daysOf(const PeriodSlot& slot) {
  using namespace std::chrono;
  const year_month_day first = parseDate(slot.startDate).value_or(year_month_day{});
  return {dayNumber(first), dayNumber(first.year() / first.month() / day{1} + months{slot.months})};
}

}  // namespace

int daysInclusive(const std::string& start, const std::string& end) {
  const auto first = parseDate(start), last = parseDate(end);
  if (!first || !last) return 0;
  const long long days = dayNumber(*last) - dayNumber(*first) + 1;
  return days > 0 ? static_cast<int>(days) : 0;
}

ChannelMix channelMix(const std::vector<Campaign>& campaigns) {
  ChannelMix mix;
  std::vector<ChannelShare> all;
  for (const CampaignChannel channel : kAllChannels) all.push_back(ChannelShare{channel});
  std::vector<bool> used(all.size(), false);
  for (const auto& campaign : campaigns) {
    if (campaign.channels.empty()) continue;
    const double budget = usable(campaign.budget), leads = usable(campaign.expectedLeads);
    const double parts = static_cast<double>(campaign.channels.size());
    mix.budget += budget;
    mix.leads += leads;
    for (const CampaignChannel channel : campaign.channels) {
      const size_t index = static_cast<size_t>(std::find(std::begin(kAllChannels), std::end(kAllChannels), channel) -
                                               std::begin(kAllChannels));
      if (index >= all.size()) continue;
      used[index] = true;
      all[index].budget += budget / parts;
      all[index].leads += leads / parts;
    }
  }
  for (size_t i = 0; i < all.size(); ++i) {
    if (!used[i]) continue;
    ChannelShare share = all[i];
    share.budgetShare = mix.budget > 0 ? share.budget / mix.budget : 0;
    share.leadsShare = mix.leads > 0 ? share.leads / mix.leads : 0;
    // A billionth of tolerance: two channels at exactly half each are not "most".
    if (share.budgetShare > kConcentrationLimit + 1e-9) mix.budgetHeavy = share.channel;
    if (share.leadsShare > kConcentrationLimit + 1e-9) mix.leadsHeavy = share.channel;
    mix.channels.push_back(share);
  }
  return mix;
}

CampaignTotals campaignTotals(const std::vector<Campaign>& campaigns) {
  CampaignTotals totals;
  for (const auto& campaign : campaigns) {
    totals.budget += usable(campaign.budget);
    totals.leads += usable(campaign.expectedLeads);
    totals.mqls += usable(campaign.expectedMqls);
  }
  return totals;
}

std::vector<double> mqlsPerPeriod(const Campaign& campaign, const std::vector<PeriodSlot>& slots) {
  std::vector<double> mqls(slots.size(), 0.0);
  const int days = daysInclusive(campaign.startDate, campaign.endDate);
  const double total = usable(campaign.expectedMqls);
  if (days == 0 || total == 0) return mqls;
  const long long first = dayNumber(*parseDate(campaign.startDate)), afterLast = first + days;  // valid: days > 0
  for (size_t i = 0; i < slots.size(); ++i) {
    const auto [begin, end] = daysOf(slots[i]);
    const long long overlap = std::min(end, afterLast) - std::max(begin, first);
    if (overlap > 0) mqls[i] = total * static_cast<double>(overlap) / days;
  }
  return mqls;
}

MqlCoverage mqlCoverage(const Document& doc, const PlanPeriod& period) {
  const GrowthAssumptions& a = doc.growth.assumptions;
  MqlCoverage coverage;
  const auto slots = periodSlots(period, a.periods);
  for (const auto& slot : slots) coverage.periods.push_back(PeriodMqls{slot});
  for (const auto& campaign : doc.campaigns) {
    const double total = usable(campaign.expectedMqls);
    if (daysInclusive(campaign.startDate, campaign.endDate) == 0) {
      coverage.unscheduled += total;
      continue;
    }
    const auto perPeriod = mqlsPerPeriod(campaign, slots);
    double inside = 0;
    for (size_t i = 0; i < perPeriod.size(); ++i) {
      coverage.periods[i].expected += perPeriod[i];
      inside += perPeriod[i];
    }
    coverage.expected += inside;
    coverage.outsidePlan += std::max(0.0, total - inside);
  }
  if (const auto stage = mqlStageIndex(a, doc.glossary)) {
    const auto required = requiredPerPeriod(computeWaterfall(a, period), a, *stage, true);
    if (required.size() == slots.size()) {
      coverage.stageName = a.stages[*stage].name;
      for (size_t i = 0; i < required.size(); ++i) {
        coverage.periods[i].required = required[i];
        coverage.required += required[i];
      }
    }
  }
  return coverage;
}

std::vector<ValidationIssue> validateCampaigns(const Document& doc) {
  std::vector<ValidationIssue> issues;
  const auto add = [&](std::string field, std::string message) { issues.push_back({std::move(field), std::move(message)}); };
  const auto amount = [&](const std::string& field, double value) {
    if (!(value >= 0)) add(field, "must be 0 or more");
    else if (value > kMaxAmount) add(field, "must be at most " + formatNumber(kMaxAmount));
  };
  const auto person = [&](const std::string& field, const std::string& id) {
    if (id.empty()) return;
    const bool known = std::any_of(doc.people.begin(), doc.people.end(), [&](const Person& p) { return p.meta.id == id; });
    if (!known) add(field, "unknown person (id “" + id + "”): pick someone on the plan");
  };
  for (size_t i = 0; i < doc.campaigns.size(); ++i) {
    const Campaign& c = doc.campaigns[i];
    const std::string item = "campaigns[" + std::to_string(i) + "]";
    if (isBlank(c.name)) add(item + ".name", "enter a name");
    if (c.channels.empty()) add(item + ".channels", "pick at least one channel");
    for (size_t j = 0; j < c.channels.size(); ++j)
      if (std::find(c.channels.begin(), c.channels.begin() + static_cast<std::ptrdiff_t>(j), c.channels[j]) !=
          c.channels.begin() + static_cast<std::ptrdiff_t>(j))
        add(item + ".channels[" + std::to_string(j) + "]", std::string("“") + channelLabel(c.channels[j]) + "” is listed twice");
    person(item + ".marketingOwnerId", c.marketingOwnerId);
    person(item + ".salesOwnerId", c.salesOwnerId);
    const bool startOk = c.startDate.empty() || isValidDate(c.startDate);
    const bool endOk = c.endDate.empty() || isValidDate(c.endDate);
    if (!startOk) add(item + ".startDate", "expected a date like 2027-01-31");
    if (!endOk) add(item + ".endDate", "expected a date like 2027-01-31");
    if (startOk && endOk && !c.startDate.empty() && !c.endDate.empty() && c.endDate < c.startDate)
      add(item + ".endDate", "the campaign ends before it starts");
    amount(item + ".budget", c.budget);
    amount(item + ".expectedLeads", c.expectedLeads);
    amount(item + ".expectedMqls", c.expectedMqls);
    if (c.expectedLeads > 0 && c.expectedMqls > c.expectedLeads)
      add(item + ".expectedMqls", "more MQLs than leads: MQLs are leads that qualified");
  }
  return issues;
}

}  // namespace gp
