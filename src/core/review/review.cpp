#include "core/review/review.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "core/format/format_entities.h"
#include "core/format/format_growth.h"
#include "core/format/format_loops.h"
#include "core/text/fingerprint.h"

namespace gp {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kOpenQuote = "\xE2\x80\x9C";
constexpr const char* kCloseQuote = "\xE2\x80\x9D";

// The content a sign-off approves: without ids, stamps, term history or SLA actuals.
struct ContentFingerprint : Fingerprint {
  using Fingerprint::add;
  void add(Json json) {
    json.erase("id");
    json.erase("created");
    json.erase("modified");
    json.erase("history");
    json.erase("actuals");
    Fingerprint::add(std::string_view(json.dump(-1, ' ', false, Json::error_handler_t::replace)));
  }
};

template <typename T>
const T* findById(const std::vector<T>& list, const std::string& id) {
  for (const T& item : list)
    if (item.meta.id == id) return &item;
  return nullptr;
}

void latest(Stamp& into, const Stamp& candidate) {
  if (candidate.at > into.at) into = candidate;
}

std::string quoted(const std::string& name, const char* fallback) {
  return std::string(kOpenQuote) + (name.empty() ? std::string(fallback) : name) + kCloseQuote;
}

// "Section “Goals”", "Term “MQL”": one wording for targetLabel and TargetLabels.
std::string labelOf(const Section& s) { return "Section " + quoted(s.title, "Untitled"); }
std::string labelOf(const GlossaryTerm& t) { return "Term " + quoted(t.name, "Unnamed"); }
std::string labelOf(const Commitment& c) { return "Commitment " + quoted(c.metric, "Unnamed"); }
std::string labelOf(const Campaign& c) { return "Campaign " + quoted(c.name, "Unnamed"); }
std::string labelOf(const DealReview& d) { return std::string(dealKindLabel(d.kind)) + " " + quoted(d.deal, "Unnamed"); }
std::string labelOf(const CollateralRequest& r) { return "Request " + quoted(r.title, "Untitled"); }

// Calls `each` with every entity a comment can be on (sign-offs take only some, signOffTargets).
template <typename Each>
void forEachTargetEntity(const Document& doc, Each&& each) {
  for (const auto& section : doc.sections) each(section);
  for (const auto& term : doc.glossary) each(term);
  for (const auto& commitment : doc.commitments) each(commitment);
  for (const auto& campaign : doc.campaigns) each(campaign);
  for (const auto& deal : doc.deals) each(deal);
  for (const auto& request : doc.requests) each(request);
}

// Calls `visit` with the entity `target` names; false when there is none.
template <typename Visit>
bool visitTarget(const Document& doc, const std::string& target, Visit&& visit) {
  const auto tryList = [&](const auto& list) {
    const auto* entity = findById(list, target);
    if (entity) visit(*entity);
    return entity != nullptr;
  };
  return tryList(doc.sections) || tryList(doc.glossary) || tryList(doc.commitments) || tryList(doc.campaigns) ||
         tryList(doc.deals) || tryList(doc.requests);
}

// The reason list a target names (kLeadReasonsTarget, kDealReasonsTarget), or null.
const std::vector<std::string>* reasonListOf(const Document& doc, const std::string& target) {
  if (target == kLeadReasonsTarget) return &doc.reasons.leadRejection;
  if (target == kDealReasonsTarget) return &doc.reasons.deal;
  return nullptr;
}

size_t teamIndex(Team team) {
  for (size_t i = 0; i < std::size(kSignOffTeams); ++i)
    if (kSignOffTeams[i] == team) return i;
  return std::size(kSignOffTeams);
}

}  // namespace

bool signOffRequired(const std::string& target, Team team) {
  if (team == Team::marketing || team == Team::sales) return true;
  return team == Team::leadership && target == kPlanTarget;
}

std::string contentFingerprint(const Document& doc, const std::string& target) {
  ContentFingerprint print;
  if (target == kPlanTarget) {
    print.add(entityJson(doc.plan));
    print.add(growthJson(doc.growth));
    for (const auto& section : doc.sections) print.add(entityJson(section));
    for (const auto& term : doc.glossary) print.add(entityJson(term));
    for (const auto& commitment : doc.commitments) print.add(entityJson(commitment));
    for (const auto& campaign : doc.campaigns) print.add(entityJson(campaign));
  } else if (target == kSlaTarget) {
    for (const auto& commitment : doc.commitments) print.add(entityJson(commitment));
  } else if (const auto* reasons = reasonListOf(doc, target)) {
    for (const auto& reason : *reasons) print.add(std::string_view(reason));
  } else if (target == kAttributionTarget) {
    // The agreement is the model and its settings; the numbers change with every import.
    print.add(std::string_view(attributionSettingsText(doc.attribution.settings)));
  } else if (!visitTarget(doc, target, [&](const auto& entity) { print.add(entityJson(entity)); })) {
    return {};
  }
  return print.hex();
}

bool targetExists(const Document& doc, const std::string& target) {
  return target == kPlanTarget || target == kSlaTarget || reasonListOf(doc, target) || target == kAttributionTarget ||
         visitTarget(doc, target, [](const auto&) {});
}

std::string targetLabel(const Document& doc, const std::string& target) {
  if (target == kPlanTarget) return "Whole plan";
  if (target == kSlaTarget) return "Service level agreement";
  if (target == kLeadReasonsTarget) return "Lead rejection reasons";
  if (target == kDealReasonsTarget) return "Deal reasons";
  if (target == kAttributionTarget) return "Attribution model";
  std::string label = "A deleted item";
  visitTarget(doc, target, [&](const auto& entity) { label = labelOf(entity); });
  return label;
}

