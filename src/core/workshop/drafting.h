// Private drafting with a reveal: people answer a prompt ("Each team writes its definition of an
// SQL") on their own devices; answers stay hidden until the facilitator reveals them, then show
// side by side per team and can become the linked term's marketing or sales definition.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/document.h"

namespace gp {

class History;
struct EditContext;

inline constexpr size_t kMaxDraftLength = 4000;  // bytes of one answer
inline constexpr size_t kMaxQuestionLength = 400;

struct DraftTeamColumn {
  Team team = Team::other;
  std::vector<const DraftAnswer*> answers;  // oldest first
};

// Answers grouped by team (marketing, sales, leadership, other; teams without answers left out);
// empty while the prompt is not revealed, unless asked as facilitator.
std::vector<DraftTeamColumn> draftColumns(const DraftPrompt& prompt, bool asFacilitator = false);

// "" when the answer can go into a prompt, otherwise why (empty text, too long, bad key).
std::string draftAnswerProblem(const DraftAnswer& answer);

const DraftPrompt* findDraftPrompt(const Document& doc, std::string_view id);

// Which of a term's side-by-side definitions an answer becomes.
enum class DefinitionSide { marketing, sales };

// Sets the linked term's marketing or sales definition to `respondent`'s answer, through
// History::updateTerm (one undo step, recorded in the term's history). False with `problem` set
// when the prompt, its term or the answer is missing.
bool useDraftAnswer(History& history, const std::string& promptId, const std::string& respondent, DefinitionSide side,
                    const EditContext& context, std::string& problem);

}  // namespace gp
