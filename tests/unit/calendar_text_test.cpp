#include <doctest/doctest.h>

#include <climits>

#include "core/text/calendar.h"
#include "core/growth/plan_period.h"
#include "core/text/text_trim.h"

using namespace gp;

TEST_CASE("a date reads back as written and counts days from 1970-01-01") {
  const auto date = parseDate("2028-02-29");
  REQUIRE(date.has_value());
  CHECK(formatDate(*date) == "2028-02-29");
  CHECK(dayNumber(*parseDate("1970-01-01")) == 0);
  CHECK(dayNumber(*parseDate("2000-03-01")) == 11017);
  CHECK(dayNumber(*parseDate("0001-01-01")) == -719162);
  CHECK_FALSE(parseDate("2027-02-29").has_value());
  CHECK_FALSE(parseDate("2027-+1-01").has_value());
  CHECK_FALSE(parseDate("-027-01-01").has_value());
  CHECK_FALSE(parseDate("2027-01-0x").has_value());
}

TEST_CASE("moving a date past year 1 or year 9999 gives no date instead of overflowing") {
  CHECK(addDays("9999-12-31", 0) == "9999-12-31");
  CHECK(addDays("9999-12-31", 1).empty());
  CHECK(addDays("0001-01-01", -1).empty());
  CHECK(addDays("2027-01-01", INT_MIN).empty());
  CHECK(addDays("2027-01-01", INT_MAX).empty());
}

TEST_CASE("blank and trimmed text ignore spaces, tabs and line breaks at either end") {
  CHECK(isBlank(""));
  CHECK(isBlank(" \t\r\n"));
  CHECK_FALSE(isBlank(" a "));
  CHECK(trimmed("  Lead \r\n") == "Lead");
  CHECK(trimmed("\tMarketing qualified lead") == "Marketing qualified lead");
  CHECK(trimmed(" \n ").empty());
  CHECK(trimmed("a b") == "a b");
}
