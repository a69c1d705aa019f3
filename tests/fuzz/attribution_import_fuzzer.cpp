// Attribution import: any two CSV texts read into data or problems, never a crash. The input is
// "<opportunities CSV> 0x00 <touchpoints CSV> [0x00 <control bytes>]" (no 0x00: all opportunities).
// Both texts import in one go with the suggested mappings, and through an AttributionImportJob with
// a mapping the control bytes choose (a field or "as suggested" per column, the slash-date order),
// stepped with budgets of 1..64 until it finishes. A clean import keeps what attribution_data.h
// promises (touches grouped and ordered, offsets, names in range), and under every model the teams',
// channels', campaigns' and months' credit adds up to the total of the opportunities with touches,
// and each opportunity's touch shares to its amount. Problems are capped, 1-based, sorted, and
// leave no data. With the suggested mapping, small steps give what one call gives. The rows store
// gives both texts and mappings back byte for byte, and any bytes unpack or are refused.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/attribution/attribution_import.h"
#include "core/attribution/attribution_models.h"
#include "core/attribution/attribution_rows_store.h"
#include "fuzz_support.h"

namespace {

using namespace gp;

// The control bytes, read in order; 0 once they run out (0 means "as suggested" / the default).
class Control {
 public:
  explicit Control(std::string_view bytes) : bytes_(bytes) {}
  uint8_t next() { return at_ < bytes_.size() ? static_cast<uint8_t>(bytes_[at_++]) : 0; }
  std::string_view rest() const { return bytes_.substr(std::min(at_, bytes_.size())); }

