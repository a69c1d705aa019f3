// What the attribution import reads a million rows with, without a string per row: CSV records
// read in place, name lookups over indexes, recognised values cached, amounts as exact micros.
// Internal to attribution_import.cpp (and its tests); not part of the import's API.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/text/date_time.h"

namespace gp::attribution_reading {

inline constexpr const char* kNotUtf8 = "the text is not valid UTF-8; save the file as CSV UTF-8";
inline constexpr int64_t kMaxAmountUnits = 1'000'000'000'000;  // a trillion: beyond any one deal
inline constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

// A cell's text for a message, in quotes: cut to 60 characters, bytes that are not UTF-8 as U+FFFD.
std::string quote(std::string_view text);
std::string withThousands(int64_t value);

enum class RecordRead { record, end, error };
struct SyntaxError {
  size_t column = 0;
  const char* problem = "";
};

// Reads the record starting at `at` into `cells` and moves `at` past it: the grammar and messages
// of parseCsv, without a string per cell. Cells are views into `text`; a quoted cell is unescaped
// in place (which only shortens it), so a record must never be read twice.
RecordRead readRecord(std::string& text, size_t& at, std::vector<std::string_view>& cells, SyntaxError& error);
// About how many records follow `bodyStart`, from the length of the first ones (text untouched).
size_t estimateRecords(std::string_view text, size_t bodyStart);
bool isBlankRecord(const std::vector<std::string_view>& cells);

// parseDateTime, quicker for the forms exports mostly write ("2027-01-31", "2027-01-31 09:30",
// "2027-01-31 09:30:15", "2027-01-31T09:30:15Z"); the same result for every text.
std::variant<DateTime, std::string> readDateTime(std::string_view text, SlashDates slashDates);

// "12500", "12,500.50", "$12,500", "12500 EUR" → micro-units, exactly: the digits are added up as
// integers, never through a double; a seventh decimal rounds half up. Or the problem's message.
std::variant<int64_t, std::string> parseAmount(std::string_view text);

// Names (ids, channels, campaigns) → their index, by open addressing. The names are copied into
// one block, next to nothing else, so a lookup among 100,000 ids touches two cache lines, not a
// string per name scattered over the heap.
class NameTable {
 public:
  void reserve(size_t names, size_t bytes) {
    if (names * 2 > slots_.size()) rehash(std::bit_ceil(std::max<size_t>(16, names * 2)));
    arena_.reserve(bytes);
  }
  uint32_t find(std::string_view name) const {
    if (slots_.empty()) return kNone;
    const uint32_t hash = hashOf(name);
    for (size_t at = hash & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[at];
      if (slot.index == kNone) return kNone;
      if (slot.hash == hash && std::string_view(arena_).substr(slot.offset, slot.length) == name) return slot.index;
    }
  }
  // Only for a name `find` did not find.
  void insert(std::string_view name, uint32_t index) {
    if ((count_ + 1) * 2 > slots_.size()) rehash(std::max<size_t>(16, slots_.size() * 2));
    place(Slot{index, hashOf(name), static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(name.size())});
    arena_ += name;
    ++count_;
  }
  void clear() {
    slots_ = {};
    arena_ = {};
    count_ = 0;
  }

 private:
  struct Slot {
    uint32_t index = kNone;
    uint32_t hash = 0;  // kept, so growing reads no name
    uint32_t offset = 0, length = 0;
  };
  static uint32_t hashOf(std::string_view name) {
    // size_t is 32 bits in WebAssembly: widen before folding the upper half in.
    const uint64_t hash = std::hash<std::string_view>{}(name);
    return static_cast<uint32_t>(hash ^ (hash >> 32));
  }
  void place(Slot slot) {
    size_t at = slot.hash & (slots_.size() - 1);
    while (slots_[at].index != kNone) at = (at + 1) & (slots_.size() - 1);
    slots_[at] = slot;
  }
  void rehash(size_t capacity) {
    std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(capacity));
    for (const Slot& slot : old)
      if (slot.index != kNone) place(slot);
  }
  std::vector<Slot> slots_;
  std::string arena_;
  size_t count_ = 0;
};

// The few distinct values of a stage, team or milestone column, recognised once each.
template <typename Value>
class ValueCache {
 public:
  template <typename Recognise>
  std::optional<Value> get(std::string_view text, Recognise recognise) {
    for (const auto& [key, value] : entries_)
      if (key == text) return value;
    const std::optional<Value> value = recognise(text);
    if (entries_.size() < 64) entries_.emplace_back(std::string(text), value);
    return value;
  }

 private:
  std::vector<std::pair<std::string, std::optional<Value>>> entries_;
};

}  // namespace gp::attribution_reading
