// What the plan keeps of attribution: the model both teams agree on, its settings, and the
// aggregates last computed from the CRM data in someone's browser (per channel, campaign, team
// and month). No opportunity or touchpoint row ever enters the plan.
#pragma once

#include <optional>

#include "core/attribution/attribution_models.h"
#include "core/model/stamp.h"

namespace gp {

// Comments and sign-offs on the agreed model use this target (like kSlaTarget).
inline constexpr const char* kAttributionTarget = "attribution";

struct AttributionAgreement {
  AttributionSettings settings;               // the agreed model; every view uses it
  std::optional<AttributionResult> results;   // computed under results->settings, which may be older
  Stamp computed;                             // who imported the data behind `results`, and when
  bool operator==(const AttributionAgreement&) const = default;
};

// A plan that never chose a model nor imported data: the file leaves "attribution" out.
inline bool isUnset(const AttributionAgreement& agreement) { return agreement == AttributionAgreement{}; }

// The model with the settings that matter to it, for people and for the sign-off fingerprint:
// "Linear", "Time decay, half-life 7 days", "Custom: first 40%, middle 20%, last 40%".
std::string attributionSettingsText(const AttributionSettings&);

// Model and settings are valid: half-life above 0 and at most 3650 days; custom shares each
// 0-100 and adding up to 100. The message names the field ("custom: the shares add up to 90, not 100").
std::string settingsProblem(const AttributionSettings&);

}  // namespace gp
