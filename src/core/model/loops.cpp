// Names used in files and labels shown to people for the loops' enums, the starter lists, and
// the order a lead day keeps its counts in.
#include "core/model/loops.h"

#include <algorithm>
#include <tuple>

#include "core/model/enum_names.h"

namespace gp {

namespace {

constexpr NamedValue<LeadStatus> kLeadStatuses[] = {
    {LeadStatus::accepted, "accepted", "Accepted"},
    {LeadStatus::rejected, "rejected", "Rejected"},
    {LeadStatus::recycled, "recycled", "Recycled to nurture"},
    {LeadStatus::open, "open", "Open"},
};

constexpr NamedValue<DealOutcome> kDealOutcomes[] = {
    {DealOutcome::won, "won", "Won"},
    {DealOutcome::lost, "lost", "Lost"},
    {DealOutcome::noDecision, "no-decision", "No decision"},
};

constexpr NamedValue<DealKind> kDealKinds[] = {
    {DealKind::deal, "deal", "Closed deal"},
    {DealKind::renewal, "renewal", "Renewal"},
    {DealKind::upsell, "upsell", "Upsell"},
    {DealKind::crossSell, "cross-sell", "Cross-sell"},
};

constexpr NamedValue<RatingValue> kRatingValues[] = {
    {RatingValue::useful, "useful", "Useful"},
    {RatingValue::somewhat, "somewhat", "Somewhat"},
    {RatingValue::notUseful, "not-useful", "Not useful"},
};

constexpr NamedValue<CollateralType> kCollateralTypes[] = {
    {CollateralType::deck, "deck", "Deck"},
    {CollateralType::caseStudy, "case-study", "Case study"},
    {CollateralType::onePager, "one-pager", "One-pager"},
    {CollateralType::battlecard, "battlecard", "Battlecard"},
    {CollateralType::demoVideo, "demo-video", "Demo video"},
    {CollateralType::proposalTemplate, "proposal-template", "Proposal template"},
    {CollateralType::other, "other", "Other"},
};

constexpr NamedValue<RequestStatus> kRequestStatuses[] = {
    {RequestStatus::fresh, "new", "New"},
    {RequestStatus::accepted, "accepted", "Accepted"},
    {RequestStatus::inProgress, "in-progress", "In progress"},
    {RequestStatus::delivered, "delivered", "Delivered"},
    {RequestStatus::declined, "declined", "Declined"},
};

constexpr NamedValue<Priority> kPriorities[] = {
    {Priority::low, "low", "Low"},
    {Priority::normal, "normal", "Normal"},
    {Priority::high, "high", "High"},
    {Priority::urgent, "urgent", "Urgent"},
};

constexpr NamedValue<CommitmentMeasure> kCommitmentMeasures[] = {
    {CommitmentMeasure::typed, "typed", "Typed in"},
    {CommitmentMeasure::leadAcceptanceRate, "lead-acceptance-rate", "Lead acceptance rate (from lead feedback)"},
    {CommitmentMeasure::followUpMedianHours, "follow-up-median-hours", "Median follow-up hours (from lead feedback)"},
    {CommitmentMeasure::followUpP90Hours, "follow-up-p90-hours", "90th-percentile follow-up hours (from lead feedback)"},
    {CommitmentMeasure::requestAnswerDays, "request-answer-days", "Days to answer a collateral request (slowest)"},
    {CommitmentMeasure::requestDeliveryDays, "request-delivery-days", "Days to deliver collateral (median)"},
};

}  // namespace

std::string leadDayId(std::string_view day) { return "leads-" + std::string(day); }

namespace {
auto leadCountKey(const LeadCount& c) { return std::tie(c.campaign, c.source, c.status, c.reason); }
}  // namespace

bool leadCountBefore(const LeadCount& a, const LeadCount& b) { return leadCountKey(a) < leadCountKey(b); }

void sortAndCombineLeadCounts(std::vector<LeadCount>& counts) {
  std::sort(counts.begin(), counts.end(), leadCountBefore);
  std::vector<LeadCount> combined;
  for (auto& count : counts) {
    if (!combined.empty() && leadCountKey(combined.back()) == leadCountKey(count)) combined.back().count += count.count;
    else combined.push_back(std::move(count));
  }
  counts = std::move(combined);
}

const char* leadStatusName(LeadStatus value) { return nameIn(kLeadStatuses, value); }
const char* leadStatusLabel(LeadStatus value) { return labelIn(kLeadStatuses, value); }
std::optional<LeadStatus> leadStatusFromName(std::string_view name) { return valueNamed(kLeadStatuses, name); }
const char* dealOutcomeName(DealOutcome value) { return nameIn(kDealOutcomes, value); }
const char* dealOutcomeLabel(DealOutcome value) { return labelIn(kDealOutcomes, value); }
std::optional<DealOutcome> dealOutcomeFromName(std::string_view name) { return valueNamed(kDealOutcomes, name); }
const char* dealKindName(DealKind value) { return nameIn(kDealKinds, value); }
const char* dealKindLabel(DealKind value) { return labelIn(kDealKinds, value); }
std::optional<DealKind> dealKindFromName(std::string_view name) { return valueNamed(kDealKinds, name); }
const char* ratingValueName(RatingValue value) { return nameIn(kRatingValues, value); }
const char* ratingValueLabel(RatingValue value) { return labelIn(kRatingValues, value); }
std::optional<RatingValue> ratingValueFromName(std::string_view name) { return valueNamed(kRatingValues, name); }
const char* collateralTypeName(CollateralType value) { return nameIn(kCollateralTypes, value); }
const char* collateralTypeLabel(CollateralType value) { return labelIn(kCollateralTypes, value); }
std::optional<CollateralType> collateralTypeFromName(std::string_view name) {
  return valueNamed(kCollateralTypes, name);
}
const char* requestStatusName(RequestStatus value) { return nameIn(kRequestStatuses, value); }
const char* requestStatusLabel(RequestStatus value) { return labelIn(kRequestStatuses, value); }
std::optional<RequestStatus> requestStatusFromName(std::string_view name) {
  return valueNamed(kRequestStatuses, name);
}
const char* priorityName(Priority value) { return nameIn(kPriorities, value); }
const char* priorityLabel(Priority value) { return labelIn(kPriorities, value); }
std::optional<Priority> priorityFromName(std::string_view name) { return valueNamed(kPriorities, name); }
const char* commitmentMeasureName(CommitmentMeasure value) { return nameIn(kCommitmentMeasures, value); }
const char* commitmentMeasureLabel(CommitmentMeasure value) { return labelIn(kCommitmentMeasures, value); }
std::optional<CommitmentMeasure> commitmentMeasureFromName(std::string_view name) {
  return valueNamed(kCommitmentMeasures, name);
}

std::vector<std::string> starterLeadRejectionReasons() {
  return {"Unable to reach",
          "Bad contact data",
          "No need or interest",
          "No budget",
          "Not the decision maker",
          "Bad timing",
          "Not our customer profile",
          "Already a customer or in an open deal",
          "Competitor"};
}

std::vector<std::string> starterDealReasons() {
  return {"Price",         "Product fit",  "Missing feature", "Relationship", "Timing",
          "Implementation", "Competitor", "Support and service", "No budget", "Other"};
}

}  // namespace gp
