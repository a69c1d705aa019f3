#include "core/format/format_sync.h"

#include "core/format/json_dom.h"

namespace gp {

namespace {

using Json = nlohmann::ordered_json;

VersionClock readClock(const JsonNode& node) {
  if (!node.value().is_object()) node.fail("expected an object of replica counters");
  VersionClock clock;
  for (const auto& [replica, counter] : node.value().items()) {
    if (!counter.is_number_unsigned() || counter.get<uint64_t>() == 0)
      JsonNode(counter, node.childPath(replica)).fail("expected a positive whole number");
    clock[replica] = counter.get<uint64_t>();
  }
  return clock;
}

Json clockJson(const VersionClock& clock) {
  Json json = Json::object();
  for (const auto& [replica, counter] : clock) appendNewKey(json, replica, counter);  // keys of a map: unique
  return json;
}

}  // namespace

std::vector<PlanConflict> readConflicts(const JsonNode& node) {
  std::vector<PlanConflict> conflicts;
  for (const auto& element : node.elements()) {
    ObjectReader object(element, {"path", "label", "options"});
    PlanConflict conflict;
    conflict.path = object.string("path");
    conflict.label = object.string("label");
    for (const auto& optionNode : object.field("options").elements()) {
      ObjectReader option(optionNode, {"value", "by", "at"});
      conflict.options.push_back(ConflictChoice{option.field("value").value().dump(-1, ' ', false, Json::error_handler_t::replace), option.string("by"), option.string("at")});
    }
    if (conflict.options.size() < 2) object.field("options").fail("expected at least two options");
    conflicts.push_back(std::move(conflict));
  }
  return conflicts;
}

SyncState readSync(const JsonNode& node) {
  ObjectReader object(node, {"clock", "writes", "deleted", "authors"});
  SyncState sync;
  sync.clock = readClock(object.field("clock"));
  const JsonNode writes = object.field("writes");
  if (!writes.value().is_object()) writes.fail("expected an object");
  for (const auto& [path, dot] : writes.value().get_ref<const Json::object_t&>()) {
    const JsonNode dotNode = writes.child(dot, path);
    auto parsed = dotFromText(dotNode.string());
    if (!parsed) dotNode.fail("expected \"replica:counter\"");
    sync.writes.emplace_hint(sync.writes.end(), path, *parsed);  // usually in order already
  }
  const JsonNode deleted = object.field("deleted");
  if (!deleted.value().is_object()) deleted.fail("expected an object");
  for (const auto& [path, clock] : deleted.value().get_ref<const Json::object_t&>())
    sync.deleted[path] = readClock(deleted.child(clock, path));
  if (node.value().contains("authors")) {
    const JsonNode authors = object.field("authors");
    if (!authors.value().is_object()) authors.fail("expected an object");
    for (const auto& [dot, item] : authors.value().get_ref<const Json::object_t&>()) {
      const JsonNode itemNode = authors.child(item, dot);
      if (!dotFromText(dot)) itemNode.fail("expected a key \"replica:counter\"");
      ObjectReader fields(itemNode, {"by", "at", "team"});
      WriteAuthor author{fields.string("by"), fields.string("at"), {}};
      if (item.contains("team")) {
        const JsonNode team = fields.field("team");
        if (!teamFromName(team.string())) team.fail("expected one of marketing, sales, leadership, other");
        author.team = team.string();
      }
      sync.authors[dot] = std::move(author);
    }
  }
  return sync;
}

Json conflictsJson(const std::vector<PlanConflict>& conflicts) {
  Json json = Json::array();
  for (const auto& conflict : conflicts) {
    Json options = Json::array();
    for (const auto& option : conflict.options) {
      Json value = Json::parse(option.valueJson, nullptr, false);
      options.push_back(Json{{"value", value.is_discarded() ? Json() : value}, {"by", option.by}, {"at", option.at}});
    }
    json.push_back(Json{{"path", conflict.path}, {"label", conflict.label}, {"options", std::move(options)}});
  }
  return json;
}

Json syncJson(const SyncState& sync) {
  Json writes = Json::object();
  for (const auto& [path, dot] : sync.writes) appendNewKey(writes, path, dotText(dot));
  Json deleted = Json::object();
  for (const auto& [path, clock] : sync.deleted) appendNewKey(deleted, path, clockJson(clock));
  Json json{{"clock", clockJson(sync.clock)}, {"writes", std::move(writes)}, {"deleted", std::move(deleted)}};
  if (!sync.authors.empty()) {
    Json authors = Json::object();
    for (const auto& [dot, author] : sync.authors) {
      Json item{{"by", author.by}, {"at", author.at}};
      if (!author.team.empty()) item["team"] = author.team;
      appendNewKey(authors, dot, std::move(item));
    }
    json["authors"] = std::move(authors);
  }
  return json;
}

bool isEmpty(const SyncState& sync) {
  return sync.clock.empty() && sync.writes.empty() && sync.deleted.empty() && sync.authors.empty();
}

}  // namespace gp
