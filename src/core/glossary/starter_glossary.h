// The glossary a new plan can start from: common words of B2B sales and marketing, written by the
// Growth Plan Studio team, with the way each team typically reads them.
#pragma once

#include <vector>

#include "core/model/document.h"

namespace gp {

// Thirty terms, all "proposed", with a suggested definition (GlossaryTerm::definition) for the
// teams to edit and agree. Ids and stamps are empty; relatedTermIds hold the related terms' NAMES
// (History::addStarterGlossary turns them into ids).
std::vector<GlossaryTerm> starterGlossary();

}  // namespace gp