 private:
  std::string_view bytes_;
  size_t at_ = 0;
};

struct Parts {
  std::string_view opportunities, touchpoints, control;
};

Parts split(std::string_view input) {
  Parts parts;
  const size_t first = input.find('\0');
  parts.opportunities = input.substr(0, first);
  if (first == std::string_view::npos) return parts;
  const std::string_view rest = input.substr(first + 1);
  const size_t second = rest.find('\0');
  parts.touchpoints = rest.substr(0, second);
  if (second != std::string_view::npos) parts.control = rest.substr(second + 1);
  return parts;
}

template <typename Field, size_t N>
ColumnMapping<Field> derivedMapping(Control& control, ColumnMapping<Field> suggested, size_t headers,
                                    const Field (&all)[N]) {
  ColumnMapping<Field> mapping;
  const uint8_t dates = control.next();
  mapping.slashDates = dates == 0 ? suggested.slashDates : static_cast<SlashDates>((dates - 1) % 3);
  // Sometimes fewer or more entries than the header has columns (a stored mapping of an older file).
  const uint8_t length = control.next();
  size_t count = headers;
  if (length != 0) count = static_cast<size_t>(std::max<long>(0, static_cast<long>(headers) + (length % 5) - 2));
  suggested.columns.resize(std::max(suggested.columns.size(), count), Field::ignore);
  for (size_t c = 0; c < count; ++c) {
    const uint8_t pick = control.next();
    mapping.columns.push_back(pick == 0 ? suggested.columns[c] : all[(pick - 1) % N]);
  }
  return mapping;
}

// Settings the plan file accepts (attribution_agreement.h: half-life in (0, 3650], custom 0..100 adding to 100).
AttributionSettings derivedSettings(Control& control) {
  AttributionSettings settings;
  static constexpr double kHalfLives[] = {7, 0.0001, 0.5, 1, 30, 365, 3650, 1e-9};
  settings.halfLifeDays = kHalfLives[control.next() % std::size(kHalfLives)];
  const uint8_t first = control.next(), middle = control.next();
  if (first != 0 || middle != 0) {
    settings.customFirst = first % 101;
    settings.customMiddle = middle % (101 - static_cast<int>(settings.customFirst));
    settings.customLast = 100 - settings.customFirst - settings.customMiddle;
  }
  return settings;
}

std::string describe(const AttributionData& data) {
  std::string text = std::to_string(data.opportunities.size()) + " opportunities, " +
                     std::to_string(data.touches.size()) + " touches, offsets";
  for (uint32_t offset : data.firstTouchOf) text += " " + std::to_string(offset);
  return text;
}

Credit creditOf(const Opportunity& opportunity) {
  switch (opportunity.stage) {
    case OpportunityStage::open: return {opportunity.amountMicros, 0};
    case OpportunityStage::won: return {opportunity.amountMicros, opportunity.amountMicros};
    case OpportunityStage::lost: return {};
  }
  return {};
}

void add(Credit& sum, const Credit& credit) {
  sum.pipelineMicros += credit.pipelineMicros;
  sum.revenueMicros += credit.revenueMicros;
}

std::string creditText(const Credit& credit) {
  return std::to_string(credit.pipelineMicros) + " / " + std::to_string(credit.revenueMicros);
}

void requireCredit(const Credit& got, const Credit& expected, const char* what, AttributionModel model) {
  if (got != expected)
    fuzz::fail(what, std::string("model ") + attributionModelName(model) + ": " + creditText(got) + ", expected " +
                         creditText(expected));
}

// What attribution_data.h promises of imported data.
void checkData(const AttributionData& data) {
  const size_t opportunities = data.opportunities.size();
  fuzz::require(data.firstTouchOf.size() == opportunities + 1, "firstTouchOf is not opportunities + 1 offsets",
                describe(data));
  fuzz::require(data.firstTouchOf.front() == 0, "the first offset is not 0", describe(data));
  fuzz::require(data.firstTouchOf.back() == data.touches.size(), "the last offset is not the number of touches",
                describe(data));
  fuzz::require(std::is_sorted(data.firstTouchOf.begin(), data.firstTouchOf.end()), "the offsets decrease",
                describe(data));

  std::set<std::string_view> ids;
  int64_t total = 0;
  for (const Opportunity& opportunity : data.opportunities) {
    fuzz::require(!opportunity.id.empty(), "an opportunity has no id");
    fuzz::require(ids.insert(opportunity.id).second, "two opportunities have one id", opportunity.id);
    fuzz::require(opportunity.amountMicros >= 0, "an amount is negative", opportunity.id);
    total += opportunity.amountMicros;
    fuzz::require(total >= 0 && total <= 9'000'000'000'000'000'000, "the amounts add up past the limit");
    fuzz::require(opportunity.closed.has_value() == (opportunity.stage != OpportunityStage::open),
                  "closed is set for an open opportunity or missing for a closed one", opportunity.id);
    if (opportunity.closed)
      fuzz::require(*opportunity.closed + 86'399 >= opportunity.created, "an opportunity closed before it was created",
                    opportunity.id);
  }
  for (const auto* names : {&data.channels, &data.campaigns}) {
    const std::set<std::string_view> unique(names->begin(), names->end());
    fuzz::require(unique.size() == names->size(), "a channel or campaign name is interned twice");
  }

  std::vector<uint32_t> fileOrders;
  fileOrders.reserve(data.touches.size());
  for (size_t i = 0; i < opportunities; ++i) {
    const Opportunity& opportunity = data.opportunities[i];
    for (uint32_t t = data.firstTouchOf[i]; t < data.firstTouchOf[i + 1]; ++t) {
      const Touchpoint& touch = data.touches[t];
      fuzz::require(touch.opportunity == i, "a touch is outside its opportunity's range", describe(data));
      if (opportunity.closed)
        fuzz::require(touch.at <= *opportunity.closed + 86'399, "a touch after its opportunity closed was kept",
                      opportunity.id);
    }
  }
  for (size_t t = 0; t < data.touches.size(); ++t) {
    const Touchpoint& touch = data.touches[t];
    fuzz::require(touch.opportunity < opportunities, "a touch names no opportunity", describe(data));
    fuzz::require(touch.channel < data.channels.size(), "a touch's channel is out of range");
    fuzz::require(touch.campaign < data.campaigns.size(), "a touch's campaign is out of range");
    fuzz::require(static_cast<int>(touch.team) >= 0 && static_cast<int>(touch.team) <= 2, "a touch's team is no team");
    fuzz::require(static_cast<int>(touch.milestone) >= 0 && static_cast<int>(touch.milestone) <= 2,
                  "a touch's milestone is no milestone");
    if (t > 0) {
      const Touchpoint& before = data.touches[t - 1];
      fuzz::require(std::tie(before.opportunity, before.at, before.fileOrder) <
                        std::tie(touch.opportunity, touch.at, touch.fileOrder),
                    "touches are not sorted by opportunity, time and file order", describe(data));
    }
    fileOrders.push_back(touch.fileOrder);
  }
  std::sort(fileOrders.begin(), fileOrders.end());
  fuzz::require(std::adjacent_find(fileOrders.begin(), fileOrders.end()) == fileOrders.end(),
                "two touches have one file order");

  size_t without = 0;
  for (size_t i = 0; i < opportunities; ++i) without += data.firstTouchOf[i] == data.firstTouchOf[i + 1];
  fuzz::require(data.withoutTouches() == without, "withoutTouches() miscounts");
}

// Under every model: the credit handed out adds up to the total of the opportunities with touches
// (lost ones count in neither), in every breakdown, and each opportunity's shares to its amount.
void checkModels(const AttributionData& data, const AttributionSettings& base) {
  Credit total, touched;
  for (size_t i = 0; i < data.opportunities.size(); ++i) {
    const Credit credit = creditOf(data.opportunities[i]);
    add(total, credit);
    if (data.firstTouchOf[i] != data.firstTouchOf[i + 1]) add(touched, credit);
  }
  for (AttributionModel model : kAllAttributionModels) {
    AttributionSettings settings = base;
    settings.model = model;
    const AttributionResult result = computeAttribution(data, settings);
    fuzz::require(result.opportunities == data.opportunities.size() && result.touches == data.touches.size() &&
                      result.withoutTouches == data.withoutTouches(),
                  "the result counts differently from the data", attributionModelName(model));
    requireCredit(result.total, total, "the total is not every opportunity's pipeline and revenue", model);
    Credit byTeam, sourced, byChannel, byCampaign, byMonth;
    for (TouchTeam team : kAllTouchTeams) {
      add(byTeam, result.byTeam[static_cast<size_t>(team)]);
      add(sourced, result.sourced[static_cast<size_t>(team)]);
    }
    for (const NamedCredit& row : result.byChannel) add(byChannel, row.credit);
    for (const NamedCredit& row : result.byCampaign) add(byCampaign, row.credit);
    for (const MonthCredit& month : result.byMonth)
      for (const Credit& credit : month.byTeam) add(byMonth, credit);
    requireCredit(byTeam, touched, "byTeam does not add up to the pipeline of the opportunities with touches", model);
    requireCredit(sourced, touched, "sourced does not add up to the pipeline of the opportunities with touches", model);
    requireCredit(byChannel, touched, "byChannel does not add up to the pipeline of the opportunities with touches", model);
    requireCredit(byCampaign, touched, "byCampaign does not add up to the pipeline of the opportunities with touches",
                  model);
    requireCredit(byMonth, touched, "byMonth does not add up to the pipeline of the opportunities with touches", model);
    fuzz::require(result.byChannel.size() == data.channels.size() && result.byCampaign.size() == data.campaigns.size(),
                  "a channel or campaign is missing from the result", attributionModelName(model));

    std::array<Credit, 3> teamShares{};
    for (size_t i = 0; i < data.opportunities.size(); ++i) {
      const Opportunity& opportunity = data.opportunities[i];
      const std::span<const Touchpoint> touches(data.touches.data() + data.firstTouchOf[i],
                                                data.firstTouchOf[i + 1] - data.firstTouchOf[i]);
      const std::vector<int64_t> shares =
          touchShares(settings, touches, opportunity.amountMicros, opportunity.closed.value_or(opportunity.created));
      fuzz::require(shares.size() == touches.size(), "touchShares gives another number of shares", opportunity.id);
      if (touches.empty()) continue;
      fuzz::require(std::all_of(shares.begin(), shares.end(), [](int64_t share) { return share >= 0; }),
                    "a touch share is negative", std::string(attributionModelName(model)) + " " + opportunity.id);
      const int64_t sum = std::accumulate(shares.begin(), shares.end(), int64_t{0});
      if (sum != opportunity.amountMicros)
        fuzz::fail("touch shares do not add up to the amount",
                   std::string(attributionModelName(model)) + " " + opportunity.id + ": " + std::to_string(sum) +
                       " of " + std::to_string(opportunity.amountMicros));
      if (opportunity.stage == OpportunityStage::lost) continue;
      for (size_t t = 0; t < touches.size(); ++t)
        add(teamShares[static_cast<size_t>(touches[t].team)],
            Credit{shares[t], opportunity.stage == OpportunityStage::won ? shares[t] : 0});
    }
    for (TouchTeam team : kAllTouchTeams)
      requireCredit(result.byTeam[static_cast<size_t>(team)], teamShares[static_cast<size_t>(team)],
                    "a team's credit is not the sum of its touches' shares", model);
  }
}

void checkProblems(const std::vector<AttributionProblem>& problems, size_t problemCount, const AttributionData& data) {
  fuzz::require(problemCount > 0, "not ok without a problem");
  fuzz::require(problems.size() == std::min(problemCount, kMaxAttributionProblems),
                "the problems kept are not the first kMaxAttributionProblems",
                std::to_string(problems.size()) + " of " + std::to_string(problemCount));
  for (const AttributionProblem& problem : problems) {
    fuzz::require(problem.row >= 1, "a problem has row 0", problem.text());
    fuzz::require(problem.file == "opportunities" || problem.file == "touchpoints", "a problem names no file",
                  problem.text());
    fuzz::require(!problem.message.empty(), "a problem has no message", problem.text());
  }
  fuzz::require(std::is_sorted(problems.begin(), problems.end(),
                               [](const AttributionProblem& a, const AttributionProblem& b) {
                                 return std::make_tuple(a.file != "opportunities", a.row, a.column) <
                                        std::make_tuple(b.file != "opportunities", b.row, b.column);
                               }),
                "problems are not in file, row, column order");
  fuzz::require(data.opportunities.empty() && data.touches.empty() && data.channels.empty() && data.campaigns.empty(),
                "an import with problems still holds data", describe(data));
}

void checkOutcome(bool ok, const std::vector<AttributionProblem>& problems, size_t problemCount,
                  const AttributionData& data, const AttributionSettings& settings) {
  if (!ok) {
    checkProblems(problems, problemCount, data);
    return;
  }
  fuzz::require(problems.empty(), "ok with problems");
  checkData(data);
  checkModels(data, settings);
}

bool sameProblems(const std::vector<AttributionProblem>& a, const std::vector<AttributionProblem>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const AttributionProblem& x, const AttributionProblem& y) {
    return x.text() == y.text();
  });
}

