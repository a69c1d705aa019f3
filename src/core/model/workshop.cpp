#include "core/model/workshop.h"

namespace gp {

const char* workshopNoteKindName(WorkshopNoteKind kind) { return kind == WorkshopNoteKind::parked ? "parked" : "decision"; }
const char* workshopNoteKindLabel(WorkshopNoteKind kind) {
  return kind == WorkshopNoteKind::parked ? "Parking lot" : "Decision";
}
std::optional<WorkshopNoteKind> workshopNoteKindFromName(std::string_view name) {
  for (const auto kind : kAllWorkshopNoteKinds)
    if (name == workshopNoteKindName(kind)) return kind;
  return std::nullopt;
}

const char* actionStatusName(ActionStatus status) {
  switch (status) {
    case ActionStatus::open: return "open";
    case ActionStatus::inProgress: return "in-progress";
    case ActionStatus::done: return "done";
  }
  return "open";
}
const char* actionStatusLabel(ActionStatus status) {
  switch (status) {
    case ActionStatus::open: return "Open";
    case ActionStatus::inProgress: return "In progress";
    case ActionStatus::done: return "Done";
  }
  return "Open";
}
std::optional<ActionStatus> actionStatusFromName(std::string_view name) {
  for (const auto status : kAllActionStatuses)
    if (name == actionStatusName(status)) return status;
  return std::nullopt;
}

bool isOverdue(const ActionItem& action, std::string_view today) {
  return action.status != ActionStatus::done && !action.due.empty() && action.due < today;
}

}  // namespace gp
