// Saving the same plan again and again (the autosave): a big glossary's terms are written as text
// once and kept, with a copy of each term, so a save after a small edit writes only the terms that
// changed. A caller that knows which terms changed since its last save (History's term change
// log) says so, and only those are compared. The bytes are exactly saveDocument's.
#pragma once

#include <cstdint>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model/document.h"

namespace gp {

// A saved plan's text as pieces in order, pointing into the cache that wrote them: valid until
// that cache saves again. Saves a copy of megabytes where the pieces can be copied out directly.
struct SavedText {
  std::vector<std::string_view> pieces;
  size_t bytes = 0;

  std::string joined() const;
  // Copies up to `max` bytes from byte `from` on into `out` (after what it holds); returns how many.
  size_t copy(size_t from, size_t max, std::string& out) const;
};

class SaveCache {
 public:
  SaveCache() = default;
  // A copy keeps the terms' texts but not the last save's pieces, which point into the original.
  SaveCache(const SaveCache&);
  SaveCache& operator=(const SaveCache&);
  SaveCache(SaveCache&&) noexcept = default;
  SaveCache& operator=(SaveCache&&) noexcept = default;

  std::string save(const Document& doc) { return savePieces(doc).joined(); }
  // `changedTerms`: the ids of every term that may differ from this cache's last save of the same
  // plan (repeats allowed); the others are taken as they were. Null: every term is compared.
  const SavedText& savePieces(const Document& doc, const std::vector<std::string>* changedTerms = nullptr);

  // Terms written since the cache was made: what the last save could not take from the cache.
  size_t termsWritten() const { return termsWritten_; }
  // Terms compared with their cached copy since the cache was made.
  size_t termsCompared() const { return termsCompared_; }

 private:
  struct WrittenTerm {
    GlossaryTerm term;
    std::string text;  // as it stands in the file, indented for its place in the glossary list
    uint64_t generation = 0;  // the last save that used it
    bool changed = false;     // named as changed since the last save
  };
  using Terms = std::unordered_map<std::string, WrittenTerm>;
  using Entry = Terms::value_type;
  Terms terms_;  // by term id
  // The last save's terms in order, into terms_ (its nodes stay put): a term at the same place as
  // last time is found without hashing its id.
  std::vector<Entry*> order_;
  std::list<std::string> spare_;  // texts of a save's terms that share an id with an earlier one
  std::string rest_;              // the plan but its terms
  SavedText saved_;
  uint64_t generation_ = 0;
  size_t termsWritten_ = 0;
  size_t termsCompared_ = 0;
};

}  // namespace gp
