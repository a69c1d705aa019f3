#include "core/workshop/drafting.h"

#include <algorithm>

#include "core/session/history.h"
#include "core/text/text_trim.h"
#include "core/text/utf8.h"

namespace gp {

namespace {

bool isWellFormedUtf8(std::string_view text) {
  for (size_t at = 0; at < text.size();) {
    const size_t length = utf8SequenceLength(text, at);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

}  // namespace

std::vector<DraftTeamColumn> draftColumns(const DraftPrompt& prompt, bool asFacilitator) {
  std::vector<DraftTeamColumn> columns;
  if (!prompt.revealed && !asFacilitator) return columns;
  for (const Team team : kAllTeams) {
    DraftTeamColumn column{team, {}};
    for (const auto& answer : prompt.answers)
      if (answer.team == team) column.answers.push_back(&answer);
    std::stable_sort(column.answers.begin(), column.answers.end(),
                     [](const DraftAnswer* a, const DraftAnswer* b) { return a->at < b->at; });
    if (!column.answers.empty()) columns.push_back(std::move(column));
  }
  return columns;
}

std::string draftAnswerProblem(const DraftAnswer& answer) {
  if (answer.respondent.size() != 16 ||
      !std::all_of(answer.respondent.begin(), answer.respondent.end(),
                   [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }))
    return "its respondent is not a key of 16 hex digits";
  if (isBlank(answer.text)) return "its text is empty";
  if (answer.text.size() > kMaxDraftLength)
    return "its text is longer than " + std::to_string(kMaxDraftLength) + " characters";
  if (!isWellFormedUtf8(answer.text)) return "its text is not valid UTF-8";
  return {};
}

const DraftPrompt* findDraftPrompt(const Document& doc, std::string_view id) {
  for (const auto& prompt : doc.draftPrompts)
    if (prompt.meta.id == id) return &prompt;
  return nullptr;
}

bool useDraftAnswer(History& history, const std::string& promptId, const std::string& respondent, DefinitionSide side,
                    const EditContext& context, std::string& problem) {
  const DraftPrompt* prompt = findDraftPrompt(history.doc(), promptId);
  if (!prompt) {
    problem = "the draft prompt is gone";
    return false;
  }
  const GlossaryTerm* term = prompt->termId.empty() ? nullptr : history.findTerm(prompt->termId);
  if (!term) {
    problem = "the prompt is not linked to a glossary term";
    return false;
  }
  const auto answer = std::find_if(prompt->answers.begin(), prompt->answers.end(),
                                   [&](const DraftAnswer& a) { return a.respondent == respondent; });
  if (answer == prompt->answers.end()) {
    problem = "that answer is gone";
    return false;
  }
  GlossaryTerm updated = *term;
  (side == DefinitionSide::marketing ? updated.marketingDefinition : updated.salesDefinition) =
      std::string(trimmed(answer->text));
  history.seal();
  history.updateTerm(updated, context);
  history.seal();
  return true;
}

}  // namespace gp
