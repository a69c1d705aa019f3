// Undo/redo records whole-entity before/after values rather than document snapshots, so a step
// costs one entity even in a plan with 10,000 glossary terms.
#include "history.h"

#include "history_change.h"

#include <algorithm>

#include "glossary_csv.h"
#include "starter_glossary.h"
#include "term_changes.h"
#include "text_fold.h"
#include "utf8.h"

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

bool idInUse(const Document& doc, const std::string& id) {
  return doc.plan.meta.id == id || indexOf(doc.people, id) || indexOf(doc.sections, id) || indexOf(doc.glossary, id) ||
         indexOf(doc.growth.scenarios, id) || indexOf(doc.commitments, id) || indexOf(doc.campaigns, id) ||
         indexOf(doc.comments, id) || indexOf(doc.signOffs, id) ||
         std::any_of(doc.comments.begin(), doc.comments.end(), [&](const CommentThread& thread) {
           return std::any_of(thread.messages.begin(), thread.messages.end(),
                              [&](const CommentMessage& message) { return message.id == id; });
         });
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

Stamp stampFor(const EditContext& context) { return Stamp{context.author, context.now, context.team}; }

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
    case Collection::commitments: replaceInList(doc.commitments, change.index, from, to); break;
    case Collection::campaigns: replaceInList(doc.campaigns, change.index, from, to); break;
    case Collection::comments: replaceInList(doc.comments, change.index, from, to); break;
    case Collection::signOffs: replaceInList(doc.signOffs, change.index, from, to); break;
    case Collection::document:
      if (to) doc = std::get<Document>(*to);
      break;
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
    case Collection::commitments: return "commitment";
    case Collection::campaigns: return "campaign";
    case Collection::comments: return "comment";
    case Collection::signOffs: return "sign-off";
    case Collection::document: return "plan";
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
    std::string operator()(const Commitment& commitment) const { return commitment.metric; }
    std::string operator()(const Campaign& campaign) const { return campaign.name; }
    std::string operator()(const CommentThread&) const { return {}; }
    std::string operator()(const SignOff&) const { return {}; }
    std::string operator()(const Document& doc) const { return doc.plan.title; }
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
  std::string fixedLabel;             // for steps over many entities, e.g. "Import 12 terms"

  Step(StepKind kind, std::string mergeKey, std::vector<EntityChange> changes, std::string fixedLabel = {})
      : kind(kind), mergeKey(std::move(mergeKey)), changes(std::move(changes)), fixedLabel(std::move(fixedLabel)) {}

  // e.g. "Edit term “MQL”": the newest name, falling back to the old one when it was cleared.
  std::string label() const {
    if (!fixedLabel.empty()) return fixedLabel;
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
  journal_.clear();
  ++revision_;
}

namespace {

// Steps merge only when they touch the same entities in the same order (a rename that also renames
// linked stages stays mergeable with the next keystroke).
bool sameEntities(const std::vector<EntityChange>& a, const std::vector<EntityChange>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].collection != b[i].collection || a[i].index != b[i].index || !a[i].before || !b[i].before)
      return false;
  return true;
}

}  // namespace

bool History::willMerge(const std::string& mergeKey) const {
  return !mergeKey.empty() && !sealed_ && !undo_.empty() && undo_.back().mergeKey == mergeKey;
}

void History::record(Step step) {
  journal_.noteStep(step.changes, true, doc_);
  redo_.clear();
  ++revision_;
  const bool mergeable = !step.mergeKey.empty();
  if (willMerge(step.mergeKey) && sameEntities(undo_.back().changes, step.changes)) {
    for (size_t i = 0; i < step.changes.size(); ++i)  // keep the original befores
      undo_.back().changes[i].after = std::move(step.changes[i].after);
  } else {
    undo_.push_back(std::move(step));
    if (undo_.size() > kMaxUndoSteps) undo_.erase(undo_.begin());
  }
  sealed_ = !mergeable;
}

