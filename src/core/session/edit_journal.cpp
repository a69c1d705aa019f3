#include "core/session/edit_journal.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "core/format/format_attribution.h"
#include "core/format/format_entities.h"
#include "core/format/format_loops.h"
#include "core/format/format_workshop.h"
#include "core/format/json_paths.h"
#include "core/merge/record_changes.h"

namespace gp {

namespace {

using history_detail::Collection;
using history_detail::EntityChange;
using history_detail::EntityValue;

constexpr Collection kLists[] = {Collection::people,      Collection::sections,  Collection::glossary,
                                 Collection::scenarios,   Collection::commitments, Collection::campaigns,
                                 Collection::leadDays,    Collection::deals,     Collection::ratings,
                                 Collection::requests,    Collection::diagnosticRounds, Collection::diagnosticAnswers,
                                 Collection::workshops,   Collection::workshopNotes, Collection::actions,
                                 Collection::dotVotes,    Collection::draftPrompts,
                                 Collection::comments,    Collection::signOffs};

// Where a collection lives in the file.
std::string pathOf(Collection collection) {
  switch (collection) {
    case Collection::plan: return "plan";
    case Collection::growth: return "growth";
    case Collection::people: return "people";
    case Collection::sections: return "sections";
    case Collection::glossary: return "glossary";
    case Collection::scenarios: return "growth/scenarios";
    case Collection::commitments: return "commitments";
    case Collection::campaigns: return "campaigns";
    case Collection::reasons: return "reasons";
    case Collection::leadDays: return "leadDays";
    case Collection::deals: return "deals";
    case Collection::ratings: return "ratings";
    case Collection::requests: return "requests";
    case Collection::diagnosticRounds: return "diagnosticRounds";
    case Collection::diagnosticAnswers: return "diagnosticAnswers";
    case Collection::workshops: return "workshops";
    case Collection::workshopNotes: return "workshopNotes";
    case Collection::actions: return "actions";
    case Collection::dotVotes: return "dotVotes";
    case Collection::draftPrompts: return "draftPrompts";
    case Collection::comments: return "comments";
    case Collection::signOffs: return "signOffs";
    case Collection::attribution: return "attribution";
    case Collection::document: break;
  }
  return {};
}

template <typename F>
void forEachEntity(const Document& doc, Collection collection, F&& each) {
  const auto visit = [&](const auto& list) {
    for (size_t i = 0; i < list.size(); ++i) each(list[i].meta.id, i);
  };
  switch (collection) {
    case Collection::people: visit(doc.people); break;
    case Collection::sections: visit(doc.sections); break;
    case Collection::glossary: visit(doc.glossary); break;
    case Collection::scenarios: visit(doc.growth.scenarios); break;
    case Collection::commitments: visit(doc.commitments); break;
    case Collection::campaigns: visit(doc.campaigns); break;
    case Collection::leadDays: visit(doc.leadDays); break;
    case Collection::deals: visit(doc.deals); break;
    case Collection::ratings: visit(doc.ratings); break;
    case Collection::requests: visit(doc.requests); break;
    case Collection::diagnosticRounds: visit(doc.diagnosticRounds); break;
    case Collection::diagnosticAnswers: visit(doc.diagnosticAnswers); break;
    case Collection::workshops: visit(doc.workshops); break;
    case Collection::workshopNotes: visit(doc.workshopNotes); break;
    case Collection::actions: visit(doc.actions); break;
    case Collection::dotVotes: visit(doc.dotVotes); break;
    case Collection::draftPrompts: visit(doc.draftPrompts); break;
    case Collection::comments: visit(doc.comments); break;
    case Collection::signOffs: visit(doc.signOffs); break;
    default: break;
  }
}

std::vector<std::string> idsIn(const Document& doc, Collection collection) {
  std::vector<std::string> ids;
  forEachEntity(doc, collection, [&](const std::string& id, size_t) { ids.push_back(id); });
  return ids;
}

std::string idOf(const EntityValue& value) {
  return std::visit(
      [](const auto& entity) -> std::string {
        using T = std::decay_t<decltype(entity)>;
        if constexpr (std::is_same_v<T, PlanInfo> || std::is_same_v<T, GrowthAssumptions> ||
                      std::is_same_v<T, ReasonLists> || std::is_same_v<T, AttributionAgreement> ||
                      std::is_same_v<T, Document>)
          return {};
        else
          return entity.meta.id;
      },
      value);
}

OrderedJson jsonOf(const EntityValue& value) {
  return std::visit(
      [](const auto& entity) -> OrderedJson {
        using T = std::decay_t<decltype(entity)>;
        if constexpr (std::is_same_v<T, GrowthAssumptions>) return assumptionsJson(entity);
        else if constexpr (std::is_same_v<T, ReasonLists>) return reasonsJson(entity);
        else if constexpr (std::is_same_v<T, AttributionAgreement>) return attributionAgreementJson(entity);
        else if constexpr (std::is_same_v<T, Document>) return OrderedJson();  // never journalled whole
        else return entityJson(entity);
      },
      value);
}

// The entity (or plan, or assumptions) of the current document as the file writes it.
class CurrentValues {
 public:
  explicit CurrentValues(const Document& doc) : doc_(doc) {}

