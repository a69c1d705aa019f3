// History's edits of the loops (loops.h): reason lists, lead days, deal reviews, ratings and
// collateral requests.
#include "core/session/history.h"

#include <algorithm>
#include <map>

#include "core/session/history_internal.h"

namespace gp {

namespace history_detail {

// Keeps answeredAt and deliveredAt true to the status: the first answer is when the request first
// left "new"; deliveredAt holds only while it is delivered.
CollateralRequest withAnswerTimes(CollateralRequest request, const EditContext& context) {
  if (request.status != RequestStatus::fresh && request.answeredAt.empty()) request.answeredAt = context.now;
  if (request.status == RequestStatus::delivered) {
    if (request.deliveredAt.empty()) request.deliveredAt = context.now;
  } else {
    request.deliveredAt.clear();
  }
  if (request.status != RequestStatus::declined) request.declineReason.clear();
  return request;
}

void clearPersonFromRequests(Document& doc, const std::string& personId, const EditContext& context,
                             std::vector<EntityChange>& changes) {
  for (size_t i = 0; i < doc.requests.size(); ++i) {
    CollateralRequest request = doc.requests[i];
    if (request.requesterId != personId && request.ownerId != personId) continue;
    if (request.requesterId == personId) request.requesterId.clear();
    if (request.ownerId == personId) request.ownerId.clear();
    request.meta.modified = stampFor(context);
    changes.push_back(EntityChange{Collection::requests, i, doc.requests[i], request});
    doc.requests[i] = std::move(request);
  }
}

}  // namespace history_detail

using namespace history_detail;

void History::setReasons(const ReasonLists& updated, const EditContext& context, std::string mergeKey) {
  if (updated == doc_.reasons) return;
  EntityChange change{Collection::reasons, 0, doc_.reasons, updated};
  doc_.reasons = updated;
  // The plan's "modified" stamp records who last changed the lists (they carry no stamp).
  PlanInfo plan = doc_.plan;
  plan.meta.modified = stampFor(context);
  EntityChange planChange{Collection::plan, 0, doc_.plan, plan};
  doc_.plan = std::move(plan);
  record(Step{StepKind::edit, std::move(mergeKey), {std::move(change), std::move(planChange)}});
}

bool History::replaceLeadDays(const std::string& firstDay, const std::string& lastDay, std::vector<LeadDay> days,
                              const EditContext& context, const std::string& label) {
  std::map<std::string, LeadDay> incoming;
  for (auto& day : days)
    if (day.day >= firstDay && day.day <= lastDay) incoming[day.day] = std::move(day);
  std::vector<EntityChange> changes;
  const Stamp stamp = stampFor(context);
  // Back to front, so removing a day leaves the positions still to visit as they were.
  for (size_t i = doc_.leadDays.size(); i-- > 0;) {
    const LeadDay& current = doc_.leadDays[i];
    if (current.day < firstDay || current.day > lastDay) continue;
    const auto replacement = incoming.find(current.day);
    if (replacement == incoming.end()) {
      changes.push_back(EntityChange{Collection::leadDays, i, current, std::nullopt});
      doc_.leadDays.erase(doc_.leadDays.begin() + static_cast<std::ptrdiff_t>(i));
      continue;
    }
    LeadDay after = std::move(replacement->second);
    incoming.erase(replacement);
    if (after.counts == current.counts && after.followUps == current.followUps) continue;
    after.meta = current.meta;
    after.meta.modified = stamp;
    changes.push_back(EntityChange{Collection::leadDays, i, current, after});
    doc_.leadDays[i] = std::move(after);
  }
  for (auto& [dayText, day] : incoming) {
    day.meta.id = unusedId(doc_, leadDayId(dayText), ids_);
    day.meta.created = day.meta.modified = stamp;
    const auto position = std::lower_bound(doc_.leadDays.begin(), doc_.leadDays.end(), dayText,
                                           [](const LeadDay& held, const std::string& text) { return held.day < text; });
    const size_t index = static_cast<size_t>(position - doc_.leadDays.begin());
    doc_.leadDays.insert(position, day);
    changes.push_back(EntityChange{Collection::leadDays, index, std::nullopt, std::move(day)});
  }
  if (changes.empty()) return false;
  record(Step{StepKind::edit, {}, std::move(changes), label});
  return true;
}

size_t History::renameLeadReason(const std::string& from, const std::string& to, const EditContext& context,
                                 const std::string& label) {
  if (from == to) return 0;
  std::vector<EntityChange> changes;
  const Stamp stamp = stampFor(context);
  for (size_t i = 0; i < doc_.leadDays.size(); ++i) {
    const LeadDay& current = doc_.leadDays[i];
    if (std::none_of(current.counts.begin(), current.counts.end(), [&](const LeadCount& c) { return c.reason == from; }))
      continue;
    LeadDay after = current;
    for (auto& count : after.counts)
      if (count.reason == from) count.reason = to;
    sortAndCombineLeadCounts(after.counts);  // the new name may already have counts of its own
    after.meta.modified = stamp;
    changes.push_back(EntityChange{Collection::leadDays, i, current, after});
    doc_.leadDays[i] = std::move(after);
  }
  const size_t changed = changes.size();
  if (changed > 0) record(Step{StepKind::edit, {}, std::move(changes), label});
  return changed;
}

size_t History::renameDealReason(const std::string& from, const std::string& to, const EditContext& context,
                                 const std::string& label) {
  if (from == to) return 0;
  std::vector<EntityChange> changes;
  const Stamp stamp = stampFor(context);
  for (size_t i = 0; i < doc_.deals.size(); ++i) {
    if (doc_.deals[i].reason != from) continue;
    DealReview renamed = doc_.deals[i];
    renamed.reason = to;
    renamed.meta.modified = stamp;
    changes.push_back(EntityChange{Collection::deals, i, doc_.deals[i], renamed});
    doc_.deals[i] = std::move(renamed);
  }
  const size_t changed = changes.size();
  if (changed > 0) record(Step{StepKind::edit, {}, std::move(changes), label});
  return changed;
}

std::string History::addDeal(DealReview deal, const EditContext& context) {
  EntityChange change = addEntity(doc_, std::move(deal), context, ids_);
  std::string id = doc_.deals.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

void History::updateDeal(const DealReview& updated, const EditContext& context, std::string mergeKey) {
  if (auto change = updateEntity(doc_, updated, context)) record(Step{StepKind::edit, std::move(mergeKey), {std::move(*change)}});
}

void History::removeDeal(const std::string& id, const EditContext&) {
  if (auto change = removeEntity<DealReview>(doc_, id)) record(Step{StepKind::remove, {}, {std::move(*change)}});
}

void History::importDeals(std::vector<DealReview> added, const std::vector<DealReview>& updated,
                          const EditContext& context, const std::string& label) {
  std::vector<EntityChange> changes;
  for (const auto& deal : updated)
    if (auto change = updateEntity(doc_, deal, context)) changes.push_back(std::move(*change));
  for (auto& deal : added) changes.push_back(addEntity(doc_, std::move(deal), context, ids_));
  if (!changes.empty()) record(Step{StepKind::edit, {}, std::move(changes), label});
}

std::string History::rate(const std::string& target, RatingValue value, const std::string& why,
                          const EditContext& context, std::string mergeKey) {
  const auto earlier = std::find_if(doc_.ratings.begin(), doc_.ratings.end(), [&](const Rating& rating) {
    return rating.target == target && rating.meta.created.by == context.author;
  });
  if (earlier != doc_.ratings.end()) {
    Rating updated = *earlier;
    updated.value = value;
    updated.why = why;
    if (auto change = updateEntity(doc_, updated, context))
      record(Step{StepKind::edit, std::move(mergeKey), {std::move(*change)}});
    return updated.meta.id;
  }
  EntityChange change = addEntity(doc_, Rating{{}, target, value, why}, context, ids_);
  std::string id = doc_.ratings.back().meta.id;
  record(Step{StepKind::add, std::move(mergeKey), {std::move(change)}});
  return id;
}

void History::removeRating(const std::string& id, const EditContext&) {
  if (auto change = removeEntity<Rating>(doc_, id)) record(Step{StepKind::remove, {}, {std::move(*change)}});
}

std::string History::addRequest(CollateralRequest request, const EditContext& context) {
  EntityChange change = addEntity(doc_, withAnswerTimes(std::move(request), context), context, ids_);
  std::string id = doc_.requests.back().meta.id;
  record(Step{StepKind::add, {}, {std::move(change)}});
  return id;
}

void History::updateRequest(const CollateralRequest& updated, const EditContext& context, std::string mergeKey) {
  if (auto change = updateEntity(doc_, withAnswerTimes(updated, context), context))
    record(Step{StepKind::edit, std::move(mergeKey), {std::move(*change)}});
}

void History::removeRequest(const std::string& id, const EditContext&) {
  auto removal = removeEntity<CollateralRequest>(doc_, id);
  if (!removal) return;
  std::vector<EntityChange> changes{std::move(*removal)};
  for (size_t i = doc_.ratings.size(); i-- > 0;)
    if (doc_.ratings[i].target == id)
      if (auto change = removeEntity<Rating>(doc_, doc_.ratings[i].meta.id)) changes.push_back(std::move(*change));
  record(Step{StepKind::remove, {}, std::move(changes)});
}

void History::moveRequest(const std::string& id, RequestStatus status, const EditContext& context,
                          const std::string& declineReason) {
  const CollateralRequest* current = findRequest(id);
  if (!current) return;
  CollateralRequest moved = *current;
  moved.status = status;
  if (status == RequestStatus::declined) moved.declineReason = declineReason;
  if (auto change = updateEntity(doc_, withAnswerTimes(std::move(moved), context), context))
    record(Step{StepKind::move, {}, {std::move(*change)}});
}

const DealReview* History::findDeal(const std::string& id) const {
  const auto index = indexOf(doc_.deals, id);
  return index ? &doc_.deals[*index] : nullptr;
}

const Rating* History::findRating(const std::string& id) const {
  const auto index = indexOf(doc_.ratings, id);
  return index ? &doc_.ratings[*index] : nullptr;
}

const CollateralRequest* History::findRequest(const std::string& id) const {
  const auto index = indexOf(doc_.requests, id);
  return index ? &doc_.requests[*index] : nullptr;
}

}  // namespace gp
