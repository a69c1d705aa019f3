#include "core/attribution/attribution_models.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>

#include "core/text/csv.h"

namespace gp {

namespace {

__extension__ typedef unsigned __int128 Uint128;

constexpr size_t kNone = std::numeric_limits<size_t>::max();
constexpr double kSecondsPerDay = 86400;
// Custom percentages are exact to a millionth of a percent, which keeps every share a ratio of integers.
constexpr double kCustomPercentScale = 1e6;

size_t teamIndex(TouchTeam team) { return static_cast<size_t>(team); }

void add(Credit& sum, const Credit& credit) {
  sum.pipelineMicros += credit.pipelineMicros;
  sum.revenueMicros += credit.revenueMicros;
}

uint64_t customWeight(double percent) {
  if (!(percent > 0)) return 0;  // negative and NaN count as 0, so no share is ever negative
  return static_cast<uint64_t>(std::llround(std::min(percent, 100.0) * kCustomPercentScale));
}

// Each model is a set of integer weights, one per touch: a touch's exact share is
// amount × weight ÷ (sum of weights). With integers the floors and remainders are exact, so the
// leftover micro-units land where the rule says on every platform. Buffers are kept between
// opportunities: splitting a million touches allocates nothing after the largest opportunity.
class ShareSplitter {
 public:
  std::span<const int64_t> split(const AttributionSettings& settings, std::span<const Touchpoint> touches,
                                 int64_t amountMicros, int64_t referenceSeconds) {
    const size_t count = touches.size();
    weights_.assign(count, 0);
    shares_.resize(count);
    if (count == 0) return {};
    weigh(settings, touches, referenceSeconds);
    distribute(amountMicros);
    return shares_;
  }

 private:
  void weigh(const AttributionSettings& settings, std::span<const Touchpoint> touches, int64_t referenceSeconds) {
    switch (settings.model) {
      case AttributionModel::firstTouch: weights_.front() = 1; return;
      case AttributionModel::lastTouch: weights_.back() = 1; return;
      case AttributionModel::linear: std::fill(weights_.begin(), weights_.end(), 1); return;
      case AttributionModel::uShaped: weighEnds(2, 1, 2); return;  // 40 : 20 : 40
      case AttributionModel::wShaped: weighWShaped(touches); return;
      case AttributionModel::timeDecay: weighTimeDecay(touches, referenceSeconds, settings.halfLifeDays); return;
      case AttributionModel::custom:
        weighEnds(customWeight(settings.customFirst), customWeight(settings.customMiddle),
                  customWeight(settings.customLast));
        return;
    }
  }

  // First, middle (split equally over the touches between) and last parts of the whole. One touch
  // gets everything; two split first + last in proportion first : last and halve the middle part.
  void weighEnds(uint64_t first, uint64_t middle, uint64_t last) {
    const size_t count = weights_.size();
    if (count == 1) {
      weights_[0] = 1;
    } else if (count == 2) {
      weights_[0] = 2 * first + middle;
      weights_[1] = 2 * last + middle;
    } else {
      const uint64_t between = count - 2;
      weights_.front() = first * between;
      std::fill(weights_.begin() + 1, weights_.end() - 1, middle);
      weights_.back() = last * between;
    }
    if (std::all_of(weights_.begin(), weights_.end(), [](uint64_t weight) { return weight == 0; }))
      std::fill(weights_.begin(), weights_.end(), 1);  // custom with every part 0: split equally
  }

  // 30% per position (first touch, lead created, opportunity created), a missing position's 30%
  // shared equally by the positions present, and 10% over the other touches; with no other
  // touches the 10% goes equally to the positions. So each position is 90% ÷ positions (or
  // 100% ÷ positions), and a touch holding several positions adds them up. When several touches
  // carry one milestone, the earliest holds the position and the others are ordinary touches.
  void weighWShaped(std::span<const Touchpoint> touches) {
    size_t leadCreated = kNone, opportunityCreated = kNone;
    for (size_t i = 0; i < touches.size(); ++i) {
      if (leadCreated == kNone && touches[i].milestone == Milestone::leadCreated) leadCreated = i;
      if (opportunityCreated == kNone && touches[i].milestone == Milestone::opportunityCreated) opportunityCreated = i;
    }
    const auto positionsHeld = [&](size_t i) -> uint64_t {
      return uint64_t{i == 0} + uint64_t{i == leadCreated} + uint64_t{i == opportunityCreated};
    };
    const uint64_t positions = 1 + uint64_t{leadCreated != kNone} + uint64_t{opportunityCreated != kNone};
    uint64_t others = 0;
    for (size_t i = 0; i < touches.size(); ++i) others += positionsHeld(i) == 0;
    // In units of 1 ÷ (10 × positions × others): a position gets 9 × others, another touch gets positions.
    for (size_t i = 0; i < touches.size(); ++i) {
      const uint64_t held = positionsHeld(i);
      weights_[i] = others == 0 ? held : held != 0 ? held * 9 * others : positions;
    }
  }

