#include "core/merge/merge.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/model/document.h"

namespace gp {

namespace {

bool isOrderPath(const std::string& path) { return path.ends_with("/#order"); }

std::string stampField(const OrderedJson* entity, const char* field);

// Orders an entity's versions by their last modification, the same way from both sides.
auto stampOf(const OrderedJson& entity) {
  return std::make_tuple(stampField(&entity, "at"), stampField(&entity, "by"),
                         entity.contains("modified") ? entity["modified"].dump() : std::string());
}

// The ids of `a` that are also in `b`, in a's order.
OrderedJson commonIds(const OrderedJson& a, const OrderedJson& b) {
  std::set<std::string> inB;
  for (const auto& id : b) inB.insert(id.dump());
  OrderedJson out = OrderedJson::array();
  for (const auto& id : a)
    if (inB.count(id.dump())) out.push_back(id);
  return out;
}

bool reordered(const std::optional<OrderedJson>& side, const std::optional<OrderedJson>& base) {
  if (!side || !base) return false;
  return commonIds(*side, *base) != commonIds(*base, *side);
}

std::string stampField(const OrderedJson* entity, const char* field) {
  if (!entity || !entity->is_object()) return {};
  auto modified = entity->find("modified");
  if (modified == entity->end() || !modified->is_object()) return {};
  auto value = modified->find(field);
  return value != modified->end() && value->is_string() ? value->get<std::string>() : std::string();
}

// "glossary" -> "Glossary", "averageDealSize" -> "Average deal size".
std::string readableKey(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c >= 'A' && c <= 'Z') {
      out += ' ';
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out += c;
    }
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string entityName(const OrderedJson& entity) {
  for (const char* key : {"name", "title", "metric"}) {
    auto it = entity.find(key);
    if (it != entity.end() && it->is_string() && !it->get<std::string>().empty()) return it->get<std::string>();
  }
  return entity["id"].get<std::string>();
}

// Conflict options read in one order from both sides: by time, author, then value.
auto optionKey(const ConflictOption& option) { return std::make_tuple(option.at, option.by, option.value.dump()); }
bool optionBefore(const ConflictOption& x, const ConflictOption& y) { return optionKey(x) < optionKey(y); }

std::string joinLabel(const std::string& parent, const std::string& part) {
  return parent.empty() ? part : parent + " \xE2\x80\xBA " + part;
}

struct EntityContext {
  const OrderedJson* ours = nullptr;
  const OrderedJson* theirs = nullptr;
  std::string label;
};

class Merger {
 public:
  explicit Merger(const MergeOracle& oracle) : oracle_(oracle) {}

  std::optional<OrderedJson> value(const std::string& path, const OrderedJson* o, const OrderedJson* t,
                                   const EntityContext& context) {
    // A list the file leaves out when empty (comments, sign-offs) is an empty list, merged entity
    // by entity: a whole-list conflict would come back every time the copy is merged again. The
    // copy that emptied it by a write of the whole list (older files) deleted its entities; a
    // write below it, such as the list's order, does not say so.
    static const OrderedJson kEmptyList = OrderedJson::array();
    std::optional<Side> emptiedBy;
    if (o && !t && isEntityList(*o)) {
      t = &kEmptyList;
      if (oracle_.wroteWhole(Side::theirs, path)) emptiedBy = Side::theirs;
    }
    if (t && !o && isEntityList(*t)) {
      o = &kEmptyList;
      if (oracle_.wroteWhole(Side::ours, path)) emptiedBy = Side::ours;
    }
    if (o && t && *o == *t) return *o;
    if (o && t && o->is_object() && t->is_object()) return object(path, *o, *t, context);
    if (o && t && isListOfEntities(*o, *t)) return list(path, *o, *t, context, emptiedBy);
    const bool oursChanged = oracle_.changed(Side::ours, path);
    const bool theirsChanged = oracle_.changed(Side::theirs, path);
    if (oursChanged && !theirsChanged) return optionalOf(o);
    if (theirsChanged && !oursChanged) return optionalOf(t);
    return conflict(path, o, t, context);
  }

