#include "core/attribution/attribution_data.h"

#include <algorithm>

namespace gp {

namespace {

// Names from the CLI, the plan file and people typing: ASCII case, spaces and underscores do not
// matter ("Time decay", "time_decay" and "time-decay" are one model).
std::string normalisedName(std::string_view text) {
  std::string name(text);
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ' || c == '_') c = '-';
  }
  return name;
}

}  // namespace

const char* touchTeamName(TouchTeam team) {
  switch (team) {
    case TouchTeam::marketing: return "marketing";
    case TouchTeam::sales: return "sales";
    case TouchTeam::partner: return "partner";
  }
  return "marketing";
}

const char* touchTeamLabel(TouchTeam team) {
  switch (team) {
    case TouchTeam::marketing: return "Marketing";
    case TouchTeam::sales: return "Sales";
    case TouchTeam::partner: return "Partner";
  }
  return "Marketing";
}

std::optional<TouchTeam> touchTeamFromName(std::string_view text) {
  const std::string name = normalisedName(text);
  for (TouchTeam team : kAllTouchTeams)
    if (name == touchTeamName(team)) return team;
  return std::nullopt;
}

const char* attributionModelName(AttributionModel model) {
  switch (model) {
    case AttributionModel::firstTouch: return "first";
    case AttributionModel::lastTouch: return "last";
    case AttributionModel::linear: return "linear";
    case AttributionModel::uShaped: return "u-shaped";
    case AttributionModel::wShaped: return "w-shaped";
    case AttributionModel::timeDecay: return "time-decay";
    case AttributionModel::custom: return "custom";
  }
  return "linear";
}

const char* attributionModelLabel(AttributionModel model) {
  switch (model) {
    case AttributionModel::firstTouch: return "First touch";
    case AttributionModel::lastTouch: return "Last touch";
    case AttributionModel::linear: return "Linear";
    case AttributionModel::uShaped: return "U-shaped";
    case AttributionModel::wShaped: return "W-shaped";
    case AttributionModel::timeDecay: return "Time decay";
    case AttributionModel::custom: return "Custom";
  }
  return "Linear";
}

std::optional<AttributionModel> attributionModelFromName(std::string_view text) {
  const std::string name = normalisedName(text);
  for (AttributionModel model : kAllAttributionModels)
    if (name == attributionModelName(model)) return model;
  // The spellings attribution tools commonly use.
  if (name == "first-touch") return AttributionModel::firstTouch;
  if (name == "last-touch") return AttributionModel::lastTouch;
  if (name == "u" || name == "position-based") return AttributionModel::uShaped;
  if (name == "w") return AttributionModel::wShaped;
  return std::nullopt;
}

size_t AttributionData::withoutTouches() const {
  if (firstTouchOf.size() == opportunities.size() + 1) {
    size_t count = 0;
    for (size_t i = 0; i < opportunities.size(); ++i)
      if (firstTouchOf[i] == firstTouchOf[i + 1]) ++count;
    return count;
  }
  // Offsets not built (data assembled by hand): count the opportunities no touch names.
  std::vector<bool> touched(opportunities.size(), false);
  for (const Touchpoint& touch : touches)
    if (touch.opportunity < touched.size()) touched[touch.opportunity] = true;
  return static_cast<size_t>(std::count(touched.begin(), touched.end(), false));
}

}  // namespace gp
