// How fast marketing answers and delivers the collateral sales asks for: days from a request
// (meta.created.at) to its first answer (answeredAt) and to delivery (deliveredAt), per request
// and rolled up, for the board's figures and the SLA's "answers every request within N days".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model/document.h"

namespace gp {

// Days (with fractions) from one ISO 8601 UTC time to another ("2027-01-05T09:30:00Z"; a bare
// "2027-01-05" counts as midnight); nullopt when either is unreadable or `to` is before `from`.
std::optional<double> daysBetween(const std::string& fromIso, const std::string& toIso);

struct RequestTimes {
  std::optional<double> answerDays;    // request to first answer; absent until answered
  std::optional<double> deliveryDays;  // request to delivery; absent unless delivered
};
RequestTimes requestTimes(const CollateralRequest&);

struct RequestTurnaround {
  size_t requests = 0, answered = 0, delivered = 0;
  size_t waiting = 0;  // still new (no answer yet) at `now`
  std::optional<double> slowestAnswerDays, medianAnswerDays, medianDeliveryDays;
  std::optional<double> longestWaitDays;  // how long the oldest request still waiting has waited
  // The slowest first answer so far: a request still waiting counts with its wait, so a request
  // nobody answers cannot keep the SLA green.
  std::optional<double> slowestSoFarDays() const;
};

// Rolled up over `requests` at `nowIso` (ISO 8601 UTC; the median of an even count is the mean of
// the two middle values).
RequestTurnaround requestTurnaround(const std::vector<CollateralRequest>& requests, const std::string& nowIso);
// Over the requests filed from `firstDay` to `lastDay` (YYYY-MM-DD, inclusive, by the day of
// meta.created.at): the actual of a requestAnswerDays / requestDeliveryDays commitment.
RequestTurnaround requestTurnaroundBetween(const Document&, const std::string& firstDay, const std::string& lastDay,
                                           const std::string& nowIso);

// Needed by a day before `today` (YYYY-MM-DD) and neither delivered nor declined.
bool isOverdue(const CollateralRequest&, const std::string& today);

// What the board shows; an empty or absent field does not filter.
struct RequestFilter {
  std::optional<Team> team;              // the requester's or the owner's team
  std::string ownerId;                   // marketing's owner (a person's id)
  std::optional<CollateralType> type;
  bool overdueOnly = false;
  bool active() const { return team || !ownerId.empty() || type || overdueOnly; }
};

bool matchesFilter(const Document&, const CollateralRequest&, const RequestFilter&, const std::string& today);
// The requests that match, in document order.
std::vector<CollateralRequest> filterRequests(const Document&, const RequestFilter&, const std::string& today);

// What sales thinks of one campaign or piece of collateral.
struct RatingRollUp {
  size_t useful = 0, somewhat = 0, notUseful = 0;
  // Ratings with a why, newest first (by when they were last changed), at most the asked number.
  std::vector<Rating> latestWhys;
  size_t total() const { return useful + somewhat + notUseful; }
};

RatingRollUp ratingRollUp(const Document&, const std::string& target, size_t latestWhys = 3);
// "5 useful · 1 somewhat · 0 not useful".
std::string ratingCountsText(const RatingRollUp&);

}  // namespace gp
