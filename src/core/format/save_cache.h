// Saving the same plan again and again (the autosave): a big glossary's terms are written as text
// once and kept, with a copy of each term, so a save after a small edit writes only the terms that
// changed. The bytes are exactly saveDocument's.
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
  std::string save(const Document& doc) { return savePieces(doc).joined(); }
  const SavedText& savePieces(const Document& doc);

  // Terms written since the cache was made: what the last save could not take from the cache.
  size_t termsWritten() const { return termsWritten_; }

 private:
  struct WrittenTerm {
    GlossaryTerm term;
    std::string text;  // as it stands in the file, indented for its place in the glossary list
    uint64_t generation = 0;  // the last save that used it
  };
  std::unordered_map<std::string, WrittenTerm> terms_;  // by term id
  std::list<std::string> spare_;  // texts of a save's terms that share an id with an earlier one
  std::string rest_;              // the plan but its terms
  SavedText saved_;
  uint64_t generation_ = 0;
  size_t termsWritten_ = 0;
};

}  // namespace gp
