// The plan's list of lead rejection reasons (ReasonLists::leadRejection): add by typing, rename in
// place, remove, and reorder with the arrow buttons or Alt+Up / Alt+Down in a reason's field.
#pragma once

#include <string>

#include <imgui.h>

#include "ui/app_state.h"

namespace gp::ui {

class RejectionReasonsEditor {
 public:
  void draw(UiContext& ui, float width);

 private:
  void add(UiContext& ui);
  // `arrow`: the button that asked, so the keyboard can follow the moved reason.
  void move(UiContext& ui, size_t from, size_t to, ImGuiDir arrow);

  std::string newReason_;
  std::string message_;      // why the last add was refused
  int focusRow_ = -1;        // the row whose arrow takes the keyboard next frame (after a move)
  ImGuiDir focusArrow_ = ImGuiDir_Up;
  bool focusNew_ = false;    // the add field keeps the keyboard after Enter
};

}  // namespace gp::ui
