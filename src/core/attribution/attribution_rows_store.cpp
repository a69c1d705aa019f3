#include "core/attribution/attribution_rows_store.h"

#include <algorithm>
#include <charconv>
#include <vector>

namespace gp {

namespace {

constexpr std::string_view kHeader = "growthplan-attribution-rows 1\n";

// Reads "<name> <length>\n<bytes>\n" at `at`; false when the text does not hold it.
bool readBlock(std::string_view packed, size_t& at, std::string_view name, std::string& into) {
  if (packed.substr(at, name.size() + 1) != std::string(name) + " ") return false;
  at += name.size() + 1;
  const size_t end = packed.find('\n', at);
  if (end == std::string_view::npos) return false;
  size_t length = 0;
  const auto [ptr, error] = std::from_chars(packed.data() + at, packed.data() + end, length);
  if (error != std::errc() || ptr != packed.data() + end) return false;
  at = end + 1;
  if (packed.size() - at < length + 1 || packed[at + length] != '\n') return false;
  into.assign(packed.substr(at, length));
  at += length + 1;
  return true;
}

void writeBlock(std::string& out, std::string_view name, std::string_view bytes) {
  out += name;
  out += ' ';
  out += std::to_string(bytes.size());
  out += '\n';
  out += bytes;
  out += '\n';
}

template <typename Field, size_t N>
std::string mappingText(const ColumnMapping<Field>& mapping, const Field (&all)[N]) {
  std::string text = std::to_string(static_cast<int>(mapping.slashDates));
  for (const Field field : mapping.columns) {
    size_t index = 0;
    while (index < N && all[index] != field) ++index;
    text += ',' + std::to_string(index);
  }
  return text;
}

template <typename Field, size_t N>
std::optional<ColumnMapping<Field>> mappingFrom(std::string_view text, const Field (&all)[N]) {
  ColumnMapping<Field> mapping;
  std::vector<int> numbers;
  size_t at = 0;
  while (at <= text.size()) {
    const size_t comma = std::min(text.find(',', at), text.size());
    int value = -1;
    const auto [ptr, error] = std::from_chars(text.data() + at, text.data() + comma, value);
    if (error != std::errc() || ptr != text.data() + comma) return std::nullopt;
    numbers.push_back(value);
    at = comma + 1;
  }
  if (numbers.empty() || numbers[0] < 0 || numbers[0] > 2) return std::nullopt;
  mapping.slashDates = static_cast<SlashDates>(numbers[0]);
  for (size_t i = 1; i < numbers.size(); ++i) {
    if (numbers[i] < 0 || static_cast<size_t>(numbers[i]) >= N) return std::nullopt;
    mapping.columns.push_back(all[numbers[i]]);
  }
  return mapping;
}

}  // namespace

PackedAttributionRows attributionRowsParts(const StoredAttributionRows& rows) {
  PackedAttributionRows packed;
  // Everything small in one header text per CSV: the views below must not move, so the texts are
  // complete before any view is taken.
  std::string first(kHeader);
  writeBlock(first, "opportunities-file", rows.opportunitiesFile);
  writeBlock(first, "opportunity-mapping", mappingText(rows.opportunityMapping, kAllOpportunityFields));
  first += "opportunities " + std::to_string(rows.opportunitiesCsv.size()) + "\n";
  std::string second = "\n";
  writeBlock(second, "touchpoints-file", rows.touchpointsFile);
  writeBlock(second, "touch-mapping", mappingText(rows.touchMapping, kAllTouchFields));
  second += "touchpoints " + std::to_string(rows.touchpointsCsv.size()) + "\n";
  packed.headers = {std::move(first), std::move(second), "\n"};
  packed.parts = {packed.headers[0], rows.opportunitiesCsv, packed.headers[1], rows.touchpointsCsv, packed.headers[2]};
  return packed;
}

std::string packAttributionRows(const StoredAttributionRows& rows) {
  const PackedAttributionRows packed = attributionRowsParts(rows);
  size_t size = 0;
  for (const std::string_view part : packed.parts) size += part.size();
  std::string out;
  out.reserve(size);
  for (const std::string_view part : packed.parts) out += part;
  return out;
}

std::optional<StoredAttributionRows> unpackAttributionRows(std::string_view packed) {
  if (packed.substr(0, kHeader.size()) != kHeader) return std::nullopt;
  size_t at = kHeader.size();
  StoredAttributionRows rows;
  std::string opportunityMapping, touchMapping;
  if (!readBlock(packed, at, "opportunities-file", rows.opportunitiesFile) ||
      !readBlock(packed, at, "opportunity-mapping", opportunityMapping) ||
      !readBlock(packed, at, "opportunities", rows.opportunitiesCsv) ||
      !readBlock(packed, at, "touchpoints-file", rows.touchpointsFile) ||
      !readBlock(packed, at, "touch-mapping", touchMapping) || !readBlock(packed, at, "touchpoints", rows.touchpointsCsv) ||
      at != packed.size())
    return std::nullopt;
  auto opportunities = mappingFrom(opportunityMapping, kAllOpportunityFields);
  auto touches = mappingFrom(touchMapping, kAllTouchFields);
  if (!opportunities || !touches) return std::nullopt;
  rows.opportunityMapping = std::move(*opportunities);
  rows.touchMapping = std::move(*touches);
  return rows;
}

std::string attributionRowsKey(const std::string& planId) { return "attribution-rows:" + planId; }

}  // namespace gp
