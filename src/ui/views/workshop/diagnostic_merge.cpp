#include "diagnostic_merge.h"

#include <algorithm>

#include "activity_panels.h"
#include "core/workshop/diagnostic.h"
#include "core/workshop/diagnostic_links.h"

namespace gp::ui {

namespace {

constexpr double kNoticeSeconds = 6.0;

std::string quoted(const std::string& text) { return "\xE2\x80\x9C" + text + "\xE2\x80\x9D"; }
std::string count(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

}  // namespace

std::string mergeSummary(const std::vector<DiagnosticSubmission>& answers, const DiagnosticMergeResult& result) {
  std::vector<std::string> rounds;
  for (const auto& answer : answers)
    if (std::find(rounds.begin(), rounds.end(), answer.roundLabel) == rounds.end()) rounds.push_back(answer.roundLabel);
  const int total = result.added + result.replaced + result.unchanged;
  std::string text = "Merged " + count(total, "answer", "answers") + " into ";
  text += rounds.size() == 1 ? quoted(rounds.front()) : std::to_string(rounds.size()) + " rounds";
  std::vector<std::string> parts;
  if (result.added) parts.push_back(std::to_string(result.added) + " new");
  if (result.replaced) parts.push_back(std::to_string(result.replaced) + " replaced");
  if (result.unchanged) parts.push_back(std::to_string(result.unchanged) + " already in the plan");
  for (size_t i = 0; i < parts.size(); ++i) text += (i == 0 ? ": " : ", ") + parts[i];
  return text;
}

DiagnosticMergeResult mergeDiagnosticAnswers(UiContext& ui, const std::vector<DiagnosticSubmission>& answers) {
  DiagnosticMergeResult result;
  if (answers.empty()) return result;
  ui.history().seal();
  result = ui.history().recordDiagnosticAnswers(answers, ui.edit(), "Merge " + count(int(answers.size()), "diagnostic answer", "diagnostic answers"));
  if (result.added + result.replaced == 0)
    ui.notify(Notice::Kind::info, "Nothing new: " + std::string(answers.size() == 1 ? "this answer is" : "these answers are") +
                                      " already in the plan.", kNoticeSeconds);
  else
    ui.notifyUndoable(mergeSummary(answers, result));
  if (const DiagnosticRound* round = findRoundByLabel(ui.history().doc(), answers.back().roundLabel))
    ui.showDiagnosticRound(round->meta.id);
  return result;
}

void mergeAnswerFile(UiContext& ui, std::string_view text, const std::string& fileName) {
  // A dot vote's ballot or a draft answer in the same file format.
  if (holdsActivityAnswer(text))
    return mergeActivityAnswers(ui, text, fileName.empty() ? std::string("the file") : fileName);
  const PastedAnswers read = readPastedAnswers(text);
  if (read.answers.empty()) {
    const std::string why = read.problems.empty() ? std::string("it holds no answer") : read.problems.front();
    ui.notify(Notice::Kind::error, "Could not read the answer in " + (fileName.empty() ? std::string("the file") : fileName) + ": " + why);
    return;
  }
  mergeDiagnosticAnswers(ui, read.answers);
}

}  // namespace gp::ui
