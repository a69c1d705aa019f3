// The banner that stays while this browser is not keeping the autosave (its storage is full,
// blocked or missing): says so plainly and offers Save, until an autosave succeeds again.
#pragma once

#include <optional>
#include <string>

#include "app.h"

namespace gp::ui {

class StorageWarning {
 public:
  // The outcome of the latest autosave. `why` says what failed in the person's words ("storage
  // is full"). Returns true when storage works again after failing.
  bool report(bool keeping, const std::string& why);
  // Draws the banner at the cursor while storage fails; true when the person clicked Save.
  bool draw();
  // The banner as automation sees it (window.growthplan.notices()), while it shows.
  std::optional<Notice> notice() const;
  // Whether the latest autosave was kept (so a plan being replaced is kept in the library).
  bool keeping() const { return !failing_; }

 private:
  bool failing_ = false;
  std::string message_;
};

}  // namespace gp::ui
