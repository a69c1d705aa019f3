// Each entry upgrades exactly one version step, so supporting schema v2 means writing one
// function `upgradeV1ToV2` and adding `{1, upgradeV1ToV2}` to kMigrations.
#include "core/format/migrations.h"

#include <vector>

#include "core/model/document.h"
#include "core/format/format_growth.h"
#include "core/format/format_loops.h"
#include "core/format/json_walker.h"

namespace gp {

namespace {

using Json = nlohmann::ordered_json;

struct Migration {
  int fromVersion;          // upgrades fromVersion -> fromVersion + 1
  void (*upgrade)(Json&);   // edits the parsed file in place
};

std::string lowercase(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

// The id of the first glossary term called `name` (ignoring case), or "" when there is none. Tolerates
// a malformed glossary: the reader reports that after migration.
std::string termIdNamed(const Json& file, const std::string& name) {
  const auto glossary = file.find("glossary");
  if (glossary == file.end() || !glossary->is_array()) return {};
  for (const auto& term : *glossary) {
    if (!term.is_object()) continue;
    const auto termName = term.find("name"), id = term.find("id");
    if (termName != term.end() && termName->is_string() && id != term.end() && id->is_string() &&
        lowercase(termName->get<std::string>()) == lowercase(name))
      return id->get<std::string>();
  }
  return {};
}

// Version 2 adds the shared goal ("growth"): version-1 plans get the default assumptions, with each
// funnel stage linked to the glossary term of the same name when the plan has one.
void upgradeV1ToV2(Json& file) {
  if (file.contains("growth")) throw FormatError("growth: unknown field");
  GrowthModel growth{defaultGrowthAssumptions(), {}};
  for (auto& stage : growth.assumptions.stages) stage.glossaryTermId = termIdNamed(file, stage.name);
  Json upgraded = Json::object();
  for (auto& [key, value] : file.items()) {
    upgraded[key] = std::move(value);
    if (key == "plan") upgraded["growth"] = growthJson(growth);
  }
  if (!upgraded.contains("growth")) upgraded["growth"] = growthJson(growth);
  file = std::move(upgraded);
}

// Version 3 gives glossary terms aliases, a category, an owner, both teams' definitions, examples,
// related terms, notes and a change history. Existing terms get empty values, category and owner
// "other", inserted before "created" so the file keeps its canonical key order. Malformed terms are
// left for the reader to report.
void upgradeV2ToV3(Json& file) {
  const auto glossary = file.find("glossary");
  if (glossary == file.end() || !glossary->is_array()) return;
  const std::pair<const char*, Json> kDefaults[] = {
      {"aliases", Json::array()},        {"category", "other"},      {"owner", "other"},
      {"replacedBy", ""},                {"marketingDefinition", ""}, {"salesDefinition", ""},
      {"examples", Json::array()},       {"counterExamples", Json::array()}, {"relatedTermIds", Json::array()},
      {"notes", ""},                     {"history", Json::array()},
  };
  for (size_t i = 0; i < glossary->size(); ++i) {
    Json& term = (*glossary)[i];
    if (!term.is_object()) continue;
    for (const auto& [key, value] : kDefaults)
      if (term.contains(key))
        throw FormatError("glossary[" + std::to_string(i) + "]." + key + ": unknown field");
    Json upgraded = Json::object();
    const auto addDefaults = [&] {
      for (const auto& [key, value] : kDefaults) upgraded[key] = value;
    };
    for (auto& [key, value] : term.items()) {
      if (key == "created") addDefaults();
      upgraded[key] = std::move(value);
    }
    if (!upgraded.contains("history")) addDefaults();
    term = std::move(upgraded);
  }
}

// Version 4 adds the service level agreement ("commitments") and the campaigns: empty lists at the
// end of the file, where the writer puts them.
void upgradeV3ToV4(Json& file) {
  for (const char* key : {"commitments", "campaigns"}) {
    if (file.contains(key)) throw FormatError(std::string(key) + ": unknown field");
    file[key] = Json::array();
  }
}

// Version 5 adds the loops (loops.h): the starter reason lists and empty lead days, deal reviews,
// ratings and collateral requests, after "campaigns" where the writer puts them.
void upgradeV4ToV5(Json& file) {
  for (const char* key : {"reasons", "leadDays", "deals", "ratings", "requests"})
    if (file.contains(key)) throw FormatError(std::string(key) + ": unknown field");
  Json upgraded = Json::object();
  for (auto& [key, value] : file.items()) {
    upgraded[key] = std::move(value);
    if (key != "campaigns") continue;
    upgraded["reasons"] = reasonsJson(ReasonLists{starterLeadRejectionReasons(), starterDealReasons()});
    for (const char* list : {"leadDays", "deals", "ratings", "requests"}) upgraded[list] = Json::array();
  }
  file = std::move(upgraded);
}

const std::vector<Migration> kMigrations = {
    {1, upgradeV1ToV2},
    {2, upgradeV2ToV3},
    {3, upgradeV3ToV4},
    {4, upgradeV4ToV5},
};

const Migration* findMigration(int fromVersion) {
  for (const auto& migration : kMigrations)
    if (migration.fromVersion == fromVersion) return &migration;
  return nullptr;
}

}  // namespace

void migrateToCurrentSchema(Json& file, int fromVersion) {
  for (int version = fromVersion; version < kSchemaVersion; ++version) {
    const Migration* migration = findMigration(version);
    if (!migration)
      throw FormatError("schemaVersion " + std::to_string(fromVersion) + " cannot be upgraded (no migration from version " +
                        std::to_string(version) + ")");
    migration->upgrade(file);
  }
  file["schemaVersion"] = kSchemaVersion;
}

}  // namespace gp
