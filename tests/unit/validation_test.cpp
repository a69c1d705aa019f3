#include <doctest/doctest.h>

#include "core/format/validation.h"

using namespace gp;

TEST_CASE("dates must be real calendar days in YYYY-MM-DD form") {
  CHECK(isValidDate("2027-01-31"));
  CHECK(isValidDate("2028-02-29"));
  CHECK(isValidDate("2000-02-29"));
  CHECK_FALSE(isValidDate("2027-02-29"));
  CHECK_FALSE(isValidDate("1900-02-29"));
  CHECK_FALSE(isValidDate("2027-04-31"));
  CHECK_FALSE(isValidDate("2027-13-01"));
  CHECK_FALSE(isValidDate("2027-00-10"));
  CHECK_FALSE(isValidDate("2027-1-5"));
  CHECK_FALSE(isValidDate("2027/01/05"));
  CHECK_FALSE(isValidDate("0000-01-01"));
  CHECK_FALSE(isValidDate(""));
}

TEST_CASE("timestamps are UTC with whole seconds") {
  CHECK(isValidTimestamp("2027-01-05T09:30:00Z"));
  CHECK(isValidTimestamp("2027-12-31T23:59:59Z"));
  CHECK_FALSE(isValidTimestamp("2027-01-05T24:00:00Z"));
  CHECK_FALSE(isValidTimestamp("2027-01-05T09:60:00Z"));
  CHECK_FALSE(isValidTimestamp("2027-01-05T09:30:00"));
  CHECK_FALSE(isValidTimestamp("2027-01-05T09:30:00.123Z"));
  CHECK_FALSE(isValidTimestamp("2027-01-05T09:30:00+01:00"));
  CHECK_FALSE(isValidTimestamp("2027-02-30T09:30:00Z"));
}

TEST_CASE("currency codes are three capital letters") {
  CHECK(isValidCurrencyCode("EUR"));
  CHECK(isValidCurrencyCode("USD"));
  CHECK_FALSE(isValidCurrencyCode("eur"));
  CHECK_FALSE(isValidCurrencyCode("EU"));
  CHECK_FALSE(isValidCurrencyCode("EURO"));
  CHECK_FALSE(isValidCurrencyCode("€"));
}
