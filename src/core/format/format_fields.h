// The pieces every entity of the file is written and read with (stamps, ids, numbers, dates,
// enums), shared by the writer and reader of each part of the format.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/format/json_walker.h"
#include "core/model/document.h"

namespace gp {

using FileJson = nlohmann::ordered_json;

// Writing.
FileJson stampJson(const Stamp&);
// Starts an entity object with its id; created/modified are appended last by finishEntity.
FileJson startEntity(const EntityMeta&);
void finishEntity(FileJson& json, const EntityMeta&);
FileJson stringsJson(const std::vector<std::string>&);
// Whole numbers without a fraction ("1200000", not "1200000.0"); a value that is not finite
// (only possible through a bug) as 0: "null" would make the file unloadable.
FileJson numberJson(double);

// Members an entity object has room for from the start (more only grow it).
inline constexpr size_t kEntityFieldsReserved = 24;

template <typename T, typename ToJson>
FileJson arrayJson(const std::vector<T>& items, ToJson toJson) {
  FileJson json = FileJson::array();
  json.get_ref<FileJson::array_t&>().reserve(items.size());
  for (const auto& item : items) json.push_back(toJson(item));
  return json;
}

// Reading: each problem is thrown (FormatError) with the path of the field.
class FieldReader {
 public:
  // An entity's id, unique in the whole file.
  std::string readId(const ObjectReader& object, const JsonNode& entity);

  static void readStamps(const ObjectReader& object, EntityMeta& meta);
  static Stamp readStamp(const JsonNode&);
  static std::optional<Team> readOptionalTeam(const JsonNode& stampNode);  // a stamp's optional "team"
  static Team readTeam(const JsonNode&);
  static double readNumber(const JsonNode&);
  static int readWholeNumber(const JsonNode&);
  static bool readBool(const JsonNode&);
  static std::string readOptionalDate(const JsonNode&);       // "" or YYYY-MM-DD
  static std::string readOptionalTimestamp(const JsonNode&);  // "" or 2027-01-31T09:30:00Z
  static std::vector<std::string> readStrings(const JsonNode&);

  // An enum by its file name, failing with "expected one of a, b, c".
  template <typename Enum, size_t N>
  static Enum readEnum(const JsonNode& node, const Enum (&values)[N], const char* (*nameOf)(Enum),
                       std::optional<Enum> (*fromName)(std::string_view)) {
    if (const auto value = fromName(node.string())) return *value;
    node.fail(listOfNames(values, nameOf));
  }

  template <typename Enum, size_t N>
  static std::string listOfNames(const Enum (&values)[N], const char* (*nameOf)(Enum)) {
    std::string list = "expected one of ";
    for (size_t i = 0; i < N; ++i) list += (i ? ", " : "") + std::string(nameOf(values[i]));
    return list;
  }

 private:
  std::unordered_map<std::string, std::string> firstUseOfId_;  // id -> path of the entity using it
};

}  // namespace gp
