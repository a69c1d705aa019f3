#include "core/format/format_loops.h"

#include <algorithm>
#include <unordered_map>

namespace gp {

FileJson reasonsJson(const ReasonLists& reasons) {
  FileJson json = FileJson::object();
  json["leadRejection"] = stringsJson(reasons.leadRejection);
  json["deal"] = stringsJson(reasons.deal);
  return json;
}

FileJson entityJson(const LeadDay& day) {
  FileJson json = startEntity(day.meta);
  json["day"] = day.day;
  json["counts"] = arrayJson(day.counts, [](const LeadCount& count) {
    FileJson item = FileJson::object();
    item["campaign"] = count.campaign;
    item["source"] = count.source;
    item["status"] = leadStatusName(count.status);
    item["reason"] = count.reason;
    item["count"] = count.count;
    return item;
  });
  json["followUps"] = arrayJson(day.followUps, [](const FollowUpCount& followUp) {
    FileJson item = FileJson::object();
    item["minutes"] = followUp.minutes;
    item["count"] = followUp.count;
    return item;
  });
  finishEntity(json, day.meta);
  return json;
}

FileJson entityJson(const DealReview& deal) {
  FileJson json = startEntity(deal.meta);
  json["kind"] = dealKindName(deal.kind);
  json["deal"] = deal.deal;
  json["outcome"] = dealOutcomeName(deal.outcome);
  json["amount"] = numberJson(deal.amount);
  json["closed"] = deal.closed;
  json["reason"] = deal.reason;
  json["competitor"] = deal.competitor;
  json["segment"] = deal.segment;
  json["campaignIds"] = stringsJson(deal.campaignIds);
  json["insight"] = deal.insight;
  json["insightUsed"] = deal.insightUsed;
  json["usedInCampaignId"] = deal.usedInCampaignId;
  finishEntity(json, deal.meta);
  return json;
}

FileJson entityJson(const Rating& rating) {
  FileJson json = startEntity(rating.meta);
  json["target"] = rating.target;
  json["value"] = ratingValueName(rating.value);
  json["why"] = rating.why;
  finishEntity(json, rating.meta);
  return json;
}

FileJson entityJson(const CollateralRequest& request) {
  FileJson json = startEntity(request.meta);
  json["title"] = request.title;
  json["type"] = collateralTypeName(request.type);
  json["for"] = request.forWhom;
  json["neededBy"] = request.neededBy;
  json["priority"] = priorityName(request.priority);
  json["requesterId"] = request.requesterId;
  json["ownerId"] = request.ownerId;
  json["status"] = requestStatusName(request.status);
  json["declineReason"] = request.declineReason;
  json["assetLink"] = request.assetLink;
  json["campaignIds"] = stringsJson(request.campaignIds);
  json["answeredAt"] = request.answeredAt;
  json["deliveredAt"] = request.deliveredAt;
  finishEntity(json, request.meta);
  return json;
}

void writeLoops(FileJson& file, const Document& doc) {
  file["reasons"] = reasonsJson(doc.reasons);
  file["leadDays"] = arrayJson(doc.leadDays, [](const LeadDay& day) { return entityJson(day); });
  file["deals"] = arrayJson(doc.deals, [](const DealReview& deal) { return entityJson(deal); });
  file["ratings"] = arrayJson(doc.ratings, [](const Rating& rating) { return entityJson(rating); });
  file["requests"] = arrayJson(doc.requests, [](const CollateralRequest& request) { return entityJson(request); });
}

namespace {

int64_t readCount(const JsonNode& node) {
  constexpr int64_t kLimit = 1'000'000'000'000;
  const auto& value = node.value();
  if (!value.is_number_integer() || (value.is_number_unsigned() ? value.get<uint64_t>() > uint64_t(kLimit)
                                                                 : value.get<int64_t>() < 0))
    node.fail("expected a whole number from 0 to 1000000000000");
  return value.get<int64_t>();
}

LeadDay readLeadDay(FieldReader& reader, const JsonNode& node) {
  ObjectReader object(node, {"id", "day", "counts", "followUps", "created", "modified"});
  LeadDay day;
  day.meta.id = reader.readId(object, node);
  const JsonNode dayNode = object.field("day");
  day.day = FieldReader::readOptionalDate(dayNode);
  if (day.day.empty()) dayNode.fail("expected a date like 2027-01-31");
  for (const auto& element : object.field("counts").elements()) {
    ObjectReader item(element, {"campaign", "source", "status", "reason", "count"});
    LeadCount count;
    count.campaign = item.string("campaign");
    count.source = item.string("source");
    count.status = FieldReader::readEnum(item.field("status"), kAllLeadStatuses, leadStatusName, leadStatusFromName);
    count.reason = item.string("reason");
    count.count = readCount(item.field("count"));
    day.counts.push_back(std::move(count));
  }
  for (const auto& element : object.field("followUps").elements()) {
    ObjectReader item(element, {"minutes", "count"});
    day.followUps.push_back(FollowUpCount{readCount(item.field("minutes")), readCount(item.field("count"))});
  }
  FieldReader::readStamps(object, day.meta);
  return day;
}

DealReview readDeal(FieldReader& reader, const JsonNode& node) {
  ObjectReader object(node, {"id", "kind", "deal", "outcome", "amount", "closed", "reason", "competitor", "segment",
                             "campaignIds", "insight", "insightUsed", "usedInCampaignId", "created", "modified"});
  DealReview deal;
  deal.meta.id = reader.readId(object, node);
  deal.kind = FieldReader::readEnum(object.field("kind"), kAllDealKinds, dealKindName, dealKindFromName);
  deal.deal = object.string("deal");
  deal.outcome = FieldReader::readEnum(object.field("outcome"), kAllDealOutcomes, dealOutcomeName, dealOutcomeFromName);
  deal.amount = FieldReader::readNumber(object.field("amount"));
  deal.closed = FieldReader::readOptionalDate(object.field("closed"));
  deal.reason = object.string("reason");
  deal.competitor = object.string("competitor");
  deal.segment = object.string("segment");
  deal.campaignIds = FieldReader::readStrings(object.field("campaignIds"));
  deal.insight = object.string("insight");
  deal.insightUsed = FieldReader::readBool(object.field("insightUsed"));
  deal.usedInCampaignId = object.string("usedInCampaignId");
  FieldReader::readStamps(object, deal.meta);
  return deal;
}

Rating readRating(FieldReader& reader, const JsonNode& node) {
  ObjectReader object(node, {"id", "target", "value", "why", "created", "modified"});
  Rating rating;
  rating.meta.id = reader.readId(object, node);
  const JsonNode target = object.field("target");
  rating.target = target.string();
  if (rating.target.empty()) target.fail("expected the id of a campaign or collateral request");
  rating.value = FieldReader::readEnum(object.field("value"), kAllRatingValues, ratingValueName, ratingValueFromName);
  rating.why = object.string("why");
  FieldReader::readStamps(object, rating.meta);
  return rating;
}

CollateralRequest readRequest(FieldReader& reader, const JsonNode& node) {
  ObjectReader object(node, {"id", "title", "type", "for", "neededBy", "priority", "requesterId", "ownerId", "status",
                             "declineReason", "assetLink", "campaignIds", "answeredAt", "deliveredAt", "created",
                             "modified"});
  CollateralRequest request;
  request.meta.id = reader.readId(object, node);
  request.title = object.string("title");
  request.type =
      FieldReader::readEnum(object.field("type"), kAllCollateralTypes, collateralTypeName, collateralTypeFromName);
  request.forWhom = object.string("for");
  request.neededBy = FieldReader::readOptionalDate(object.field("neededBy"));
  request.priority = FieldReader::readEnum(object.field("priority"), kAllPriorities, priorityName, priorityFromName);
  request.requesterId = object.string("requesterId");
  request.ownerId = object.string("ownerId");
  request.status =
      FieldReader::readEnum(object.field("status"), kAllRequestStatuses, requestStatusName, requestStatusFromName);
  request.declineReason = object.string("declineReason");
  request.assetLink = object.string("assetLink");
  request.campaignIds = FieldReader::readStrings(object.field("campaignIds"));
  request.answeredAt = FieldReader::readOptionalTimestamp(object.field("answeredAt"));
  request.deliveredAt = FieldReader::readOptionalTimestamp(object.field("deliveredAt"));
  FieldReader::readStamps(object, request.meta);
  return request;
}

}  // namespace

void readLoops(FieldReader& reader, const ObjectReader& file, Document& doc) {
  const JsonNode reasonsNode = file.field("reasons");
  ObjectReader reasons(reasonsNode, {"leadRejection", "deal"});
  doc.reasons.leadRejection = FieldReader::readStrings(reasons.field("leadRejection"));
  doc.reasons.deal = FieldReader::readStrings(reasons.field("deal"));
  // Days are kept in order, one per day. Merged copies can interleave their days, so the order of
  // the file is not required; a day held twice is refused.
  std::unordered_map<std::string, std::string> pathOfDay;
  for (const auto& node : file.field("leadDays").elements()) {
    LeadDay day = readLeadDay(reader, node);
    const auto [first, isNew] = pathOfDay.emplace(day.day, node.path());
    if (!isNew)
      JsonNode(node.value().at("day"), node.childPath("day")).fail("the day " + day.day + " is also " + first->second);
    doc.leadDays.push_back(std::move(day));
  }
  std::stable_sort(doc.leadDays.begin(), doc.leadDays.end(),
                   [](const LeadDay& a, const LeadDay& b) { return a.day < b.day; });
  for (const auto& node : file.field("deals").elements()) doc.deals.push_back(readDeal(reader, node));
  for (const auto& node : file.field("ratings").elements()) doc.ratings.push_back(readRating(reader, node));
  for (const auto& node : file.field("requests").elements()) doc.requests.push_back(readRequest(reader, node));
}

}  // namespace gp
