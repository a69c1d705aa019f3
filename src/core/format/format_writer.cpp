// Canonical saving: fixed key order, 2-space indent, UTF-8 kept as is, trailing newline.
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>

#include "core/format/format.h"
#include "core/format/format_attribution.h"
#include "core/format/format_sync.h"
#include "core/format/format_growth.h"
#include "core/format/format_entities.h"
#include "core/format/format_fields.h"
#include "core/format/format_tree.h"
#include "core/format/json_dom.h"
#include "core/format/format_loops.h"
#include "core/format/format_workshop.h"

namespace gp {

namespace {

using Json = nlohmann::ordered_json;

Json planJson(const PlanInfo& plan) {
  Json json = startEntity(plan.meta);
  json["company"] = plan.company;
  json["title"] = plan.title;
  json["periodStart"] = plan.periodStart;
  json["periodEnd"] = plan.periodEnd;
  json["currency"] = plan.currency;
  finishEntity(json, plan.meta);
  return json;
}

Json personJson(const Person& person) {
  Json json = startEntity(person.meta);
  json["name"] = person.name;
  json["team"] = teamName(person.team);
  finishEntity(json, person.meta);
  return json;
}

Json sectionJson(const Section& section) {
  Json json = startEntity(section.meta);
  json["title"] = section.title;
  json["owner"] = teamName(section.owner);
  json["body"] = section.body;
  finishEntity(json, section.meta);
  return json;
}

Json termChangeJson(const TermChange& change) {
  Json json = Json::object();
  json["at"] = change.at;
  json["by"] = change.by;
  json["field"] = change.field;
  json["summary"] = change.summary;
  if (change.team) json["team"] = teamName(*change.team);
  return json;
}

Json termJson(const GlossaryTerm& term) {
  Json json = startEntity(term.meta);
  json["name"] = term.name;
  json["definition"] = term.definition;
  json["status"] = termStatusName(term.status);
  json["aliases"] = stringsJson(term.aliases);
  json["category"] = termCategoryName(term.category);
  json["owner"] = teamName(term.owner);
  json["replacedBy"] = term.replacedBy;
  json["marketingDefinition"] = term.marketingDefinition;
  json["salesDefinition"] = term.salesDefinition;
  json["examples"] = stringsJson(term.examples);
  json["counterExamples"] = stringsJson(term.counterExamples);
  json["relatedTermIds"] = stringsJson(term.relatedTermIds);
  json["notes"] = term.notes;
  Json history = Json::array();
  for (const auto& change : term.history) history.push_back(termChangeJson(change));
  json["history"] = std::move(history);
  finishEntity(json, term.meta);
  return json;
}

Json stageJson(const FunnelStage& stage, bool last) {
  Json json = Json::object();
  json["id"] = stage.id;
  json["name"] = stage.name;
  json["glossaryTermId"] = stage.glossaryTermId;
  if (!last) json["conversionRate"] = numberJson(stage.conversionRate);
  return json;
}

Json sourceJson(const LeadSource& source) {
  Json json = Json::object();
  json["id"] = source.id;
  json["name"] = source.name;
  json["share"] = numberJson(source.share);
  json["marketingSourced"] = source.marketingSourced;
  json["ownRates"] = arrayJson(source.ownRates, [](const SourceRate& own) {
    Json rate = Json::object();
    rate["stageId"] = own.stageId;
    rate["rate"] = numberJson(own.rate);
    return rate;
  });
  return json;
}

Json capacityJson(const SalesCapacity& capacity) {
  Json json = Json::object();
  json["reps"] = capacity.reps;
  json["quotaPerRep"] = numberJson(capacity.quotaPerRep);
  json["newHires"] = arrayJson(capacity.newHires, [](const NewHire& hire) {
    Json item = Json::object();
    item["id"] = hire.id;
    item["name"] = hire.name;
    item["startMonth"] = hire.startMonth;
    item["rampMonths"] = hire.rampMonths;
    return item;
  });
  return json;
}

Json budgetJson(const MarketingBudget& budget) {
  Json json = Json::object();
  json["amount"] = numberJson(budget.amount);
  json["channels"] = arrayJson(budget.channels, [](const Channel& channel) {
    Json item = Json::object();
    item["id"] = channel.id;
    item["name"] = channel.name;
    item["costPerLead"] = numberJson(channel.costPerLead);
    item["share"] = numberJson(channel.share);
    return item;
  });
  return json;
}

// Fills `json` with the assumptions' fields, in file order.
void writeAssumptions(Json& json, const GrowthAssumptions& a) {
  json["target"] = numberJson(a.target);
  json["averageDealSize"] = numberJson(a.averageDealSize);
  Json stages = Json::array();
  for (size_t i = 0; i < a.stages.size(); ++i) stages.push_back(stageJson(a.stages[i], i + 1 == a.stages.size()));
  json["stages"] = std::move(stages);
  json["periods"] = periodGranularityName(a.periods);
  json["periodWeights"] = arrayJson(a.periodWeights, numberJson);
  json["sources"] = arrayJson(a.sources, sourceJson);
  json["salesCycleDays"] = a.salesCycleDays;
  json["openPipeline"] = numberJson(a.openPipeline);
  json["capacity"] = capacityJson(a.capacity);
  json["budget"] = budgetJson(a.budget);
}

Json scenarioJson(const Scenario& scenario) {
  Json json = startEntity(scenario.meta);
  json["name"] = scenario.name;
  Json assumptions = Json::object();
  writeAssumptions(assumptions, scenario.assumptions);
  json["assumptions"] = std::move(assumptions);
  finishEntity(json, scenario.meta);
  return json;
}

Json commitmentJson(const Commitment& commitment) {
  Json json = startEntity(commitment.meta);
  json["owner"] = teamName(commitment.owner);
  json["metric"] = commitment.metric;
  json["target"] = numberJson(commitment.target);
  json["unit"] = metricUnitName(commitment.unit);
  json["direction"] = directionName(commitment.direction);
  json["stageId"] = commitment.stageId;
  if (commitment.measure != CommitmentMeasure::typed) json["measure"] = commitmentMeasureName(commitment.measure);
  json["actuals"] = arrayJson(commitment.actuals, [](const PeriodActual& actual) {
    Json item = Json::object();
    item["period"] = actual.period;
    item["value"] = numberJson(actual.value);
    return item;
  });
  finishEntity(json, commitment.meta);
  return json;
}

Json campaignJson(const Campaign& campaign) {
  Json json = startEntity(campaign.meta);
  json["name"] = campaign.name;
  json["channels"] = arrayJson(campaign.channels, [](CampaignChannel channel) { return Json(channelName(channel)); });
  json["marketingOwnerId"] = campaign.marketingOwnerId;
  json["salesOwnerId"] = campaign.salesOwnerId;
  json["startDate"] = campaign.startDate;
  json["endDate"] = campaign.endDate;
  json["budget"] = numberJson(campaign.budget);
  json["segment"] = campaign.segment;
  json["expectedLeads"] = numberJson(campaign.expectedLeads);
  json["expectedMqls"] = numberJson(campaign.expectedMqls);
  json["followUp"] = campaign.followUp;
  finishEntity(json, campaign.meta);
  return json;
}

Json threadJson(const CommentThread& thread) {
  Json json = startEntity(thread.meta);
  json["target"] = thread.target;
  json["messages"] = arrayJson(thread.messages, [](const CommentMessage& message) {
    Json item = Json::object();
    item["id"] = message.id;
    item["by"] = message.posted.by;
    item["at"] = message.posted.at;
    if (message.posted.team) item["team"] = teamName(*message.posted.team);
    item["text"] = message.text;
    return item;
  });
  json["resolved"] = thread.resolved;
  json["resolvedBy"] = thread.resolvedStamp.by;
  json["resolvedAt"] = thread.resolvedStamp.at;
  if (thread.resolvedStamp.team) json["resolvedTeam"] = teamName(*thread.resolvedStamp.team);
  finishEntity(json, thread.meta);
  return json;
}

Json signOffJson(const SignOff& signOff) {
  Json json = startEntity(signOff.meta);
  json["target"] = signOff.target;
  json["team"] = teamName(signOff.team);
  json["fingerprint"] = signOff.fingerprint;
  finishEntity(json, signOff.meta);
  return json;
}

}  // namespace

Json growthJson(const GrowthModel& growth) {
  Json json = Json::object();
  writeAssumptions(json, growth.assumptions);
  json["scenarios"] = arrayJson(growth.scenarios, scenarioJson);
  return json;
}

namespace {

Json documentJson(const Document& doc, bool withBookkeeping, bool withGlossary, bool withSync = true) {
  Json json = Json::object();
  json.get_ref<Json::object_t&>().reserve(32);  // growing would copy the lists already in it
  json["format"] = "growth-plan";
  json["schemaVersion"] = kSchemaVersion;
  json["plan"] = planJson(doc.plan);
  json["growth"] = growthJson(doc.growth);
  json["people"] = arrayJson(doc.people, personJson);
  json["sections"] = arrayJson(doc.sections, sectionJson);
  json["glossary"] = withGlossary ? arrayJson(doc.glossary, termJson) : Json::array();
  json["commitments"] = arrayJson(doc.commitments, commitmentJson);
  json["campaigns"] = arrayJson(doc.campaigns, campaignJson);
  writeLoops(json, doc);
  writeWorkshop(json, doc);
  if (!isUnset(doc.attribution)) json["attribution"] = attributionAgreementJson(doc.attribution);
  // Review (comments, sign-offs) only when there is some, so plans without any keep their form.
  if (!doc.comments.empty()) json["comments"] = arrayJson(doc.comments, threadJson);
  if (!doc.signOffs.empty()) json["signOffs"] = arrayJson(doc.signOffs, signOffJson);
  // Merge bookkeeping last and only when there is some, so plain plans and git diffs stay clean.
  if (withBookkeeping && !doc.conflicts.empty()) json["conflicts"] = conflictsJson(doc.conflicts);
  if (withBookkeeping && withSync && !isEmpty(doc.sync)) json["sync"] = syncJson(doc.sync);
  return json;
}

}  // namespace

Json documentJson(const Document& doc, bool withBookkeeping) { return documentJson(doc, withBookkeeping, true); }
Json documentJsonWithoutGlossaryOrSync(const Document& doc) { return documentJson(doc, true, false, false); }

Json reparsedDocumentJson(const Document& doc, bool withBookkeeping) {
  Json json = documentJson(doc, withBookkeeping);
  if (makeAsIfReparsed(json, kMaxNestingDepth, SIZE_MAX / 2)) return json;
  return Json::parse(json.dump(2, ' ', false, Json::error_handler_t::replace));
}

Json reparsedContentJson(const Document& doc, const std::function<bool(const GlossaryTerm&)>& keepTerm) {
  Json json = documentJson(doc, false, false);
  Json& glossary = json["glossary"];
  for (const GlossaryTerm& term : doc.glossary)
    if (keepTerm(term)) glossary.push_back(termJson(term));
  if (makeAsIfReparsed(json, kMaxNestingDepth, SIZE_MAX / 2)) return json;
  return Json::parse(json.dump(2, ' ', false, Json::error_handler_t::replace));
}

std::string saveDocument(const Document& doc) {
  // `replace` instead of throwing: invalid UTF-8 typed into a field must not lose the whole save.
  return documentJson(doc).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Json entityJson(const PlanInfo& plan) { return planJson(plan); }
Json entityJson(const Section& section) { return sectionJson(section); }
Json entityJson(const GlossaryTerm& term) { return termJson(term); }
Json entityJson(const Commitment& commitment) { return commitmentJson(commitment); }
Json entityJson(const Campaign& campaign) { return campaignJson(campaign); }
Json entityJson(const Person& person) { return personJson(person); }
Json entityJson(const Scenario& scenario) { return scenarioJson(scenario); }
Json entityJson(const CommentThread& thread) { return threadJson(thread); }
Json entityJson(const SignOff& signOff) { return signOffJson(signOff); }
Json assumptionsJson(const GrowthAssumptions& assumptions) {
  Json json = Json::object();
  writeAssumptions(json, assumptions);
  return json;
}

}  // namespace gp
