// Finding entities by id in a list asked many times between changes: a frame of the glossary
// looks up the selected term a dozen times, and a linear search of 10,000 terms each time cost
// a quarter of the frame. The ids' hashes, sorted, are built again when the list's revision
// changes. Every answer is checked against the list itself, so an index that is out of date
// (asked before the revision moved on) can only miss, and then the list is searched as before.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gp {

class IdIndex {
 public:
  // The index of the first entity of `list` with `id`, as a search from the front finds it.
  template <typename T>
  std::optional<size_t> find(const std::vector<T>& list, const std::string& id, uint64_t revision) const {
    if (revision != revision_ || entries_.size() != list.size()) rebuild(list, revision);
    const auto hash = std::hash<std::string_view>{}(id);
    const auto low = std::lower_bound(entries_.begin(), entries_.end(), Entry{hash, 0});
    for (auto entry = low; entry != entries_.end() && entry->first == hash; ++entry)
      if (entry->second < list.size() && list[entry->second].meta.id == id) return entry->second;  // sorted: the first
    for (size_t i = 0; i < list.size(); ++i)  // not indexed: absent, or the index is out of date
      if (list[i].meta.id == id) return i;
    return std::nullopt;
  }

 private:
  using Entry = std::pair<size_t, size_t>;  // hash of the id, index in the list

  template <typename T>
  void rebuild(const std::vector<T>& list, uint64_t revision) const {
    entries_.clear();
    entries_.reserve(list.size());
    for (size_t i = 0; i < list.size(); ++i) entries_.emplace_back(std::hash<std::string_view>{}(list[i].meta.id), i);
    std::sort(entries_.begin(), entries_.end());
    revision_ = revision;
  }

  mutable std::vector<Entry> entries_;
  mutable uint64_t revision_ = UINT64_MAX;
};

}  // namespace gp