bool sameData(const AttributionData& a, const AttributionData& b) {
  const auto sameOpportunity = [](const Opportunity& x, const Opportunity& y) {
    return x.id == y.id && x.created == y.created && x.closed == y.closed && x.amountMicros == y.amountMicros &&
           x.stage == y.stage && x.crmSource == y.crmSource;
  };
  const auto sameTouch = [](const Touchpoint& x, const Touchpoint& y) {
    return x.opportunity == y.opportunity && x.channel == y.channel && x.campaign == y.campaign && x.team == y.team &&
           x.milestone == y.milestone && x.at == y.at && x.fileOrder == y.fileOrder;
  };
  return std::equal(a.opportunities.begin(), a.opportunities.end(), b.opportunities.begin(), b.opportunities.end(),
                    sameOpportunity) &&
         std::equal(a.touches.begin(), a.touches.end(), b.touches.begin(), b.touches.end(), sameTouch) &&
         a.firstTouchOf == b.firstTouchOf && a.channels == b.channels && a.campaigns == b.campaigns &&
         a.ignoredAfterClose == b.ignoredAfterClose;
}

// The rows store keeps both texts and mappings as they were.
void roundTripRows(std::string_view opportunities, const OpportunityMapping& opportunityMapping,
                   std::string_view touchpoints, const TouchMapping& touchMapping, std::string_view fileName) {
  StoredAttributionRows rows;
  rows.opportunitiesCsv = opportunities;
  rows.opportunityMapping = opportunityMapping;
  rows.touchpointsCsv = touchpoints;
  rows.touchMapping = touchMapping;
  rows.opportunitiesFile = "opportunities.csv";
  rows.touchpointsFile = fileName;
  const std::string packed = packAttributionRows(rows);
  const std::optional<StoredAttributionRows> back = unpackAttributionRows(packed);
  if (!back) fuzz::fail("packed rows do not unpack", packed);
  fuzz::require(back->opportunitiesCsv == rows.opportunitiesCsv, "the opportunities text changed in the store");
  fuzz::require(back->touchpointsCsv == rows.touchpointsCsv, "the touchpoints text changed in the store");
  fuzz::require(back->opportunityMapping == rows.opportunityMapping, "the opportunity mapping changed in the store",
                packed);
  fuzz::require(back->touchMapping == rows.touchMapping, "the touch mapping changed in the store", packed);
  fuzz::require(back->opportunitiesFile == rows.opportunitiesFile && back->touchpointsFile == rows.touchpointsFile,
                "a file name changed in the store", packed);
}

