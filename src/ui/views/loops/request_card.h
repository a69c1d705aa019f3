// One collateral request on the board: a card showing what was asked, for whom, by when, who
// asked and who owns it, and (once delivered) what sales thinks of it. The card is a drag source
// and keyboard-focusable: Ctrl+Left / Ctrl+Right move it a column, Enter opens it.
#pragma once

#include <optional>
#include <string>

#include "ui/app_state.h"

namespace gp::ui::requests {

struct CardResult {
  bool open = false;                     // open its editor
  std::optional<RequestStatus> moveTo;   // by keyboard or its menu (declined still asks why)
  bool remove = false;
  bool comments = false;                 // open its comments (on Review)
  bool focused = false;                  // the card has the keyboard focus
};

// Draws the card `width` wide at the cursor. `takeFocus`: give it the keyboard focus now (after
// a keyboard move, so the next Ctrl+arrow moves it on). Its face is labelled
// "<title>###request-card" under the ID of its request.
CardResult drawRequestCard(UiContext& ui, const CollateralRequest& request, float width, bool takeFocus);

}  // namespace gp::ui::requests
