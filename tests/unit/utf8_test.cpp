#include <doctest/doctest.h>

#include "core/text/utf8.h"

using namespace gp;

TEST_CASE("well-formed UTF-8 sequences report their length") {
  CHECK(utf8SequenceLength("a", 0) == 1);
  CHECK(utf8SequenceLength("é", 0) == 2);
  CHECK(utf8SequenceLength("€", 0) == 3);
  CHECK(utf8SequenceLength("🚀", 0) == 4);
}

TEST_CASE("malformed UTF-8 sequences have length 0") {
  CHECK(utf8SequenceLength("\xC3\x28", 0) == 0);  // bad continuation
  CHECK(utf8SequenceLength("\xFF", 0) == 0);
  CHECK(utf8SequenceLength("\x80", 0) == 0);      // stray continuation
  CHECK(utf8SequenceLength("\xC0\xAF", 0) == 0);  // overlong '/'
  CHECK(utf8SequenceLength("\xED\xA0\x80", 0) == 0);  // surrogate
  CHECK(utf8SequenceLength("\xF4\x90\x80\x80", 0) == 0);  // beyond U+10FFFF
  CHECK(utf8SequenceLength("\xE2\x82", 0) == 0);  // truncated
}

TEST_CASE("truncation keeps whole characters and marks the cut") {
  CHECK(truncateUtf8("Søn", 3) == "Søn");
  CHECK(truncateUtf8("Søn & Co", 3) == "Søn…");
  CHECK(truncateUtf8("🚀🚀🚀", 1) == "🚀…");
}
