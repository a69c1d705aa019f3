// Strict loading: the first problem in the file becomes a LoadError with a precise message.
#include <new>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "core/format/format.h"
#include "core/format/format_fields.h"
#include "core/format/format_attribution.h"
#include "core/format/format_loops.h"
#include "core/format/format_workshop.h"
#include "core/format/format_sync.h"
#include "core/format/format_tree.h"
#include "core/format/json_dom.h"
#include "core/format/json_syntax.h"
#include "core/format/json_walker.h"
#include "core/format/migrations.h"
#include "core/text/text_position.h"
#include "core/text/text_trim.h"
#include "core/format/validation.h"

namespace gp {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kFormatName = "growth-plan";

std::string megabytesRoundedUp(size_t bytes) {
  constexpr size_t kMegabyte = 1024 * 1024;
  return std::to_string((bytes + kMegabyte - 1) / kMegabyte);
}

// Reads the parsed file into a Document, remembering every id to catch duplicates.
class DocumentReader : public FieldReader {
 public:
  Document read(const Json& root) {
    const JsonNode rootNode(root, "");
    ObjectReader file(rootNode, {"format", "schemaVersion", "plan", "growth", "people", "sections", "glossary",
                                 "commitments", "campaigns", "reasons", "leadDays", "deals", "ratings", "requests",
                                 "diagnosticRounds", "diagnosticAnswers", "workshops", "workshopNotes", "actions",
                                 "dotVotes", "draftPrompts", "attribution",
                                 "comments", "signOffs", "conflicts", "sync"});
    Document doc;
    doc.plan = readPlan(file.field("plan"));
    doc.growth = readGrowth(file.field("growth"));
    for (const auto& node : file.field("people").elements()) doc.people.push_back(readPerson(node));
    for (const auto& node : file.field("sections").elements()) doc.sections.push_back(readSection(node));
    for (const auto& node : file.field("glossary").elements()) doc.glossary.push_back(readTerm(node));
    for (const auto& node : file.field("commitments").elements()) doc.commitments.push_back(readCommitment(node));
    for (const auto& node : file.field("campaigns").elements()) doc.campaigns.push_back(readCampaign(node));
    readLoops(*this, file, doc);
    readWorkshop(*this, file, root, doc);
    if (root.contains("attribution")) doc.attribution = readAttributionAgreement(file.field("attribution"));
    if (root.contains("comments"))
      for (const auto& node : file.field("comments").elements()) doc.comments.push_back(readThread(node));
    if (root.contains("signOffs"))
      for (const auto& node : file.field("signOffs").elements()) doc.signOffs.push_back(readSignOff(node));
    if (root.contains("conflicts")) doc.conflicts = readConflicts(file.field("conflicts"));
    if (root.contains("sync")) doc.sync = readSync(file.field("sync"));
    return doc;
  }

 private:

  PlanInfo readPlan(const JsonNode& node) {
    ObjectReader object(node, {"id", "company", "title", "periodStart", "periodEnd", "currency", "created", "modified"});
    PlanInfo plan;
    plan.meta.id = readId(object, node);
    plan.company = object.string("company");
    plan.title = object.string("title");
    plan.periodStart = readOptionalDate(object.field("periodStart"));
    plan.periodEnd = readOptionalDate(object.field("periodEnd"));
    plan.currency = readCurrency(object.field("currency"));
    readStamps(object, plan.meta);
    return plan;
  }

  Person readPerson(const JsonNode& node) {
    ObjectReader object(node, {"id", "name", "team", "created", "modified"});
    Person person;
    person.meta.id = readId(object, node);
    person.name = object.string("name");
    person.team = readTeam(object.field("team"));
    readStamps(object, person.meta);
    return person;
  }

  Section readSection(const JsonNode& node) {
    ObjectReader object(node, {"id", "title", "owner", "body", "created", "modified"});
    Section section;
    section.meta.id = readId(object, node);
    section.title = object.string("title");
    section.owner = readTeam(object.field("owner"));
    section.body = object.string("body");
    readStamps(object, section.meta);
    return section;
  }

