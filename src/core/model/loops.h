// The loops that close after the plan is written (schema version 5): what became of the leads
// marketing handed to sales, why deals were won or lost, sales's ratings of campaigns and
// collateral, and the collateral sales asks marketing for. Plain data, like document.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/stamp.h"

namespace gp {

// The editable lists the teams pick reasons from; a new plan starts with common practice
// (starterLeadRejectionReasons, starterDealReasons).
struct ReasonLists {
  std::vector<std::string> leadRejection;  // why sales rejected or recycled a lead
  std::vector<std::string> deal;           // the primary reason a deal was won or lost
  bool operator==(const ReasonLists&) const = default;
};

// What sales did with a lead it was handed; files use "accepted", "rejected", "recycled", "open".
enum class LeadStatus { accepted, rejected, recycled, open };

// How many of one day's leads share a campaign, source, status and reason. Only counts: no lead
// ids, names or addresses ever enter the plan.
struct LeadCount {
  std::string campaign;  // as the CRM names it; matched to the plan's campaigns by name
  std::string source;    // "marketing", "sales", "partner" or any label
  LeadStatus status = LeadStatus::open;
  std::string reason;    // why it was rejected or recycled; empty otherwise
  int64_t count = 0;
  bool operator==(const LeadCount&) const = default;
};

// How many of a day's leads sales first touched `minutes` after they were handed over.
struct FollowUpCount {
  int64_t minutes = 0;
  int64_t count = 0;
  bool operator==(const FollowUpCount&) const = default;
};

// One day of handed-over leads (the day of `created`). Its id is leadDayId(day), so two copies
// that import the same day hold one entity, and merging compares its numbers.
struct LeadDay {
  EntityMeta meta;
  std::string day;                       // YYYY-MM-DD
  std::vector<LeadCount> counts;         // sorted by campaign, source, status, reason
  std::vector<FollowUpCount> followUps;  // sorted by minutes; leads not yet touched are absent
  bool operator==(const LeadDay&) const = default;
};

// "leads-2027-01-05".
std::string leadDayId(std::string_view day);

// The order of LeadDay::counts: by campaign, source, status, then reason.
bool leadCountBefore(const LeadCount&, const LeadCount&);
// Sorts `counts` into that order and adds up counts that share campaign, source, status and reason.
void sortAndCombineLeadCounts(std::vector<LeadCount>& counts);

// Files use "won", "lost", "no-decision".
enum class DealOutcome { won, lost, noDecision };
// A closed deal's win/loss review, or insight from an existing customer for marketing's loyalty
// and content work. Files use "deal", "renewal", "upsell", "cross-sell".
enum class DealKind { deal, renewal, upsell, crossSell };

// What sales learned from a closed deal (or a renewal, upsell or cross-sell), for marketing.
struct DealReview {
  EntityMeta meta;
  DealKind kind = DealKind::deal;
  std::string deal;                  // deal or account name, as sales calls it
  DealOutcome outcome = DealOutcome::won;
  double amount = 0;                 // in the plan's currency
  std::string closed;                // YYYY-MM-DD, or empty
  std::string reason;                // the primary reason, usually one of ReasonLists::deal
  std::string competitor;
  std::string segment;
  std::vector<std::string> campaignIds;  // campaigns that touched the deal
  std::string insight;               // "what marketing should know"
  bool insightUsed = false;          // marketing marked the insight as used...
  std::string usedInCampaignId;      // ...to feed this campaign (or empty)
  bool operator==(const DealReview&) const = default;
};

// Files use "useful", "somewhat", "not-useful".
enum class RatingValue { useful, somewhat, notUseful };

// A salesperson's rating of a campaign or a piece of collateral, with a sentence of why.
// meta.created says who rated and when; one rating per person and target (a new one replaces it).
struct Rating {
  EntityMeta meta;
  std::string target;  // a campaign's or a collateral request's id
  RatingValue value = RatingValue::useful;
  std::string why;
  bool operator==(const Rating&) const = default;
};

// Files use "deck", "case-study", "one-pager", "battlecard", "demo-video", "proposal-template", "other".
enum class CollateralType { deck, caseStudy, onePager, battlecard, demoVideo, proposalTemplate, other };
// new → accepted → in progress → delivered, or declined (with a reason). Files use "new",
// "accepted", "in-progress", "delivered", "declined".
enum class RequestStatus { fresh, accepted, inProgress, delivered, declined };
// Files use "low", "normal", "high", "urgent".
enum class Priority { low, normal, high, urgent };

// Collateral sales asked marketing for. meta.created is when (and by whom) it was filed; once
// delivered it is a piece of collateral that campaigns can link and sales can rate.
struct CollateralRequest {
  EntityMeta meta;
  std::string title;
  CollateralType type = CollateralType::deck;
  std::string forWhom;        // the segment or deal it is for
  std::string neededBy;       // YYYY-MM-DD, or empty
  Priority priority = Priority::normal;
  std::string requesterId;    // the person who asked (a person's id), or empty
  std::string ownerId;        // marketing's owner (a person's id), or empty
  RequestStatus status = RequestStatus::fresh;
  std::string declineReason;  // when declined
  std::string assetLink;      // where the delivered asset lives
  std::vector<std::string> campaignIds;  // campaigns that use it
  std::string answeredAt;     // ISO 8601 UTC: when it first left "new" (accepted or declined)
  std::string deliveredAt;    // ISO 8601 UTC: when it was delivered (empty unless delivered)
  bool operator==(const CollateralRequest&) const = default;
};

// Where a commitment's actuals come from: typed in, or computed from the loops (a typed actual
// still wins for its period). Files use "typed", "lead-acceptance-rate", ...
enum class CommitmentMeasure {
  typed,
  leadAcceptanceRate,   // accepted ÷ decided leads, a fraction
  followUpMedianHours,  // hours from hand-over to first touch
  followUpP90Hours,
  requestAnswerDays,    // days from a collateral request to its first answer (the slowest in the period)
  requestDeliveryDays   // days from request to delivery (median of the period)
};

const char* leadStatusName(LeadStatus);   // "accepted", ...
const char* leadStatusLabel(LeadStatus);  // "Accepted", ...
std::optional<LeadStatus> leadStatusFromName(std::string_view);
const char* dealOutcomeName(DealOutcome);   // "won", "lost", "no-decision"
const char* dealOutcomeLabel(DealOutcome);  // "Won", "Lost", "No decision"
std::optional<DealOutcome> dealOutcomeFromName(std::string_view);
const char* dealKindName(DealKind);
const char* dealKindLabel(DealKind);  // "Closed deal", "Renewal", "Upsell", "Cross-sell"
std::optional<DealKind> dealKindFromName(std::string_view);
const char* ratingValueName(RatingValue);
const char* ratingValueLabel(RatingValue);  // "Useful", "Somewhat", "Not useful"
std::optional<RatingValue> ratingValueFromName(std::string_view);
const char* collateralTypeName(CollateralType);
const char* collateralTypeLabel(CollateralType);  // "Deck", "Case study", ...
std::optional<CollateralType> collateralTypeFromName(std::string_view);
const char* requestStatusName(RequestStatus);
const char* requestStatusLabel(RequestStatus);  // "New", "Accepted", "In progress", ...
std::optional<RequestStatus> requestStatusFromName(std::string_view);
const char* priorityName(Priority);
const char* priorityLabel(Priority);
std::optional<Priority> priorityFromName(std::string_view);
const char* commitmentMeasureName(CommitmentMeasure);
const char* commitmentMeasureLabel(CommitmentMeasure);  // "Typed in", "Lead acceptance rate", ...
std::optional<CommitmentMeasure> commitmentMeasureFromName(std::string_view);

inline constexpr LeadStatus kAllLeadStatuses[] = {LeadStatus::accepted, LeadStatus::rejected, LeadStatus::recycled,
                                                  LeadStatus::open};
inline constexpr DealOutcome kAllDealOutcomes[] = {DealOutcome::won, DealOutcome::lost, DealOutcome::noDecision};
inline constexpr DealKind kAllDealKinds[] = {DealKind::deal, DealKind::renewal, DealKind::upsell, DealKind::crossSell};
inline constexpr RatingValue kAllRatingValues[] = {RatingValue::useful, RatingValue::somewhat, RatingValue::notUseful};
inline constexpr CollateralType kAllCollateralTypes[] = {
    CollateralType::deck,       CollateralType::caseStudy,        CollateralType::onePager, CollateralType::battlecard,
    CollateralType::demoVideo,  CollateralType::proposalTemplate, CollateralType::other};
inline constexpr RequestStatus kAllRequestStatuses[] = {RequestStatus::fresh, RequestStatus::accepted,
                                                        RequestStatus::inProgress, RequestStatus::delivered,
                                                        RequestStatus::declined};
inline constexpr Priority kAllPriorities[] = {Priority::low, Priority::normal, Priority::high, Priority::urgent};
inline constexpr CommitmentMeasure kAllCommitmentMeasures[] = {
    CommitmentMeasure::typed,           CommitmentMeasure::leadAcceptanceRate, CommitmentMeasure::followUpMedianHours,
    CommitmentMeasure::followUpP90Hours, CommitmentMeasure::requestAnswerDays,  CommitmentMeasure::requestDeliveryDays};

// The starter lists of a new plan (and of plans from schema version 4 and earlier).
std::vector<std::string> starterLeadRejectionReasons();
std::vector<std::string> starterDealReasons();

}  // namespace gp
