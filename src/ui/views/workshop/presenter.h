// Presenter mode: a workshop's agenda on the projector, one item at a time, with the item's
// timebox counting down big, a chime when it is up, and the page the item is about underneath.
// Keys: Right/PageDown/Space next, Left/PageUp previous, P pause, + two more minutes, M mute,
// Esc leave; every key has a button too.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/model/workshop.h"
#include "core/workshop/countdown.h"
#include "ui/app_state.h"

namespace gp::ui {

// What presenter mode shows, for automation (window.growthplan.presenter()).
struct PresenterStatus {
  bool active = false;
  std::string workshopId;
  int itemIndex = 0;   // from 0
  int itemCount = 0;
  int64_t remainingMs = 0;  // as of the last frame drawn, never below 0
  bool running = false;
  bool muted = false;
  std::string shown;   // the countdown as shown: "04:59", "Time is up"
};

class Presenter {
 public:
  // Draws the linked page of the current item into the space given (the app's own view).
  using DrawPage = std::function<void()>;

  // Draws presenter mode over the whole window; false once the person asked to leave.
  bool draw(UiContext& ui, const Workshop& workshop, const DrawPage& drawPage);
  // Presenter mode ended: the next draw starts again at the first item.
  void reset();
  PresenterStatus status() const;

  static constexpr int64_t kExtraMs = 2 * 60 * 1000;  // the "+2 min" button

 private:
  void goTo(UiContext& ui, const Workshop& workshop, int index);
  void togglePause();
  void toggleMute(UiContext& ui);
  // Keys and buttons both end up here; false when the person asked to leave.
  bool handleKeys(UiContext& ui, const Workshop& workshop);
  void drawHeader(UiContext& ui, const Workshop& workshop);
  void drawCountdown(UiContext& ui, float width);
  bool drawControls(UiContext& ui, const Workshop& workshop);

  std::string workshopId_;
  int index_ = -1;
  int count_ = 0;
  Countdown countdown_;
  int64_t totalMs_ = 0;  // the item's timebox plus the minutes added, for the progress bar
  int64_t nowMs_ = 0;
  bool chimed_ = false;  // the current item's time-up chime has sounded (or was muted)
  std::optional<bool> muted_;  // read from the settings on first use
  bool hasPage_ = false;       // the current item links to something the app can show
  std::string pageName_;       // what it shows: "Service level agreement", "Term “MQL”"
};

}  // namespace gp::ui
