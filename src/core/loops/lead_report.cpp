#include "core/loops/lead_report.h"

#include <algorithm>
#include <chrono>
#include <map>

#include "core/growth/plan_period.h"
#include "core/text/calendar.h"
#include "core/text/text_fold.h"

namespace gp {

namespace {

// Follow-up minutes → how many leads; a histogram keeps percentiles exact without expanding it.
using MinuteHistogram = std::map<int64_t, int64_t>;

void addFollowUps(MinuteHistogram& histogram, const LeadDay& day) {
  for (const auto& followUp : day.followUps)
    if (followUp.count > 0) histogram[followUp.minutes] += followUp.count;
}

void addCount(LeadOutcomes& outcomes, const LeadCount& count) {
  outcomes.handedOver += count.count;
  switch (count.status) {
    case LeadStatus::accepted: outcomes.accepted += count.count; break;
    case LeadStatus::rejected: outcomes.rejected += count.count; break;
    case LeadStatus::recycled: outcomes.recycled += count.count; break;
    case LeadStatus::open: outcomes.open += count.count; break;
  }
}

// The minutes at 1-based `rank` of the sorted values the histogram holds.
int64_t minutesAtRank(const MinuteHistogram& histogram, int64_t rank) {
  int64_t seen = 0;
  for (const auto& [minutes, count] : histogram) {
    seen += count;
    if (seen >= rank) return minutes;
  }
  return histogram.empty() ? 0 : histogram.rbegin()->first;
}

FollowUpTimes followUpTimesOf(const MinuteHistogram& histogram) {
  FollowUpTimes times;
  for (const auto& entry : histogram) times.touched += entry.second;
  const int64_t n = times.touched;
  if (n == 0) return times;
  if (n % 2 == 1) {
    times.medianHours = static_cast<double>(minutesAtRank(histogram, (n + 1) / 2)) / 60.0;
  } else {
    const int64_t lower = minutesAtRank(histogram, n / 2), upper = minutesAtRank(histogram, n / 2 + 1);
    times.medianHours = (static_cast<double>(lower) + static_cast<double>(upper)) / 2.0 / 60.0;
  }
  // ⌈0.9·n⌉ in integers, so 0.9 never rounds the rank the wrong way.
  const int64_t p90Rank = n / 10 * 9 + (n % 10 * 9 + 9) / 10;
  times.p90Hours = static_cast<double>(minutesAtRank(histogram, p90Rank)) / 60.0;
  return times;
}

// The calendar days a period label ("2027-Q1", "2027-01") covers.
void periodBounds(const std::string& label, std::string& firstDay, std::string& lastDay) {
  using namespace std::chrono;
  if (label.size() < 7) return;
  const int yearNumber = std::stoi(label.substr(0, 4));
  unsigned firstMonth = 0, lastMonth = 0;
  if (label[5] == 'Q') {
    const unsigned quarter = static_cast<unsigned>(label[6] - '0');
    firstMonth = quarter * 3 - 2;
    lastMonth = quarter * 3;
  } else {
    firstMonth = lastMonth = static_cast<unsigned>(std::stoi(label.substr(5, 2)));
  }
  firstDay = formatDate(year{yearNumber} / month{firstMonth} / day{1});
  const year_month_day_last monthEnd{year{yearNumber}, month_day_last{month{lastMonth}}};
  lastDay = formatDate(year_month_day{monthEnd});
}

int yearOfFirstLeadDay(const Document& doc) {
  for (const auto& day : doc.leadDays)
    if (const auto date = parseDate(day.day)) return static_cast<int>(date->year());
  return 2027;
}

// Groups lead counts by a name, ignoring case; the first spelling seen names the group.
struct Grouping {
  std::map<std::string, LeadGroupRow> rows;  // by folded name
  void add(const std::string& name, const LeadCount& count) {
    auto [it, added] = rows.try_emplace(foldCase(name));
    if (added) it->second.name = name;
    addCount(it->second.outcomes, count);
  }
  std::vector<LeadGroupRow> sorted() const {
    std::vector<std::pair<std::string, LeadGroupRow>> entries(rows.begin(), rows.end());
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
      return a.second.outcomes.handedOver > b.second.outcomes.handedOver;
    });
    std::vector<LeadGroupRow> result;
    for (auto& entry : entries) result.push_back(std::move(entry.second));
    return result;
  }
};

const Campaign* campaignNamed(const Document& doc, const std::string& name) {
  const std::string folded = foldCase(name);
  for (const auto& campaign : doc.campaigns)
    if (!campaign.name.empty() && foldCase(campaign.name) == folded) return &campaign;
  return nullptr;
}

}  // namespace

std::optional<double> LeadOutcomes::acceptanceRate() const {
  if (decided() <= 0) return std::nullopt;
  return static_cast<double>(accepted) / static_cast<double>(decided());
}

std::optional<double> LeadOutcomes::rejectionRate() const {
  if (decided() <= 0) return std::nullopt;
  return static_cast<double>(rejected) / static_cast<double>(decided());
}

