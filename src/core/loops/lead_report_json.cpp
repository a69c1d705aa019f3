#include "core/loops/lead_report_json.h"

namespace gp {

namespace {

using Json = nlohmann::ordered_json;

Json optionalNumber(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

void putOutcomes(Json& json, const LeadOutcomes& outcomes) {
  json["handedOver"] = outcomes.handedOver;
  json["accepted"] = outcomes.accepted;
  json["rejected"] = outcomes.rejected;
  json["recycled"] = outcomes.recycled;
  json["open"] = outcomes.open;
  json["acceptanceRate"] = optionalNumber(outcomes.acceptanceRate());
}

Json groupsJson(const std::vector<LeadGroupRow>& rows, const char* key) {
  Json list = Json::array();
  for (const auto& row : rows) {
    Json item;
    item[key] = row.name;
    putOutcomes(item, row.outcomes);
    list.push_back(std::move(item));
  }
  return list;
}

}  // namespace

nlohmann::ordered_json leadReportJson(const LeadReport& report) {
  Json json;
  Json periods = Json::array();
  for (const auto& row : report.periods) {
    Json item;
    item["period"] = row.period;
    putOutcomes(item, row.outcomes);
    Json followUp;
    followUp["touched"] = row.followUp.touched;
    followUp["medianHours"] = optionalNumber(row.followUp.medianHours);
    followUp["p90Hours"] = optionalNumber(row.followUp.p90Hours);
    item["followUp"] = std::move(followUp);
    periods.push_back(std::move(item));
  }
  json["periods"] = std::move(periods);
  json["byCampaign"] = groupsJson(report.byCampaign, "campaign");
  json["bySource"] = groupsJson(report.bySource, "source");
  Json reasons = Json::array();
  for (const auto& row : report.reasons) {
    Json item;
    item["reason"] = row.reason;
    item["count"] = row.count;
    item["share"] = row.share;
    reasons.push_back(std::move(item));
  }
  json["reasons"] = std::move(reasons);
  return json;
}

}  // namespace gp
