// Undo/redo records whole-entity before/after values rather than document snapshots, so a step
// costs one entity even in a plan with 10,000 glossary terms.
#include "history.h"

#include <algorithm>

#include "utf8.h"

namespace gp {

namespace history_detail {

enum class Collection { plan, people, sections, glossary, growth, scenarios };
enum class StepKind { add, edit, remove, move };

using EntityValue = std::variant<PlanInfo, Person, Section, GlossaryTerm, GrowthAssumptions, Scenario>;

// One entity at one position: before absent means it was added, after absent means removed.
struct EntityChange {
  Collection collection = Collection::plan;
  size_t index = 0;  // position in its list (unused for the plan and the growth assumptions)
  std::optional<EntityValue> before;
  std::optional<EntityValue> after;
};

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

template <typename T>
std::optional<size_t> indexOf(const std::vector<T>& list, const std::string& id) {
  const auto found = std::find_if(list.begin(), list.end(), [&](const T& item) { return item.meta.id == id; });
  if (found == list.end()) return std::nullopt;
  return static_cast<size_t>(found - list.begin());
}

bool idInUse(const Document& doc, const std::string& id) {
  return doc.plan.meta.id == id || indexOf(doc.people, id) || indexOf(doc.sections, id) || indexOf(doc.glossary, id) ||
         indexOf(doc.growth.scenarios, id);
}

// Ids must be unique across the document for the file to load again.
std::string unusedId(const Document& doc, std::string wanted, IdGenerator& ids) {
  while (wanted.empty() || idInUse(doc, wanted)) wanted = ids.next();
  return wanted;
}

// Items inside the assumptions need ids unique within their own list for the file to load again.
template <typename T>
void giveUniqueIds(std::vector<T>& items, IdGenerator& ids) {
  for (size_t i = 0; i < items.size(); ++i) {
    const auto repeats = [&](const std::string& id) {
      for (size_t j = 0; j < i; ++j)
        if (items[j].id == id) return true;
      return false;
    };
    while (items[i].id.empty() || repeats(items[i].id)) items[i].id = ids.next();
  }
}

GrowthAssumptions withUniqueIds(GrowthAssumptions assumptions, IdGenerator& ids) {
  giveUniqueIds(assumptions.stages, ids);
  giveUniqueIds(assumptions.sources, ids);
  giveUniqueIds(assumptions.capacity.newHires, ids);
  giveUniqueIds(assumptions.budget.channels, ids);
  return assumptions;
}

Stamp stampFor(const EditContext& context) { return Stamp{context.author, context.now}; }

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

template <typename T>
void replaceInList(std::vector<T>& list, size_t index, const std::optional<EntityValue>& from,
                   const std::optional<EntityValue>& to) {
  const auto position = list.begin() + static_cast<std::ptrdiff_t>(std::min(index, list.size()));
  if (from && to) {
    if (index < list.size()) list[index] = std::get<T>(*to);
  } else if (to) {
    list.insert(position, std::get<T>(*to));
  } else if (index < list.size()) {
    list.erase(position);
  }
}

// Applies a change forwards (redo) or backwards (undo).
void applyChange(Document& doc, const EntityChange& change, bool forwards) {
  const auto& from = forwards ? change.before : change.after;
  const auto& to = forwards ? change.after : change.before;
  switch (change.collection) {
    case Collection::plan:
      if (to) doc.plan = std::get<PlanInfo>(*to);
      break;
    case Collection::people: replaceInList(doc.people, change.index, from, to); break;
    case Collection::sections: replaceInList(doc.sections, change.index, from, to); break;
    case Collection::glossary: replaceInList(doc.glossary, change.index, from, to); break;
    case Collection::growth:
      if (to) doc.growth.assumptions = std::get<GrowthAssumptions>(*to);
      break;
    case Collection::scenarios: replaceInList(doc.growth.scenarios, change.index, from, to); break;
  }
}

const char* nounOf(Collection collection) {
  switch (collection) {
    case Collection::plan: return "plan";
    case Collection::people: return "person";
    case Collection::sections: return "section";
    case Collection::glossary: return "term";
    case Collection::growth: return "growth assumptions";
    case Collection::scenarios: return "scenario";
  }
  return "item";
}

std::string displayNameOf(const EntityValue& value) {
  struct NameOf {
    std::string operator()(const PlanInfo& plan) const { return plan.title; }
    std::string operator()(const Person& person) const { return person.name; }
    std::string operator()(const Section& section) const { return section.title; }
    std::string operator()(const GlossaryTerm& term) const { return term.name; }
    std::string operator()(const GrowthAssumptions&) const { return {}; }
    std::string operator()(const Scenario& scenario) const { return scenario.name; }
  };
  return std::visit(NameOf{}, value);
}

const char* verbOf(StepKind kind) {
  switch (kind) {
    case StepKind::add: return "Add";
    case StepKind::edit: return "Edit";
    case StepKind::remove: return "Delete";
    case StepKind::move: return "Move";
  }
  return "Change";
}

}  // namespace history_detail

using namespace history_detail;

struct History::Step {
  StepKind kind = StepKind::edit;
  std::string mergeKey;
  std::vector<EntityChange> changes;  // applied in order; undone in reverse order

