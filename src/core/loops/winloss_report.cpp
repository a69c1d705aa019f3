#include "core/loops/winloss_report.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "core/text/text_fold.h"
#include "core/text/text_trim.h"

namespace gp {

namespace {

// Names typed by different people ("Contoso", "contoso ") are one group.
std::string groupKey(std::string_view name) { return foldCase(trimmed(name)); }

// Groups deals by a text field, keeping the first spelling met and the order of first sight.
class Grouping {
 public:
  GroupTally& at(std::string_view name) {
    const std::string key = groupKey(name);
    const auto [found, inserted] = indexOf_.emplace(key, groups_.size());
    if (inserted) groups_.push_back(GroupTally{std::string(trimmed(name)), {}, 0});
    return groups_[found->second];
  }
  std::vector<GroupTally> sorted() && {
    std::stable_sort(groups_.begin(), groups_.end(), [](const GroupTally& a, const GroupTally& b) {
      const bool aNone = a.name.empty(), bNone = b.name.empty();
      if (aNone != bNone) return bNone;
      if (a.counts.decided() != b.counts.decided()) return a.counts.decided() > b.counts.decided();
      return groupKey(a.name) < groupKey(b.name);
    });
    return std::move(groups_);
  }

 private:
  std::map<std::string, size_t> indexOf_;
  std::vector<GroupTally> groups_;
};

nlohmann::ordered_json rateJson(const WinLossCounts& counts) {
  const auto rate = counts.winRate();
  return rate ? nlohmann::ordered_json(*rate) : nlohmann::ordered_json(nullptr);
}

// Amounts are stored as typed; JSON keeps whole amounts whole ("amount": 48000, not 48000.0).
nlohmann::ordered_json amountJson(double amount) {
  if (std::fabs(amount) < 9.0e15 && amount == std::floor(amount)) return static_cast<int64_t>(amount);
  return amount;
}

nlohmann::ordered_json groupJson(const char* nameKey, const GroupTally& group) {
  nlohmann::ordered_json json;
  json[nameKey] = group.name;
  json["won"] = group.counts.won;
  json["lost"] = group.counts.lost;
  json["noDecision"] = group.counts.noDecision;
  json["winRate"] = rateJson(group.counts);
  return json;
}

}  // namespace

std::optional<double> WinLossCounts::winRate() const {
  if (decided() == 0) return std::nullopt;
  return static_cast<double>(won) / decided();
}

void WinLossCounts::add(DealOutcome outcome) {
  switch (outcome) {
    case DealOutcome::won: ++won; break;
    case DealOutcome::lost: ++lost; break;
    case DealOutcome::noDecision: ++noDecision; break;
  }
}

WinLossReport winLossReport(const Document& doc, const PlanPeriod& period, PeriodGranularity granularity) {
  WinLossReport report;
  for (const PeriodSlot& slot : periodSlots(period, granularity)) report.byPeriod.push_back(PeriodTally{slot.label, {}, 0});

  std::map<std::tuple<DealOutcome, std::string>, size_t> reasonIndex;
  Grouping competitors, segments;
  for (const DealReview& deal : doc.deals) {
    if (!isBlank(deal.insight)) {
      ++report.insights;
      report.insightsUsed += deal.insightUsed;
    }
    if (deal.kind != DealKind::deal) continue;
    const double wonAmount = deal.outcome == DealOutcome::won ? deal.amount : 0;
    report.totals.add(deal.outcome);
    report.wonAmount += wonAmount;
    if (deal.outcome == DealOutcome::lost) report.lostAmount += deal.amount;

    const auto [found, inserted] = reasonIndex.emplace(std::make_tuple(deal.outcome, groupKey(deal.reason)), report.byReason.size());
    if (inserted) report.byReason.push_back(ReasonTally{deal.outcome, std::string(trimmed(deal.reason)), 0, 0});
    ReasonTally& reason = report.byReason[found->second];
    ++reason.count;
    reason.amount += deal.amount;

    for (auto* grouping : {&competitors, &segments}) {
      GroupTally& group = grouping->at(grouping == &competitors ? deal.competitor : deal.segment);
      group.counts.add(deal.outcome);
      group.wonAmount += wonAmount;
    }

    if (deal.closed.empty()) {
      ++report.withoutDate;
      continue;
    }
    const std::string label = periodLabelOfDate(deal.closed, granularity);
    const auto slot = std::find_if(report.byPeriod.begin(), report.byPeriod.end(),
                                   [&](const PeriodTally& tally) { return tally.period == label; });
    if (label.empty() || slot == report.byPeriod.end()) {
      // An unreadable date is in no period either; the file format only lets valid dates in.
      label.empty() ? ++report.withoutDate : ++report.outsidePlan;
      continue;
    }
    slot->counts.add(deal.outcome);
    slot->wonAmount += wonAmount;
  }

  std::stable_sort(report.byReason.begin(), report.byReason.end(), [](const ReasonTally& a, const ReasonTally& b) {
    if (a.outcome != b.outcome) return a.outcome < b.outcome;
    const bool aNone = a.reason.empty(), bNone = b.reason.empty();
    if (aNone != bNone) return bNone;
    if (a.count != b.count) return a.count > b.count;
    if (a.amount != b.amount) return a.amount > b.amount;
    return groupKey(a.reason) < groupKey(b.reason);
  });
  report.byCompetitor = std::move(competitors).sorted();
  report.bySegment = std::move(segments).sorted();
  return report;
}

WinLossReport winLossReport(const Document& doc, int fallbackYear) {
  return winLossReport(doc, planPeriodOf(doc.plan, fallbackYear), doc.growth.assumptions.periods);
}

nlohmann::ordered_json winLossJson(const WinLossReport& report) {
  nlohmann::ordered_json json;
  json["deals"] = report.deals();
  json["won"] = report.totals.won;
  json["lost"] = report.totals.lost;
  json["noDecision"] = report.totals.noDecision;
  json["winRate"] = rateJson(report.totals);
  json["byReason"] = nlohmann::ordered_json::array();
  for (const ReasonTally& reason : report.byReason) {
    nlohmann::ordered_json item;
    item["outcome"] = dealOutcomeName(reason.outcome);
    item["reason"] = reason.reason;
    item["count"] = reason.count;
    item["amount"] = amountJson(reason.amount);
    json["byReason"].push_back(std::move(item));
  }
  json["byCompetitor"] = nlohmann::ordered_json::array();
  for (const GroupTally& group : report.byCompetitor) json["byCompetitor"].push_back(groupJson("competitor", group));
  json["bySegment"] = nlohmann::ordered_json::array();
  for (const GroupTally& group : report.bySegment) json["bySegment"].push_back(groupJson("segment", group));
  return json;
}

}  // namespace gp
