// The Workshop page's action items: what somebody owes after the session, with an owner from the
// plan's people, a due date and a status; overdue ones say so in words and in colour. Shows this
// workshop's items or every workshop's.
#pragma once

#include <string>

#include "core/model/document.h"

namespace gp::ui {

class UiContext;

class ActionItemsPanel {
 public:
  void draw(UiContext& ui, const std::string& workshopId, float width);

 private:
  // One action's fields; `wide` lays them out as table cells, else stacked in a card.
  void drawAction(UiContext& ui, const ActionItem& action, size_t index, bool wide, const std::string& today);

  bool allWorkshops_ = false;
  std::string draft_;
  bool refocus_ = false;
  std::string removeId_;
};

// "Name" of the person with this id; "Nobody yet" when empty, "Unknown person" when gone.
std::string ownerName(const Document& doc, const std::string& personId);

}  // namespace gp::ui
