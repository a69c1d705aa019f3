// The merge bookkeeping in a plan file: "conflicts" (left by a merge) and "sync" (version clocks).
// Both are optional and written only when not empty.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "core/model/document.h"
#include "core/format/json_walker.h"

namespace gp {

std::vector<PlanConflict> readConflicts(const JsonNode& node);
SyncState readSync(const JsonNode& node);

nlohmann::ordered_json conflictsJson(const std::vector<PlanConflict>&);
nlohmann::ordered_json syncJson(const SyncState&);
bool isEmpty(const SyncState&);

}  // namespace gp
