// Lookup of an enum's file name and display label in one table, e.g.
//   constexpr NamedValue<DealOutcome> kOutcomes[] = {{DealOutcome::won, "won", "Won"}, ...};
//   nameIn(kOutcomes, DealOutcome::won) == "won"
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace gp {

template <typename Enum>
struct NamedValue {
  Enum value;
  const char* name;   // stable, lowercase, as files hold it
  const char* label;  // for people
};

// Unknown values fall back to the table's first entry.
template <typename Enum, size_t N>
const char* nameIn(const NamedValue<Enum> (&table)[N], Enum value) {
  for (const auto& entry : table)
    if (entry.value == value) return entry.name;
  return table[0].name;
}

template <typename Enum, size_t N>
const char* labelIn(const NamedValue<Enum> (&table)[N], Enum value) {
  for (const auto& entry : table)
    if (entry.value == value) return entry.label;
  return table[0].label;
}

template <typename Enum, size_t N>
std::optional<Enum> valueNamed(const NamedValue<Enum> (&table)[N], std::string_view name) {
  for (const auto& entry : table)
    if (name == entry.name) return entry.value;
  return std::nullopt;
}

}  // namespace gp
