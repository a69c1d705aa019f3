// One of the plan's reason lists (ReasonLists: lead rejection, deal outcome): rename in place,
// remove, add by typing (a reason already listed is refused), and reorder with the arrow buttons
// (by keyboard: Tab to an arrow, then Space). The list is one value in the plan
// (History::setReasons), so renaming while typing is one undo step per burst; when the field lets
// go, the lead days or deal reviews that use the old name take the new one (a second step).
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "ui/app_state.h"

namespace gp::ui {

class ReasonListEditor {
 public:
  // `idPrefix` names the widgets ("reason": "##reason-0", "##reason-up-0", "##new-reason").
  ReasonListEditor(std::vector<std::string> ReasonLists::*list, std::string idPrefix, std::string addHint);

  // The rows and the add field, at the cursor.
  void draw(UiContext& ui);

 private:
  void add(UiContext& ui);
  // `arrow`: the button that asked, so the keyboard can follow the moved reason.
  void move(UiContext& ui, size_t from, size_t to, ImGuiDir arrow);
  void setList(UiContext& ui, std::vector<std::string> items, std::string mergeKey = {});
  void renameWhereUsed(UiContext& ui, size_t row);

  std::vector<std::string> ReasonLists::*list_;
  std::string idPrefix_;
  std::string addHint_;
  std::string newReason_;
  std::string message_;      // why the last add was refused
  int focusRow_ = -1;        // the row whose arrow takes the keyboard next frame (after a move)
  ImGuiDir focusArrow_ = ImGuiDir_Up;
  bool focusNew_ = false;    // the add field keeps the keyboard after Enter
  int renameRow_ = -1;       // the row being renamed, and its name before the burst
  std::string renameFrom_;
};

}  // namespace gp::ui
