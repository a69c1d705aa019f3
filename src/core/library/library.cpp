#include "core/library/library.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/model/document.h"
#include "core/text/date_time.h"
#include "core/text/text_fold.h"

namespace gp {

namespace {

std::string stringField(const nlohmann::json& object, const char* name) {
  const auto found = object.find(name);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

double numberField(const nlohmann::json& object, const char* name, double otherwise) {
  const auto found = object.find(name);
  return found != object.end() && found->is_number() ? found->get<double>() : otherwise;
}

// Every word of the query appears in one of the entry's texts.
bool matches(const LibraryEntry& entry, const std::vector<std::string>& words) {
  const std::string haystack =
      foldCase(entry.title + "\n" + entry.company + "\n" + entry.changedBy + "\n" + entry.fileName);
  return std::all_of(words.begin(), words.end(),
                     [&](const std::string& word) { return haystack.find(word) != std::string::npos; });
}

std::vector<std::string> queryWords(std::string_view query) {
  std::vector<std::string> words;
  const std::string folded = foldCase(query);
  size_t at = 0;
  while (at < folded.size()) {
    const size_t end = std::min(folded.find(' ', at), folded.size());
    if (end > at) words.push_back(folded.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

}  // namespace

std::optional<LibraryListing> readLibraryListing(std::string_view json, std::string& error) {
  const nlohmann::json root = nlohmann::json::parse(json, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    error = "the library listing is not a JSON object";
    return std::nullopt;
  }
  const auto entries = root.find("entries");
  if (entries == root.end() || !entries->is_array()) {
    error = "entries: expected an array";
    return std::nullopt;
  }
  LibraryListing listing;
  listing.usage = numberField(root, "usage", -1);
  listing.quota = numberField(root, "quota", -1);
  const auto persisted = root.find("persisted");
  listing.persisted = persisted != root.end() && persisted->is_boolean() && persisted->get<bool>();
  listing.current = stringField(root, "current");
  listing.trouble = stringField(root, "error");
  for (const auto& item : *entries) {
    if (!item.is_object()) continue;
    LibraryEntry entry;
    entry.key = stringField(item, "key");
    if (entry.key.empty()) continue;
    entry.title = stringField(item, "title");
    entry.company = stringField(item, "company");
    entry.changedBy = stringField(item, "changedBy");
    entry.changedAt = stringField(item, "changedAt");
    entry.fileName = stringField(item, "fileName");
    entry.deletedAt = stringField(item, "deletedAt");
    entry.problem = stringField(item, "problem");
    entry.bytes = std::max(0.0, numberField(item, "bytes", 0));
    const auto unsaved = item.find("unsaved");
    entry.unsaved = unsaved != item.end() && unsaved->is_boolean() && unsaved->get<bool>();
    listing.entries.push_back(std::move(entry));
  }
  return listing;
}

LibraryFacts libraryFacts(const Document& doc) {
  LibraryFacts facts{doc.plan.title, doc.plan.company, doc.plan.meta.modified.by, doc.plan.meta.modified.at};
  // The latest recorded write of any part of the plan says who changed it last.
  for (const auto& [dot, author] : doc.sync.authors) {
    if (author.at > facts.changedAt) {
      facts.changedAt = author.at;
      facts.changedBy = author.by;
    }
  }
  return facts;
}

std::string libraryFactsJson(const LibraryFacts& facts) {
  return nlohmann::json{{"title", facts.title},
                        {"company", facts.company},
                        {"changedBy", facts.changedBy},
                        {"changedAt", facts.changedAt}}
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<const LibraryEntry*> libraryPlans(const LibraryListing& listing, std::string_view query, LibrarySort sort) {
  const std::vector<std::string> words = queryWords(query);
  std::vector<const LibraryEntry*> plans;
  for (const auto& entry : listing.entries)
    if (!entry.damaged() && !entry.trashed() && matches(entry, words)) plans.push_back(&entry);
  const auto byTitle = [](const LibraryEntry* a, const LibraryEntry* b) {
    const std::string x = foldCase(a->title), y = foldCase(b->title);
    return x != y ? x < y : a->key < b->key;
  };
  switch (sort) {
    case LibrarySort::lastChange:
      std::stable_sort(plans.begin(), plans.end(), [&](auto* a, auto* b) {
        return a->changedAt != b->changedAt ? a->changedAt > b->changedAt : byTitle(a, b);
      });
      break;
    case LibrarySort::title:
      std::stable_sort(plans.begin(), plans.end(), byTitle);
      break;
    case LibrarySort::company:
      std::stable_sort(plans.begin(), plans.end(), [&](auto* a, auto* b) {
        const std::string x = foldCase(a->company), y = foldCase(b->company);
        if (x.empty() != y.empty()) return y.empty();  // plans without a company last
        return x != y ? x < y : byTitle(a, b);
      });
      break;
    case LibrarySort::size:
      std::stable_sort(plans.begin(), plans.end(), [&](auto* a, auto* b) {
        return a->bytes != b->bytes ? a->bytes > b->bytes : byTitle(a, b);
      });
      break;
  }
  return plans;
}

std::vector<const LibraryEntry*> trashedPlans(const LibraryListing& listing) {
  std::vector<const LibraryEntry*> plans;
  for (const auto& entry : listing.entries)
    if (entry.trashed()) plans.push_back(&entry);
  std::stable_sort(plans.begin(), plans.end(), [](auto* a, auto* b) { return a->deletedAt > b->deletedAt; });
  return plans;
}

std::vector<const LibraryEntry*> damagedEntries(const LibraryListing& listing) {
  std::vector<const LibraryEntry*> entries;
  for (const auto& entry : listing.entries)
    if (entry.damaged()) entries.push_back(&entry);
  std::stable_sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->key < b->key; });
  return entries;
}

int trashDaysLeft(std::string_view deletedAt, std::string_view now) {
  const auto deleted = parseDateTime(deletedAt, SlashDates::unambiguousOnly);
  const auto current = parseDateTime(now, SlashDates::unambiguousOnly);
  if (!std::holds_alternative<DateTime>(deleted) || !std::holds_alternative<DateTime>(current)) return kTrashDays;
  constexpr int64_t kDay = 24 * 60 * 60;
  const int64_t elapsed = std::get<DateTime>(current).seconds - std::get<DateTime>(deleted).seconds;
  if (elapsed < 0) return kTrashDays;  // a clock set back: keep the whole time
  const int64_t left = (kTrashDays * kDay - elapsed + kDay - 1) / kDay;  // a day begun counts
  return static_cast<int>(std::clamp<int64_t>(left, 0, kTrashDays));
}

std::vector<std::string> expiredTrash(const LibraryListing& listing, std::string_view now) {
  std::vector<std::string> keys;
  for (const auto& entry : listing.entries)
    if (entry.trashed() && trashDaysLeft(entry.deletedAt, now) == 0) keys.push_back(entry.key);
  return keys;
}

std::string shownTitle(std::string_view title) { return title.empty() ? std::string("Untitled plan") : std::string(title); }

std::string storageSizeText(double bytes) {
  char text[32];
  if (bytes >= 1e9) std::snprintf(text, sizeof text, "%.1f GB", bytes / 1e9);
  else if (bytes >= 1e6) std::snprintf(text, sizeof text, "%.1f MB", bytes / 1e6);
  else if (bytes >= 1e3) std::snprintf(text, sizeof text, "%.0f KB", bytes / 1e3);
  else std::snprintf(text, sizeof text, "%.0f bytes", bytes);
  return text;
}

}  // namespace gp
