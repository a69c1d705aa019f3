// Canonical JSON of single entities, exactly as the file holds them (review.h fingerprints what a
// team signed off from these, so a sign-off follows the file's notion of content).
#pragma once

#include <nlohmann/json.hpp>

#include "core/model/document.h"

namespace gp {

nlohmann::ordered_json entityJson(const PlanInfo&);
nlohmann::ordered_json entityJson(const Section&);
nlohmann::ordered_json entityJson(const GlossaryTerm&);
nlohmann::ordered_json entityJson(const Commitment&);
nlohmann::ordered_json entityJson(const Campaign&);
nlohmann::ordered_json entityJson(const Person&);
nlohmann::ordered_json entityJson(const Scenario&);
nlohmann::ordered_json entityJson(const CommentThread&);
nlohmann::ordered_json entityJson(const SignOff&);
// The plan's own assumptions as the "growth" object holds them (without its scenarios).
nlohmann::ordered_json assumptionsJson(const GrowthAssumptions&);

}  // namespace gp
