// Shared credit (issue 13): the opportunities and touchpoints a CRM exports, read into compact
// rows, and the attribution models that split each opportunity's amount over its touches. Amounts
// are integer micro-units (1/1,000,000 of the currency unit), so the shares of one opportunity add
// up to its amount exactly; rounding happens only when a number is shown.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gp {

inline constexpr int64_t kMicrosPerUnit = 1'000'000;

// The team of a touch, and the CRM's own "source" of an opportunity. Files: "marketing", "sales", "partner".
enum class TouchTeam { marketing, sales, partner };
inline constexpr TouchTeam kAllTouchTeams[] = {TouchTeam::marketing, TouchTeam::sales, TouchTeam::partner};
const char* touchTeamName(TouchTeam);   // "marketing", "sales", "partner"
const char* touchTeamLabel(TouchTeam);  // "Marketing", "Sales", "Partner"
std::optional<TouchTeam> touchTeamFromName(std::string_view);

// Files: "open", "won", "lost".
enum class OpportunityStage { open, won, lost };

// The touch at which the lead, or the opportunity, was created. Files: "", "lead-created", "opportunity-created".
enum class Milestone { none, leadCreated, opportunityCreated };

enum class AttributionModel { firstTouch, lastTouch, linear, uShaped, wShaped, timeDecay, custom };
inline constexpr AttributionModel kAllAttributionModels[] = {
    AttributionModel::firstTouch, AttributionModel::lastTouch, AttributionModel::linear, AttributionModel::uShaped,
    AttributionModel::wShaped,    AttributionModel::timeDecay, AttributionModel::custom};
// "first", "last", "linear", "u-shaped", "w-shaped", "time-decay", "custom" (the CLI's --model and the plan file)
const char* attributionModelName(AttributionModel);
// "First touch", "Last touch", "Linear", "U-shaped", "W-shaped", "Time decay", "Custom"
const char* attributionModelLabel(AttributionModel);
std::optional<AttributionModel> attributionModelFromName(std::string_view);

// What the teams agree on besides the model.
struct AttributionSettings {
  AttributionModel model = AttributionModel::linear;
  double halfLifeDays = 7;  // time decay; > 0
  // custom: percentages of the first touch, the touches between (split equally) and the last touch;
  // they add up to 100. One touch gets everything; two touches split first + last's share
  // in proportion first : last (50/50 when both are 0), and the middle share goes to them equally.
  double customFirst = 40, customMiddle = 20, customLast = 40;
  bool operator==(const AttributionSettings&) const = default;
};

struct Opportunity {
  std::string id;         // as the CRM writes it; never leaves the browser or the CLI's memory
  int64_t created = 0;    // seconds since 1970-01-01T00:00:00Z
  std::optional<int64_t> closed;  // absent while open
  int64_t amountMicros = 0;       // >= 0
  OpportunityStage stage = OpportunityStage::open;
  std::optional<TouchTeam> crmSource;  // the CRM's "source" column; absent when empty
};

struct Touchpoint {
  uint32_t opportunity = 0;  // index into AttributionData::opportunities
  uint32_t channel = 0;      // index into AttributionData::channels ("" is a valid name: no channel)
  uint32_t campaign = 0;     // index into AttributionData::campaigns ("" is a valid name: no campaign)
  TouchTeam team = TouchTeam::marketing;
  Milestone milestone = Milestone::none;
  int64_t at = 0;            // seconds since 1970-01-01T00:00:00Z
  uint32_t fileOrder = 0;    // 0-based position in the touchpoint file (ties in time keep it)
};

// Everything two imports read. `touches` is sorted by opportunity, then time, then file order,
// and holds no touch after its opportunity's `closed` moment (those are dropped, and counted).
struct AttributionData {
  std::vector<Opportunity> opportunities;  // in file order
  std::vector<Touchpoint> touches;
  std::vector<uint32_t> firstTouchOf;      // opportunities.size() + 1 offsets into touches
  std::vector<std::string> channels;       // interned, in order first seen
  std::vector<std::string> campaigns;      // interned, in order first seen
  size_t ignoredAfterClose = 0;            // touches dropped because they came after `closed`
  size_t withoutTouches() const;           // opportunities with no touch at all
};

}  // namespace gp
