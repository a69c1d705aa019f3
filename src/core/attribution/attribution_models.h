// The attribution models: how one opportunity's amount is split over its touches, and the totals
// per channel, campaign, team and month that the views, the plan file and the CLI show.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/attribution/attribution_data.h"

namespace gp {

// The share of `amountMicros` each touch gets, in the order given (time order, ties in file
// order). The shares are >= 0 and add up to amountMicros exactly: each model's exact real shares
// are floored, and the micro-units left over go one each to the largest remainders (earlier touch
// first on equal remainders). `referenceSeconds` is what time decay measures from: the
// opportunity's closed moment, or its created moment while it is open. Empty for no touches.
std::vector<int64_t> touchShares(const AttributionSettings&, std::span<const Touchpoint> touches, int64_t amountMicros,
                                 int64_t referenceSeconds);

// Pipeline: open and won amounts. Revenue: won amounts. Lost opportunities count in neither.
struct Credit {
  int64_t pipelineMicros = 0;
  int64_t revenueMicros = 0;
  bool operator==(const Credit&) const = default;
};

struct NamedCredit {
  std::string name;  // channel or campaign ("" when the touch named none)
  Credit credit;
  bool operator==(const NamedCredit&) const = default;
};

// One calendar month of opportunity creation ("2027-01"): marketing-touched and -sourced
// pipeline and revenue, and the credit each team earned under the model.
struct MonthCredit {
  std::string month;  // YYYY-MM of the opportunity's created date (UTC)
  Credit touchedByMarketing, sourcedByMarketing;
  std::array<Credit, 3> byTeam{};  // indexed by TouchTeam
  bool operator==(const MonthCredit&) const = default;
};

struct AttributionResult {
  AttributionSettings settings;
  size_t opportunities = 0;       // all of them, with or without touches
  size_t touches = 0;             // counted touches (after dropping those after close)
  size_t withoutTouches = 0;      // their amounts count in `total` but in no channel, campaign or team
  Credit total;                   // every opportunity's pipeline and revenue
  std::vector<NamedCredit> byChannel;   // sorted by pipeline, largest first; ties by name
  std::vector<NamedCredit> byCampaign;  // same order
  std::array<Credit, 3> byTeam{};       // indexed by TouchTeam: the model's credit
  // Independent of the model: sourced = the team of the first touch; touched = any touch by the
  // team (one opportunity can be touched by several); crmSourced = the CRM's source column.
  std::array<Credit, 3> sourced{}, touched{}, crmSourced{};
  std::vector<MonthCredit> byMonth;     // in month order, only months with opportunities
  bool operator==(const AttributionResult&) const = default;
};

AttributionResult computeAttribution(const AttributionData&, const AttributionSettings&);

// computeAttribution in slices, so the app can spread a large data set over frames: step() works
// through at most `opportunities` opportunities (and their touches); the step that finishes the
// last one also ranks byChannel and byCampaign and builds byMonth. The result equals
// computeAttribution's for any slicing. `data` must outlive the computation and not change.
// (computeAttribution is this with one step(SIZE_MAX): there is one implementation.)
class AttributionComputation {
 public:
  AttributionComputation(const AttributionData& data, const AttributionSettings& settings);
  ~AttributionComputation();
  AttributionComputation(AttributionComputation&&) noexcept;
  AttributionComputation& operator=(AttributionComputation&&) noexcept;

  bool step(size_t opportunities);  // true once finished; a step after that does nothing
  bool finished() const;
  double progress() const;                  // 0..1, reaches 1 exactly when finished
  const AttributionResult& result() const;  // complete once finished()
  AttributionResult takeResult();           // moves the result out; call once, when finished

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The CLI's --json shape (issue 13): model, opportunities, pipeline, revenue, byChannel,
// byCampaign, byTeam, sourced, touched (+ crmSourced, byMonth, touches, withoutTouches). Amounts are
// plain numbers in currency units, unrounded (micros / 1e6).
std::string attributionJson(const AttributionResult&);

// A table for spreadsheets (the app's "Export CSV"): one row per model × dimension × name, with
// pipeline and revenue in currency units: "model,dimension,name,pipeline,revenue".
std::string attributionCsv(const std::vector<AttributionResult>& results);

}  // namespace gp
