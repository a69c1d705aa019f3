// Each entry upgrades exactly one version step, so supporting schema v2 means writing one
// function `upgradeV1ToV2` and adding `{1, upgradeV1ToV2}` to kMigrations.
#include "migrations.h"

#include <vector>

#include "document.h"
#include "json_walker.h"

namespace gp {

namespace {

using Json = nlohmann::ordered_json;

struct Migration {
  int fromVersion;          // upgrades fromVersion -> fromVersion + 1
  void (*upgrade)(Json&);   // edits the parsed file in place
};

const std::vector<Migration> kMigrations = {
    // {1, upgradeV1ToV2},
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
