// The plans this browser keeps (the Library view). The page lists its storage as JSON; this reads
// that listing, searches and sorts it, says how long a deleted plan stays in the trash, and makes
// the facts an autosave stores beside each plan (title, company, who changed it last).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gp {

struct Document;

constexpr int kTrashDays = 30;

// What an entry of the library shows; `key` is the page's storage key.
struct LibraryEntry {
  std::string key;
  std::string title, company, changedBy, changedAt, fileName;  // changedAt: ISO 8601 UTC
  double bytes = 0;
  bool unsaved = false;    // changed since it was last saved to a file
  std::string deletedAt;   // in the trash since (ISO 8601 UTC); "" when not deleted
  std::string problem;     // why it cannot be opened; "" for a healthy plan
  bool damaged() const { return !problem.empty(); }
  bool trashed() const { return !deletedAt.empty() && !damaged(); }
};

struct LibraryListing {
  std::vector<LibraryEntry> entries;
  double usage = -1, quota = -1;  // bytes this site stores and may store; -1 when unknown
  bool persisted = false;         // the browser keeps this site's storage until the person clears it
  std::string current;            // the key of the plan open in this tab
  std::string trouble;            // why the storage could not be listed ("storage is blocked…"); "" when it was
};

// The page's listing: {"entries": [{key, title, …}], "usage", "quota", "persisted"}. A malformed
// listing gives nullopt and says why in `error`; an entry without a key is skipped.
std::optional<LibraryListing> readLibraryListing(std::string_view json, std::string& error);

// Stored beside each plan, so the library is listed without reading every plan.
struct LibraryFacts {
  std::string title, company, changedBy, changedAt;
};
LibraryFacts libraryFacts(const Document&);
std::string libraryFactsJson(const LibraryFacts&);

enum class LibrarySort { lastChange, title, company, size };
// Plans that are neither deleted nor damaged, matching `query` (any word of title, company, who
// changed it or file name, case folded), in `sort` order (last change and size: largest first).
std::vector<const LibraryEntry*> libraryPlans(const LibraryListing&, std::string_view query, LibrarySort);
// Deleted plans, most recently deleted first, and damaged entries in key order.
std::vector<const LibraryEntry*> trashedPlans(const LibraryListing&);
std::vector<const LibraryEntry*> damagedEntries(const LibraryListing&);

// Whole days a plan deleted at `deletedAt` has left in the trash at `now` (0 once it is due to go;
// kTrashDays for an unreadable time, so nothing is removed by mistake).
int trashDaysLeft(std::string_view deletedAt, std::string_view now);
// Keys of the deleted plans whose 30 days are over at `now`: the page removes them for good.
std::vector<std::string> expiredTrash(const LibraryListing&, std::string_view now);

// The title as lists, messages and the window show it: "Untitled plan" for none.
std::string shownTitle(std::string_view title);

// "2.4 MB", "830 KB", "120 bytes".
std::string storageSizeText(double bytes);

}  // namespace gp
