// The Workshop page's parking lot and decisions: two lists side by side (stacked on narrow
// screens), each added to by typing and Enter, edited in place; a parked point can become a
// decision once the room settles it.
#pragma once

#include <string>

#include "core/model/workshop.h"

namespace gp::ui {

class UiContext;

class WorkshopNotesPanel {
 public:
  void draw(UiContext& ui, const std::string& workshopId, float width);

 private:
  void drawList(UiContext& ui, const std::string& workshopId, WorkshopNoteKind kind, float width);

  std::string draftParked_, draftDecision_;
  WorkshopNoteKind refocus_ = WorkshopNoteKind::parked;
  bool refocusPending_ = false;  // keep typing the next one after Enter
};

}  // namespace gp::ui