// Any bytes as a stored text: refused, or rows that pack and unpack to themselves and import like any others.
void unpackRaw(std::string_view input, const AttributionSettings& settings) {
  const std::optional<StoredAttributionRows> rows = unpackAttributionRows(input);
  if (!rows) return;
  const std::string packed = packAttributionRows(*rows);
  const std::optional<StoredAttributionRows> again = unpackAttributionRows(packed);
  if (!again) fuzz::fail("unpacked rows pack into a text that does not unpack", packed);
  fuzz::require(packAttributionRows(*again) == packed, "unpacked rows pack differently after a round trip", packed);
  const AttributionImport imported =
      importAttribution(rows->opportunitiesCsv, rows->touchpointsCsv, rows->opportunityMapping, rows->touchMapping);
  checkOutcome(imported.ok(), imported.problems, imported.problemCount, imported.data, settings);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(bytes), size);
  const Parts parts = split(input);
  Control control(parts.control);

  const std::vector<std::string> opportunityHeaders = previewCsv(parts.opportunities, "opportunities").headers;
  const std::vector<std::string> touchHeaders = previewCsv(parts.touchpoints, "touchpoints").headers;
  const OpportunityMapping suggestedOpportunities = suggestOpportunityMapping(opportunityHeaders);
  const TouchMapping suggestedTouches = suggestTouchMapping(touchHeaders);
  const OpportunityMapping opportunityMapping =
      derivedMapping(control, suggestedOpportunities, opportunityHeaders.size(), kAllOpportunityFields);
  const TouchMapping touchMapping = derivedMapping(control, suggestedTouches, touchHeaders.size(), kAllTouchFields);
  const AttributionSettings settings = derivedSettings(control);

  // In one go, with the suggested mappings.
  const AttributionImport imported = importAttribution(std::string(parts.opportunities), std::string(parts.touchpoints));
  checkOutcome(imported.ok(), imported.problems, imported.problemCount, imported.data, settings);

  // In small steps, with the chosen mapping.
  AttributionImportJob job(std::string(parts.opportunities), opportunityMapping, std::string(parts.touchpoints),
                           touchMapping);
  const size_t maxSteps = 16 * size + 1000;
  size_t steps = 0;
  double progress = job.progress();
  fuzz::require(progress >= 0 && progress <= 1, "progress outside 0..1", std::to_string(progress));
  bool done = job.finished();
  while (!done) {
    const size_t budget = control.next() % 64 + 1;
    done = job.step(budget);
    fuzz::require(done == job.finished(), "step() and finished() disagree");
    const double now = job.progress();
    fuzz::require(now >= 0 && now <= 1, "progress outside 0..1", std::to_string(now) + " in " + job.phase());
    fuzz::require(now >= progress, "progress went back",
                  std::to_string(progress) + " -> " + std::to_string(now) + " in " + job.phase());
    progress = now;
    if (++steps > maxSteps) fuzz::fail("the import job does not finish", std::to_string(steps) + " steps");
  }
  fuzz::require(job.phase() == "Done" && progress == 1, "a finished job is not done", job.phase());
  fuzz::require(job.ok() == (job.problemCount() == 0), "ok() is not \"no problems\"");
  checkOutcome(job.ok(), job.problems(), job.problemCount(), job.data(), settings);

  // Steps of any size read what one call reads.
  if (opportunityMapping == suggestedOpportunities && touchMapping == suggestedTouches) {
    fuzz::require(job.problemCount() == imported.problemCount, "the job in steps counts other problems than one call",
                  std::to_string(job.problemCount()) + " vs " + std::to_string(imported.problemCount));
    fuzz::require(sameProblems(job.problems(), imported.problems), "the job in steps finds other problems than one call");
    fuzz::require(sameData(job.data(), imported.data), "the job in steps reads other data than one call",
                  describe(job.data()) + " vs " + describe(imported.data));
  }

  roundTripRows(parts.opportunities, opportunityMapping, parts.touchpoints, touchMapping, control.rest());
  roundTripRows(parts.opportunities, suggestedOpportunities, parts.touchpoints, suggestedTouches, "");
  unpackRaw(input, settings);
  return 0;
}
