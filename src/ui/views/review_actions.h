// Review's "Action items" section: what workshops left open, overdue first, with owner, due date
// and the workshop each came from, so nobody has to open the Workshop page to see who owes what.
#pragma once

namespace gp::ui {

class UiContext;

// Draws nothing, and returns false, when no action item is open.
bool drawOpenActionItems(UiContext& ui, float width);

}  // namespace gp::ui
