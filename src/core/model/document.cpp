// Names used in files (stable, lowercase) and labels shown to people.
#include "core/model/document.h"

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

struct DirectionNames {
  Direction direction;
  const char* name;
  const char* label;
};

constexpr DirectionNames kDirections[] = {
    {Direction::atLeast, "at-least", "At least"},
    {Direction::atMost, "at-most", "At most"},
};

struct MetricUnitNames {
  MetricUnit unit;
  const char* name;
  const char* label;
};

constexpr MetricUnitNames kMetricUnits[] = {
    {MetricUnit::count, "count", "Count"}, {MetricUnit::percent, "percent", "Percent"},
    {MetricUnit::hours, "hours", "Hours"}, {MetricUnit::days, "days", "Days"},
    {MetricUnit::money, "money", "Money"},
};

struct ChannelNames {
  CampaignChannel channel;
  const char* name;
  const char* label;
};

constexpr ChannelNames kChannels[] = {
    {CampaignChannel::email, "email", "Email"},
    {CampaignChannel::paidMedia, "paid-media", "Paid media"},
    {CampaignChannel::social, "social", "Social"},
    {CampaignChannel::events, "events", "Events"},
    {CampaignChannel::pr, "pr", "PR and communications"},
    {CampaignChannel::content, "content", "Content"},
    {CampaignChannel::webinars, "webinars", "Webinars"},
    {CampaignChannel::directMail, "direct-mail", "Direct mail"},
    {CampaignChannel::partners, "partners", "Partners"},
    {CampaignChannel::salesEnablement, "sales-enablement", "Sales deck and enablement"},
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

const char* directionName(Direction direction) {
  for (const auto& entry : kDirections)
    if (entry.direction == direction) return entry.name;
  return "at-least";
}

const char* directionLabel(Direction direction) {
  for (const auto& entry : kDirections)
    if (entry.direction == direction) return entry.label;
  return "At least";
}

std::optional<Direction> directionFromName(std::string_view name) {
  for (const auto& entry : kDirections)
    if (name == entry.name) return entry.direction;
  return std::nullopt;
}

const char* metricUnitName(MetricUnit unit) {
  for (const auto& entry : kMetricUnits)
    if (entry.unit == unit) return entry.name;
  return "count";
}

const char* metricUnitLabel(MetricUnit unit) {
  for (const auto& entry : kMetricUnits)
    if (entry.unit == unit) return entry.label;
  return "Count";
}

std::optional<MetricUnit> metricUnitFromName(std::string_view name) {
  for (const auto& entry : kMetricUnits)
    if (name == entry.name) return entry.unit;
  return std::nullopt;
}

const char* channelName(CampaignChannel channel) {
  for (const auto& entry : kChannels)
    if (entry.channel == channel) return entry.name;
  return "email";
}

const char* channelLabel(CampaignChannel channel) {
  for (const auto& entry : kChannels)
    if (entry.channel == channel) return entry.label;
  return "Email";
}

std::optional<CampaignChannel> channelFromName(std::string_view name) {
  for (const auto& entry : kChannels)
    if (name == entry.name) return entry.channel;
  return std::nullopt;
}

size_t countEntities(const Document& doc) {
  return 1 + doc.people.size() + doc.sections.size() + doc.glossary.size() + doc.commitments.size() +
         doc.campaigns.size() + doc.leadDays.size() + doc.deals.size() + doc.ratings.size() + doc.requests.size() +
         doc.diagnosticRounds.size() + doc.diagnosticAnswers.size() + doc.workshops.size() +
         doc.workshopNotes.size() + doc.actions.size() + doc.dotVotes.size() + doc.draftPrompts.size();
}

}  // namespace gp