  std::optional<OrderedJson> find(Collection collection, const std::string& id) {
    if (collection == Collection::plan) return entityJson(doc_.plan);
    if (collection == Collection::growth) return assumptionsJson(doc_.growth.assumptions);
    if (collection == Collection::reasons) return reasonsJson(doc_.reasons);
    if (collection == Collection::attribution) return attributionAgreementJson(doc_.attribution);
    auto& index = indexes_[collection];
    if (index.empty()) forEachEntity(doc_, collection, [&](const std::string& entityId, size_t i) { index[entityId] = i; });
    const auto found = index.find(id);
    if (found == index.end()) return std::nullopt;
    const size_t i = found->second;
    switch (collection) {
      case Collection::people: return entityJson(doc_.people[i]);
      case Collection::sections: return entityJson(doc_.sections[i]);
      case Collection::glossary: return entityJson(doc_.glossary[i]);
      case Collection::scenarios: return entityJson(doc_.growth.scenarios[i]);
      case Collection::commitments: return entityJson(doc_.commitments[i]);
      case Collection::campaigns: return entityJson(doc_.campaigns[i]);
      case Collection::leadDays: return entityJson(doc_.leadDays[i]);
      case Collection::deals: return entityJson(doc_.deals[i]);
      case Collection::ratings: return entityJson(doc_.ratings[i]);
      case Collection::requests: return entityJson(doc_.requests[i]);
      case Collection::diagnosticRounds: return entityJson(doc_.diagnosticRounds[i]);
      case Collection::diagnosticAnswers: return entityJson(doc_.diagnosticAnswers[i]);
      case Collection::workshops: return entityJson(doc_.workshops[i]);
      case Collection::workshopNotes: return entityJson(doc_.workshopNotes[i]);
      case Collection::actions: return entityJson(doc_.actions[i]);
      case Collection::dotVotes: return entityJson(doc_.dotVotes[i]);
      case Collection::draftPrompts: return entityJson(doc_.draftPrompts[i]);
      case Collection::comments: return entityJson(doc_.comments[i]);
      case Collection::signOffs: return entityJson(doc_.signOffs[i]);
      default: return std::nullopt;
    }
  }

