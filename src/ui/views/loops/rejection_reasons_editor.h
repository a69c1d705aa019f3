// The plan's list of lead rejection reasons (ReasonLists::leadRejection): add by typing, rename in
// place, remove, and reorder with the arrow buttons or Alt+Up / Alt+Down in a reason's field.
#pragma once

#include <string>

#include "ui/app_state.h"

namespace gp::ui {

class RejectionReasonsEditor {
 public:
  void draw(UiContext& ui, float width);

 private:
  void add(UiContext& ui);
  void move(UiContext& ui, size_t from, size_t to, bool keepFocus);

  std::string newReason_;
  std::string message_;      // why the last add was refused
  int focusIndex_ = -1;      // reason field that takes the keyboard next frame (after a keyboard move)
  bool focusNew_ = false;    // the add field keeps the keyboard after Enter
};

}  // namespace gp::ui
