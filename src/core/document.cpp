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

struct TermCategoryNames {
  TermCategory category;
  const char* name;
  const char* label;
};

constexpr TermCategoryNames kTermCategories[] = {
    {TermCategory::funnelStage, "funnel-stage", "Funnel stage"}, {TermCategory::metric, "metric", "Metric"},
    {TermCategory::activity, "activity", "Activity"},            {TermCategory::audience, "audience", "Audience"},
    {TermCategory::product, "product", "Product"},               {TermCategory::other, "other", "Other"},
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

const char* termCategoryName(TermCategory category) {
  for (const auto& entry : kTermCategories)
    if (entry.category == category) return entry.name;
  return "other";
}

const char* termCategoryLabel(TermCategory category) {
  for (const auto& entry : kTermCategories)
    if (entry.category == category) return entry.label;
  return "Other";
}

std::optional<TermCategory> termCategoryFromName(std::string_view name) {
  for (const auto& entry : kTermCategories)
    if (name == entry.name) return entry.category;
  return std::nullopt;
}

size_t countEntities(const Document& doc) {
  return 1 + doc.people.size() + doc.sections.size() + doc.glossary.size();
}

}  // namespace gp
