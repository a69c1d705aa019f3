// Upgrading files written by older versions of the app, one schema version at a time.
#pragma once

#include <nlohmann/json.hpp>

namespace gp {

// Upgrades `file` (schemaVersion `fromVersion`, 1 <= fromVersion <= kSchemaVersion) in place to
// kSchemaVersion. Throws FormatError (json_walker.h) when a file cannot be upgraded.
void migrateToCurrentSchema(nlohmann::ordered_json& file, int fromVersion);

}  // namespace gp
