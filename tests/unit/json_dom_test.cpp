// The quick parse (json_dom.h) and the lazily spelled paths (json_walker.h) must change nothing:
// the same documents as nlohmann's own parser, the careful path for every problem, the same paths.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/format/format.h"
#include "core/format/format_tree.h"
#include "core/format/json_dom.h"
#include "core/format/json_syntax.h"
#include "core/format/json_walker.h"
#include "test_support.h"

using namespace gp;
using Json = nlohmann::ordered_json;

namespace {

// What the careful path gives: the syntax problem, or nlohmann's document (nullopt if it throws).
std::optional<Json> carefulParse(const std::string& text) {
  if (findJsonSyntaxProblem(text, 64)) return std::nullopt;
  try {
    return Json::parse(text);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// A clean parse must only happen where the careful path accepts, and give the same document,
// down to the number types and key order.
void checkLikeCareful(const std::string& text) {
  const auto clean = parseCleanJson(text, 64);
  if (!clean) return;
  const auto careful = carefulParse(text);
  REQUIRE(careful.has_value());
  CHECK(*clean == *careful);
  CHECK(clean->dump() == careful->dump());
  CHECK(clean->dump(-1, ' ', false, Json::error_handler_t::replace) == careful->dump(-1, ' ', false, Json::error_handler_t::replace));
}

std::string nested(int depth) { return std::string(static_cast<size_t>(depth), '[') + std::string(static_cast<size_t>(depth), ']'); }

}  // namespace

TEST_CASE("the quick parse gives nlohmann's document for every fixture file") {
  size_t clean = 0, files = 0;
  for (const char* folder : {"valid", "v1", "v2", "v3", "v4", "invalid", "attribution", "csv-invalid", "leads-invalid", "winloss-invalid"}) {
    if (!std::filesystem::exists(test::dataPath(folder))) continue;
    for (const auto& path : test::filesIn(test::dataPath(folder), ".json")) {
      CAPTURE(path.string());
      const std::string text = test::readFile(path);
      checkLikeCareful(text);
      ++files;
      if (parseCleanJson(text, 64)) ++clean;
      else CHECK((findJsonSyntaxProblem(text, 64).has_value() || !carefulParse(text)));
    }
  }
  CHECK(files > 100);
  CHECK(clean > 50);
}

TEST_CASE("the quick parse leaves every problem to the careful path") {
  const std::vector<std::string> refused = {
      "", "   ", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{'a':1}", "// c\n{}", "{\"a\":1}x", "[01]", "[1.]", "[-]",
      "[1e]", "[tru]", "[truex]", "[nul]", "[\"a\tb\"]", "[\"a\nb\"]", "[\"\\x\"]", "[\"\\ud800\"]", "[\"\\udc00\"]",
      "[\"\\ud800\\u0041\"]", "[\"\xC0\xAF\"]", "[\"\xED\xA0\x80\"]", "[\"\xF5\x80\x80\x80\"]", "[\xFF]", "[1e999]",
      "{\"a\":1,\"a\":2}", "{\"a\":1,\"\\u0061\":2}", "{\"x\":{\"k\":[],\"k\":{}}}", nested(65), nested(70) + "x",
      "[" + nested(64) + "]", "{\"a\":" + nested(64) + "}",
  };
  for (const auto& text : refused) {
    CAPTURE(text);
    CHECK_FALSE(parseCleanJson(text, 64).has_value());
  }
  // Duplicates in a big object (checked by sorting rather than pair by pair).
  std::string big = "{";
  for (int i = 0; i < 40; ++i) big += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
  CHECK(parseCleanJson(big + "\"k39\":0}", 64) == std::nullopt);
  checkLikeCareful(big + "\"k40\":0}");
  CHECK(parseCleanJson(big + "\"k40\":0}", 64).has_value());
}

TEST_CASE("the quick parse accepts what the careful path accepts, with the same values") {
  const std::vector<std::string> accepted = {
      "{}", "[]", "0", "-0", "\"x\"", "null", "true", "[false]", "\xEF\xBB\xBF{\"a\":1}", " \t\r\n{\"a\" : [1, -2, 3.5, 1e3, 1E-2]}\n",
      "[18446744073709551615, -9223372036854775808, 9223372036854775807, 4.0, 0.1]", "{\"b\":1,\"a\":2,\"c\":{\"z\":[],\"y\":{}}}",
      "[\"\\u00e9\\ud83d\\ude00 \\\" \\\\ \\/ \\b\\f\\n\\r\\t \xE2\x80\xBA\x7F\"]", "{\"\":\"\",\"a/b~#\":[{\"id\":\"x\"}]}", nested(64),
  };
  for (const auto& text : accepted) {
    CAPTURE(text);
    REQUIRE(parseCleanJson(text, 64).has_value());
    checkLikeCareful(text);
  }
  const Json numbers = *parseCleanJson("[1, -1, 1.5]", 64);
  CHECK(numbers[0].is_number_unsigned());
  CHECK(numbers[1].is_number_integer());
  CHECK_FALSE(numbers[1].is_number_unsigned());
  CHECK(numbers[2].is_number_float());
}

TEST_CASE("appendNewKey keeps the order and gives what operator[] gives") {
  Json a = Json::object(), b = Json::object();
  for (const char* key : {"z", "a", "m"}) {
    appendNewKey(a, key, key);
    b[key] = key;
  }
  CHECK(a == b);
  CHECK(a.dump() == b.dump());
}

TEST_CASE("paths are spelled out only on demand, exactly as before") {
  const Json root = Json::parse(R"({"glossary":[{"id":"a"},{"id":"b","history":[{"at":{"x":[[[[[[[[{"deep":1}]]]]]]]]}}]}]})");
  const JsonNode top(root, "");
  CHECK(top.path().empty());
  const JsonNode glossary = ObjectReader(top, {"glossary"}).field("glossary");
  CHECK(glossary.path() == "glossary");
  const auto terms = glossary.elements();
  REQUIRE(terms.size() == 2);
  CHECK(terms[1].path() == "glossary[1]");
  const JsonNode history = ObjectReader(terms[1], {"id", "history"}).field("history");
  CHECK(history.childPath("x") == "glossary[1].history.x");
  JsonNode node = ObjectReader(history.elements()[0], {"at"}).field("at");
  node = ObjectReader(node, {"x"}).field("x");
  for (int i = 0; i < 8; ++i) node = node.elements()[0];
  CHECK(node.path() == "glossary[1].history[0].at.x[0][0][0][0][0][0][0][0]");
  const JsonNode deep = ObjectReader(node, {"deep"}).field("deep");
  CHECK(deep.path() == "glossary[1].history[0].at.x[0][0][0][0][0][0][0][0].deep");
  CHECK_THROWS_WITH_AS(deep.string(), "glossary[1].history[0].at.x[0][0][0][0][0][0][0][0].deep: expected a string", FormatError);
  CHECK_THROWS_WITH_AS(ObjectReader(terms[0], {"id"}).field("name"), "glossary[0].name: missing field", FormatError);
  CHECK_THROWS_WITH_AS(ObjectReader(terms[1], {"id"}), "glossary[1].history: unknown field", FormatError);
  CHECK_THROWS_WITH_AS(top.elements(), "expected an array", FormatError);
  const JsonNode based(root, "sync.writes");
  CHECK(based.childPath("k") == "sync.writes.k");
  CHECK(ObjectReader(based, {"glossary"}).field("glossary").elements()[0].path() == "sync.writes.glossary[0]");
}

TEST_CASE("a tree made as if reparsed equals the parse of its text, or is left to the text") {
  Json tree = {{"n", 5}, {"m", -5}, {"f", 2.5}, {"w", 4.0}, {"s", "tab\there \"q\" \\ é"}, {"a", Json::array({1, Json::object()})}};
  REQUIRE(tree["n"].is_number_integer());
  REQUIRE(makeAsIfReparsed(tree, 64, 1000));
  const Json parsed = Json::parse(tree.dump(2, ' ', false, Json::error_handler_t::replace));
  CHECK(tree == parsed);
  CHECK(tree["n"].is_number_unsigned());
  CHECK(tree["m"].is_number_integer());
  CHECK(tree["w"].is_number_float());
  // The size is bounded from above, a little generously: the text fits in 4 times its size, not in half.
  const Json sized = parsed;
  const size_t bytes = sized.dump(2, ' ', false, Json::error_handler_t::replace).size();
  Json copy = sized;
  CHECK(makeAsIfReparsed(copy, 64, bytes * 4));
  copy = sized;
  CHECK_FALSE(makeAsIfReparsed(copy, 64, bytes / 2));

  Json invalid = {{"s", std::string("\xFF")}};
  CHECK_FALSE(makeAsIfReparsed(invalid, 64, 1000));
  Json invalidKey = Json::object();
  invalidKey[std::string("\xC0")] = 1;
  CHECK_FALSE(makeAsIfReparsed(invalidKey, 64, 1000));
  Json notFinite = {{"x", std::nan("")}};
  CHECK_FALSE(makeAsIfReparsed(notFinite, 64, 1000));
  Json deep = Json::parse(nested(64));
  CHECK(makeAsIfReparsed(deep, 64, 1 << 20));
  Json deeper = Json::parse(nested(65));
  CHECK_FALSE(makeAsIfReparsed(deeper, 64, 1 << 20));
}

TEST_CASE("loading a parsed tree gives exactly what loading its text gives, for every fixture") {
  size_t loaded = 0, refused = 0;
  for (const char* folder : {"valid", "v1", "v2", "v3", "v4", "invalid"}) {
    if (!std::filesystem::exists(test::dataPath(folder))) continue;
    for (const auto& path : test::filesIn(test::dataPath(folder), ".json")) {
      CAPTURE(path.string());
      const std::string text = test::readFile(path);
      Json tree;
      try {
        tree = Json::parse(text);
      } catch (const std::exception&) {
        continue;
      }
      const LoadResult viaText = loadDocument(tree.dump(2, ' ', false, Json::error_handler_t::replace));
      const LoadResult viaTree = loadDocumentJson(tree);
      REQUIRE(viaText.index() == viaTree.index());
      if (const auto* error = std::get_if<LoadError>(&viaText)) {
        CHECK(std::get<LoadError>(viaTree).message == error->message);
        ++refused;
      } else {
        CHECK(std::get<Document>(viaTree) == std::get<Document>(viaText));
        CHECK(saveDocument(std::get<Document>(viaTree)) == saveDocument(std::get<Document>(viaText)));
        // And the tree saveDocument writes reads back as the same document.
        CHECK(std::get<Document>(loadDocumentJson(documentJson(std::get<Document>(viaText)))) == std::get<Document>(viaText));
        CHECK(reparsedDocumentJson(std::get<Document>(viaText)) == Json::parse(saveDocument(std::get<Document>(viaText))));
        ++loaded;
      }
    }
  }
  CHECK(loaded > 10);
  CHECK(refused > 50);
}
