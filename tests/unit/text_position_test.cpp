#include <doctest/doctest.h>

#include "core/text/text_position.h"

using namespace gp;

TEST_CASE("lines and columns count from 1") {
  CHECK(describeTextPosition("abc", 0) == "line 1, column 1");
  CHECK(describeTextPosition("abc\ndef", 5) == "line 2, column 2");
  CHECK(describeTextPosition("abc\r\ndef", 5) == "line 2, column 1");
}

TEST_CASE("columns count characters, not bytes") {
  CHECK(describeTextPosition("\"Søn—🚀\" x", 14) == "line 1, column 9");
}

TEST_CASE("an offset at or past the end points just after the last character") {
  CHECK(describeTextPosition("ab\n", 3) == "line 2, column 1");
  CHECK(describeTextPosition("ab", 99) == "line 1, column 3");
}
