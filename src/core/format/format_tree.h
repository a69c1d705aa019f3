// The file format as a JSON tree, for merging: building and reading a plan's tree without
// writing its text and parsing it again.
#pragma once

#include <functional>

#include <nlohmann/json.hpp>

#include "core/format/format.h"

namespace gp {

// The tree saveDocument writes as text; without the merge bookkeeping (conflicts, sync) when
// `withBookkeeping` is false.
nlohmann::ordered_json documentJson(const Document&, bool withBookkeeping = true);

// documentJson with an empty glossary list and no "sync" section (the last key when present), for a
// writer that writes the terms and the version clocks itself (SaveCache).
nlohmann::ordered_json documentJsonWithoutGlossaryOrSync(const Document&);

// What nlohmann::ordered_json::parse(saveDocument(doc)) gives (bookkeeping left out as above),
// mostly without the text: numbers typed as parsed, invalid UTF-8 replaced.
nlohmann::ordered_json reparsedDocumentJson(const Document&, bool withBookkeeping = true);

// reparsedDocumentJson without the merge bookkeeping, whose glossary holds only the terms
// `keepTerm` accepts (a merge leaves out the terms both copies hold alike).
nlohmann::ordered_json reparsedContentJson(const Document&, const std::function<bool(const GlossaryTerm&)>& keepTerm);

// Exactly loadDocument(tree.dump(2, ' ', false, replace)), mostly without the text.
LoadResult loadDocumentJson(nlohmann::ordered_json tree);

}  // namespace gp
