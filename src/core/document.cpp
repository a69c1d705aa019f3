// Names used in files (stable, lowercase) and labels shown to people.
#include "document.h"

namespace gp {

namespace {

struct TeamNames {
  Team team;
  const char* name;
  const char* label;
};

constexpr TeamNames kTeams[] = {
    {Team::marketing, "marketing", "Marketing"},
    {Team::sales, "sales", "Sales"},
    {Team::leadership, "leadership", "Leadership"},
    {Team::other, "other", "Other"},
};

struct TermStatusNames {
  TermStatus status;
  const char* name;
  const char* label;
};

constexpr TermStatusNames kTermStatuses[] = {
    {TermStatus::proposed, "proposed", "Proposed"},
    {TermStatus::discussing, "discussing", "Discussing"},
    {TermStatus::agreed, "agreed", "Agreed"},
    {TermStatus::deprecated, "deprecated", "Deprecated"},
};

}  // namespace

const char* teamName(Team team) {
  for (const auto& entry : kTeams)
    if (entry.team == team) return entry.name;
  return "other";
}

const char* teamLabel(Team team) {
  for (const auto& entry : kTeams)
    if (entry.team == team) return entry.label;
  return "Other";
}

std::optional<Team> teamFromName(std::string_view name) {
  for (const auto& entry : kTeams)
    if (name == entry.name) return entry.team;
  return std::nullopt;
}

const char* termStatusName(TermStatus status) {
  for (const auto& entry : kTermStatuses)
    if (entry.status == status) return entry.name;
  return "proposed";
}

const char* termStatusLabel(TermStatus status) {
  for (const auto& entry : kTermStatuses)
    if (entry.status == status) return entry.label;
  return "Proposed";
}

std::optional<TermStatus> termStatusFromName(std::string_view name) {
  for (const auto& entry : kTermStatuses)
    if (name == entry.name) return entry.status;
  return std::nullopt;
}

size_t countEntities(const Document& doc) {
  return 1 + doc.people.size() + doc.sections.size() + doc.glossary.size();
}

}  // namespace gp
