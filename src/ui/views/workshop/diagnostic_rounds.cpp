#include "diagnostic_rounds.h"

#include <imgui.h>

#include "core/format/validation.h"
#include "core/text/text_trim.h"
#include "core/workshop/diagnostic.h"
#include "ui/modal.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

constexpr const char* kPopup = "##diagnostic-round";
constexpr size_t kMaxLabelBytes = 80;

std::string quoted(const std::string& text) { return "\xE2\x80\x9C" + text + "\xE2\x80\x9D"; }

}  // namespace

void RoundDialogs::open(Mode mode) {
  mode_ = mode;
  requestPopup_ = true;
  focus_ = true;
}

void RoundDialogs::openNew(const Document& doc, const std::string& today) {
  // The first free "Round N": answers find their round by name, so names stay distinct.
  int n = static_cast<int>(doc.diagnosticRounds.size()) + 1;
  while (findRoundByLabel(doc, "Round " + std::to_string(n))) ++n;
  label_ = "Round " + std::to_string(n);
  date_ = today;
  roundId_.clear();
  open(Mode::create);
}

void RoundDialogs::openRename(const DiagnosticRound& round) {
  roundId_ = round.meta.id;
  label_ = round.label;
  date_ = round.date;
  open(Mode::rename);
}

void RoundDialogs::openDelete(const DiagnosticRound& round, int answers) {
  roundId_ = round.meta.id;
  label_ = round.label;
  answers_ = answers;
  open(Mode::remove);
}

std::string RoundDialogs::problem(const Document& doc) const {
  if (isBlank(label_)) return "Give the round a name, e.g. Kick-off.";
  if (const DiagnosticRound* other = findRoundByLabel(doc, label_); other && other->meta.id != roundId_)
    return "Another round is called " + quoted(other->label) + ": answers find their round by its name.";
  if (!isValidDate(date_)) return "Write the date as YYYY-MM-DD, e.g. 2027-01-12.";
  return {};
}

std::optional<std::string> RoundDialogs::draw(UiContext& ui) {
  if (mode_ == Mode::closed) return std::nullopt;
  const float s = theme::scale();
  if (!beginModal(kPopup, 480 * s, &requestPopup_)) {
    if (!ImGui::IsPopupOpen(kPopup)) mode_ = Mode::closed;
    return std::nullopt;
  }
  std::optional<std::string> created;
  if (mode_ == Mode::remove) drawDelete(ui);
  else created = drawCreateOrRename(ui);
  if (mode_ == Mode::closed) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return created;
}

std::optional<std::string> RoundDialogs::drawCreateOrRename(UiContext& ui) {
  const float s = theme::scale();
  const bool create = mode_ == Mode::create;
  modalHeading("DIAGNOSTIC", create ? "New round" : "Rename round",
               create ? "A round is one sitting of the diagnostic, e.g. the kick-off workshop and a check a quarter "
                        "later. Comparing rounds shows whether the teams grew closer."
                      : nullptr);
  caption("Name");
  if (focus_) {
    ImGui::SetKeyboardFocusHere();
    focus_ = false;
  }
  TextEdit label = textField("##round-label", label_, "e.g. Kick-off");
  if (label.changed) label_ = label.text.substr(0, kMaxLabelBytes);
  ImGui::Dummy(ImVec2(0, 4 * s));
  caption("Date");
  TextEdit date = textField("##round-date", date_, "YYYY-MM-DD", 180 * s);
  if (date.changed) date_ = date.text;
  const std::string why = problem(ui.history().doc());
  if (!why.empty()) {
    ImGui::PushFont(smallFont());
    textColored(theme::palette().danger, why.c_str());
    ImGui::PopFont();
  }
  ImGui::Dummy(ImVec2(0, 12 * s));
  const char* confirm = create ? "Start round" : "Save";
  alignRight(buttonWidth("Cancel") + buttonWidth(confirm) + ImGui::GetStyle().ItemSpacing.x);
  if (button("Cancel", "##round-cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) mode_ = Mode::closed;
  ImGui::SameLine();
  ImGui::BeginDisabled(!why.empty());
  const bool confirmed = button(confirm, "##round-save", ButtonKind::primary) || (why.empty() && dialogEnterPressed());
  ImGui::EndDisabled();
  if (!confirmed || !why.empty() || mode_ == Mode::closed) return std::nullopt;

  mode_ = Mode::closed;
  ui.history().seal();
  const std::string name(trimmed(label_));
  if (create) return ui.history().addDiagnosticRound(DiagnosticRound{{}, name, date_}, ui.edit());
  for (const auto& round : ui.history().doc().diagnosticRounds)
    if (round.meta.id == roundId_) {
      DiagnosticRound renamed = round;
      renamed.label = name;
      renamed.date = date_;
      ui.history().updateDiagnosticRound(renamed, ui.edit());
      break;
    }
  return std::nullopt;
}

void RoundDialogs::drawDelete(UiContext& ui) {
  const std::string title = "Delete " + quoted(label_) + "?";
  const std::string detail = answers_ == 0 ? std::string("Nobody has answered in this round yet.")
                             : "Its " + std::to_string(answers_) + (answers_ == 1 ? " answer goes" : " answers go") +
                                   " with it. Undo brings them back.";
  modalHeading("DIAGNOSTIC", title.c_str(), detail.c_str());
  alignRight(buttonWidth("Keep it") + buttonWidth("Delete round") + ImGui::GetStyle().ItemSpacing.x);
  if (button("Keep it", "##round-keep") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) mode_ = Mode::closed;
  ImGui::SameLine();
  if (button("Delete round", "##round-delete-confirm", ButtonKind::danger)) {
    mode_ = Mode::closed;
    ui.history().seal();
    ui.history().removeDiagnosticRound(roundId_, ui.edit());
    std::string told = "Deleted round " + quoted(label_);
    if (answers_) told += " and its " + std::to_string(answers_) + (answers_ == 1 ? " answer" : " answers");
    ui.notifyUndoable(told + ".");
  }
}

}  // namespace gp::ui
