// What a plan file carries so two copies can be merged without their common ancestor: a version
// clock per copy ("replica") and, per path (json_paths.h), which replica's save last wrote it.
// A copy changed a path since the other copy saw it exactly when that write is not covered by the
// other copy's clock. Deleted entities leave the clock they were deleted at.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>


namespace gp {

struct Dot {
  std::string replica;
  uint64_t counter = 0;
  bool operator==(const Dot&) const = default;
  // Explicit: emscripten's standard library has no three-way comparison of strings.
  bool operator<(const Dot& other) const {
    return counter != other.counter ? counter < other.counter : replica < other.replica;
  }
};

using VersionClock = std::map<std::string, uint64_t>;  // replica -> highest counter seen

// Who made a write (a save of edits), so every field can say who last changed it and when.
struct WriteAuthor {
  std::string by;
  std::string at;    // ISO 8601 UTC
  std::string team;  // "marketing", ... or "" when not known
  bool operator==(const WriteAuthor&) const = default;
};

struct SyncState {
  VersionClock clock;
  std::map<std::string, Dot> writes;            // path -> last write at or below it
  std::map<std::string, VersionClock> deleted;  // entity path -> clock when it was deleted
  std::map<std::string, WriteAuthor> authors;   // dotText -> who wrote it; only dots still in `writes`
  bool operator==(const SyncState&) const = default;
};

// Who last changed `path` (a field, or an entity written whole), when recorded.
std::optional<WriteAuthor> lastWriter(const SyncState&, const std::string& path);
// Drops authors of writes that no later write left standing.
void pruneAuthors(SyncState&);

bool covers(const VersionClock&, const Dot&);
void mergeClockInto(VersionClock& into, const VersionClock& other);

// The write that set `path`: its own, else its nearest ancestor's (a new entity is one write).
std::optional<Dot> effectiveWrite(const SyncState&, const std::string& path);
// True when this copy wrote at, above (effective write) or below `path` anything `other` has not seen.
bool wroteUnseen(const SyncState&, const std::string& path, const VersionClock& other);
// The write that covers `path` whole (at it or an entity above it) is one `other` has not seen.
bool wroteWholeUnseen(const SyncState&, const std::string& path, const VersionClock& other);
// True when `entityPath` or an entity containing it was deleted in this copy.
bool wasDeleted(const SyncState&, const std::string& entityPath);

// "r7k2:12" <-> Dot.
std::string dotText(const Dot&);
std::optional<Dot> dotFromText(const std::string&);

}  // namespace gp
