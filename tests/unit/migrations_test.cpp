#include <doctest/doctest.h>

#include "core/model/document.h"
#include "core/format/migrations.h"

using namespace gp;

TEST_CASE("a file already at the current schema version passes through migration unchanged") {
  nlohmann::ordered_json file = {{"format", "growth-plan"}, {"schemaVersion", kSchemaVersion}, {"people", nlohmann::ordered_json::array()}};
  const auto before = file;
  migrateToCurrentSchema(file, kSchemaVersion);
  CHECK(file == before);
}
