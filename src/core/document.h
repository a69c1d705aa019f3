// The growth plan document: plain data, no behaviour. Edits go through history.h.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "growth.h"

namespace gp {

inline constexpr int kSchemaVersion = 2;

enum class Team { marketing, sales, leadership, other };
enum class TermStatus { proposed, discussing, agreed, deprecated };

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

struct GlossaryTerm {
  EntityMeta meta;
  std::string name;
  std::string definition;
  TermStatus status = TermStatus::proposed;
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

// The plan itself plus every person, section and glossary term.
size_t countEntities(const Document&);

}  // namespace gp
