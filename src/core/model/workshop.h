// Workshops (schema version 5, optional lists): the alignment diagnostic's rounds and answers.
// Plain data, like document.h.
#pragma once

#include <string>
#include <vector>

#include "core/model/stamp.h"

namespace gp {

inline constexpr int kDiagnosticStatementCount = 20;

// One sitting of the diagnostic, e.g. {"Kick-off", "2027-01-12"}; answers name it by id.
struct DiagnosticRound {
  EntityMeta meta;
  std::string label;
  std::string date;  // YYYY-MM-DD
  bool operator==(const DiagnosticRound&) const = default;
};

// One person's answer in one round: 20 scores from 1 (strongly disagree) to 5 (strongly agree).
// The person is counted, never named: `respondent` is a fingerprint of their folded name, so a
// later answer from the same name replaces the earlier one and the plan holds no names.
struct DiagnosticAnswer {
  EntityMeta meta;  // id: diagnosticAnswerId(roundId, respondent), so copies hold one entity
  std::string roundId;
  std::string respondent;  // 16 hex digits
  Team team = Team::marketing;  // marketing, sales or leadership
  std::vector<int> scores;      // kDiagnosticStatementCount of them
  std::string answeredAt;       // ISO 8601 UTC, when the person sent it
  bool operator==(const DiagnosticAnswer&) const = default;
};

}  // namespace gp
