// Turnaround of collateral requests, the board's filters and the roll-up of sales's ratings.
#include "core/loops/request_turnaround.h"

#include <algorithm>

#include "core/text/calendar.h"
#include "core/text/date_time.h"

namespace gp {

namespace {

// Seconds since 1970 of the file's "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ".
std::optional<double> secondsOf(const std::string& iso) {
  const auto parsed = parseDateTime(iso, SlashDates::unambiguousOnly);
  if (const auto* time = std::get_if<DateTime>(&parsed)) return static_cast<double>(time->seconds);
  return std::nullopt;
}

std::optional<double> median(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const size_t middle = values.size() / 2;
  if (values.size() % 2 == 1) return values[middle];
  return (values[middle - 1] + values[middle]) / 2;
}

const Person* personById(const Document& doc, const std::string& id) {
  if (id.empty()) return nullptr;
  for (const auto& person : doc.people)
    if (person.meta.id == id) return &person;
  return nullptr;
}

}  // namespace

std::optional<double> daysBetween(const std::string& fromIso, const std::string& toIso) {
  const auto from = secondsOf(fromIso);
  const auto to = secondsOf(toIso);
  if (!from || !to || *to < *from) return std::nullopt;
  return (*to - *from) / 86400.0;
}

RequestTimes requestTimes(const CollateralRequest& request) {
  RequestTimes times;
  if (!request.answeredAt.empty()) times.answerDays = daysBetween(request.meta.created.at, request.answeredAt);
  if (request.status == RequestStatus::delivered && !request.deliveredAt.empty())
    times.deliveryDays = daysBetween(request.meta.created.at, request.deliveredAt);
  return times;
}

std::optional<double> RequestTurnaround::slowestSoFarDays() const {
  if (!slowestAnswerDays) return longestWaitDays;
  if (!longestWaitDays) return slowestAnswerDays;
  return std::max(*slowestAnswerDays, *longestWaitDays);
}

RequestTurnaround requestTurnaround(const std::vector<CollateralRequest>& requests, const std::string& nowIso) {
  RequestTurnaround result;
  std::vector<double> answers, deliveries;
  for (const auto& request : requests) {
    ++result.requests;
    if (request.status == RequestStatus::fresh && request.answeredAt.empty()) {
      ++result.waiting;
      if (const auto wait = daysBetween(request.meta.created.at, nowIso))
        result.longestWaitDays = std::max(result.longestWaitDays.value_or(0.0), *wait);
    }
    const RequestTimes times = requestTimes(request);
    if (times.answerDays) {
      answers.push_back(*times.answerDays);
      result.slowestAnswerDays = std::max(result.slowestAnswerDays.value_or(0.0), *times.answerDays);
    }
    if (times.deliveryDays) deliveries.push_back(*times.deliveryDays);
  }
  result.answered = answers.size();
  result.delivered = deliveries.size();
  result.medianAnswerDays = median(std::move(answers));
  result.medianDeliveryDays = median(std::move(deliveries));
  return result;
}

RequestTurnaround requestTurnaroundBetween(const Document& doc, const std::string& firstDay, const std::string& lastDay,
                                           const std::string& nowIso) {
  std::vector<CollateralRequest> filed;
  for (const auto& request : doc.requests) {
    const std::string day = request.meta.created.at.substr(0, 10);
    if (day.size() == 10 && day >= firstDay && day <= lastDay) filed.push_back(request);
  }
  return requestTurnaround(filed, nowIso);
}

bool isOverdue(const CollateralRequest& request, const std::string& today) {
  if (request.status == RequestStatus::delivered || request.status == RequestStatus::declined) return false;
  if (!parseDate(request.neededBy) || !parseDate(std::string_view(today).substr(0, 10))) return false;
  return request.neededBy < today.substr(0, 10);
}

bool matchesFilter(const Document& doc, const CollateralRequest& request, const RequestFilter& filter,
                   const std::string& today) {
  if (filter.type && request.type != *filter.type) return false;
  if (!filter.ownerId.empty() && request.ownerId != filter.ownerId) return false;
  if (filter.overdueOnly && !isOverdue(request, today)) return false;
  if (filter.team) {
    // Who asked: the named requester, else whoever filed it.
    const Person* requester = personById(doc, request.requesterId);
    const std::optional<Team> requesterTeam = requester ? std::optional<Team>(requester->team)
                                              : request.requesterId.empty() ? request.meta.created.team
                                                                            : std::nullopt;
    const Person* owner = personById(doc, request.ownerId);
    if (requesterTeam != filter.team && !(owner && owner->team == *filter.team)) return false;
  }
  return true;
}

std::vector<CollateralRequest> filterRequests(const Document& doc, const RequestFilter& filter, const std::string& today) {
  std::vector<CollateralRequest> shown;
  for (const auto& request : doc.requests)
    if (matchesFilter(doc, request, filter, today)) shown.push_back(request);
  return shown;
}

RatingRollUp ratingRollUp(const Document& doc, const std::string& target, size_t latestWhys) {
  RatingRollUp rollUp;
  std::vector<Rating> withWhy;
  for (const auto& rating : doc.ratings) {
    if (rating.target != target) continue;
    switch (rating.value) {
      case RatingValue::useful: ++rollUp.useful; break;
      case RatingValue::somewhat: ++rollUp.somewhat; break;
      case RatingValue::notUseful: ++rollUp.notUseful; break;
    }
    if (rating.why.find_first_not_of(" \t\r\n") != std::string::npos) withWhy.push_back(rating);
  }
  const auto changedAt = [](const Rating& rating) {
    return rating.meta.modified.at.empty() ? rating.meta.created.at : rating.meta.modified.at;
  };
  std::stable_sort(withWhy.begin(), withWhy.end(),
                   [&](const Rating& a, const Rating& b) { return changedAt(a) > changedAt(b); });
  if (withWhy.size() > latestWhys) withWhy.resize(latestWhys);
  rollUp.latestWhys = std::move(withWhy);
  return rollUp;
}

std::string ratingCountsText(const RatingRollUp& rollUp) {
  return std::to_string(rollUp.useful) + " useful \xC2\xB7 " + std::to_string(rollUp.somewhat) + " somewhat \xC2\xB7 " +
         std::to_string(rollUp.notUseful) + " not useful";
}

}  // namespace gp
