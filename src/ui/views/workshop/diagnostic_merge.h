// Diagnostic answers arriving in the open plan (pasted links, a dropped answer file, an answer link
// the page was opened with): recorded as one undo step and told in a sentence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/workshop/diagnostic_answers.h"
#include "ui/app_state.h"

namespace gp::ui {

// "Merged 3 answers into “Kick-off”: 2 new, 1 replaced" (what the notice says).
std::string mergeSummary(const std::vector<DiagnosticSubmission>&, const DiagnosticMergeResult&);

// Records `answers`, tells the person what changed (with Undo) and opens the Diagnostic page on
// their round.
DiagnosticMergeResult mergeDiagnosticAnswers(UiContext& ui, const std::vector<DiagnosticSubmission>& answers);
// The same for an answer file (looksLikeAnswerFile) opened or dropped anywhere in the app; a file
// that cannot be read is explained.
void mergeAnswerFile(UiContext& ui, std::string_view text, const std::string& fileName);

}  // namespace gp::ui