 private:
  const Document& doc_;
  std::map<Collection, std::unordered_map<std::string, size_t>> indexes_;
};

template <typename T>
void noteListDifferences(const std::vector<T>& before, const std::vector<T>& after, Collection collection,
                         const std::function<void(Collection, const std::string&, const std::optional<EntityValue>&)>& touch) {
  std::unordered_map<std::string, const T*> old;
  for (const auto& entity : before) old[entity.meta.id] = &entity;
  for (const auto& entity : after) {
    const auto found = old.find(entity.meta.id);
    if (found == old.end()) touch(collection, entity.meta.id, std::nullopt);
    else if (!(*found->second == entity)) touch(collection, entity.meta.id, EntityValue(*found->second));
  }
  std::unordered_map<std::string, bool> present;
  for (const auto& entity : after) present[entity.meta.id] = true;
  for (const auto& entity : before)
    if (!present.count(entity.meta.id)) touch(collection, entity.meta.id, EntityValue(entity));
}

}  // namespace

void EditJournal::touch(Collection collection, const std::string& id, const std::optional<EntityValue>& before) {
  firstValues_.try_emplace(Key{collection, id}, before);  // the first value since the last record wins
}

void EditJournal::noteStep(const std::vector<EntityChange>& changes, bool forwards, const Document& after) {
  struct Applied {
    Collection collection;
    size_t index;
    const std::optional<EntityValue>* from;
    const std::optional<EntityValue>* to;
  };
  std::vector<Applied> applied;  // in the order they were applied to the document
  for (size_t n = 0; n < changes.size(); ++n) {
    const EntityChange& change = changes[forwards ? n : changes.size() - 1 - n];
    applied.push_back({change.collection, change.index, forwards ? &change.before : &change.after,
                       forwards ? &change.after : &change.before});
  }
  for (const Applied& change : applied) {
    if (change.collection == Collection::document) {
      if (*change.from && *change.to) noteDocument(std::get<Document>(**change.from), std::get<Document>(**change.to));
      continue;
    }
    const EntityValue& any = *change.from ? **change.from : **change.to;
    touch(change.collection, isWholeValue(change.collection) ? std::string() : idOf(any), *change.from);
  }
  // Lists gaining, losing or moving an entity: their order before this step, by undoing the step
  // on the ids of the list as it is now.
  for (const Collection collection : kLists) {
    if (ordersBefore_.count(collection)) continue;
    const bool reshaped = std::any_of(applied.begin(), applied.end(), [&](const Applied& change) {
      return change.collection == collection && change.from->has_value() != change.to->has_value();
    });
    if (!reshaped) continue;
    std::vector<std::string> ids = idsIn(after, collection);
    for (auto change = applied.rbegin(); change != applied.rend(); ++change) {
      if (change->collection != collection) continue;
      if (*change->to && !*change->from && change->index < ids.size()) {
        ids.erase(ids.begin() + static_cast<std::ptrdiff_t>(change->index));
      } else if (*change->from && !*change->to) {
        ids.insert(ids.begin() + static_cast<std::ptrdiff_t>(std::min(change->index, ids.size())), idOf(**change->from));
      }
    }
    ordersBefore_[collection] = std::move(ids);
  }
}

void EditJournal::noteDocument(const Document& before, const Document& after) {
  if (!(before.plan == after.plan)) touch(Collection::plan, {}, EntityValue(before.plan));
  if (!(before.growth.assumptions == after.growth.assumptions))
    touch(Collection::growth, {}, EntityValue(before.growth.assumptions));
  if (!(before.reasons == after.reasons)) touch(Collection::reasons, {}, EntityValue(before.reasons));
  if (!(before.attribution == after.attribution)) touch(Collection::attribution, {}, EntityValue(before.attribution));
  const auto touchEntity = [this](Collection collection, const std::string& id, const std::optional<EntityValue>& value) {
    touch(collection, id, value);
  };
  noteListDifferences(before.people, after.people, Collection::people, touchEntity);
  noteListDifferences(before.sections, after.sections, Collection::sections, touchEntity);
  noteListDifferences(before.glossary, after.glossary, Collection::glossary, touchEntity);
  noteListDifferences(before.growth.scenarios, after.growth.scenarios, Collection::scenarios, touchEntity);
  noteListDifferences(before.commitments, after.commitments, Collection::commitments, touchEntity);
  noteListDifferences(before.campaigns, after.campaigns, Collection::campaigns, touchEntity);
  noteListDifferences(before.leadDays, after.leadDays, Collection::leadDays, touchEntity);
  noteListDifferences(before.deals, after.deals, Collection::deals, touchEntity);
  noteListDifferences(before.ratings, after.ratings, Collection::ratings, touchEntity);
  noteListDifferences(before.requests, after.requests, Collection::requests, touchEntity);
  noteListDifferences(before.diagnosticRounds, after.diagnosticRounds, Collection::diagnosticRounds, touchEntity);
  noteListDifferences(before.diagnosticAnswers, after.diagnosticAnswers, Collection::diagnosticAnswers, touchEntity);
  noteListDifferences(before.workshops, after.workshops, Collection::workshops, touchEntity);
  noteListDifferences(before.workshopNotes, after.workshopNotes, Collection::workshopNotes, touchEntity);
  noteListDifferences(before.actions, after.actions, Collection::actions, touchEntity);
  noteListDifferences(before.dotVotes, after.dotVotes, Collection::dotVotes, touchEntity);
  noteListDifferences(before.draftPrompts, after.draftPrompts, Collection::draftPrompts, touchEntity);
  noteListDifferences(before.comments, after.comments, Collection::comments, touchEntity);
  noteListDifferences(before.signOffs, after.signOffs, Collection::signOffs, touchEntity);
  for (const Collection collection : kLists) {
    if (ordersBefore_.count(collection)) continue;
    std::vector<std::string> ids = idsIn(before, collection);
    if (ids != idsIn(after, collection)) ordersBefore_[collection] = std::move(ids);
  }
}

void EditJournal::clear() {
  firstValues_.clear();
  ordersBefore_.clear();
}

ChangeSet EditJournal::changesSince(const Document& current) const {
  ChangeSet out;
  // An optional list that appears or goes away (the file leaves it out when empty) is recorded
  // entity by entity too: its deleted entities need tombstones, or a merge would bring them back.
  for (const auto& [collection, ids] : ordersBefore_)
    if (survivorsReordered(ids, idsIn(current, collection))) out.written.push_back(orderPath(pathOf(collection)));
  CurrentValues currentValues(current);
  for (const auto& [key, before] : firstValues_) {
    // The file leaves "attribution" out until it is set, and its results are one set of
    // aggregates from one import: always written whole.
    if (key.collection == Collection::attribution) {
      out.written.push_back(pathOf(key.collection));
      continue;
    }
    const std::string path = isWholeValue(key.collection) ? pathOf(key.collection) : childPath(pathOf(key.collection), key.id);
    const std::optional<OrderedJson> after = currentValues.find(key.collection, key.id);
    if (before && after) {
      const OrderedJson old = jsonOf(*before);
      collectChanges(&old, &*after, path, out);
    } else if (after) {
      out.added.push_back(path);
    } else if (before) {
      out.removed.push_back(path);
    }
  }
  return out;
}

}  // namespace gp