  // Weight 2^(−days ÷ half-life), days measured back from the reference (never below 0: an open
  // opportunity's touch after its creation counts as made then). Weights are taken relative to the
  // newest touch, so old touches cannot all underflow to 0, and scaled to integers with as many
  // bits as a double holds while their sum still fits in 64 bits.
  void weighTimeDecay(std::span<const Touchpoint> touches, int64_t referenceSeconds, double halfLifeDays) {
    const auto daysBefore = [&](const Touchpoint& touch) {
      return std::max(0.0, static_cast<double>(referenceSeconds - touch.at) / kSecondsPerDay);
    };
    double nearest = std::numeric_limits<double>::infinity();
    for (const Touchpoint& touch : touches) nearest = std::min(nearest, daysBefore(touch));
    const int bits = std::min(52, 62 - static_cast<int>(std::bit_width(touches.size())));
    for (size_t i = 0; i < touches.size(); ++i) {
      const double later = daysBefore(touches[i]) - nearest;
      // A half-life that is not above 0 leaves everything to the newest touches.
      const double weight = later == 0 ? 1 : halfLifeDays > 0 ? std::exp2(-later / halfLifeDays) : 0;
      weights_[i] = static_cast<uint64_t>(std::llround(std::ldexp(weight, bits)));
    }
  }

  // Floors amount × weight ÷ total, then hands the leftover micro-units one each to the largest
  // remainders, earlier touch first on equal remainders. Negative amounts (not expected) mirror.
  void distribute(int64_t amountMicros) {
    const uint64_t magnitude =
        amountMicros < 0 ? uint64_t{0} - static_cast<uint64_t>(amountMicros) : static_cast<uint64_t>(amountMicros);
    uint64_t total = 0;
    for (uint64_t weight : weights_) total += weight;
    const size_t count = weights_.size();
    remainders_.resize(count);
    uint64_t handedOut = 0;
    for (size_t i = 0; i < count; ++i) {
      uint64_t share = 0, remainder = 0;
      if (weights_[i] == total) {
        share = magnitude;
      } else if (weights_[i] != 0) {
        const Uint128 product = Uint128{magnitude} * weights_[i];
        if (product >> 64 == 0) {  // 64-bit division is several times cheaper
          share = static_cast<uint64_t>(product) / total;
          remainder = static_cast<uint64_t>(product) % total;
        } else {
          share = static_cast<uint64_t>(product / total);
          remainder = static_cast<uint64_t>(product - Uint128{share} * total);
        }
      }
      shares_[i] = static_cast<int64_t>(share);
      remainders_[i] = remainder;
      handedOut += share;
    }
    const uint64_t leftover = magnitude - handedOut;
    if (leftover != 0) giveLeftover(leftover);
    if (amountMicros < 0)
      for (int64_t& share : shares_) share = static_cast<int64_t>(uint64_t{0} - static_cast<uint64_t>(share));
  }

  void giveLeftover(uint64_t leftover) {
    order_.clear();
    for (size_t i = 0; i < remainders_.size(); ++i)
      if (remainders_[i] != 0) order_.push_back(static_cast<uint32_t>(i));
    // The remainders add up to leftover × total, each below total: there are more candidates than micro-units.
    const auto larger = [&](uint32_t a, uint32_t b) {
      return remainders_[a] != remainders_[b] ? remainders_[a] > remainders_[b] : a < b;
    };
    const auto chosenEnd = order_.begin() + static_cast<ptrdiff_t>(std::min<uint64_t>(leftover, order_.size()));
    std::nth_element(order_.begin(), chosenEnd, order_.end(), larger);
    for (auto it = order_.begin(); it != chosenEnd; ++it) ++shares_[*it];
  }

