// Shared by History's source files (history.cpp, history_glossary.cpp, history_review.cpp): where
// each kind of entity lives, the generic add/update/remove of one entity, and one recorded step.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/session/history.h"
#include "core/session/history_change.h"

namespace gp {

namespace history_detail {

template <typename T> struct EntityTraits;
template <> struct EntityTraits<Person> {
  static constexpr Collection collection = Collection::people;
  static std::vector<Person>& list(Document& doc) { return doc.people; }
};
template <> struct EntityTraits<Section> {
  static constexpr Collection collection = Collection::sections;
  static std::vector<Section>& list(Document& doc) { return doc.sections; }
};
template <> struct EntityTraits<GlossaryTerm> {
  static constexpr Collection collection = Collection::glossary;
  static std::vector<GlossaryTerm>& list(Document& doc) { return doc.glossary; }
};

template <> struct EntityTraits<Scenario> {
  static constexpr Collection collection = Collection::scenarios;
  static std::vector<Scenario>& list(Document& doc) { return doc.growth.scenarios; }
};

template <> struct EntityTraits<Commitment> {
  static constexpr Collection collection = Collection::commitments;
  static std::vector<Commitment>& list(Document& doc) { return doc.commitments; }
};

template <> struct EntityTraits<Campaign> {
  static constexpr Collection collection = Collection::campaigns;
  static std::vector<Campaign>& list(Document& doc) { return doc.campaigns; }
};

template <> struct EntityTraits<LeadDay> {
  static constexpr Collection collection = Collection::leadDays;
  static std::vector<LeadDay>& list(Document& doc) { return doc.leadDays; }
};

template <> struct EntityTraits<DealReview> {
  static constexpr Collection collection = Collection::deals;
  static std::vector<DealReview>& list(Document& doc) { return doc.deals; }
};

template <> struct EntityTraits<Rating> {
  static constexpr Collection collection = Collection::ratings;
  static std::vector<Rating>& list(Document& doc) { return doc.ratings; }
};

template <> struct EntityTraits<CollateralRequest> {
  static constexpr Collection collection = Collection::requests;
  static std::vector<CollateralRequest>& list(Document& doc) { return doc.requests; }
};

template <> struct EntityTraits<DiagnosticRound> {
  static constexpr Collection collection = Collection::diagnosticRounds;
  static std::vector<DiagnosticRound>& list(Document& doc) { return doc.diagnosticRounds; }
};

template <> struct EntityTraits<DiagnosticAnswer> {
  static constexpr Collection collection = Collection::diagnosticAnswers;
  static std::vector<DiagnosticAnswer>& list(Document& doc) { return doc.diagnosticAnswers; }
};

template <> struct EntityTraits<Workshop> {
  static constexpr Collection collection = Collection::workshops;
  static std::vector<Workshop>& list(Document& doc) { return doc.workshops; }
};

template <> struct EntityTraits<WorkshopNote> {
  static constexpr Collection collection = Collection::workshopNotes;
  static std::vector<WorkshopNote>& list(Document& doc) { return doc.workshopNotes; }
};

template <> struct EntityTraits<ActionItem> {
  static constexpr Collection collection = Collection::actions;
  static std::vector<ActionItem>& list(Document& doc) { return doc.actions; }
};

template <> struct EntityTraits<DotVote> {
  static constexpr Collection collection = Collection::dotVotes;
  static std::vector<DotVote>& list(Document& doc) { return doc.dotVotes; }
};

template <> struct EntityTraits<DraftPrompt> {
  static constexpr Collection collection = Collection::draftPrompts;
  static std::vector<DraftPrompt>& list(Document& doc) { return doc.draftPrompts; }
};

template <> struct EntityTraits<CommentThread> {
  static constexpr Collection collection = Collection::comments;
  static std::vector<CommentThread>& list(Document& doc) { return doc.comments; }
};

template <> struct EntityTraits<SignOff> {
  static constexpr Collection collection = Collection::signOffs;
  static std::vector<SignOff>& list(Document& doc) { return doc.signOffs; }
};

template <typename T>
std::optional<size_t> indexOf(const std::vector<T>& list, const std::string& id) {
  const auto found = std::find_if(list.begin(), list.end(), [&](const T& item) { return item.meta.id == id; });
  if (found == list.end()) return std::nullopt;
  return static_cast<size_t>(found - list.begin());
}

bool idInUse(const Document& doc, const std::string& id);
// Ids must be unique across the document for the file to load again.
std::string unusedId(const Document& doc, std::string wanted, IdGenerator& ids);
Stamp stampFor(const EditContext& context);
// Requests the person asked for or owns lose them (history_loops.cpp), appending the changes.
void clearPersonFromRequests(Document& doc, const std::string& personId, const EditContext& context,
                             std::vector<EntityChange>& changes);
// Action items the person owned lose their owner (history_workshop.cpp), appending the changes.
void clearPersonFromActions(Document& doc, const std::string& personId, const EditContext& context,
                            std::vector<EntityChange>& changes);

template <typename T>
EntityChange addEntity(Document& doc, T entity, const EditContext& context, IdGenerator& ids) {
  entity.meta.id = unusedId(doc, std::move(entity.meta.id), ids);
  entity.meta.created = entity.meta.modified = stampFor(context);
  auto& list = EntityTraits<T>::list(doc);
  list.push_back(entity);
  return EntityChange{EntityTraits<T>::collection, list.size() - 1, std::nullopt, std::move(entity)};
}

// Returns nothing when the entity is missing or its content did not change (a no-op edit).
template <typename T>
std::optional<EntityChange> updateEntity(Document& doc, const T& updated, const EditContext& context) {
  auto& list = EntityTraits<T>::list(doc);
  const auto index = indexOf(list, updated.meta.id);
  if (!index) return std::nullopt;
  T after = updated;
  after.meta = list[*index].meta;  // callers cannot rewrite ids or stamps
  if (after == list[*index]) return std::nullopt;
  after.meta.modified = stampFor(context);
  EntityChange change{EntityTraits<T>::collection, *index, list[*index], after};
  list[*index] = std::move(after);
  return change;
}

template <typename T>
std::optional<EntityChange> removeEntity(Document& doc, const std::string& id) {
  auto& list = EntityTraits<T>::list(doc);
  const auto index = indexOf(list, id);
  if (!index) return std::nullopt;
  EntityChange change{EntityTraits<T>::collection, *index, list[*index], std::nullopt};
  list.erase(list.begin() + static_cast<std::ptrdiff_t>(*index));
  return change;
}

}  // namespace history_detail

struct History::Step {
  using StepKind = history_detail::StepKind;
  using EntityChange = history_detail::EntityChange;

  StepKind kind = StepKind::edit;
  std::string mergeKey;
  std::vector<EntityChange> changes;  // applied in order; undone in reverse order
  std::string fixedLabel;             // for steps over many entities, e.g. "Import 12 terms"

  Step(StepKind kind, std::string mergeKey, std::vector<EntityChange> changes, std::string fixedLabel = {})
      : kind(kind), mergeKey(std::move(mergeKey)), changes(std::move(changes)), fixedLabel(std::move(fixedLabel)) {}

  // e.g. "Edit term “MQL”": the newest name, falling back to the old one when it was cleared.
  std::string label() const;
};

}  // namespace gp
