// Diagnostic answers arriving in the open plan (pasted links, a dropped answer file, an answer link
// the page was opened with): recorded as one undo step and told in a sentence.
#pragma once

#include <string>
#include <vector>

#include "core/workshop/diagnostic_answers.h"
#include "ui/app_state.h"

namespace gp::ui {

// "Merged 3 answers into “Kick-off”: 2 new, 1 replaced" (what the notice says).
std::string mergeSummary(const std::vector<DiagnosticSubmission>&, const DiagnosticMergeResult&);

// Records `answers`, tells the person what changed (with Undo) and opens the Diagnostic page on
// their round.
DiagnosticMergeResult mergeDiagnosticAnswers(UiContext& ui, const std::vector<DiagnosticSubmission>& answers);

}  // namespace gp::ui