  // e.g. "Edit term “MQL”": the newest name, falling back to the old one when it was cleared.
  std::string label() const {
    const EntityChange& change = changes.front();
    if (change.collection == Collection::plan) return "Edit plan details";
    if (change.collection == Collection::growth) return "Edit growth assumptions";
    std::string name = change.after ? displayNameOf(*change.after) : "";
    if (name.empty() && change.before) name = displayNameOf(*change.before);
    std::string label = std::string(verbOf(kind)) + " " + nounOf(change.collection);
    if (!name.empty()) label += " “" + truncateUtf8(name, 40) + "”";
    return label;
  }
};

History::History(Document doc, uint64_t idSeed) : doc_(std::move(doc)), ids_(idSeed) {}
History::~History() = default;
History::History(const History&) = default;
History::History(History&&) noexcept = default;
History& History::operator=(const History&) = default;
History& History::operator=(History&&) noexcept = default;

void History::reset(Document doc) {
  doc_ = std::move(doc);
  undo_.clear();
  redo_.clear();
  sealed_ = true;
  ++revision_;
}

void History::record(Step step) {
  redo_.clear();
  ++revision_;
  const bool mergeable = !step.mergeKey.empty();
  if (mergeable && !sealed_ && !undo_.empty() && undo_.back().mergeKey == step.mergeKey &&
      undo_.back().changes.size() == 1 && step.changes.size() == 1) {
    undo_.back().changes.front().after = std::move(step.changes.front().after);  // keep the original before
  } else {
    undo_.push_back(std::move(step));
    if (undo_.size() > kMaxUndoSteps) undo_.erase(undo_.begin());
  }
  sealed_ = !mergeable;
}

void History::setPlan(const PlanInfo& updated, const EditContext& context, std::string mergeKey) {
  PlanInfo after = updated;
  after.meta = doc_.plan.meta;
  if (after == doc_.plan) return;
  after.meta.modified = stampFor(context);
  EntityChange change{Collection::plan, 0, doc_.plan, after};
  doc_.plan = std::move(after);
  record(Step{StepKind::edit, std::move(mergeKey), {std::move(change)}});
}

std::string History::addPerson(Person person, const EditContext& context) {
  EntityChange change = addEntity(doc_, std::move(person), context, ids_);
  std::string id = doc_.people.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

void History::updatePerson(const Person& updated, const EditContext& context, std::string mergeKey) {
  if (auto change = updateEntity(doc_, updated, context)) record(Step{StepKind::edit, std::move(mergeKey), {std::move(*change)}});
}

void History::removePerson(const std::string& id, const EditContext&) {
  if (auto change = removeEntity<Person>(doc_, id)) record(Step{StepKind::remove, {}, {std::move(*change)}});
}

std::string History::addSection(Section section, const EditContext& context) {
  EntityChange change = addEntity(doc_, std::move(section), context, ids_);
  std::string id = doc_.sections.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

void History::updateSection(const Section& updated, const EditContext& context, std::string mergeKey) {
  if (auto change = updateEntity(doc_, updated, context)) record(Step{StepKind::edit, std::move(mergeKey), {std::move(*change)}});
}

void History::removeSection(const std::string& id, const EditContext&) {
  if (auto change = removeEntity<Section>(doc_, id)) record(Step{StepKind::remove, {}, {std::move(*change)}});
}

// Recorded as a removal plus an insertion, so undo/redo need no special case.
void History::moveSection(const std::string& id, int delta, const EditContext& context) {
  const auto from = indexOf(doc_.sections, id);
  if (!from || doc_.sections.size() < 2) return;
  const auto last = static_cast<long long>(doc_.sections.size()) - 1;
  const auto to = static_cast<size_t>(std::clamp(static_cast<long long>(*from) + delta, 0LL, last));
  if (to == *from) return;
  Section moved = doc_.sections[*from];
  moved.meta.modified = stampFor(context);
  EntityChange removal{Collection::sections, *from, doc_.sections[*from], std::nullopt};
  EntityChange insertion{Collection::sections, to, std::nullopt, moved};
  doc_.sections.erase(doc_.sections.begin() + static_cast<std::ptrdiff_t>(*from));
  doc_.sections.insert(doc_.sections.begin() + static_cast<std::ptrdiff_t>(to), std::move(moved));
  record(Step{StepKind::move, {}, {std::move(removal), std::move(insertion)}});
}

std::string History::addTerm(GlossaryTerm term, const EditContext& context) {
  EntityChange change = addEntity(doc_, std::move(term), context, ids_);
  std::string id = doc_.glossary.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

void History::updateTerm(const GlossaryTerm& updated, const EditContext& context, std::string mergeKey) {
  if (auto change = updateEntity(doc_, updated, context)) record(Step{StepKind::edit, std::move(mergeKey), {std::move(*change)}});
}

void History::removeTerm(const std::string& id, const EditContext&) {
  if (auto change = removeEntity<GlossaryTerm>(doc_, id)) record(Step{StepKind::remove, {}, {std::move(*change)}});
}

void History::setGrowth(const GrowthAssumptions& updated, const EditContext&, std::string mergeKey) {
  GrowthAssumptions after = withUniqueIds(updated, ids_);
  if (after == doc_.growth.assumptions) return;
  EntityChange change{Collection::growth, 0, doc_.growth.assumptions, after};
  doc_.growth.assumptions = std::move(after);
  record(Step{StepKind::edit, std::move(mergeKey), {std::move(change)}});
}

std::string History::addScenario(Scenario scenario, const EditContext& context) {
  scenario.assumptions = withUniqueIds(std::move(scenario.assumptions), ids_);
  EntityChange change = addEntity(doc_, std::move(scenario), context, ids_);
  std::string id = doc_.growth.scenarios.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

void History::updateScenario(const Scenario& updated, const EditContext& context, std::string mergeKey) {
  Scenario fixed = updated;
  fixed.assumptions = withUniqueIds(std::move(fixed.assumptions), ids_);
  if (auto change = updateEntity(doc_, fixed, context)) record(Step{StepKind::edit, std::move(mergeKey), {std::move(*change)}});
}

void History::removeScenario(const std::string& id, const EditContext&) {
  if (auto change = removeEntity<Scenario>(doc_, id)) record(Step{StepKind::remove, {}, {std::move(*change)}});
}

void History::seal() { sealed_ = true; }

bool History::canUndo() const { return !undo_.empty(); }
bool History::canRedo() const { return !redo_.empty(); }

bool History::undo() {
  if (undo_.empty()) return false;
  Step step = std::move(undo_.back());
  undo_.pop_back();
  for (auto change = step.changes.rbegin(); change != step.changes.rend(); ++change) applyChange(doc_, *change, false);
  redo_.push_back(std::move(step));
  sealed_ = true;
  ++revision_;
  return true;
}

bool History::redo() {
  if (redo_.empty()) return false;
  Step step = std::move(redo_.back());
  redo_.pop_back();
  for (const auto& change : step.changes) applyChange(doc_, change, true);
  undo_.push_back(std::move(step));
  sealed_ = true;
  ++revision_;
  return true;
}

std::string History::undoLabel() const { return undo_.empty() ? std::string() : undo_.back().label(); }
std::string History::redoLabel() const { return redo_.empty() ? std::string() : redo_.back().label(); }

const Person* History::findPerson(const std::string& id) const {
  const auto index = indexOf(doc_.people, id);
  return index ? &doc_.people[*index] : nullptr;
}

const Section* History::findSection(const std::string& id) const {
  const auto index = indexOf(doc_.sections, id);
  return index ? &doc_.sections[*index] : nullptr;
}

const GlossaryTerm* History::findTerm(const std::string& id) const {
  const auto index = indexOf(doc_.glossary, id);
  return index ? &doc_.glossary[*index] : nullptr;
}

const Scenario* History::findScenario(const std::string& id) const {
  const auto index = indexOf(doc_.growth.scenarios, id);
  return index ? &doc_.growth.scenarios[*index] : nullptr;
}

}  // namespace gp