  std::vector<uint64_t> weights_, remainders_;
  std::vector<uint32_t> order_;
  std::vector<int64_t> shares_;
};

Credit creditOf(const Opportunity& opportunity) {
  switch (opportunity.stage) {
    case OpportunityStage::open: return {opportunity.amountMicros, 0};
    case OpportunityStage::won: return {opportunity.amountMicros, opportunity.amountMicros};
    case OpportunityStage::lost: return {};
  }
  return {};
}

// Year × 12 + month − 1 of a moment's UTC date: orders like the "YYYY-MM" text it becomes.
int64_t monthKey(int64_t seconds) {
  const int64_t day = seconds / 86400 - (seconds % 86400 < 0);
  const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{day}}};
  return int64_t{static_cast<int>(date.year())} * 12 + static_cast<unsigned>(date.month()) - 1;
}

std::string monthText(int64_t key) {
  const int64_t year = key >= 0 ? key / 12 : (key - 11) / 12;
  const int64_t month = key - year * 12 + 1;
  std::string yearText = std::to_string(year);
  if (year >= 0 && yearText.size() < 4) yearText.insert(0, 4 - yearText.size(), '0');
  return yearText + (month < 10 ? "-0" : "-") + std::to_string(month);
}

// The importer builds the offsets; data put together by hand (tests, tools) may leave them out.
std::vector<uint32_t> offsetsFromTouches(const AttributionData& data) {
  std::vector<uint32_t> offsets(data.opportunities.size() + 1, 0);
  for (const Touchpoint& touch : data.touches)
    if (touch.opportunity < data.opportunities.size()) ++offsets[touch.opportunity + 1];
  for (size_t i = 1; i < offsets.size(); ++i) offsets[i] += offsets[i - 1];
  return offsets;
}

std::vector<NamedCredit> rankedByPipeline(const std::vector<std::string>& names, std::vector<Credit>& credits) {
  std::vector<NamedCredit> ranked;
  ranked.reserve(names.size());
  for (size_t i = 0; i < names.size(); ++i) ranked.push_back(NamedCredit{names[i], credits[i]});
  std::sort(ranked.begin(), ranked.end(), [](const NamedCredit& a, const NamedCredit& b) {
    if (a.credit.pipelineMicros != b.credit.pipelineMicros) return a.credit.pipelineMicros > b.credit.pipelineMicros;
    if (a.credit.revenueMicros != b.credit.revenueMicros) return a.credit.revenueMicros > b.credit.revenueMicros;
    return a.name < b.name;
  });
  return ranked;
}

using Json = nlohmann::ordered_json;

Json amountJson(int64_t micros) { return static_cast<double>(micros) / kMicrosPerUnit; }

Json creditJson(const Credit& credit) {
  Json json = Json::object();
  json["pipeline"] = amountJson(credit.pipelineMicros);
  json["revenue"] = amountJson(credit.revenueMicros);
  return json;
}

Json teamsJson(const std::array<Credit, 3>& credits) {
  Json json = Json::object();
  for (TouchTeam team : kAllTouchTeams) json[touchTeamName(team)] = creditJson(credits[teamIndex(team)]);
  return json;
}

Json namedJson(const std::vector<NamedCredit>& rows, const char* key) {
  Json list = Json::array();
  for (const NamedCredit& row : rows) {
    Json item = Json::object();
    item[key] = row.name;
    item["pipeline"] = amountJson(row.credit.pipelineMicros);
    item["revenue"] = amountJson(row.credit.revenueMicros);
    list.push_back(std::move(item));
  }
  return list;
}

// Exact decimal text of micro-units, no exponent: "1234.5", "0.000001", "-3".
std::string decimalText(int64_t micros) {
  const uint64_t magnitude = micros < 0 ? uint64_t{0} - static_cast<uint64_t>(micros) : static_cast<uint64_t>(micros);
  std::string text = (micros < 0 ? "-" : "") + std::to_string(magnitude / kMicrosPerUnit);
  uint64_t fraction = magnitude % kMicrosPerUnit;
  if (fraction == 0) return text;
  int digits = 6;
  while (fraction % 10 == 0) {
    fraction /= 10;
    --digits;
  }
  const std::string fractionDigits = std::to_string(fraction);
  return text + "." + std::string(static_cast<size_t>(digits) - fractionDigits.size(), '0') + fractionDigits;
}

}  // namespace

