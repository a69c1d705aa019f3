// The imported CRM rows as this browser keeps them (never in a plan file): both CSV texts as read,
// with the person's column mappings, so the next visit reads them again without asking.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/attribution/attribution_import.h"

namespace gp {

struct StoredAttributionRows {
  std::string opportunitiesCsv;
  OpportunityMapping opportunityMapping;
  std::string touchpointsCsv;
  TouchMapping touchMapping;
  std::string opportunitiesFile, touchpointsFile;  // the names the files had
};

// One text: a header line, the mappings, then each CSV with its length (no escaping, so packing
// 100 MB costs one copy).
std::string packAttributionRows(const StoredAttributionRows&);
// The same text in pieces, without copying the CSV texts (the browser copies them once, into its
// storage): `parts` point into `headers` and into the rows, which must outlive them.
struct PackedAttributionRows {
  std::vector<std::string> headers;
  std::vector<std::string_view> parts;
};
PackedAttributionRows attributionRowsParts(const StoredAttributionRows&);
// nullopt for anything that is not such a text (another version, a damaged store).
std::optional<StoredAttributionRows> unpackAttributionRows(std::string_view packed);

// Where a plan's rows are kept: "attribution-rows:" + the plan's id.
std::string attributionRowsKey(const std::string& planId);

}  // namespace gp
