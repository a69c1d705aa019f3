// The growth plan document: plain data, no behaviour. Edits go through history.h.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "growth.h"

namespace gp {

inline constexpr int kSchemaVersion = 3;

enum class Team { marketing, sales, leadership, other };
enum class TermStatus { proposed, discussing, agreed, deprecated };
// What kind of word a glossary term is; files use the names "funnel-stage", "metric", ...
enum class TermCategory { funnelStage, metric, activity, audience, product, other };

// Who did something and when (ISO 8601 UTC, e.g. "2027-01-05T09:30:00Z").
struct Stamp {
  std::string by;
  std::string at;
  bool operator==(const Stamp&) const = default;
};

// Every entity carries a stable id and who created / last modified it, for merging and attribution.
struct EntityMeta {
  std::string id;
  Stamp created;
  Stamp modified;
  bool operator==(const EntityMeta&) const = default;
};

struct PlanInfo {
  EntityMeta meta;  // meta.id is the plan's id: copies of one plan share it
  std::string company;
  std::string title;
  std::string periodStart;  // YYYY-MM-DD
  std::string periodEnd;    // YYYY-MM-DD
  std::string currency;     // ISO 4217 code, e.g. "EUR"
  bool operator==(const PlanInfo&) const = default;
};

struct Person {
  EntityMeta meta;
  std::string name;
  Team team = Team::other;
  bool operator==(const Person&) const = default;
};

struct Section {
  EntityMeta meta;
  std::string title;
  Team owner = Team::other;
  std::string body;
  bool operator==(const Section&) const = default;
};

// One recorded change to a term, newest last, e.g. {at, "Ana", "status", "Proposed → Agreed"}.
// History appends these; a term keeps the last kMaxTermChanges.
struct TermChange {
  std::string at;       // ISO 8601 UTC
  std::string by;
  std::string field;    // the file key that changed ("name", "definition", ...); "" when the term was added
  std::string summary;  // short, for display
  bool operator==(const TermChange&) const = default;
};

inline constexpr size_t kMaxTermChanges = 50;

struct GlossaryTerm {
  EntityMeta meta;
  std::string name;
  std::string definition;  // the agreed definition, the one both teams use
  TermStatus status = TermStatus::proposed;
  // Fields after these four were added in schema version 3; aggregate initialisation of the
  // first four keeps working.
  std::vector<std::string> aliases;  // other names for the same thing ("Marketing qualified lead")
  TermCategory category = TermCategory::other;
  Team owner = Team::other;          // the team that looks after the term
  std::string replacedBy;            // id of the term to use instead, for deprecated terms
  std::string marketingDefinition;   // how marketing defines it, shown side by side with sales's
  std::string salesDefinition;
  std::vector<std::string> examples;         // what counts as one
  std::vector<std::string> counterExamples;  // what does not
  std::vector<std::string> relatedTermIds;
  std::string notes;
  std::vector<TermChange> history;  // who changed what and when, oldest first
  bool operator==(const GlossaryTerm&) const = default;
};

// A named what-if variant of the growth assumptions (e.g. "Win rate +2 points"): a full copy,
// compared side by side with the plan's own assumptions.
struct Scenario {
  EntityMeta meta;
  std::string name;
  GrowthAssumptions assumptions;
  bool operator==(const Scenario&) const = default;
};

// The shared goal: the plan's assumptions (growth.h) and its scenarios.
struct GrowthModel {
  GrowthAssumptions assumptions;
  std::vector<Scenario> scenarios;
  bool operator==(const GrowthModel&) const = default;
};

struct Document {
  PlanInfo plan;
  std::vector<Person> people;
  std::vector<Section> sections;
  std::vector<GlossaryTerm> glossary;
  GrowthModel growth;
  bool operator==(const Document&) const = default;
};

const char* teamName(Team);                 // "marketing", ...
const char* teamLabel(Team);                // "Marketing", ... for display
std::optional<Team> teamFromName(std::string_view);
const char* termStatusName(TermStatus);     // "proposed", ...
const char* termStatusLabel(TermStatus);    // "Proposed", ...
std::optional<TermStatus> termStatusFromName(std::string_view);
const char* termCategoryName(TermCategory);   // "funnel-stage", "metric", ...
const char* termCategoryLabel(TermCategory);  // "Funnel stage", "Metric", ...
std::optional<TermCategory> termCategoryFromName(std::string_view);

inline constexpr Team kAllTeams[] = {Team::marketing, Team::sales, Team::leadership, Team::other};
inline constexpr TermStatus kAllTermStatuses[] = {TermStatus::proposed, TermStatus::discussing, TermStatus::agreed,
                                                  TermStatus::deprecated};
inline constexpr TermCategory kAllTermCategories[] = {TermCategory::funnelStage, TermCategory::metric,
                                                      TermCategory::activity,    TermCategory::audience,
                                                      TermCategory::product,     TermCategory::other};

// The plan itself plus every person, section and glossary term.
size_t countEntities(const Document&);

}  // namespace gp