  GlossaryTerm readTerm(const JsonNode& node) {
    ObjectReader object(node, {"id", "name", "definition", "status", "aliases", "category", "owner", "replacedBy",
                               "marketingDefinition", "salesDefinition", "examples", "counterExamples",
                               "relatedTermIds", "notes", "history", "created", "modified"});
    GlossaryTerm term;
    term.meta.id = readId(object, node);
    term.name = object.string("name");
    term.definition = object.string("definition");
    term.status = readTermStatus(object.field("status"));
    term.aliases = readStrings(object.field("aliases"));
    term.category = readTermCategory(object.field("category"));
    term.owner = readTeam(object.field("owner"));
    term.replacedBy = object.string("replacedBy");
    term.marketingDefinition = object.string("marketingDefinition");
    term.salesDefinition = object.string("salesDefinition");
    term.examples = readStrings(object.field("examples"));
    term.counterExamples = readStrings(object.field("counterExamples"));
    term.relatedTermIds = readStrings(object.field("relatedTermIds"));
    term.notes = object.string("notes");
    for (const auto& element : object.field("history").elements()) term.history.push_back(readTermChange(element));
    readStamps(object, term.meta);
    return term;
  }

  // Values out of range (a negative target, an actual for a period the plan does not have) load
  // fine and are reported by validateCommitments next to the field.
  Commitment readCommitment(const JsonNode& node) {
    ObjectReader object(node, {"id", "owner", "metric", "target", "unit", "direction", "stageId", "measure", "actuals",
                               "created", "modified"});
    Commitment commitment;
    commitment.meta.id = readId(object, node);
    const JsonNode owner = object.field("owner");
    const auto team = teamFromName(owner.string());
    if (!team || (*team != Team::marketing && *team != Team::sales)) owner.fail(listOfNames(kCommitmentOwners, teamName));
    commitment.owner = *team;
    commitment.metric = object.string("metric");
    commitment.target = readNumber(object.field("target"));
    const JsonNode unit = object.field("unit");
    if (const auto value = metricUnitFromName(unit.string())) commitment.unit = *value;
    else unit.fail(listOfNames(kAllMetricUnits, metricUnitName));
    const JsonNode direction = object.field("direction");
    if (const auto value = directionFromName(direction.string())) commitment.direction = *value;
    else direction.fail(listOfNames(kAllDirections, directionName));
    commitment.stageId = object.string("stageId");
    if (node.value().contains("measure"))
      commitment.measure =
          readEnum(object.field("measure"), kAllCommitmentMeasures, commitmentMeasureName, commitmentMeasureFromName);
    for (const auto& element : object.field("actuals").elements()) {
      ObjectReader actual(element, {"period", "value"});
      const JsonNode period = actual.field("period");
      if (!isPeriodLabel(period.string())) period.fail("expected a period like 2027-Q1 or 2027-01");
      commitment.actuals.push_back(PeriodActual{period.string(), readNumber(actual.field("value"))});
    }
    readStamps(object, commitment.meta);
    return commitment;
  }

  Campaign readCampaign(const JsonNode& node) {
    ObjectReader object(node, {"id", "name", "channels", "marketingOwnerId", "salesOwnerId", "startDate", "endDate",
                               "budget", "segment", "expectedLeads", "expectedMqls", "followUp", "created", "modified"});
    Campaign campaign;
    campaign.meta.id = readId(object, node);
    campaign.name = object.string("name");
    for (const auto& element : object.field("channels").elements()) {
      if (const auto channel = channelFromName(element.string())) campaign.channels.push_back(*channel);
      else element.fail(listOfNames(kAllChannels, channelName));
    }
    campaign.marketingOwnerId = object.string("marketingOwnerId");
    campaign.salesOwnerId = object.string("salesOwnerId");
    campaign.startDate = readOptionalDate(object.field("startDate"));
    campaign.endDate = readOptionalDate(object.field("endDate"));
    campaign.budget = readNumber(object.field("budget"));
    campaign.segment = object.string("segment");
    campaign.expectedLeads = readNumber(object.field("expectedLeads"));
    campaign.expectedMqls = readNumber(object.field("expectedMqls"));
    campaign.followUp = object.string("followUp");
    readStamps(object, campaign.meta);
    return campaign;
  }

