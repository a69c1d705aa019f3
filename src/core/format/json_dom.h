// Building a parsed document quickly: nlohmann's SAX parser straight into an ordered_json,
// appending object members in O(1) (nlohmann's own DOM builder searches every object for the key
// it inserts, which is quadratic for the big objects of a plan's version clocks).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

namespace gp {

// The parsed document, or nullopt when the text is anything but plain valid JSON without
// duplicate keys and nested at most `maxNestingDepth` deep: the caller then takes the careful
// path (findJsonSyntaxProblem, then nlohmann::ordered_json::parse) for the exact message.
// When it returns a value, that value equals nlohmann::ordered_json::parse(text).
std::optional<nlohmann::ordered_json> parseCleanJson(std::string_view text, int maxNestingDepth);

// Appends `key` to `object` without looking for it first: only for keys known to be new (from a
// std::map, say). O(1) where `object[key] = value` is O(size) for ordered_json.
void appendNewKey(nlohmann::ordered_json& object, std::string key, nlohmann::ordered_json value);

// Makes `tree` what nlohmann::ordered_json::parse(tree.dump(2, ' ', false, replace)) would give
// (non-negative integers become unsigned), so a tree can be read without writing and re-reading
// its text. Returns false, leaving the text route to the caller, when the text could differ or
// be refused: invalid UTF-8, a number that is not finite, a duplicate key, nesting deeper than
// `maxNestingDepth`, or text possibly longer than `maxBytes`. `tree` keeps its meaning either way.
bool makeAsIfReparsed(nlohmann::ordered_json& tree, int maxNestingDepth, size_t maxBytes);

}  // namespace gp
