// Who did what and when: the teams, stamps and the id and stamps every entity carries.
#pragma once

#include <optional>
#include <string>

namespace gp {

enum class Team { marketing, sales, leadership, other };

// Who did something and when (ISO 8601 UTC, e.g. "2027-01-05T09:30:00Z").
// `team` is the team the person said they are in when they did it (files: optional "team").
struct Stamp {
  std::string by;
  std::string at;
  std::optional<Team> team;
  bool operator==(const Stamp&) const = default;
};

// Every entity carries a stable id and who created / last modified it, for merging and attribution.
struct EntityMeta {
  std::string id;
  Stamp created;
  Stamp modified;
  bool operator==(const EntityMeta&) const = default;
};

}  // namespace gp