  CommentThread readThread(const JsonNode& node) {
    ObjectReader object(node, {"id", "target", "messages", "resolved", "resolvedBy", "resolvedAt", "resolvedTeam",
                               "created", "modified"});
    CommentThread thread;
    thread.meta.id = readId(object, node);
    thread.target = readTarget(object.field("target"));
    for (const auto& element : object.field("messages").elements()) {
      ObjectReader message(element, {"id", "by", "at", "team", "text"});
      CommentMessage item;
      item.posted.team = readOptionalTeam(element);
      item.id = readId(message, element);
      item.posted.by = message.string("by");
      const JsonNode postedAt = message.field("at");
      item.posted.at = postedAt.string();
      if (!isValidTimestamp(item.posted.at)) postedAt.fail("expected a UTC time like 2027-01-31T09:30:00Z");
      item.text = message.string("text");
      thread.messages.push_back(std::move(item));
    }
    if (thread.messages.empty()) object.field("messages").fail("expected at least one message");
    thread.resolved = readBool(object.field("resolved"));
    thread.resolvedStamp.by = object.string("resolvedBy");
    const JsonNode at = object.field("resolvedAt");
    thread.resolvedStamp.at = at.string();
    if (!thread.resolvedStamp.at.empty() && !isValidTimestamp(thread.resolvedStamp.at))
      at.fail("expected a UTC time like 2027-01-31T09:30:00Z");
    if (node.value().contains("resolvedTeam")) thread.resolvedStamp.team = readTeam(object.field("resolvedTeam"));
    readStamps(object, thread.meta);
    return thread;
  }

  SignOff readSignOff(const JsonNode& node) {
    ObjectReader object(node, {"id", "target", "team", "fingerprint", "created", "modified"});
    SignOff signOff;
    signOff.meta.id = readId(object, node);
    signOff.target = readTarget(object.field("target"));
    signOff.team = readTeam(object.field("team"));
    signOff.fingerprint = object.string("fingerprint");
    readStamps(object, signOff.meta);
    return signOff;
  }

  static std::string readTarget(const JsonNode& node) {
    const std::string& target = node.string();
    if (target.empty()) node.fail("expected \"plan\", \"sla\" or the id of a section, term, commitment, campaign, deal review or collateral request");
    return target;
  }

  // "2027-Q1" or "2027-01": the labels periodSlots gives (plan_period.h).
  static bool isPeriodLabel(const std::string& label) {
    const auto digits = [&](size_t from, size_t count) {
      for (size_t i = from; i < from + count; ++i)
        if (label[i] < '0' || label[i] > '9') return false;
      return true;
    };
    if (label.size() != 7 || label[4] != '-' || !digits(0, 4)) return false;
    if (label[5] == 'Q') return label[6] >= '1' && label[6] <= '4';
    return digits(5, 2) && label.substr(5) >= "01" && label.substr(5) <= "12";
  }



  static TermChange readTermChange(const JsonNode& node) {
    ObjectReader object(node, {"at", "by", "field", "summary", "team"});
    TermChange change;
    change.team = readOptionalTeam(node);
    const JsonNode at = object.field("at");
    change.at = at.string();
    if (!change.at.empty() && !isValidTimestamp(change.at)) at.fail("expected a UTC time like 2027-01-31T09:30:00Z");
    change.by = object.string("by");
    change.field = object.string("field");
    change.summary = object.string("summary");
    return change;
  }

  static TermCategory readTermCategory(const JsonNode& node) {
    if (const auto category = termCategoryFromName(node.string())) return *category;
    node.fail(listOfNames(kAllTermCategories, termCategoryName));
  }

  GrowthModel readGrowth(const JsonNode& node) {
    ObjectReader object(node, {"target", "averageDealSize", "stages", "periods", "periodWeights", "sources",
                               "salesCycleDays", "openPipeline", "capacity", "budget", "scenarios"});
    GrowthModel growth;
    growth.assumptions = readAssumptions(object);
    for (const auto& element : object.field("scenarios").elements()) growth.scenarios.push_back(readScenario(element));
    return growth;
  }

  Scenario readScenario(const JsonNode& node) {
    ObjectReader object(node, {"id", "name", "assumptions", "created", "modified"});
    Scenario scenario;
    scenario.meta.id = readId(object, node);
    scenario.name = object.string("name");
    const JsonNode assumptions = object.field("assumptions");
    scenario.assumptions = readAssumptions(
        ObjectReader(assumptions, {"target", "averageDealSize", "stages", "periods", "periodWeights", "sources",
                                   "salesCycleDays", "openPipeline", "capacity", "budget"}));
    readStamps(object, scenario.meta);
    return scenario;
  }