void History::replaceDocument(Document doc, std::string label) {
  if (doc == doc_) return;
  EntityChange change{Collection::document, 0, doc_, doc};
  doc_ = std::move(doc);
  sealed_ = true;
  record(Step{StepKind::edit, {}, {std::move(change)}, std::move(label)});
}

void History::setSync(SyncState sync) { doc_.sync = std::move(sync); }

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

void History::removePerson(const std::string& id, const EditContext& context) {
  auto removal = removeEntity<Person>(doc_, id);
  if (!removal) return;
  std::vector<EntityChange> changes{std::move(*removal)};
  for (size_t i = 0; i < doc_.campaigns.size(); ++i) {
    Campaign campaign = doc_.campaigns[i];
    if (campaign.marketingOwnerId != id && campaign.salesOwnerId != id) continue;
    if (campaign.marketingOwnerId == id) campaign.marketingOwnerId.clear();
    if (campaign.salesOwnerId == id) campaign.salesOwnerId.clear();
    campaign.meta.modified = stampFor(context);
    changes.push_back(EntityChange{Collection::campaigns, i, doc_.campaigns[i], campaign});
    doc_.campaigns[i] = std::move(campaign);
  }
  record(Step{StepKind::remove, {}, std::move(changes)});
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

namespace {

// A term as History stores it when added: the caller's history replaced by one "Added" entry.
GlossaryTerm withAddedEntry(GlossaryTerm term, const EditContext& context, const std::string& summary) {
  term.history.clear();
  term.history.push_back(TermChange{context.now, context.author, "", summary, context.team});
  return term;
}

// Renames every funnel stage (in the plan and in each scenario) linked to `termId`, recording one
// change per touched list so undo restores the old names together with the term.
void renameLinkedStages(Document& doc, const std::string& termId, const std::string& name,
                        std::vector<EntityChange>& changes) {
  const auto rename = [&](GrowthAssumptions& assumptions) {
    bool changed = false;
    for (auto& stage : assumptions.stages)
      if (stage.glossaryTermId == termId && stage.name != name) {
        stage.name = name;
        changed = true;
      }
    return changed;
  };
  GrowthAssumptions assumptions = doc.growth.assumptions;
  if (rename(assumptions)) {
    changes.push_back(EntityChange{Collection::growth, 0, doc.growth.assumptions, assumptions});
    doc.growth.assumptions = std::move(assumptions);
  }
  for (size_t i = 0; i < doc.growth.scenarios.size(); ++i) {
    Scenario scenario = doc.growth.scenarios[i];
    if (!rename(scenario.assumptions)) continue;
    changes.push_back(EntityChange{Collection::scenarios, i, doc.growth.scenarios[i], scenario});
    doc.growth.scenarios[i] = std::move(scenario);
  }
}

}  // namespace

std::string History::addTerm(GlossaryTerm term, const EditContext& context) {
  EntityChange change = addEntity(doc_, withAddedEntry(std::move(term), context, "Added"), context, ids_);
  std::string id = doc_.glossary.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

// The term's history gets one entry per changed field. While typing (a merging burst) the entries
// describe the whole burst, compared with the term as it was before the burst began.
void History::updateTerm(const GlossaryTerm& updated, const EditContext& context, std::string mergeKey) {
  const auto index = indexOf(doc_.glossary, updated.meta.id);
  if (!index) return;
  const GlossaryTerm current = doc_.glossary[*index];
  GlossaryTerm after = updated;
  after.meta = current.meta;
  after.history = current.history;  // callers cannot rewrite the history
  if (after == current) return;

  const GlossaryTerm* base = &current;
  if (willMerge(mergeKey)) {
    for (const auto& change : undo_.back().changes)
      if (change.collection == Collection::glossary && change.index == *index && change.before)
        if (const auto* before = std::get_if<GlossaryTerm>(&*change.before)) base = before;
  }
  after.history = base->history;
  const Stamp stamp = stampFor(context);
  appendTermChanges(after.history, termChangesBetween(*base, after, stamp, doc_.glossary));
  after.meta.modified = stamp;

  std::vector<EntityChange> changes;
  changes.push_back(EntityChange{Collection::glossary, *index, current, after});
  doc_.glossary[*index] = after;
  if (after.name != current.name) renameLinkedStages(doc_, after.meta.id, after.name, changes);
  record(Step{StepKind::edit, std::move(mergeKey), std::move(changes)});
}

size_t History::addStarterGlossary(const EditContext& context) {
  std::vector<std::string> existing;
  for (const auto& term : doc_.glossary) existing.push_back(foldCase(term.name));
  std::vector<EntityChange> changes;
  for (auto& term : starterGlossary()) {
    if (std::find(existing.begin(), existing.end(), foldCase(term.name)) != existing.end()) continue;
    existing.push_back(foldCase(term.name));
    changes.push_back(addEntity(doc_, withAddedEntry(std::move(term), context, "Added from the starter glossary"), context, ids_));
  }
  // Starter terms link to each other by name; give them the ids they were just given.
  for (auto& change : changes) {
    GlossaryTerm& term = doc_.glossary[change.index];
    for (auto& related : term.relatedTermIds) {
      const auto index = std::find_if(doc_.glossary.begin(), doc_.glossary.end(),
                                      [&](const GlossaryTerm& other) { return foldCase(other.name) == foldCase(related); });
      related = index == doc_.glossary.end() ? std::string() : index->meta.id;
    }
    std::erase(term.relatedTermIds, std::string());
    change.after = term;
  }
  const size_t added = changes.size();
  if (added > 0)
    record(Step{StepKind::add, {}, std::move(changes), "Add " + std::to_string(added) + " starter glossary terms"});
  return added;
}

bool History::applyGlossaryImport(const CsvImportPreview& preview, const EditContext& context) {
  if (!preview.ok()) return false;
  // Real ids for the rows that add terms, so links between imported terms resolve.
  std::vector<std::pair<std::string, std::string>> placeholders;  // placeholder -> id
  std::vector<std::string> reserved;
  for (const auto& row : preview.rows) {
    if (row.action != ImportAction::add) continue;
    std::string id = ids_.next();
    while (idInUse(doc_, id) || std::find(reserved.begin(), reserved.end(), id) != reserved.end()) id = ids_.next();
    reserved.push_back(id);
    placeholders.push_back({row.term.meta.id, id});
  }
  const auto realId = [&](const std::string& id) {
    for (const auto& [placeholder, real] : placeholders)
      if (placeholder == id) return real;
    return id;
  };
  const Stamp stamp = stampFor(context);
  std::vector<EntityChange> changes;
  int added = 0, updated = 0;
  for (const auto& row : preview.rows) {
    if (row.action != ImportAction::add && row.action != ImportAction::update) continue;
    GlossaryTerm term = row.term;
    term.meta.id = realId(term.meta.id);
    term.replacedBy = realId(term.replacedBy);
    for (auto& related : term.relatedTermIds) related = realId(related);
    if (row.action == ImportAction::add) {
      term.history.clear();
      term.history.push_back(TermChange{stamp.at, stamp.by, "", "Imported from CSV", stamp.team});
      term.meta.created = term.meta.modified = stamp;
      doc_.glossary.push_back(term);
      changes.push_back(EntityChange{Collection::glossary, doc_.glossary.size() - 1, std::nullopt, std::move(term)});
      ++added;
      continue;
    }
    const auto index = indexOf(doc_.glossary, term.meta.id);
    if (!index) continue;
    const GlossaryTerm current = doc_.glossary[*index];
    term.meta = current.meta;
    term.history = current.history;
    if (term == current) continue;
    appendTermChanges(term.history, termChangesBetween(current, term, stamp, doc_.glossary));
    term.meta.modified = stamp;
    changes.push_back(EntityChange{Collection::glossary, *index, current, term});
    doc_.glossary[*index] = term;
    if (term.name != current.name) renameLinkedStages(doc_, term.meta.id, term.name, changes);
    ++updated;
  }
  if (changes.empty()) return true;
  std::string label = "Import " + std::to_string(added + updated) + (added + updated == 1 ? " term" : " terms");
  record(Step{StepKind::edit, {}, std::move(changes), std::move(label)});
  return true;
}

void History::removeTerm(const std::string& id, const EditContext&) {
  if (auto change = removeEntity<GlossaryTerm>(doc_, id)) record(Step{StepKind::remove, {}, {std::move(*change)}});
}

// The plan's "modified" stamp records who last changed the assumptions (they carry no stamp).
void History::setGrowth(const GrowthAssumptions& updated, const EditContext& context, std::string mergeKey) {
  GrowthAssumptions after = withUniqueIds(updated, ids_);
  if (after == doc_.growth.assumptions) return;
  EntityChange change{Collection::growth, 0, doc_.growth.assumptions, after};
  doc_.growth.assumptions = std::move(after);
  PlanInfo plan = doc_.plan;
  plan.meta.modified = stampFor(context);
  EntityChange planChange{Collection::plan, 0, doc_.plan, plan};
  doc_.plan = std::move(plan);
  record(Step{StepKind::edit, std::move(mergeKey), {std::move(change), std::move(planChange)}});
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

namespace {

// Actuals in period order, the last value given for a period winning.
Commitment normalised(Commitment commitment) {
  auto& actuals = commitment.actuals;
  std::stable_sort(actuals.begin(), actuals.end(),
                   [](const PeriodActual& a, const PeriodActual& b) { return a.period < b.period; });
  std::vector<PeriodActual> unique;
  for (auto& actual : actuals) {
    if (!unique.empty() && unique.back().period == actual.period) unique.back() = std::move(actual);
    else unique.push_back(std::move(actual));
  }
  actuals = std::move(unique);
  return commitment;
}

Campaign normalised(Campaign campaign) {
  std::vector<CampaignChannel> channels;
  for (const CampaignChannel channel : kAllChannels)
    if (std::find(campaign.channels.begin(), campaign.channels.end(), channel) != campaign.channels.end())
      channels.push_back(channel);
  campaign.channels = std::move(channels);
  return campaign;
}

}  // namespace

std::string History::addCommitment(Commitment commitment, const EditContext& context) {
  EntityChange change = addEntity(doc_, normalised(std::move(commitment)), context, ids_);
  std::string id = doc_.commitments.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

void History::updateCommitment(const Commitment& updated, const EditContext& context, std::string mergeKey) {
  if (auto change = updateEntity(doc_, normalised(updated), context))
    record(Step{StepKind::edit, std::move(mergeKey), {std::move(*change)}});
}

void History::removeCommitment(const std::string& id, const EditContext&) {
  if (auto change = removeEntity<Commitment>(doc_, id)) record(Step{StepKind::remove, {}, {std::move(*change)}});
}

void History::setActual(const std::string& commitmentId, const std::string& period, double value,
                        const EditContext& context, std::string mergeKey) {
  const Commitment* current = findCommitment(commitmentId);
  if (!current) return;
  Commitment updated = *current;
  updated.actuals.push_back(PeriodActual{period, value});  // normalised() keeps this one, the last
  updateCommitment(updated, context, std::move(mergeKey));
}

void History::removeActual(const std::string& commitmentId, const std::string& period, const EditContext& context) {
  const Commitment* current = findCommitment(commitmentId);
  if (!current) return;
  Commitment updated = *current;
  std::erase_if(updated.actuals, [&](const PeriodActual& actual) { return actual.period == period; });
  updateCommitment(updated, context);
}

std::string History::addCampaign(Campaign campaign, const EditContext& context) {
  EntityChange change = addEntity(doc_, normalised(std::move(campaign)), context, ids_);
  std::string id = doc_.campaigns.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

void History::updateCampaign(const Campaign& updated, const EditContext& context, std::string mergeKey) {
  if (auto change = updateEntity(doc_, normalised(updated), context))
    record(Step{StepKind::edit, std::move(mergeKey), {std::move(*change)}});
}

void History::removeCampaign(const std::string& id, const EditContext&) {
  if (auto change = removeEntity<Campaign>(doc_, id)) record(Step{StepKind::remove, {}, {std::move(*change)}});
}

void History::seal() { sealed_ = true; }

bool History::canUndo() const { return !undo_.empty(); }
bool History::canRedo() const { return !redo_.empty(); }

bool History::undo() {
  if (undo_.empty()) return false;
  Step step = std::move(undo_.back());
  undo_.pop_back();
  for (auto change = step.changes.rbegin(); change != step.changes.rend(); ++change) applyChange(doc_, *change, false);
  journal_.noteStep(step.changes, false, doc_);
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
  journal_.noteStep(step.changes, true, doc_);
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

const Commitment* History::findCommitment(const std::string& id) const {
  const auto index = indexOf(doc_.commitments, id);
  return index ? &doc_.commitments[*index] : nullptr;
}

const Campaign* History::findCampaign(const std::string& id) const {
  const auto index = indexOf(doc_.campaigns, id);
  return index ? &doc_.campaigns[*index] : nullptr;
}

const CommentThread* History::findThread(const std::string& id) const {
  const auto index = indexOf(doc_.comments, id);
  return index ? &doc_.comments[*index] : nullptr;
}

// ---- Review ---------------------------------------------------------------------------------

namespace {

bool isBlankText(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

std::string History::addComment(const std::string& target, const std::string& text, const EditContext& context) {
  if (target.empty() || isBlankText(text)) return {};
  CommentThread thread;
  thread.target = target;
  thread.messages.push_back(CommentMessage{unusedId(doc_, {}, ids_), stampFor(context), text});
  EntityChange change = addEntity(doc_, std::move(thread), context, ids_);
  std::string id = doc_.comments.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}, "Add comment"});
  return id;
}

void History::replyToComment(const std::string& threadId, const std::string& text, const EditContext& context) {
  const auto index = indexOf(doc_.comments, threadId);
  if (!index || isBlankText(text)) return;
  CommentThread after = doc_.comments[*index];
  after.messages.push_back(CommentMessage{unusedId(doc_, {}, ids_), stampFor(context), text});
  if (auto change = updateEntity(doc_, after, context)) record(Step{StepKind::edit, {}, {std::move(*change)}, "Reply to comment"});
}

void History::setCommentResolved(const std::string& threadId, bool resolved, const EditContext& context) {
  const auto index = indexOf(doc_.comments, threadId);
  if (!index || doc_.comments[*index].resolved == resolved) return;
  CommentThread after = doc_.comments[*index];
  after.resolved = resolved;
  after.resolvedStamp = stampFor(context);
  if (auto change = updateEntity(doc_, after, context))
    record(Step{StepKind::edit, {}, {std::move(*change)}, resolved ? "Resolve comment" : "Reopen comment"});
}

void History::signOff(const std::string& target, Team team, const std::string& fingerprint, const EditContext& context) {
  if (target.empty()) return;
  std::vector<EntityChange> changes;
  for (size_t i = doc_.signOffs.size(); i-- > 0;) {
    if (doc_.signOffs[i].target != target || doc_.signOffs[i].team != team) continue;
    if (auto removal = removeEntity<SignOff>(doc_, doc_.signOffs[i].meta.id)) changes.push_back(std::move(*removal));
  }
  SignOff signOff;
  signOff.target = target;
  signOff.team = team;
  signOff.fingerprint = fingerprint;
  changes.push_back(addEntity(doc_, std::move(signOff), context, ids_));
  record(Step{StepKind::add, {}, std::move(changes), std::string("Sign off as ") + teamLabel(team)});
}

void History::withdrawSignOff(const std::string& target, Team team, const EditContext&) {
  std::vector<EntityChange> changes;
  for (size_t i = doc_.signOffs.size(); i-- > 0;) {
    if (doc_.signOffs[i].target != target || doc_.signOffs[i].team != team) continue;
    if (auto removal = removeEntity<SignOff>(doc_, doc_.signOffs[i].meta.id)) changes.push_back(std::move(*removal));
  }
  if (!changes.empty())
    record(Step{StepKind::remove, {}, std::move(changes), std::string("Withdraw ") + teamLabel(team) + " sign-off"});
}

}  // namespace gp