std::vector<int64_t> touchShares(const AttributionSettings& settings, std::span<const Touchpoint> touches,
                                 int64_t amountMicros, int64_t referenceSeconds) {
  ShareSplitter splitter;
  const std::span<const int64_t> shares = splitter.split(settings, touches, amountMicros, referenceSeconds);
  return {shares.begin(), shares.end()};
}

struct AttributionComputation::State {
  const AttributionData& data;
  AttributionResult result;
  std::vector<uint32_t> builtOffsets;
  const std::vector<uint32_t>* offsets = nullptr;  // data.firstTouchOf, or builtOffsets
  std::vector<Credit> channelCredits, campaignCredits;
  std::map<int64_t, MonthCredit> months;  // by monthKey; few entries, and node addresses stay put
  int64_t lastMonthKey = std::numeric_limits<int64_t>::min();
  MonthCredit* month = nullptr;
  ShareSplitter splitter;
  size_t next = 0;  // the next opportunity to count
  bool finished = false;

  State(const AttributionData& data_, const AttributionSettings& settings)
      : data(data_), channelCredits(data_.channels.size()), campaignCredits(data_.campaigns.size()) {
    result.settings = settings;
    result.opportunities = data.opportunities.size();
    result.touches = data.touches.size();
    if (data.firstTouchOf.size() != data.opportunities.size() + 1) builtOffsets = offsetsFromTouches(data);
    offsets = builtOffsets.empty() ? &data.firstTouchOf : &builtOffsets;
  }

  void count(size_t end) {
    const AttributionSettings& settings = result.settings;
    const std::vector<uint32_t>& firstTouchOf = *offsets;
    const std::span<const Touchpoint> allTouches(data.touches);
    for (size_t i = next; i < end; ++i) {
      const Opportunity& opportunity = data.opportunities[i];
      const Credit credit = creditOf(opportunity);
      add(result.total, credit);
      if (opportunity.crmSource) add(result.crmSourced[teamIndex(*opportunity.crmSource)], credit);
      const int64_t key = monthKey(opportunity.created);
      if (key != lastMonthKey) {
        month = &months[key];
        lastMonthKey = key;
      }

      const std::span<const Touchpoint> touches =
          allTouches.subspan(firstTouchOf[i], firstTouchOf[i + 1] - firstTouchOf[i]);
      if (touches.empty()) {
        ++result.withoutTouches;
        continue;
      }
      const TouchTeam sourcedBy = touches.front().team;
      add(result.sourced[teamIndex(sourcedBy)], credit);
      if (sourcedBy == TouchTeam::marketing) add(month->sourcedByMarketing, credit);
      unsigned touchedBy = 0;
      for (const Touchpoint& touch : touches) touchedBy |= 1u << teamIndex(touch.team);
      for (TouchTeam team : kAllTouchTeams)
        if (touchedBy & (1u << teamIndex(team))) add(result.touched[teamIndex(team)], credit);
      if (touchedBy & (1u << teamIndex(TouchTeam::marketing))) add(month->touchedByMarketing, credit);

      if (credit == Credit{}) continue;  // lost, or nothing to split
      const bool won = opportunity.stage == OpportunityStage::won;
      const std::span<const int64_t> shares = splitter.split(settings, touches, opportunity.amountMicros,
                                                             opportunity.closed.value_or(opportunity.created));
      for (size_t t = 0; t < touches.size(); ++t) {
        const Credit share{shares[t], won ? shares[t] : 0};
        add(channelCredits[touches[t].channel], share);
        add(campaignCredits[touches[t].campaign], share);
        add(result.byTeam[teamIndex(touches[t].team)], share);
        add(month->byTeam[teamIndex(touches[t].team)], share);
      }
    }
    next = end;
  }

