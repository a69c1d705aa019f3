// Workshops (schema version 5, optional lists): the alignment diagnostic's rounds and answers,
// workshops with their agenda, what the room parked and decided, and the action items it left.
// Plain data, like document.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>
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

// One point of a workshop's agenda: what the room does, for how long, on which part of the plan.
struct AgendaItem {
  std::string id;     // unique within its workshop
  std::string title;
  int minutes = 15;   // the timebox
  // What the item shows: a view ("view:glossary", "view:sla", "view:growth", "view:diagnostic",
  // ...) or an entity's id (a term, a section, a commitment...); empty for none.
  std::string link;
  std::string notes;
  bool operator==(const AgendaItem&) const = default;
};

// A session with marketing and sales in one room, e.g. "SLA kick-off" on 2027-01-12.
struct Workshop {
  EntityMeta meta;
  std::string title;
  std::string date;  // YYYY-MM-DD, or empty
  std::vector<AgendaItem> agenda;
  bool operator==(const Workshop&) const = default;
};

// Files use "parked" (the parking lot: raised, not for now) and "decision".
enum class WorkshopNoteKind { parked, decision };

// Something the room parked or decided, in a workshop (or between workshops: workshopId empty).
struct WorkshopNote {
  EntityMeta meta;
  std::string workshopId;
  WorkshopNoteKind kind = WorkshopNoteKind::decision;
  std::string text;
  bool operator==(const WorkshopNote&) const = default;
};

// Files use "open", "in-progress", "done".
enum class ActionStatus { open, inProgress, done };

// What somebody owes after a workshop; stays in the plan, shows in Review and the activity feed.
struct ActionItem {
  EntityMeta meta;
  std::string workshopId;  // the workshop it came from, or empty
  std::string title;
  std::string ownerId;     // a person's id, or empty
  std::string due;         // YYYY-MM-DD, or empty
  ActionStatus status = ActionStatus::open;
  bool operator==(const ActionItem&) const = default;
};

const char* workshopNoteKindName(WorkshopNoteKind);   // "parked", "decision"
const char* workshopNoteKindLabel(WorkshopNoteKind);  // "Parking lot", "Decision"
std::optional<WorkshopNoteKind> workshopNoteKindFromName(std::string_view);
const char* actionStatusName(ActionStatus);   // "open", "in-progress", "done"
const char* actionStatusLabel(ActionStatus);  // "Open", "In progress", "Done"
std::optional<ActionStatus> actionStatusFromName(std::string_view);
inline constexpr WorkshopNoteKind kAllWorkshopNoteKinds[] = {WorkshopNoteKind::parked, WorkshopNoteKind::decision};
inline constexpr ActionStatus kAllActionStatuses[] = {ActionStatus::open, ActionStatus::inProgress, ActionStatus::done};

// Overdue: not done and due before `today` (YYYY-MM-DD).
bool isOverdue(const ActionItem&, std::string_view today);

}  // namespace gp
