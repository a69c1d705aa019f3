#include "core/workshop/countdown.h"

#include <cstdio>

namespace gp {

void Countdown::start(int64_t durationMs, int64_t nowMs) {
  running_ = true;
  endMs_ = nowMs + durationMs;
  remainingMs_ = durationMs;
}

void Countdown::pause(int64_t nowMs) {
  if (!running_) return;
  remainingMs_ = endMs_ - nowMs;
  running_ = false;
}

void Countdown::resume(int64_t nowMs) {
  if (running_) return;
  endMs_ = nowMs + remainingMs_;
  running_ = true;
}

void Countdown::addMs(int64_t ms) {
  endMs_ += ms;
  remainingMs_ += ms;
}

int64_t Countdown::remainingMs(int64_t nowMs) const { return running_ ? endMs_ - nowMs : remainingMs_; }

int64_t Countdown::msUntilNextSecond(int64_t nowMs) const {
  const int64_t left = remainingMs(nowMs);
  if (!running_ || left <= 0) return 0;
  // The display rounds up, so it changes when `left` crosses a whole second; the last step is 0.
  const int64_t intoSecond = left % 1000;
  return intoSecond == 0 ? 1000 : intoSecond;
}

std::string countdownText(int64_t remainingMs) {
  if (remainingMs <= 0) return "Time is up";
  const int64_t seconds = (remainingMs + 999) / 1000;
  char text[32];
  std::snprintf(text, sizeof text, "%02lld:%02lld", static_cast<long long>(seconds / 60), static_cast<long long>(seconds % 60));
  return text;
}

}  // namespace gp