const std::string& TargetLabels::operator()(const std::string& target) {
  if (!built_) {
    built_ = true;
    labels_.emplace(kPlanTarget, targetLabel(doc_, kPlanTarget));
    for (const char* target : {kSlaTarget, kLeadReasonsTarget, kDealReasonsTarget, kAttributionTarget})
      labels_.emplace(target, targetLabel(doc_, target));
    forEachTargetEntity(doc_, [&](const auto& entity) { labels_.emplace(entity.meta.id, labelOf(entity)); });
  }
  static const std::string kDeleted = "A deleted item";
  const auto found = labels_.find(target);
  return found == labels_.end() ? kDeleted : found->second;
}

std::vector<std::string> signOffTargets(const Document& doc) {
  std::vector<std::string> targets{kPlanTarget, kSlaTarget, kLeadReasonsTarget, kDealReasonsTarget};
  // The model awaits sign-off once the teams have chosen one, imported data or signed the default.
  const bool attributionSigned = std::any_of(doc.signOffs.begin(), doc.signOffs.end(),
                                             [](const SignOff& s) { return s.target == kAttributionTarget; });
  if (!isUnset(doc.attribution) || attributionSigned) targets.push_back(kAttributionTarget);
  for (const auto& section : doc.sections) targets.push_back(section.meta.id);
  for (const auto& term : doc.glossary) targets.push_back(term.meta.id);
  return targets;
}

Stamp lastChange(const Document& doc, const std::string& target) {
  Stamp result;
  if (target == kPlanTarget) {
    latest(result, doc.plan.meta.modified);
    for (const auto& section : doc.sections) latest(result, section.meta.modified);
    for (const auto& term : doc.glossary) latest(result, term.meta.modified);
    for (const auto& commitment : doc.commitments) latest(result, commitment.meta.modified);
    for (const auto& campaign : doc.campaigns) latest(result, campaign.meta.modified);
  } else if (target == kSlaTarget) {
    for (const auto& commitment : doc.commitments) latest(result, commitment.meta.modified);
  } else {
    visitTarget(doc, target, [&](const auto& entity) { result = entity.meta.modified; });
  }
  return result;
}

namespace {

// The sign-off that counts for (target, team): two merged copies may both hold one; the newest counts.
const SignOff* newestSignOff(const std::vector<const SignOff*>& signOffs, Team team) {
  const SignOff* newest = nullptr;
  for (const SignOff* signOff : signOffs)
    if (signOff->team == team && (!newest || signOff->meta.created.at >= newest->meta.created.at)) newest = signOff;
  return newest;
}

TeamSignOff statusOf(const Document& doc, const std::string& target, Team team, const SignOff* newest,
                     const std::string& fingerprint) {
  TeamSignOff status;
  status.team = team;
  if (!newest) return status;
  status.signedBy = newest->meta.created;
  if (!fingerprint.empty() && newest->fingerprint == fingerprint) {
    status.state = SignOffState::approved;
    return status;
  }
  status.state = SignOffState::cleared;
  const Stamp change = lastChange(doc, target);
  if (change.at >= newest->meta.created.at) status.changedBy = change;
  return status;
}

}  // namespace

TeamSignOff signOffStatus(const Document& doc, const std::string& target, Team team, const std::string& fingerprint) {
  std::vector<const SignOff*> ofTarget;
  for (const auto& signOff : doc.signOffs)
    if (signOff.target == target) ofTarget.push_back(&signOff);
  return statusOf(doc, target, team, newestSignOff(ofTarget, team), fingerprint);
}

std::string clearedMessage(const TeamSignOff& status) {
  std::string message = "Changed";
  if (!status.changedBy.by.empty()) message += " by " + status.changedBy.by;
  message += std::string(" after ") + teamLabel(status.team) + " signed off";
  return message;
}

ReviewSummary summarizeReview(const Document& doc) {
  ReviewSummary summary;
  std::unordered_map<std::string, std::vector<const SignOff*>> byTarget;
  for (const auto& signOff : doc.signOffs) byTarget[signOff.target].push_back(&signOff);
  static const std::vector<const SignOff*> none;
  for (const auto& target : signOffTargets(doc)) {
    const auto found = byTarget.find(target);
    const auto& signOffs = found == byTarget.end() ? none : found->second;
    // Fingerprints cost a serialization: only targets some team signed need one.
    const std::string fingerprint = signOffs.empty() ? std::string() : contentFingerprint(doc, target);
    for (Team team : kSignOffTeams) {
      if (!signOffRequired(target, team)) continue;
      const TeamSignOff status = statusOf(doc, target, team, newestSignOff(signOffs, team), fingerprint);
      if (status.state == SignOffState::approved) continue;
      const size_t index = teamIndex(team);
      summary.awaiting[index].push_back(target);
      if (status.state == SignOffState::cleared) ++summary.cleared[index];
    }
  }
  summary.openThreads = openThreadCount(doc);
  return summary;
}

size_t openThreadCount(const Document& doc) {
  return static_cast<size_t>(
      std::count_if(doc.comments.begin(), doc.comments.end(), [](const CommentThread& t) { return !t.resolved; }));
}

size_t openThreadCount(const Document& doc, const std::string& target) {
  return static_cast<size_t>(std::count_if(doc.comments.begin(), doc.comments.end(), [&](const CommentThread& t) {
    return !t.resolved && t.target == target;
  }));
}

}  // namespace gp
