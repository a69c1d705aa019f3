// The Workshop page's agenda: items in order with their timebox, the part of the plan each one
// opens, and the facilitator's notes; the total time, and a way into presenter mode.
#pragma once

#include <string>

#include "core/model/workshop.h"

namespace gp::ui {

class UiContext;

class AgendaEditor {
 public:
  void draw(UiContext& ui, const Workshop& workshop, float width);

 private:
  void drawItem(UiContext& ui, const Workshop& workshop, size_t index, float width);

  std::string focusItemId_;  // the item whose title takes the keyboard next frame (just added)
  size_t itemsBefore_ = 0;   // to find the item added last frame
  std::string workshopId_;
};

// "1 h 45 min", "40 min".
std::string durationText(int minutes);
// Where the agenda item's link leads: a page, a term, a section or a commitment; nothing when
// it has no link or what it named is gone.
bool openAgendaLink(UiContext& ui, const std::string& link);

}  // namespace gp::ui