  // Structure and types only: values out of range (a 0% rate, shares adding up to 90%) load fine
  // and are reported by validateGrowth next to the field, so a plan being edited always saves and loads.
  static GrowthAssumptions readAssumptions(const ObjectReader& object) {
    GrowthAssumptions a;
    a.target = readNumber(object.field("target"));
    a.averageDealSize = readNumber(object.field("averageDealSize"));
    LocalIds stageIds;
    const auto stages = object.field("stages").elements();
    for (size_t i = 0; i < stages.size(); ++i) a.stages.push_back(readStage(stages[i], i + 1 == stages.size(), stageIds));
    a.periods = readGranularity(object.field("periods"));
    for (const auto& weight : object.field("periodWeights").elements()) a.periodWeights.push_back(readNumber(weight));
    LocalIds sourceIds;
    for (const auto& source : object.field("sources").elements()) a.sources.push_back(readSource(source, sourceIds));
    a.salesCycleDays = readWholeNumber(object.field("salesCycleDays"));
    a.openPipeline = readNumber(object.field("openPipeline"));
    a.capacity = readCapacity(object.field("capacity"));
    a.budget = readBudget(object.field("budget"));
    return a;
  }

  // Ids of stages, sources, new hires and channels: unique within their own list.
  using LocalIds = std::unordered_map<std::string, std::string>;

  static std::string readLocalId(const ObjectReader& object, const JsonNode& item, LocalIds& ids) {
    const JsonNode node = object.field("id");
    const std::string& id = node.string();
    if (id.empty()) node.fail("expected a non-empty id");
    const auto [existing, inserted] = ids.emplace(id, item.path());
    if (!inserted) node.fail("duplicate id \"" + id + "\" (also used by " + existing->second + ")");
    return id;
  }

  static FunnelStage readStage(const JsonNode& node, bool last, LocalIds& ids) {
    ObjectReader object(node, {"id", "name", "glossaryTermId", "conversionRate"});
    FunnelStage stage;
    stage.id = readLocalId(object, node, ids);
    stage.name = object.string("name");
    stage.glossaryTermId = object.string("glossaryTermId");
    if (last) {
      if (node.value().contains("conversionRate"))
        JsonNode(node.value().at("conversionRate"), node.childPath("conversionRate"))
            .fail("the last stage has no conversion rate (it is the won deal)");
    } else {
      stage.conversionRate = readNumber(object.field("conversionRate"));
    }
    return stage;
  }

  static LeadSource readSource(const JsonNode& node, LocalIds& ids) {
    ObjectReader object(node, {"id", "name", "share", "marketingSourced", "ownRates"});
    LeadSource source;
    source.id = readLocalId(object, node, ids);
    source.name = object.string("name");
    source.share = readNumber(object.field("share"));
    source.marketingSourced = readBool(object.field("marketingSourced"));
    for (const auto& element : object.field("ownRates").elements()) {
      ObjectReader own(element, {"stageId", "rate"});
      source.ownRates.push_back(SourceRate{own.string("stageId"), readNumber(own.field("rate"))});
    }
    return source;
  }

  static SalesCapacity readCapacity(const JsonNode& node) {
    ObjectReader object(node, {"reps", "quotaPerRep", "newHires"});
    SalesCapacity capacity;
    capacity.reps = readWholeNumber(object.field("reps"));
    capacity.quotaPerRep = readNumber(object.field("quotaPerRep"));
    LocalIds ids;
    for (const auto& element : object.field("newHires").elements()) {
      ObjectReader hire(element, {"id", "name", "startMonth", "rampMonths"});
      capacity.newHires.push_back(NewHire{readLocalId(hire, element, ids), hire.string("name"),
                                          readWholeNumber(hire.field("startMonth")),
                                          readWholeNumber(hire.field("rampMonths"))});
    }
    return capacity;
  }

  static MarketingBudget readBudget(const JsonNode& node) {
    ObjectReader object(node, {"amount", "channels"});
    MarketingBudget budget;
    budget.amount = readNumber(object.field("amount"));
    LocalIds ids;
    for (const auto& element : object.field("channels").elements()) {
      ObjectReader channel(element, {"id", "name", "costPerLead", "share"});
      Channel item;
      item.id = readLocalId(channel, element, ids);
      item.name = channel.string("name");
      item.costPerLead = readNumber(channel.field("costPerLead"));
      item.share = readNumber(channel.field("share"));
      budget.channels.push_back(std::move(item));
    }
    return budget;
  }







