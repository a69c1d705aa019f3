// What the Enablement page's board, cards and dialogs share: names, colors and the one place that
// turns a move of a card into an undoable, attributed History step.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>

#include "ui/app_state.h"

namespace gp::ui::requests {

// The drag-and-drop payload type of a request card (its id).
inline constexpr const char* kCardPayload = "GP_REQUEST";

// A person's name, "" for no one, "Unknown person" for an id not in the plan.
std::string personName(const Document&, const std::string& personId);
// The plan's person the one at the keyboard is (by name); "" when they are not in the plan.
std::string myPersonId(UiContext&);
// "2027-03-05": today, from the edit context's clock.
std::string today(UiContext&);

ImVec4 statusColor(RequestStatus);
ImVec4 priorityColor(Priority);

// "0.5 days", "1 day", "12 days".
std::string formatDays(double days);

// The column left or right of `status` on the board (New … Declined), if any.
std::optional<RequestStatus> neighbourStatus(RequestStatus status, int direction);

// A person picker: "Nobody yet" (when allowed) and the plan's people, those of `preferred` first.
// Returns the id picked this frame ("" for nobody).
std::optional<std::string> personCombo(const Document&, const char* id, const std::string& current, Team preferred,
                                       float width, const char* noneLabel);

}  // namespace gp::ui::requests
