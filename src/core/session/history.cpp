// Undo/redo records whole-entity before/after values rather than document snapshots, so a step
// costs one entity even in a plan with 10,000 glossary terms.
#include "core/session/history.h"

#include "core/session/history_internal.h"

#include <algorithm>

#include "core/text/utf8.h"

namespace gp {

namespace history_detail {

bool idInUse(const Document& doc, const std::string& id) {
  return doc.plan.meta.id == id || indexOf(doc.people, id) || indexOf(doc.sections, id) || indexOf(doc.glossary, id) ||
         indexOf(doc.growth.scenarios, id) || indexOf(doc.commitments, id) || indexOf(doc.campaigns, id) ||
         indexOf(doc.leadDays, id) || indexOf(doc.deals, id) || indexOf(doc.ratings, id) || indexOf(doc.requests, id) ||
         indexOf(doc.diagnosticRounds, id) || indexOf(doc.diagnosticAnswers, id) ||
         indexOf(doc.workshops, id) || indexOf(doc.workshopNotes, id) || indexOf(doc.actions, id) ||
         indexOf(doc.dotVotes, id) || indexOf(doc.draftPrompts, id) ||
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
    case Collection::reasons:
      if (to) doc.reasons = std::get<ReasonLists>(*to);
      break;
    case Collection::leadDays: replaceInList(doc.leadDays, change.index, from, to); break;
    case Collection::deals: replaceInList(doc.deals, change.index, from, to); break;
    case Collection::ratings: replaceInList(doc.ratings, change.index, from, to); break;
    case Collection::requests: replaceInList(doc.requests, change.index, from, to); break;
    case Collection::diagnosticRounds: replaceInList(doc.diagnosticRounds, change.index, from, to); break;
    case Collection::diagnosticAnswers: replaceInList(doc.diagnosticAnswers, change.index, from, to); break;
    case Collection::workshops: replaceInList(doc.workshops, change.index, from, to); break;
    case Collection::workshopNotes: replaceInList(doc.workshopNotes, change.index, from, to); break;
    case Collection::actions: replaceInList(doc.actions, change.index, from, to); break;
    case Collection::dotVotes: replaceInList(doc.dotVotes, change.index, from, to); break;
    case Collection::draftPrompts: replaceInList(doc.draftPrompts, change.index, from, to); break;
    case Collection::comments: replaceInList(doc.comments, change.index, from, to); break;
    case Collection::signOffs: replaceInList(doc.signOffs, change.index, from, to); break;
    case Collection::attribution:
      if (to) doc.attribution = std::get<AttributionAgreement>(*to);
      break;
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
    case Collection::reasons: return "reason lists";
    case Collection::leadDays: return "lead outcomes";
    case Collection::deals: return "deal review";
    case Collection::ratings: return "rating";
    case Collection::requests: return "collateral request";
    case Collection::comments: return "comment";
    case Collection::diagnosticRounds: return "diagnostic round";
    case Collection::diagnosticAnswers: return "diagnostic answer";
    case Collection::workshops: return "workshop";
    case Collection::workshopNotes: return "note";
    case Collection::actions: return "action item";
    case Collection::dotVotes: return "dot vote";
    case Collection::draftPrompts: return "draft prompt";
    case Collection::signOffs: return "sign-off";
    case Collection::attribution: return "attribution";
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
    std::string operator()(const ReasonLists&) const { return {}; }
    std::string operator()(const LeadDay& day) const { return day.day; }
    std::string operator()(const DealReview& deal) const { return deal.deal; }
    std::string operator()(const Rating&) const { return {}; }
    std::string operator()(const CollateralRequest& request) const { return request.title; }
    std::string operator()(const DiagnosticRound& round) const { return round.label; }
    std::string operator()(const DiagnosticAnswer&) const { return {}; }
    std::string operator()(const Workshop& workshop) const { return workshop.title; }
    std::string operator()(const WorkshopNote& note) const { return note.text; }
    std::string operator()(const ActionItem& action) const { return action.title; }
    std::string operator()(const DotVote& vote) const { return vote.title; }
    std::string operator()(const DraftPrompt& prompt) const { return prompt.question; }
    std::string operator()(const CommentThread&) const { return {}; }
    std::string operator()(const SignOff&) const { return {}; }
    std::string operator()(const AttributionAgreement&) const { return {}; }
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

// e.g. "Edit term “MQL”": the newest name, falling back to the old one when it was cleared.
std::string History::Step::label() const {
  if (!fixedLabel.empty()) return fixedLabel;
  const EntityChange& change = changes.front();
  if (change.collection == Collection::plan) return "Edit plan details";
  if (change.collection == Collection::growth) return "Edit growth assumptions";
  if (change.collection == Collection::reasons) return "Edit reason lists";
  if (change.collection == Collection::attribution) return "Edit attribution";
  std::string name = change.after ? displayNameOf(*change.after) : "";
  if (name.empty() && change.before) name = displayNameOf(*change.before);
  std::string label = std::string(verbOf(kind)) + " " + nounOf(change.collection);
  if (!name.empty()) label += " “" + truncateUtf8(name, 40) + "”";
  return label;
}


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
  termChanges_.noteWhole();
  ++revision_;
}

namespace {

// Notes the terms a step changed; a whole-plan step may have changed any.
void noteTermChanges(const std::vector<EntityChange>& changes, TermChangeLog& log) {
  for (const auto& change : changes) {
    if (change.collection == Collection::document) {
      log.noteWhole();
    } else if (change.collection == Collection::glossary) {
      const std::string* noted = nullptr;
      for (const auto* value : {&change.before, &change.after}) {
        if (!*value) continue;
        const auto* term = std::get_if<GlossaryTerm>(&**value);
        if (!term) log.noteWhole();
        else if (!noted || *noted != term->meta.id) log.noteTerm(term->meta.id);
        if (term) noted = &term->meta.id;
      }
      if (!noted) log.noteWhole();
    }
  }
}

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
  noteTermChanges(step.changes, termChanges_);
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
  clearPersonFromRequests(doc_, id, context, changes);
  clearPersonFromActions(doc_, id, context, changes);
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
  noteTermChanges(step.changes, termChanges_);
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
  noteTermChanges(step.changes, termChanges_);
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
  const auto index = termIndex_.find(doc_.glossary, id, revision_);
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

}  // namespace gp
