// An agenda item's countdown: it runs, pauses, resumes, takes extra minutes, and says when time
// is up; the time now is always passed in, never read from a clock.
#include <doctest/doctest.h>

#include "core/workshop/countdown.h"

using namespace gp;

TEST_CASE("a started countdown runs down with the time passed in") {
  Countdown countdown;
  countdown.start(5 * 60 * 1000, 10'000);
  CHECK(countdown.running());
  CHECK(countdown.remainingMs(10'000) == 300'000);
  CHECK(countdown.remainingMs(70'000) == 240'000);
  CHECK_FALSE(countdown.finished(309'999));
  CHECK(countdown.finished(310'000));
  CHECK(countdown.remainingMs(315'000) == -5'000);
}

TEST_CASE("pausing keeps what is left until it resumes") {
  Countdown countdown;
  countdown.start(60'000, 0);
  countdown.pause(20'000);
  CHECK_FALSE(countdown.running());
  CHECK(countdown.remainingMs(20'000) == 40'000);
  CHECK(countdown.remainingMs(500'000) == 40'000);
  CHECK_FALSE(countdown.finished(500'000));

  SUBCASE("a second pause changes nothing") {
    countdown.pause(30'000);
    CHECK(countdown.remainingMs(90'000) == 40'000);
  }
  SUBCASE("resuming runs from what was left") {
    countdown.resume(100'000);
    CHECK(countdown.running());
    CHECK(countdown.remainingMs(110'000) == 30'000);
    countdown.resume(120'000);  // already running: no jump
    CHECK(countdown.remainingMs(120'000) == 20'000);
  }
}

TEST_CASE("two more minutes reach running, paused and finished countdowns") {
  Countdown countdown;
  countdown.start(60'000, 0);

  SUBCASE("running") {
    countdown.addMs(120'000);
    CHECK(countdown.remainingMs(30'000) == 150'000);
  }
  SUBCASE("paused") {
    countdown.pause(10'000);
    countdown.addMs(120'000);
    CHECK(countdown.remainingMs(99'000) == 170'000);
    countdown.resume(100'000);
    CHECK(countdown.remainingMs(100'000) == 170'000);
  }
  SUBCASE("already over: live again") {
    CHECK(countdown.finished(61'000));
    countdown.addMs(120'000);
    CHECK_FALSE(countdown.finished(61'000));
    CHECK(countdown.remainingMs(61'000) == 119'000);
  }
}

TEST_CASE("the next redraw is due when the shown second changes, and never while paused or over") {
  Countdown countdown;
  countdown.start(10'000, 0);
  CHECK(countdown.msUntilNextSecond(0) == 1000);
  CHECK(countdown.msUntilNextSecond(250) == 750);
  CHECK(countdown.msUntilNextSecond(9'999) == 1);
  CHECK(countdown.msUntilNextSecond(10'000) == 0);
  countdown.start(10'000, 0);
  countdown.pause(400);
  CHECK(countdown.msUntilNextSecond(400) == 0);
  CHECK(Countdown{}.msUntilNextSecond(0) == 0);
}

TEST_CASE("the countdown reads as minutes and seconds and never below zero") {
  CHECK(countdownText(300'000) == "05:00");
  CHECK(countdownText(299'200) == "05:00");  // whole seconds round up...
  CHECK(countdownText(299'000) == "04:59");
  CHECK(countdownText(1) == "00:01");        // ...so 00:00 is never shown while time is left
  CHECK(countdownText(75 * 60'000) == "75:00");
  CHECK(countdownText(0) == "Time is up");
  CHECK(countdownText(-42'000) == "Time is up");
}
