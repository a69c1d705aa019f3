#include "core/format/format_fields.h"

#include <cmath>
#include <cstdint>

#include "core/format/validation.h"

namespace gp {

FileJson stampJson(const Stamp& stamp) {
  FileJson json = FileJson::object();
  json.get_ref<FileJson::object_t&>().reserve(3);
  json["by"] = stamp.by;
  json["at"] = stamp.at;
  if (stamp.team) json["team"] = teamName(*stamp.team);
  return json;
}

FileJson startEntity(const EntityMeta& meta) {
  FileJson json = FileJson::object();
  // Room for the fields to come: growing an ordered_json object copies its members (const keys).
  json.get_ref<FileJson::object_t&>().reserve(kEntityFieldsReserved);
  json["id"] = meta.id;
  return json;
}

void finishEntity(FileJson& json, const EntityMeta& meta) {
  json["created"] = stampJson(meta.created);
  json["modified"] = stampJson(meta.modified);
}

FileJson stringsJson(const std::vector<std::string>& items) {
  FileJson json = FileJson::array();
  json.get_ref<FileJson::array_t&>().reserve(items.size());
  for (const auto& item : items) json.push_back(item);
  return json;
}

FileJson numberJson(double value) {
  if (!std::isfinite(value)) return 0;
  if (value == std::floor(value) && std::fabs(value) < 9e15) return static_cast<int64_t>(value);
  return value;
}

std::string FieldReader::readId(const ObjectReader& object, const JsonNode& entity) {
  const JsonNode node = object.field("id");
  const std::string& id = node.string();
  if (id.empty()) node.fail("expected a non-empty id");
  const auto [existing, inserted] = firstUseOfId_.emplace(id, entity.path());
  if (!inserted) node.fail("duplicate id \"" + id + "\" (also used by " + existing->second + ")");
  return id;
}

void FieldReader::readStamps(const ObjectReader& object, EntityMeta& meta) {
  meta.created = readStamp(object.field("created"));
  meta.modified = readStamp(object.field("modified"));
}

Stamp FieldReader::readStamp(const JsonNode& node) {
  ObjectReader object(node, {"by", "at", "team"});
  Stamp stamp;
  stamp.team = readOptionalTeam(node);
  stamp.by = object.string("by");
  stamp.at = readOptionalTimestamp(object.field("at"));
  return stamp;
}

std::optional<Team> FieldReader::readOptionalTeam(const JsonNode& stampNode) {
  if (!stampNode.value().is_object()) return std::nullopt;
  for (const auto& [key, value] : stampNode.value().get_ref<const FileJson::object_t&>())
    if (key == "team") return readTeam(stampNode.child(value, key));
  return std::nullopt;
}

Team FieldReader::readTeam(const JsonNode& node) { return readEnum(node, kAllTeams, teamName, teamFromName); }

double FieldReader::readNumber(const JsonNode& node) {
  if (!node.value().is_number()) node.fail("expected a number");
  return node.value().get<double>();
}

int FieldReader::readWholeNumber(const JsonNode& node) {
  constexpr int64_t kLimit = 1000000000;
  const auto& value = node.value();
  if (!value.is_number_integer()) node.fail("expected a whole number");
  if (value.is_number_unsigned() ? value.get<uint64_t>() > static_cast<uint64_t>(kLimit)
                                 : (value.get<int64_t>() > kLimit || value.get<int64_t>() < -kLimit))
    node.fail("expected a whole number between -1000000000 and 1000000000");
  return static_cast<int>(value.get<int64_t>());
}

bool FieldReader::readBool(const JsonNode& node) {
  if (!node.value().is_boolean()) node.fail("expected true or false");
  return node.value().get<bool>();
}

std::string FieldReader::readOptionalDate(const JsonNode& node) {
  const std::string& date = node.string();
  if (!date.empty() && !isValidDate(date)) node.fail("expected a date like 2027-01-31");
  return date;
}

std::string FieldReader::readOptionalTimestamp(const JsonNode& node) {
  const std::string& at = node.string();
  if (!at.empty() && !isValidTimestamp(at)) node.fail("expected a UTC time like 2027-01-31T09:30:00Z");
  return at;
}

std::vector<std::string> FieldReader::readStrings(const JsonNode& node) {
  std::vector<std::string> items;
  for (const auto& element : node.elements()) items.push_back(element.string());
  return items;
}

}  // namespace gp
