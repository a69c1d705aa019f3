// One person's diagnostic answer on its way into a plan (from an answer link, a file, the shared
// laptop or the CLI), and what recording a batch of them did.
#pragma once

#include <string>
#include <vector>

#include "core/model/stamp.h"

namespace gp {

struct DiagnosticSubmission {
  std::string roundLabel;  // e.g. "Kick-off"
  std::string roundDate;   // YYYY-MM-DD, used when the round is new
  std::string respondent;  // respondentKey(name)
  Team team = Team::marketing;
  std::vector<int> scores;
  std::string answeredAt;  // ISO 8601 UTC
  bool operator==(const DiagnosticSubmission&) const = default;
};

struct DiagnosticMergeResult {
  int added = 0;     // people who had not answered in that round
  int replaced = 0;  // later answers that replaced a person's earlier one
  int unchanged = 0; // the same answer again, or one sent before the answer the plan holds
  int roundsAdded = 0;
};

}  // namespace gp
