#include "core/merge/sync_state.h"

#include <set>

#include <charconv>

#include "core/format/json_paths.h"

namespace gp {


bool covers(const VersionClock& clock, const Dot& dot) {
  auto it = clock.find(dot.replica);
  return it != clock.end() && it->second >= dot.counter;
}

void mergeClockInto(VersionClock& into, const VersionClock& other) {
  for (const auto& [replica, counter] : other) into[replica] = std::max(into[replica], counter);
}

std::optional<Dot> effectiveWrite(const SyncState& sync, const std::string& path) {
  std::string prefix = path;
  for (;;) {
    auto it = sync.writes.find(prefix);
    if (it != sync.writes.end()) return it->second;
    const size_t slash = prefix.rfind('/');
    if (slash == std::string::npos) return std::nullopt;
    prefix.resize(slash);
  }
}

bool wroteWholeUnseen(const SyncState& sync, const std::string& path, const VersionClock& other) {
  const std::optional<Dot> dot = effectiveWrite(sync, path);
  return dot && !covers(other, *dot);
}

bool wroteUnseen(const SyncState& sync, const std::string& path, const VersionClock& other) {
  if (wroteWholeUnseen(sync, path, other)) return true;
  for (auto it = sync.writes.lower_bound(path); it != sync.writes.end() && it->first.starts_with(path); ++it)
    if (isWithin(it->first, path) && !covers(other, it->second)) return true;
  return false;
}

bool wasDeleted(const SyncState& sync, const std::string& entityPath) {
  std::string prefix = entityPath;
  for (;;) {
    if (sync.deleted.count(prefix)) return true;
    const size_t slash = prefix.rfind('/');
    if (slash == std::string::npos) return false;
    prefix.resize(slash);
  }
}

std::string dotText(const Dot& dot) { return dot.replica + ":" + std::to_string(dot.counter); }

std::optional<Dot> dotFromText(const std::string& text) {
  const size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return std::nullopt;
  Dot dot;
  dot.replica = text.substr(0, colon);
  const char* first = text.data() + colon + 1;
  const char* last = text.data() + text.size();
  auto [end, error] = std::from_chars(first, last, dot.counter);
  if (error != std::errc() || end != last || dot.counter == 0) return std::nullopt;
  return dot;
}

std::optional<WriteAuthor> lastWriter(const SyncState& sync, const std::string& path) {
  const std::optional<Dot> dot = effectiveWrite(sync, path);
  if (!dot) return std::nullopt;
  const auto found = sync.authors.find(dotText(*dot));
  if (found == sync.authors.end()) return std::nullopt;
  return found->second;
}

void pruneAuthors(SyncState& sync) {
  if (sync.authors.empty()) return;
  std::set<std::string> standing;
  for (const auto& [path, dot] : sync.writes) standing.insert(dotText(dot));
  std::erase_if(sync.authors, [&](const auto& entry) { return !standing.count(entry.first); });
}

}  // namespace gp
