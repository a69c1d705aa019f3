#include "core/format/save_cache.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/format/format.h"
#include "core/format/format_entities.h"
#include "core/format/format_sync.h"
#include "core/format/format_tree.h"
#include "core/format/sync_text.h"

namespace gp {

namespace {

using Json = nlohmann::ordered_json;

// A term as saveDocument writes it inside the top-level "glossary" list: every line indented by
// two levels. Raw line breaks only ever separate JSON tokens (strings escape theirs).
std::string termText(const GlossaryTerm& term) {
  const std::string alone = entityJson(term).dump(2, ' ', false, Json::error_handler_t::replace);
  std::string text;
  text.reserve(alone.size() + alone.size() / 8);
  text += "    ";
  for (char c : alone) {
    text += c;
    if (c == '\n') text += "    ";
  }
  return text;
}

}  // namespace

std::string SavedText::joined() const {
  std::string text;
  text.reserve(bytes);
  for (std::string_view piece : pieces) text += piece;
  return text;
}

size_t SavedText::copy(size_t from, size_t max, std::string& out) const {
  size_t copied = 0;
  size_t at = 0;  // where the current piece starts in the text
  for (std::string_view piece : pieces) {
    if (copied == max) break;
    if (from < at + piece.size()) {
      const size_t start = from > at ? from - at : 0;
      const size_t count = std::min(piece.size() - start, max - copied);
      out.append(piece.substr(start, count));
      copied += count;
    }
    at += piece.size();
  }
  return copied;
}

SaveCache::SaveCache(const SaveCache& other)
    : terms_(other.terms_), generation_(other.generation_), termsWritten_(other.termsWritten_),
      termsCompared_(other.termsCompared_) {}

SaveCache& SaveCache::operator=(const SaveCache& other) {
  if (this != &other) *this = SaveCache(other);
  return *this;
}

const SavedText& SaveCache::savePieces(const Document& doc, const std::vector<std::string>* changedTerms) {
  saved_ = SavedText{};
  spare_.clear();
  // First of all: a save that ends early must not lose what the caller said changed.
  if (changedTerms)
    for (const std::string& id : *changedTerms)
      if (const auto cached = terms_.find(id); cached != terms_.end()) cached->second.changed = true;
  const auto wholeText = [&]() -> const SavedText& {
    rest_ = saveDocument(doc);
    saved_.pieces.push_back(rest_);
    saved_.bytes = rest_.size();
    return saved_;
  };
  if (doc.glossary.empty()) {
    terms_.clear();
    order_.clear();
    return wholeText();
  }
  // The rest of the plan, with an empty glossary where the terms go. The top-level key is the only
  // line that starts with exactly two spaces and "glossary": nested keys are indented deeper, and
  // string values hold no raw line breaks.
  rest_ = documentJsonWithoutGlossaryOrSync(doc).dump(2, ' ', false, Json::error_handler_t::replace);
  // The version clocks are the last key, written straight as text: a write per term otherwise
  // costs a JSON tree of ten thousand members at every save.
  if (!isEmpty(doc.sync) && rest_.ends_with("\n}")) {
    rest_.resize(rest_.size() - 2);
    rest_ += ",\n  \"sync\": ";
    appendSyncText(doc.sync, rest_);
    rest_ += "\n}";
  } else if (!isEmpty(doc.sync)) {
    return wholeText();  // cannot happen: a plan's text ends with its closing brace
  }
  rest_ += "\n";
  static constexpr std::string_view kPlace = "\n  \"glossary\": []";
  const size_t place = rest_.find(kPlace);
  if (place == std::string::npos) return wholeText();  // cannot happen: documentJson writes the key
  const size_t listAt = place + kPlace.size() - 2;
  const std::string_view rest = rest_;
  saved_.pieces.reserve(2 * doc.glossary.size() + 3);
  saved_.pieces.push_back(rest.substr(0, listAt));
  saved_.pieces.push_back("[\n");

  // Each term's text, written again only when the term changed; terms no longer in the plan go.
  ++generation_;
  std::vector<Entry*> order;
  order.reserve(doc.glossary.size());
  for (size_t i = 0; i < doc.glossary.size(); ++i) {
    const GlossaryTerm& term = doc.glossary[i];
    if (i > 0) saved_.pieces.push_back(",\n");
    Entry* entry = i < order_.size() && order_[i]->first == term.meta.id ? order_[i] : nullptr;
    bool added = false;
    if (!entry) {
      auto [cached, isNew] = terms_.try_emplace(term.meta.id);
      entry = &*cached;
      added = isNew;
    }
    order.push_back(entry);
    WrittenTerm& written = entry->second;
    // A second term with the same id (a hand-edited file) is written afresh, never cached.
    if (written.generation == generation_) {
      spare_.push_back(termText(term));
      saved_.pieces.push_back(spare_.back());
      ++termsWritten_;
      continue;
    }
    const bool compare = !added && (!changedTerms || written.changed);
    if (compare) ++termsCompared_;
    if (added || (compare && !(written.term == term))) {
      written.term = term;
      written.text = termText(term);
      ++termsWritten_;
    }
    written.changed = false;
    written.generation = generation_;
    saved_.pieces.push_back(written.text);
  }
  if (terms_.size() > doc.glossary.size())
    std::erase_if(terms_, [&](const auto& entry) { return entry.second.generation != generation_; });
  order_ = std::move(order);
  saved_.pieces.push_back("\n  ]");
  saved_.pieces.push_back(rest.substr(listAt + 2));
  for (std::string_view piece : saved_.pieces) saved_.bytes += piece.size();
  return saved_;
}

}  // namespace gp