  void finish() {
    result.byChannel = rankedByPipeline(data.channels, channelCredits);
    result.byCampaign = rankedByPipeline(data.campaigns, campaignCredits);
    result.byMonth.reserve(months.size());
    for (auto& [key, credit] : months) {
      credit.month = monthText(key);
      result.byMonth.push_back(std::move(credit));
    }
    // Nothing is left to count: give back the working memory now rather than at destruction.
    months.clear();
    month = nullptr;
    channelCredits = {};
    campaignCredits = {};
    builtOffsets = {};
    splitter = {};
    finished = true;
  }
};

AttributionComputation::AttributionComputation(const AttributionData& data, const AttributionSettings& settings)
    : state_(std::make_unique<State>(data, settings)) {}

AttributionComputation::~AttributionComputation() = default;
AttributionComputation::AttributionComputation(AttributionComputation&&) noexcept = default;
AttributionComputation& AttributionComputation::operator=(AttributionComputation&&) noexcept = default;

bool AttributionComputation::step(size_t opportunities) {
  State& state = *state_;
  if (state.finished) return true;
  const size_t total = state.data.opportunities.size();
  state.count(state.next + std::min(opportunities, total - state.next));
  if (state.next == total) state.finish();
  return state.finished;
}

bool AttributionComputation::finished() const { return state_->finished; }

double AttributionComputation::progress() const {
  // Below 1 until finished: the step that counts the last opportunity also finishes.
  if (state_->finished) return 1;
  const size_t total = state_->data.opportunities.size();
  return total == 0 ? 0 : static_cast<double>(state_->next) / static_cast<double>(total);
}

const AttributionResult& AttributionComputation::result() const { return state_->result; }

AttributionResult AttributionComputation::takeResult() { return std::move(state_->result); }

AttributionResult computeAttribution(const AttributionData& data, const AttributionSettings& settings) {
  AttributionComputation computation(data, settings);
  computation.step(std::numeric_limits<size_t>::max());
  return computation.takeResult();
}

std::string attributionJson(const AttributionResult& result) {
  Json json = Json::object();
  json["model"] = attributionModelName(result.settings.model);
  json["opportunities"] = result.opportunities;
  json["touches"] = result.touches;
  json["withoutTouches"] = result.withoutTouches;
  json["pipeline"] = amountJson(result.total.pipelineMicros);
  json["revenue"] = amountJson(result.total.revenueMicros);
  json["byChannel"] = namedJson(result.byChannel, "channel");
  json["byCampaign"] = namedJson(result.byCampaign, "campaign");
  json["byTeam"] = teamsJson(result.byTeam);
  json["sourced"] = teamsJson(result.sourced);
  json["touched"] = teamsJson(result.touched);
  json["crmSourced"] = teamsJson(result.crmSourced);
  Json months = Json::array();
  for (const MonthCredit& month : result.byMonth) {
    Json item = Json::object();
    item["month"] = month.month;
    item["marketingTouched"] = creditJson(month.touchedByMarketing);
    item["marketingSourced"] = creditJson(month.sourcedByMarketing);
    item["byTeam"] = teamsJson(month.byTeam);
    months.push_back(std::move(item));
  }
  json["byMonth"] = std::move(months);
  Json settings = Json::object();
  settings["halfLifeDays"] = result.settings.halfLifeDays;
  settings["custom"] = Json{{"first", result.settings.customFirst},
                            {"middle", result.settings.customMiddle},
                            {"last", result.settings.customLast}};
  json["settings"] = std::move(settings);
  // CRM names may hold bytes that are not UTF-8; they must not stop the export.
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string attributionCsv(const std::vector<AttributionResult>& results) {
  std::string csv = csvRow({"model", "dimension", "name", "pipeline", "revenue"});
  const auto row = [&](const char* model, const char* dimension, std::string_view name, const Credit& credit) {
    csv += csvRow({model, dimension, protectFromFormula(name), decimalText(credit.pipelineMicros),
                   decimalText(credit.revenueMicros)});
  };
  for (const AttributionResult& result : results) {
    const char* model = attributionModelName(result.settings.model);
    for (const NamedCredit& channel : result.byChannel) row(model, "channel", channel.name, channel.credit);
    for (const NamedCredit& campaign : result.byCampaign) row(model, "campaign", campaign.name, campaign.credit);
    for (TouchTeam team : kAllTouchTeams) row(model, "team", touchTeamName(team), result.byTeam[teamIndex(team)]);
  }
  return csv;
}

}  // namespace gp
