// The Enablement page's dialogs: filing a new request, opening one to edit it (asset link, linked
// campaigns, owner, …) and declining one with a reason. Each change is an attributed History step.
#pragma once

#include <optional>
#include <string>

#include "ui/app_state.h"

namespace gp::ui::requests {

// "New request": the form keeps what was typed until it is filed (one undo step); a cancelled
// draft comes back the next time the form opens.
class NewRequestDialog {
 public:
  void open(UiContext& ui);
  // The id of the request filed this frame, if any.
  std::optional<std::string> draw(UiContext& ui);

 private:
  bool requestOpen_ = false;
  bool focusTitle_ = false;
  bool hasDraft_ = false;
  CollateralRequest draft_;
};

// Declining asks why: the reason goes with the move, in one undo step.
class DeclineDialog {
 public:
  void open(const std::string& requestId);
  void draw(UiContext& ui);

 private:
  bool requestOpen_ = false;
  bool focusReason_ = false;
  std::string requestId_;
  std::string reason_;
};

// A request opened from the board: every field, edited in place (typing bursts are one undo step).
class RequestEditor {
 public:
  void open(const std::string& requestId);
  // Asks the board to decline it (with a reason) or to delete it.
  struct Result {
    bool decline = false;
    bool remove = false;
  };
  Result draw(UiContext& ui);
  const std::string& requestId() const { return requestId_; }

 private:
  bool requestOpen_ = false;
  std::string requestId_;
};

}  // namespace gp::ui::requests
