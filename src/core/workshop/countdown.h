// An agenda item's timebox as a countdown: start, pause, resume, "+2 min", what is left. Pure:
// it never reads a clock, the caller passes the time now (ms on any steady clock), so tests and
// a faked browser clock drive it alike.
#pragma once

#include <cstdint>
#include <string>

namespace gp {

class Countdown {
 public:
  // Starts afresh (running) with `durationMs` to go.
  void start(int64_t durationMs, int64_t nowMs);
  // Stops the time from running; what is left stays put. Does nothing when already paused.
  void pause(int64_t nowMs);
  // Runs again from what was left. Does nothing when running.
  void resume(int64_t nowMs);
  // More (or, negative, less) time for the item, whether running or paused; an item that was
  // over becomes live again when the extra time reaches past now.
  void addMs(int64_t ms);

  bool running() const { return running_; }
  // Time left at `nowMs`: below zero once over (how much over), so callers can tell by how much.
  int64_t remainingMs(int64_t nowMs) const;
  bool finished(int64_t nowMs) const { return remainingMs(nowMs) <= 0; }
  // How long until the shown "mm:ss" next changes (at least 1 ms); 0 when it will not change by
  // itself (paused or over), so nobody needs to draw again for the countdown's sake.
  int64_t msUntilNextSecond(int64_t nowMs) const;

 private:
  bool running_ = false;
  int64_t endMs_ = 0;        // when it reaches zero, while running
  int64_t remainingMs_ = 0;  // what is left, while paused
};

// What the countdown shows: "04:59" for 4 min 59.2 s left (whole seconds rounded up, so it reads
// "00:01" until the very end), "75:00" past an hour; never below zero: at or past zero it says
// "Time is up".
std::string countdownText(int64_t remainingMs);

}  // namespace gp
