// The change history a glossary term carries: what changed between two versions of a term, in
// words people read in the term's history list.
#pragma once

#include <vector>

#include "core/model/document.h"

namespace gp {

// One entry per changed field, in file order, stamped with `by` and `at`. `glossary` supplies
// names for replacedBy ids. Meta and history are not compared.
std::vector<TermChange> termChangesBetween(const GlossaryTerm& before, const GlossaryTerm& after, const Stamp& stamp,
                                           const std::vector<GlossaryTerm>& glossary);

// Appends `changes`, then drops the oldest entries beyond kMaxTermChanges.
void appendTermChanges(std::vector<TermChange>& history, const std::vector<TermChange>& changes);

}  // namespace gp
