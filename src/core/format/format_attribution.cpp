#include "core/format/format_attribution.h"

#include <cmath>
#include <string>

namespace gp {

namespace {

FileJson amountJson(int64_t micros) { return numberJson(static_cast<double>(micros) / kMicrosPerUnit); }

FileJson creditJson(const Credit& credit) {
  FileJson json = FileJson::object();
  json["pipeline"] = amountJson(credit.pipelineMicros);
  json["revenue"] = amountJson(credit.revenueMicros);
  return json;
}

FileJson teamCreditsJson(const std::array<Credit, 3>& credits) {
  FileJson json = FileJson::object();
  for (const TouchTeam team : kAllTouchTeams) json[touchTeamName(team)] = creditJson(credits[static_cast<size_t>(team)]);
  return json;
}

FileJson namedCreditsJson(const std::vector<NamedCredit>& list) {
  FileJson json = FileJson::array();
  for (const NamedCredit& item : list) {
    FileJson entry = FileJson::object();
    entry["name"] = item.name;
    entry["pipeline"] = amountJson(item.credit.pipelineMicros);
    entry["revenue"] = amountJson(item.credit.revenueMicros);
    json.push_back(std::move(entry));
  }
  return json;
}

void writeSettings(FileJson& json, const AttributionSettings& settings) {
  json["model"] = attributionModelName(settings.model);
  json["halfLifeDays"] = numberJson(settings.halfLifeDays);
  FileJson custom = FileJson::object();
  custom["first"] = numberJson(settings.customFirst);
  custom["middle"] = numberJson(settings.customMiddle);
  custom["last"] = numberJson(settings.customLast);
  json["custom"] = std::move(custom);
}

FileJson resultsJson(const AttributionResult& result, const Stamp& computed) {
  FileJson json = FileJson::object();
  writeSettings(json, result.settings);
  json["computed"] = stampJson(computed);
  json["opportunities"] = result.opportunities;
  json["touches"] = result.touches;
  json["withoutTouches"] = result.withoutTouches;
  json["pipeline"] = amountJson(result.total.pipelineMicros);
  json["revenue"] = amountJson(result.total.revenueMicros);
  json["byChannel"] = namedCreditsJson(result.byChannel);
  json["byCampaign"] = namedCreditsJson(result.byCampaign);
  json["byTeam"] = teamCreditsJson(result.byTeam);
  json["sourced"] = teamCreditsJson(result.sourced);
  json["touched"] = teamCreditsJson(result.touched);
  json["crmSourced"] = teamCreditsJson(result.crmSourced);
  FileJson months = FileJson::array();
  for (const MonthCredit& month : result.byMonth) {
    FileJson entry = FileJson::object();
    entry["month"] = month.month;
    entry["marketingTouched"] = creditJson(month.touchedByMarketing);
    entry["marketingSourced"] = creditJson(month.sourcedByMarketing);
    entry["byTeam"] = teamCreditsJson(month.byTeam);
    months.push_back(std::move(entry));
  }
  json["byMonth"] = std::move(months);
  return json;
}

// Amounts are read back into micro-units; the file holds at most a trillion units.
int64_t readAmount(const JsonNode& node) {
  const double value = FieldReader::readNumber(node);
  if (value < 0 || value > 1e12) node.fail("expected an amount from 0 to 1000000000000");
  return std::llround(value * kMicrosPerUnit);
}

size_t readCountField(const JsonNode& node) {
  const auto& value = node.value();
  if (!value.is_number_integer() || (value.is_number_integer() && !value.is_number_unsigned() && value.get<int64_t>() < 0))
    node.fail("expected a whole number from 0");
  return static_cast<size_t>(value.get<uint64_t>());
}

Credit readCredit(const JsonNode& node) {
  ObjectReader object(node, {"pipeline", "revenue"});
  return Credit{readAmount(object.field("pipeline")), readAmount(object.field("revenue"))};
}

std::array<Credit, 3> readTeamCredits(const JsonNode& node) {
  ObjectReader object(node, {"marketing", "sales", "partner"});
  std::array<Credit, 3> credits{};
  for (const TouchTeam team : kAllTouchTeams)
    credits[static_cast<size_t>(team)] = readCredit(object.field(touchTeamName(team)));
  return credits;
}

std::vector<NamedCredit> readNamedCredits(const JsonNode& node) {
  std::vector<NamedCredit> list;
  for (const JsonNode& element : node.elements()) {
    ObjectReader object(element, {"name", "pipeline", "revenue"});
    list.push_back(NamedCredit{object.string("name"),
                               Credit{readAmount(object.field("pipeline")), readAmount(object.field("revenue"))}});
  }
  return list;
}

AttributionSettings readSettings(const ObjectReader& object, const JsonNode& node) {
  AttributionSettings settings;
  settings.model = FieldReader::readEnum(object.field("model"), kAllAttributionModels, attributionModelName,
                                         attributionModelFromName);
  settings.halfLifeDays = FieldReader::readNumber(object.field("halfLifeDays"));
  const JsonNode customNode = object.field("custom");
  ObjectReader custom(customNode, {"first", "middle", "last"});
  settings.customFirst = FieldReader::readNumber(custom.field("first"));
  settings.customMiddle = FieldReader::readNumber(custom.field("middle"));
  settings.customLast = FieldReader::readNumber(custom.field("last"));
  if (const std::string problem = settingsProblem(settings); !problem.empty()) node.fail(problem);
  return settings;
}

AttributionResult readResults(const JsonNode& node, Stamp& computed) {
  ObjectReader object(node, {"model", "halfLifeDays", "custom", "computed", "opportunities", "touches",
                             "withoutTouches", "pipeline", "revenue", "byChannel", "byCampaign", "byTeam", "sourced",
                             "touched", "crmSourced", "byMonth"});
  AttributionResult result;
  result.settings = readSettings(object, node);
  computed = FieldReader::readStamp(object.field("computed"));
  result.opportunities = readCountField(object.field("opportunities"));
  result.touches = readCountField(object.field("touches"));
  result.withoutTouches = readCountField(object.field("withoutTouches"));
  result.total = Credit{readAmount(object.field("pipeline")), readAmount(object.field("revenue"))};
  result.byChannel = readNamedCredits(object.field("byChannel"));
  result.byCampaign = readNamedCredits(object.field("byCampaign"));
  result.byTeam = readTeamCredits(object.field("byTeam"));
  result.sourced = readTeamCredits(object.field("sourced"));
  result.touched = readTeamCredits(object.field("touched"));
  result.crmSourced = readTeamCredits(object.field("crmSourced"));
  for (const JsonNode& element : object.field("byMonth").elements()) {
    ObjectReader month(element, {"month", "marketingTouched", "marketingSourced", "byTeam"});
    MonthCredit credit;
    credit.month = month.string("month");
    credit.touchedByMarketing = readCredit(month.field("marketingTouched"));
    credit.sourcedByMarketing = readCredit(month.field("marketingSourced"));
    credit.byTeam = readTeamCredits(month.field("byTeam"));
    result.byMonth.push_back(std::move(credit));
  }
  return result;
}

}  // namespace

FileJson attributionAgreementJson(const AttributionAgreement& agreement) {
  FileJson json = FileJson::object();
  writeSettings(json, agreement.settings);
  if (agreement.results) json["results"] = resultsJson(*agreement.results, agreement.computed);
  return json;
}

AttributionAgreement readAttributionAgreement(const JsonNode& node) {
  ObjectReader object(node, {"model", "halfLifeDays", "custom", "results"});
  AttributionAgreement agreement;
  agreement.settings = readSettings(object, node);
  if (node.value().contains("results")) agreement.results = readResults(object.field("results"), agreement.computed);
  return agreement;
}

}  // namespace gp
