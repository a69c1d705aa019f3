// The plan-wide activity feed: who changed what and when, newest first, gathered from the stamps
// every entity carries, the glossary's per-field history, comments and sign-offs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/document.h"

namespace gp {

// The target of a lead import's item: the Lead feedback page (lead days take no comments).
inline constexpr const char* kLeadFeedbackTarget = "lead-feedback";

struct ActivityItem {
  std::string at;  // ISO 8601 UTC
  std::string by;
  std::optional<Team> team;  // when known
  std::string what;          // "Term “MQL”: Status: Proposed → Agreed"
  std::string target;        // the entity's id, kPlanTarget or kSlaTarget ("" when nothing to show)
};

struct ActivityFilter {
  std::optional<Team> team;  // only this team's changes
  std::string since;         // "YYYY-MM-DD": only changes on or after that day (UTC); "" for all
};

// The team of whoever made a change: the stamp's own, else that of the plan's person of that name.
std::optional<Team> teamOf(const Document&, const std::string& by, const std::optional<Team>& stamped);

// Newest first, at most `limit` items (`total`, when given, receives how many matched in all).
std::vector<ActivityItem> planActivity(const Document&, const ActivityFilter&, size_t limit, size_t* total = nullptr);

}  // namespace gp
