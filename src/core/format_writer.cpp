// Canonical saving: fixed key order, 2-space indent, UTF-8 kept as is, trailing newline.
#include <nlohmann/json.hpp>

#include "format.h"

namespace gp {

namespace {

using Json = nlohmann::ordered_json;

Json stampJson(const Stamp& stamp) {
  Json json = Json::object();
  json["by"] = stamp.by;
  json["at"] = stamp.at;
  return json;
}

// Starts an entity object with its id; created/modified are appended last by finishEntity.
Json startEntity(const EntityMeta& meta) {
  Json json = Json::object();
  json["id"] = meta.id;
  return json;
}

void finishEntity(Json& json, const EntityMeta& meta) {
  json["created"] = stampJson(meta.created);
  json["modified"] = stampJson(meta.modified);
}

Json planJson(const PlanInfo& plan) {
  Json json = startEntity(plan.meta);
  json["company"] = plan.company;
  json["title"] = plan.title;
  json["periodStart"] = plan.periodStart;
  json["periodEnd"] = plan.periodEnd;
  json["currency"] = plan.currency;
  finishEntity(json, plan.meta);
  return json;
}

Json personJson(const Person& person) {
  Json json = startEntity(person.meta);
  json["name"] = person.name;
  json["team"] = teamName(person.team);
  finishEntity(json, person.meta);
  return json;
}

Json sectionJson(const Section& section) {
  Json json = startEntity(section.meta);
  json["title"] = section.title;
  json["owner"] = teamName(section.owner);
  json["body"] = section.body;
  finishEntity(json, section.meta);
  return json;
}

Json termJson(const GlossaryTerm& term) {
  Json json = startEntity(term.meta);
  json["name"] = term.name;
  json["definition"] = term.definition;
  json["status"] = termStatusName(term.status);
  finishEntity(json, term.meta);
  return json;
}

template <typename T, typename ToJson>
Json arrayJson(const std::vector<T>& items, ToJson toJson) {
  Json json = Json::array();
  for (const auto& item : items) json.push_back(toJson(item));
  return json;
}

}  // namespace

std::string saveDocument(const Document& doc) {
  Json json = Json::object();
  json["format"] = "growth-plan";
  json["schemaVersion"] = kSchemaVersion;
  json["plan"] = planJson(doc.plan);
  json["people"] = arrayJson(doc.people, personJson);
  json["sections"] = arrayJson(doc.sections, sectionJson);
  json["glossary"] = arrayJson(doc.glossary, termJson);
  // `replace` instead of throwing: invalid UTF-8 typed into a field must not lose the whole save.
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace gp
