// The attribution models: how one opportunity's amount is split over its touches, and the totals
// per channel, campaign, team and month that the views, the plan file and the CLI show.
#pragma once

#include <array>
#include <cstdint>
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

// The CLI's --json shape (issue 13): model, opportunities, pipeline, revenue, byChannel,
// byCampaign, byTeam, sourced, touched (+ crmSourced, byMonth, touches, withoutTouches). Amounts are
// plain numbers in currency units, unrounded (micros / 1e6).
std::string attributionJson(const AttributionResult&);

// A table for spreadsheets (the app's "Export CSV"): one row per model × dimension × name, with
// pipeline and revenue in currency units: "model,dimension,name,pipeline,revenue".
std::string attributionCsv(const std::vector<AttributionResult>& results);

}  // namespace gp
