// Looking terms up in the glossary, and the funnel stages that speak it.
#pragma once

#include <string>
#include <string_view>

#include "core/model/document.h"

namespace gp {

// Position of the term with this id, or -1.
int findTermIndexById(const std::vector<GlossaryTerm>& glossary, std::string_view id);

// The term whose name, or failing that one of whose aliases, equals `word` ignoring case and
// surrounding spaces ("mql", "Marketing qualified lead"); -1 when none does. Names win over
// aliases so a term can never be shadowed by another term's alias.
int findTermIndexByName(const std::vector<GlossaryTerm>& glossary, std::string_view word);

// The name to show for a funnel stage: its linked term's name when the link resolves to a named
// term, otherwise the name stored in the stage.
std::string stageDisplayName(const Document& doc, const FunnelStage& stage);

}  // namespace gp
