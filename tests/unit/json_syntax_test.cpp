#include <doctest/doctest.h>

#include "core/format/json_syntax.h"

using namespace gp;

namespace {

std::string problemIn(std::string_view text) {
  const auto problem = findJsonSyntaxProblem(text, 64);
  return problem ? std::to_string(problem->offset) + ": " + problem->message : "ok";
}

}  // namespace

TEST_CASE("well-formed JSON of every kind passes the syntax scan") {
  CHECK(problemIn(R"({"a": [1, -2.5e+3, 0, true, false, null, "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude80"], "b": {}})") == "ok");
  CHECK(problemIn(" [ ] ") == "ok");
  CHECK(problemIn("\"just a string\"") == "ok");
}

TEST_CASE("syntax problems point at the offending byte") {
  CHECK(problemIn("[1,]") == "2: syntax error: trailing comma before ']' is not allowed");
  CHECK(problemIn("{\"a\" 1}") == "5: syntax error: expected ':' after the property name, found a number");
  CHECK(problemIn("[1 2]") == "3: syntax error: expected ',' or ']', found a number");
  CHECK(problemIn("[\"abc") == "1: syntax error: unterminated string (missing closing '\"')");
  CHECK(problemIn("[1.]") == "1: syntax error: invalid number '1.'");
  CHECK(problemIn("[-]") == "1: syntax error: invalid number '-'");
  CHECK(problemIn("[1e]") == "1: syntax error: invalid number '1e'");
  CHECK(problemIn("[nul]") == "1: syntax error: unknown word 'nul' (text must be in double quotes)");
  CHECK(problemIn("[\"\\u12g4\"]") == "2: syntax error: \\u must be followed by 4 hex digits");
  CHECK(problemIn("[\"\\udc00\"]") == "2: syntax error: unpaired surrogate in \\u escape");
  CHECK(problemIn("[\"a\x01\"]") == "3: syntax error: a control character inside a string must be escaped");
  CHECK(problemIn("{\"a\":1}}") == "7: syntax error: unexpected '}' after the end of the JSON value");
  CHECK(problemIn("") == "0: syntax error: the file contains no JSON value");
  CHECK(problemIn(std::string_view("[1, \0]", 6)) == "4: syntax error: expected a value, found a control character");
  CHECK(problemIn("[") == "1: syntax error: unexpected end of the file, expected a value");
}

TEST_CASE("duplicate keys are found per object, not across objects") {
  CHECK(problemIn(R"([{"a": 1}, {"a": 2}])") == "ok");
  CHECK(problemIn(R"({"a": {"a": 1}, "b": 2, "a": 3})") == "24: duplicate key \"a\"");
}

TEST_CASE("invalid UTF-8 is reported where it starts, inside or outside strings") {
  CHECK(problemIn("[\"ok \xC3\xA9 \xC3\x28\"]") == "8: invalid UTF-8 text");
  CHECK(problemIn("[1, \xFF]") == "4: invalid UTF-8 text");
  CHECK(problemIn("[\"\xED\xA0\x80\"]") == "2: invalid UTF-8 text");  // encoded surrogate
  CHECK(problemIn("[1, \xC3\xA9]") == "4: syntax error: expected a value, found 'é'");
}

TEST_CASE("the nesting limit counts containers, including empty ones") {
  CHECK(findJsonSyntaxProblem("[[[]]]", 3) == std::nullopt);
  const auto problem = findJsonSyntaxProblem("[[[[]]]]", 3);
  REQUIRE(problem);
  CHECK(problem->offset == 3);
  CHECK(problem->message == "nesting deeper than 3 levels");
}
