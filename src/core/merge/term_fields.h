// Two versions of a glossary term compared field by field as their JSON (format_writer's term
// JSON) would compare, without building it: what a merge asks of the terms one copy changed
// (glossary_split.h). Exact only for terms whose text is all valid UTF-8, since the JSON replaces
// invalid bytes: callers check termTextIsValid first, and merge other terms as JSON.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/merge/merge.h"
#include "core/model/document.h"

namespace gp {

// Every string of the term is valid UTF-8.
bool termTextIsValid(const GlossaryTerm&);

// What TreeValues (merge.h) answers at `rest`, a path below the term ("" for the term itself),
// when the merged term is the `merged` side's version.
PathValues termValuesAt(const GlossaryTerm& ours, const GlossaryTerm& theirs, Side merged, std::string_view rest);

// countDifferences (record_changes.h) of the two versions' JSON.
size_t termDifferences(const GlossaryTerm& before, const GlossaryTerm& after);

}  // namespace gp
