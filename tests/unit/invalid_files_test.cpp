// Table-driven: every tests/data/invalid/NAME.json must fail with exactly the message in NAME.expected.
#include <doctest/doctest.h>

#include "core/format/format.h"
#include "test_support.h"

using namespace gp;

namespace {

std::string firstLine(const std::string& text) {
  const auto end = text.find_first_of("\r\n");
  return end == std::string::npos ? text : text.substr(0, end);
}

}  // namespace

TEST_CASE("every malformed file is rejected with its exact expected message") {
  const auto files = test::filesIn(test::dataPath("invalid"), ".json");
  REQUIRE(files.size() >= 30);
  for (const auto& path : files) {
    CAPTURE(path.filename().string());
    auto expectedPath = path;
    expectedPath.replace_extension(".expected");
    REQUIRE_MESSAGE(std::filesystem::exists(expectedPath), "missing " << expectedPath.filename().string());
    const std::string expected = firstLine(test::readFile(expectedPath));
    REQUIRE_FALSE(expected.empty());

    const LoadResult result = loadDocument(test::readFile(path));
    const auto* error = std::get_if<LoadError>(&result);
    REQUIRE_MESSAGE(error != nullptr, "loaded without error");
    CHECK(error->message == expected);
  }
}

TEST_CASE("every expected message belongs to a malformed file") {
  for (const auto& path : test::filesIn(test::dataPath("invalid"), ".expected")) {
    CAPTURE(path.filename().string());
    auto jsonPath = path;
    jsonPath.replace_extension(".json");
    CHECK(std::filesystem::exists(jsonPath));
  }
}