  std::vector<MergeConflict> takeConflicts() {
    std::sort(conflicts_.begin(), conflicts_.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    return std::move(conflicts_);
  }

 private:
  static std::optional<OrderedJson> optionalOf(const OrderedJson* value) {
    return value ? std::optional<OrderedJson>(*value) : std::nullopt;
  }

  static bool isListOfEntities(const OrderedJson& o, const OrderedJson& t) {
    const bool oList = isEntityList(o) || (o.is_array() && o.empty());
    const bool tList = isEntityList(t) || (t.is_array() && t.empty());
    return oList && tList && (isEntityList(o) || isEntityList(t));
  }

  // Both changed: keep the later edit for now (the entity's modified time; ties by value, so the
  // choice is the same from both sides) and list both.
  std::optional<OrderedJson> conflict(const std::string& path, const OrderedJson* o, const OrderedJson* t,
                                      const EntityContext& context) {
    ConflictOption ours{o ? *o : OrderedJson(), stampField(context.ours, "by"), stampField(context.ours, "at")};
    ConflictOption theirs{t ? *t : OrderedJson(), stampField(context.theirs, "by"), stampField(context.theirs, "at")};
    addConflict(path, context.label, std::move(ours), std::move(theirs));
    const ConflictOption& later = optionBefore(conflicts_.back().options[0], conflicts_.back().options[1])
                                      ? conflicts_.back().options[1]
                                      : conflicts_.back().options[0];
    if (later.value.is_null() && !(o && o->is_null()) && !(t && t->is_null())) return std::nullopt;
    return later.value;
  }

  void addConflict(const std::string& path, const std::string& label, ConflictOption a, ConflictOption b) {
    MergeConflict conflict{path, label, {std::move(a), std::move(b)}};
    std::sort(conflict.options.begin(), conflict.options.end(), optionBefore);
    conflicts_.push_back(std::move(conflict));
  }

  OrderedJson object(const std::string& path, const OrderedJson& o, const OrderedJson& t, EntityContext context) {
    const bool entity = o.contains("id") && t.contains("id");
    if (entity) {
      context.ours = &o;
      context.theirs = &t;
    }
    OrderedJson result = OrderedJson::object();
    // Room for every key: growing an ordered_json object copies the members merged so far.
    result.get_ref<OrderedJson::object_t&>().reserve(o.size() + t.size());
    const auto mergeKey = [&](const std::string& key) {
      if (path.empty() && isFileKey(key)) {
        if (key == "format" || key == "schemaVersion") result[key] = o.contains(key) ? o[key] : t[key];
        return;
      }
      if (entity && key == "modified") {
        result[key] = stampOf(o) >= stampOf(t) ? o[key] : t[key];
        return;
      }
      const auto oIt = o.find(key);
      const auto tIt = t.find(key);
      const OrderedJson* ov = oIt != o.end() ? &*oIt : nullptr;
      const OrderedJson* tv = tIt != t.end() ? &*tIt : nullptr;
      if (key == "history" && ov && tv && ov->is_array() && tv->is_array()) {
        result[key] = uniteHistory(*ov, *tv);
        return;
      }
      if (ov && tv && *ov == *tv) {
        result[key] = *ov;  // what value() gives for equal values, without naming them
        return;
      }
      EntityContext child = context;
      child.label = joinLabel(context.label, readableKey(key));
      if (auto merged = value(childPath(path, key), ov, tv, child)) result[key] = std::move(*merged);
    };
    for (auto it = o.begin(); it != o.end(); ++it) mergeKey(it.key());
    for (auto it = t.begin(); it != t.end(); ++it)
      if (!o.contains(it.key())) mergeKey(it.key());
    return result;
  }

  // Each change has a time, later than the one before.
  static bool inTimeOrder(const OrderedJson& changes) {
    const std::string* previous = nullptr;
    for (const auto& change : changes) {
      const auto at = change.is_object() ? change.find("at") : change.end();
      if (at == change.end() || !at->is_string()) return false;
      const std::string& time = at->get_ref<const std::string&>();
      if (previous && !(*previous < time)) return false;
      previous = &time;
    }
    return true;
  }

  // Change records of both copies, each once, oldest first, the newest kMaxTermChanges kept.
  static OrderedJson uniteHistory(const OrderedJson& o, const OrderedJson& t) {
    if (o == t && o.size() <= kMaxTermChanges && inTimeOrder(o)) return o;  // the usual case, and what follows gives
    std::map<std::tuple<std::string, std::string>, OrderedJson> byTime;
    for (const auto* side : {&o, &t})
      for (const auto& change : *side) {
        const std::string at = change.is_object() && change.contains("at") && change["at"].is_string()
                                   ? change["at"].get<std::string>()
                                   : std::string();
        byTime.emplace(std::make_tuple(at, change.dump()), change);
      }
    OrderedJson out = OrderedJson::array();
    for (auto& [key, change] : byTime) out.push_back(std::move(change));
    while (out.size() > kMaxTermChanges) out.erase(out.begin());
    return out;
  }

  OrderedJson list(const std::string& path, const OrderedJson& o, const OrderedJson& t, const EntityContext& context,
                   std::optional<Side> emptiedBy) {
    // Keyed by views of the ids in the (unchanging) documents.
    std::unordered_map<std::string_view, const OrderedJson*> oById, tById;
    std::vector<std::string_view> oIds, tIds;
    for (const auto& entity : o) {
      const std::string& id = entity["id"].get_ref<const std::string&>();
      oIds.push_back(id), oById[id] = &entity;
    }
    for (const auto& entity : t) {
      const std::string& id = entity["id"].get_ref<const std::string&>();
      tIds.push_back(id), tById[id] = &entity;
    }

    std::unordered_map<std::string_view, OrderedJson> kept;
    const auto keepOneSided = [&](std::string_view id, const OrderedJson& entity, Side has) {
      const std::string entityPath = childPath(path, id);
      const Side other = has == Side::ours ? Side::theirs : Side::ours;
      if (!oracle_.deleted(other, entityPath) && emptiedBy != other) {
        kept[id] = entity;  // added by one copy
        return;
      }
      if (!oracle_.changed(has, entityPath)) return;  // deleted by the other, untouched here
      // Edited here, deleted there: keep it until someone decides.
      ConflictOption edited{entity, stampField(&entity, "by"), stampField(&entity, "at")};
      ConflictOption removed{OrderedJson(), "", ""};
      addConflict(entityPath, joinLabel(context.label, entityName(entity)), std::move(edited), std::move(removed));
      kept[id] = entity;
    };
    for (const std::string_view id : oIds) {
      auto theirs = tById.find(id);
      if (theirs == tById.end()) {
        keepOneSided(id, *oById[id], Side::ours);
      } else if (*oById[id] == *theirs->second) {
        kept[id] = *oById[id];  // what value() gives for equal versions, without naming them
      } else {
        // Named as the later edit names it, so the label reads the same from both sides; equal
        // stamps (one person's two copies) take the name that sorts last, again the same both ways.
        EntityContext child = context;
        const OrderedJson& o = *oById[id];
        const OrderedJson& t = *theirs->second;
        const auto oStamp = stampOf(o), tStamp = stampOf(t);
        const OrderedJson& named = (oStamp != tStamp ? oStamp > tStamp : entityName(o) >= entityName(t)) ? o : t;
        child.label = joinLabel(context.label, entityName(named));
        kept[id] = object(childPath(path, id), o, t, child);  // what value() gives two unequal entities
      }
    }
    for (const std::string_view id : tIds)
      if (!oById.count(id)) keepOneSided(id, *tById[id], Side::theirs);

    OrderedJson result = OrderedJson::array();
    result.get_ref<OrderedJson::array_t&>().reserve(kept.size());
    const bool oursReordered = oracle_.changed(Side::ours, orderPath(path));
    const bool theirsReordered = oracle_.changed(Side::theirs, orderPath(path));
    for (const std::string_view id :
         mergedOrder(oIds, tIds, oursReordered, theirsReordered, [&](std::string_view id) { return kept.count(id) > 0; }))
      result.push_back(std::move(kept.find(id)->second));
    return result;
  }

  const MergeOracle& oracle_;
  std::vector<MergeConflict> conflicts_;
};

}  // namespace

std::vector<std::string_view> mergedOrder(const std::vector<std::string_view>& oIds, const std::vector<std::string_view>& tIds,
                                          bool oursReordered, bool theirsReordered,
                                          const std::function<bool(std::string_view)>& kept) {
  const bool oursWins = oursReordered != theirsReordered ? oursReordered : oIds <= tIds;
  const std::vector<std::string_view>& winner = oursWins ? oIds : tIds;
  const std::vector<std::string_view>& loser = oursWins ? tIds : oIds;
  if (winner == loser) {  // the usual case, and what the general one below gives for it
    std::vector<std::string_view> order;
    order.reserve(winner.size());
    for (const std::string_view id : winner)
      if (kept(id)) order.push_back(id);
    return order;
  }
  // Each of the loser's own ids goes right after the last id of both it follows there (or at
  // the front), in the loser's order.
  std::unordered_set<std::string_view> placed;
  for (const auto& id : winner)
    if (kept(id)) placed.insert(id);
  std::vector<std::string_view> front;
  std::unordered_map<std::string_view, std::vector<std::string_view>> after;
  std::vector<std::string_view>* insertInto = &front;
  for (const auto& id : loser) {
    if (!kept(id)) continue;
    if (placed.count(id)) {
      insertInto = &after[id];
      continue;
    }
    insertInto->push_back(id);
  }
  std::vector<std::string_view> order = std::move(front);
  for (const auto& id : winner) {
    if (!placed.count(id)) continue;
    order.push_back(id);
    if (auto own = after.find(id); own != after.end()) order.insert(order.end(), own->second.begin(), own->second.end());
  }
  return order;
}

ThreeWayOracle::ThreeWayOracle(const OrderedJson& base, const OrderedJson& ours, const OrderedJson& theirs)
    : base_(base), ours_(ours), theirs_(theirs) {}

bool ThreeWayOracle::changed(Side side, const std::string& path) const {
  const PathIndex& copy = side == Side::ours ? ours_ : theirs_;
  if (isOrderPath(path)) return reordered(copy.find(path), base_.find(path));
  const OrderedJson* now = copy.node(path);
  const OrderedJson* before = base_.node(path);
  if (!now || !before) return now != before;
  return *now != *before;
}

bool ThreeWayOracle::deleted(Side side, const std::string& entityPath) const {
  const PathIndex& copy = side == Side::ours ? ours_ : theirs_;
  return base_.node(entityPath) && !copy.node(entityPath);
}

bool SyncOracle::changed(Side side, const std::string& path) const {
  return side == Side::ours ? wroteUnseen(ours_, path, theirs_.clock) : wroteUnseen(theirs_, path, ours_.clock);
}

bool SyncOracle::deleted(Side side, const std::string& entityPath) const {
  return wasDeleted(side == Side::ours ? ours_ : theirs_, entityPath);
}

bool SyncOracle::wroteWhole(Side side, const std::string& listPath) const {
  return side == Side::ours ? wroteWholeUnseen(ours_, listPath, theirs_.clock)
                            : wroteWholeUnseen(theirs_, listPath, ours_.clock);
}

JsonMerge mergeJson(const OrderedJson& ours, const OrderedJson& theirs, const MergeOracle& oracle) {
  Merger merger(oracle);
  JsonMerge result;
  result.merged = merger.value("", &ours, &theirs, EntityContext{}).value_or(OrderedJson::object());
  result.conflicts = merger.takeConflicts();
  return result;
}

PathValues TreeValues::at(const std::string& path) const {
  PathValues values;
  if (isOrderPath(path)) {
    const auto merged = merged_.find(path);
    values.inMerged = merged.has_value();
    // A copy whose order the merge kept may still differ from it: the other copy deleted some of
    // its entities or added its own. Only the order of the entities both have tells them apart.
    const auto keptOrderOf = [&](const std::optional<OrderedJson>& copy) {
      return merged && copy && !reordered(copy, merged);
    };
    values.oursSame = keptOrderOf(ours_.find(path));
    values.theirsSame = keptOrderOf(theirs_.find(path));
    return values;
  }
  // Compared where they are, without copying (an entity's path names the whole entity).
  const OrderedJson* merged = merged_.node(path);
  if (!merged) return values;
  // A file leaves an empty list out (comments, sign-offs): a copy without it has the empty list.
  const auto sameAsMerged = [&](const OrderedJson* copy) {
    return copy ? *copy == *merged : merged->is_array() && merged->empty();
  };
  return PathValues{true, sameAsMerged(ours_.node(path)), sameAsMerged(theirs_.node(path))};
}

SyncState mergeSyncStates(const SyncState& ours, const SyncState& theirs, const OrderedJson& oursJson,
                          const OrderedJson& theirsJson, const OrderedJson& merged) {
  return mergeSyncStates(ours, theirs, TreeValues(oursJson, theirsJson, merged));
}

SyncState mergeSyncStates(const SyncState& ours, const SyncState& theirs, const MergedValues& values) {
  SyncState out;
  out.clock = ours.clock;
  mergeClockInto(out.clock, theirs.clock);

  for (const auto* side : {&ours, &theirs})
    for (const auto& [path, clock] : side->deleted)
      if (!values.at(path).inMerged) mergeClockInto(out.deleted[path], clock);

  // Every path either copy wrote, walking both (sorted) maps at once.
  const auto choose = [&](const std::string& path, const Dot* oDot, const Dot* tDot) {
    const PathValues here = values.at(path);
    if (!here.inMerged) return;
    const Dot* chosen = nullptr;
    if (here.oursSame == here.theirsSame) {  // both kept, or neither: the later write
      chosen = oDot;
      if (tDot && (!chosen || *chosen < *tDot)) chosen = tDot;
    } else {
      chosen = here.oursSame ? oDot : tDot;
    }
    if (chosen) out.writes.emplace_hint(out.writes.end(), path, *chosen);
  };
  auto o = ours.writes.begin(), t = theirs.writes.begin();
  while (o != ours.writes.end() || t != theirs.writes.end()) {
    if (t == theirs.writes.end() || (o != ours.writes.end() && o->first < t->first)) {
      choose(o->first, &o->second, nullptr);
      ++o;
    } else if (o == ours.writes.end() || t->first < o->first) {
      choose(t->first, nullptr, &t->second);
      ++t;
    } else {
      choose(o->first, &o->second, &t->second);
      ++o, ++t;
    }
  }
  // An entity one copy deleted and the other changed is kept (a conflict to settle). Its write must
  // stay one the deleting copy has not seen, or merging that copy again would delete it after all.
  for (const auto* deleter : {&ours, &theirs}) {
    const SyncState& keeper = deleter == &ours ? theirs : ours;
    for (const auto& [path, clock] : deleter->deleted) {
      if (!values.at(path).inMerged) continue;
      const std::optional<Dot> kept = effectiveWrite(keeper, path);
      if (!kept || covers(deleter->clock, *kept)) continue;
      const std::optional<Dot> now = effectiveWrite(out, path);
      if (!now || covers(deleter->clock, *now)) out.writes[path] = *kept;
    }
  }
  for (const auto* side : {&ours, &theirs})
    for (const auto& [dot, author] : side->authors) out.authors.emplace(dot, author);
  pruneAuthors(out);
  return out;
}

std::vector<MergeConflict> uniteConflicts(std::vector<MergeConflict> a, const std::vector<MergeConflict>& b) {
  for (const MergeConflict& conflict : b) {
    auto same = std::find_if(a.begin(), a.end(), [&](const MergeConflict& c) { return c.path == conflict.path; });
    if (same == a.end()) {
      a.push_back(conflict);
      continue;
    }
    for (const ConflictOption& option : conflict.options)
      if (std::find(same->options.begin(), same->options.end(), option) == same->options.end())
        same->options.push_back(option);
    std::sort(same->options.begin(), same->options.end(), optionBefore);
  }
  std::sort(a.begin(), a.end(), [](const auto& x, const auto& y) { return x.path < y.path; });
  return a;
}

}  // namespace gp