LeadStats leadStatsBetween(const Document& doc, const std::string& firstDay, const std::string& lastDay) {
  LeadOutcomes outcomes;
  MinuteHistogram histogram;
  // YYYY-MM-DD compares chronologically as text.
  for (const auto& day : doc.leadDays) {
    if (day.day < firstDay || day.day > lastDay) continue;
    for (const auto& count : day.counts) addCount(outcomes, count);
    addFollowUps(histogram, day);
  }
  const FollowUpTimes times = followUpTimesOf(histogram);
  return LeadStats{outcomes.handedOver, outcomes.accepted,  outcomes.rejected,   outcomes.recycled,
                   outcomes.open,       outcomes.acceptanceRate(), times.touched, times.medianHours,
                   times.p90Hours};
}

LeadReport buildLeadReport(const Document& doc, int fallbackYear) {
  const PeriodGranularity granularity = doc.growth.assumptions.periods;
  const PlanPeriod plan = planPeriodOf(doc.plan, fallbackYear > 0 ? fallbackYear : yearOfFirstLeadDay(doc));

  std::map<std::string, LeadPeriodRow> periods;  // labels sort in time order
  std::map<std::string, MinuteHistogram> periodHistograms;
  for (const auto& slot : periodSlots(plan, granularity)) periods[slot.label].period = slot.label;

  LeadReport report;
  MinuteHistogram allFollowUps;
  Grouping campaigns, sources;
  std::map<std::string, std::map<std::string, int64_t>> reasonsByPeriod;  // reason → period → count
  std::map<std::string, int64_t> reasonTotals;
  for (const auto& day : doc.leadDays) {
    const std::string label = periodLabelOfDate(day.day, granularity);
    if (label.empty()) continue;  // the format only admits real dates; never count a broken one
    auto [slot, added] = periods.try_emplace(label);
    if (added) {
      slot->second.period = label;
      slot->second.inPlan = false;
    }
    LeadPeriodRow& row = slot->second;
    for (const auto& count : day.counts) {
      addCount(row.outcomes, count);
      addCount(report.total, count);
      campaigns.add(count.campaign, count);
      sources.add(count.source, count);
      if (count.status == LeadStatus::rejected) {
        reasonsByPeriod[count.reason][label] += count.count;
        reasonTotals[count.reason] += count.count;
      }
    }
    addFollowUps(periodHistograms[label], day);
    addFollowUps(allFollowUps, day);
  }

  for (auto& [label, row] : periods) {
    periodBounds(label, row.firstDay, row.lastDay);
    row.followUp = followUpTimesOf(periodHistograms[label]);
    report.periods.push_back(std::move(row));
  }
  report.followUp = followUpTimesOf(allFollowUps);

  report.byCampaign = campaigns.sorted();
  for (auto& row : report.byCampaign) {
    if (const Campaign* campaign = campaignNamed(doc, row.name)) {
      row.name = campaign->name;
      row.campaignId = campaign->meta.id;
    }
  }
  report.bySource = sources.sorted();

  for (const auto& [reason, count] : reasonTotals) {
    if (count <= 0) continue;
    LeadReasonRow row{reason, count, 0, {}};
    if (report.total.rejected > 0) row.share = static_cast<double>(count) / static_cast<double>(report.total.rejected);
    const auto& counts = reasonsByPeriod[reason];
    for (const auto& period : report.periods) {
      if (period.outcomes.rejected <= 0) {
        row.periodShares.push_back(std::nullopt);
        continue;
      }
      const auto found = counts.find(period.period);
      const int64_t inPeriod = found == counts.end() ? 0 : found->second;
      row.periodShares.push_back(static_cast<double>(inPeriod) / static_cast<double>(period.outcomes.rejected));
    }
    report.reasons.push_back(std::move(row));
  }
  std::stable_sort(report.reasons.begin(), report.reasons.end(),
                   [](const LeadReasonRow& a, const LeadReasonRow& b) { return a.count > b.count; });
  return report;
}

std::vector<CampaignRejectionFlag> campaignRejectionFlags(const Document& doc) {
  LeadOutcomes overall;
  std::map<std::string, LeadOutcomes> byCampaign;  // by folded campaign name
  for (const auto& day : doc.leadDays) {
    for (const auto& count : day.counts) {
      addCount(overall, count);
      if (!count.campaign.empty()) addCount(byCampaign[foldCase(count.campaign)], count);
    }
  }
  std::vector<CampaignRejectionFlag> flags;
  const std::optional<double> overallRate = overall.rejectionRate();
  if (!overallRate) return flags;
  for (const auto& campaign : doc.campaigns) {
    if (campaign.name.empty()) continue;
    const auto found = byCampaign.find(foldCase(campaign.name));
    if (found == byCampaign.end()) continue;
    const LeadOutcomes& outcomes = found->second;
    if (outcomes.decided() < kFlagMinDecided) continue;
    const double rate = *outcomes.rejectionRate();
    // A billionth of slack so a rate exactly on a boundary counts as on it.
    constexpr double kSlack = 1e-9;
    if (rate + kSlack < kFlagRatio * *overallRate || rate + kSlack < *overallRate + kFlagMinPoints) continue;
    flags.push_back(CampaignRejectionFlag{campaign.meta.id, campaign.name, outcomes.decided(), outcomes.rejected,
                                          rate, *overallRate});
  }
  return flags;
}

std::vector<std::string> campaignsWithHighRejection(const Document& doc) {
  std::vector<std::string> ids;
  for (const auto& flag : campaignRejectionFlags(doc)) ids.push_back(flag.campaignId);
  return ids;
}

}  // namespace gp