  static PeriodGranularity readGranularity(const JsonNode& node) {
    if (const auto granularity = periodGranularityFromName(node.string())) return *granularity;
    node.fail("expected one of monthly, quarterly");
  }









  static std::string readCurrency(const JsonNode& node) {
    const std::string& code = node.string();
    if (!code.empty() && !isValidCurrencyCode(code)) node.fail("expected a 3-letter currency code like EUR");
    return code;
  }



  static TermStatus readTermStatus(const JsonNode& node) {
    if (const auto status = termStatusFromName(node.string())) return *status;
    node.fail(listOfNames(kAllTermStatuses, termStatusName));
  }
};

// Checks format and schemaVersion; returns the file's schema version.
int readSchemaVersion(const Json& root) {
  const auto format = root.find("format");
  if (format == root.end() || !format->is_string() || format->get_ref<const std::string&>() != kFormatName)
    throw FormatError("format: this is not a growth plan file (expected \"growth-plan\")");

  const auto version = root.find("schemaVersion");
  if (version == root.end()) throw FormatError("schemaVersion: missing field");
  if (!version->is_number_integer()) throw FormatError("schemaVersion: expected an integer");
  const std::string written = version->dump();
  if (version->is_number_unsigned() ? version->get<uint64_t>() > static_cast<uint64_t>(kSchemaVersion)
                                    : version->get<int64_t>() > kSchemaVersion)
    throw FormatError("schemaVersion " + written + " is newer than this app understands (up to " +
                      std::to_string(kSchemaVersion) + "): open it with a newer Growth Plan Studio");
  if (!version->is_number_unsigned() || version->get<uint64_t>() < 1)
    throw FormatError("schemaVersion " + written + " is not valid (expected 1 or later)");
  return static_cast<int>(version->get<uint64_t>());
}

Json parseJson(std::string_view text) {
  if (text.size() > kMaxFileBytes) throw FormatError(fileTooLargeMessage(text.size()));
  if (isBlank(text)) throw FormatError("the file is empty");
  // Plain valid JSON (every file the app writes) is parsed once; anything else takes the careful
  // path below, which finds and words the problem exactly as before.
  if (auto clean = parseCleanJson(text, kMaxNestingDepth)) return std::move(*clean);
  if (const auto problem = findJsonSyntaxProblem(text, kMaxNestingDepth))
    throw FormatError(describeTextPosition(text, problem->offset) + ": " + problem->message);
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& error) {
    // The pre-scan accepts only valid JSON, so this is a backstop, not an expected path.
    const size_t offset = error.byte > 0 ? error.byte - 1 : 0;
    throw FormatError(describeTextPosition(text, offset) + ": syntax error: the value could not be read");
  } catch (const Json::out_of_range&) {
    throw FormatError("syntax error: a number in the file is too large");
  }
}

Document readTree(Json& root) {
  if (!root.is_object()) throw FormatError("expected a JSON object at the top level");
  const int version = readSchemaVersion(root);
  if (version < kSchemaVersion) migrateToCurrentSchema(root, version);
  return DocumentReader().read(root);
}

Document readDocument(std::string_view text) {
  Json root = parseJson(text);
  return readTree(root);
}

template <typename Read>
LoadResult loadWith(const Read& read) {
  try {
    return read();
  } catch (const FormatError& error) {
    return LoadError{error.what()};
  } catch (const std::bad_alloc&) {
    return LoadError{"there is not enough memory to load the file"};
  } catch (const std::exception& error) {
    return LoadError{std::string("the file could not be read: ") + error.what()};
  } catch (...) {
    return LoadError{"the file could not be read"};
  }
}

}  // namespace

std::string fileTooLargeMessage(size_t bytes) {
  return "file is too large (" + megabytesRoundedUp(bytes) + " MB; the limit is " + megabytesRoundedUp(kMaxFileBytes) +
         " MB)";
}

LoadResult loadDocument(std::string_view json) {
  return loadWith([&] { return readDocument(json); });
}

LoadResult loadDocumentJson(Json tree) {
  // The tree as its text would parse; when the text could differ or be refused, the text itself.
  if (!makeAsIfReparsed(tree, kMaxNestingDepth, kMaxFileBytes))
    return loadDocument(tree.dump(2, ' ', false, Json::error_handler_t::replace));
  return loadWith([&] { return readTree(tree); });
}

}  // namespace gp
