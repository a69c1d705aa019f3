#include "workshop_notes.h"

#include <imgui.h>

#include <cmath>
#include <vector>

#include "core/text/text_trim.h"
#include "ui/app_state.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

const char* prefixOf(WorkshopNoteKind kind) { return kind == WorkshopNoteKind::parked ? "parked" : "decision"; }

bool enterPressed() {
  return ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
}

}  // namespace

void WorkshopNotesPanel::draw(UiContext& ui, const std::string& workshopId, float width) {
  const float s = theme::scale();
  const float gap = 16 * s;
  if (width < 640 * s) {
    drawList(ui, workshopId, WorkshopNoteKind::parked, width);
    ImGui::Dummy(ImVec2(0, 10 * s));
    drawList(ui, workshopId, WorkshopNoteKind::decision, width);
    return;
  }
  const float half = std::floor((width - gap) / 2);
  ImGui::BeginGroup();
  drawList(ui, workshopId, WorkshopNoteKind::parked, half);
  ImGui::EndGroup();
  ImGui::SameLine(0, gap);
  ImGui::BeginGroup();
  drawList(ui, workshopId, WorkshopNoteKind::decision, half);
  ImGui::EndGroup();
}

void WorkshopNotesPanel::drawList(UiContext& ui, const std::string& workshopId, WorkshopNoteKind kind, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  History& history = ui.history();
  const bool parked = kind == WorkshopNoteKind::parked;
  const std::string prefix = prefixOf(kind);
  std::vector<WorkshopNote> notes;  // copies: the document may change while drawing
  for (const auto& note : history.doc().workshopNotes)
    if (note.workshopId == workshopId && note.kind == kind) notes.push_back(note);

  const ImVec4 stripe = parked ? p.warning : p.success;
  beginCard(("##" + prefix + "-card").c_str(), &stripe, width);
  heading(parked ? "Parking lot" : "Decisions");
  textWrappedMuted(parked ? "Raised, not for now: note it and move on. Settled later? Make it a decision."
                          : "What the room agreed, in words everyone can sign.");
  ImGui::Dummy(ImVec2(0, 4 * s));

  // The draft: Enter adds it and keeps the keyboard here for the next one.
  std::string& draft = parked ? draftParked_ : draftDecision_;
  if (refocusPending_ && refocus_ == kind) {
    ImGui::SetKeyboardFocusHere();
    refocusPending_ = false;
  }
  const std::string draftId = "##" + prefix + "-new";
  TextEdit typed = textField(draftId.c_str(), draft, parked ? "Park a point, then press Enter" : "Write a decision, then press Enter");
  if (typed.changed) draft = typed.text;
  if (typed.deactivated && enterPressed() && !isBlank(draft)) {
    history.seal();
    history.addWorkshopNote(WorkshopNote{{}, workshopId, kind, std::string(trimmed(draft))}, ui.edit());
    history.seal();
    draft.clear();
    refocus_ = kind;
    refocusPending_ = true;
  }
  ImGui::Dummy(ImVec2(0, 4 * s));

  if (notes.empty()) {
    ImGui::PushFont(smallFont());
    textColored(p.textFaint, parked ? "Nothing parked." : "No decisions yet.");
    ImGui::PopFont();
  }
  std::string removeId, promoteId;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float buttonsW = buttonWidth("Delete") + (parked ? buttonWidth("Decided") + gap : 0);
  for (size_t i = 0; i < notes.size(); ++i) {
    const WorkshopNote& note = notes[i];
    const std::string index = std::to_string(i);
    TextEdit text = textField(("##" + prefix + "-" + index).c_str(), note.text, "Empty: write it or delete it",
                              -(buttonsW + gap));
    if (text.changed && text.text != note.text) {
      WorkshopNote updated = note;
      updated.text = text.text;
      history.updateWorkshopNote(updated, ui.edit(), "workshop-note:" + note.meta.id + ":text");
    }
    if (text.deactivated) history.seal();
    if (parked) {
      ImGui::SameLine();
      if (button("Decided", ("##parked-decide-" + index).c_str(), ButtonKind::subtle)) promoteId = note.meta.id;
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("Move it to the decisions");
    }
    ImGui::SameLine();
    if (button("Delete", ("##" + prefix + "-delete-" + index).c_str(), ButtonKind::subtle)) removeId = note.meta.id;
  }
  endCard();

  for (const auto& note : notes) {
    if (note.meta.id == promoteId) {
      WorkshopNote updated = note;
      updated.kind = WorkshopNoteKind::decision;
      history.seal();
      history.updateWorkshopNote(updated, ui.edit());
      ui.notify(Notice::Kind::success, "Moved to the decisions.", 3.0);
    } else if (note.meta.id == removeId) {
      history.seal();
      history.removeWorkshopNote(note.meta.id, ui.edit());
      ui.notifyUndoable(std::string(parked ? "Deleted a parked point." : "Deleted a decision."));
    }
  }
}

}  // namespace gp::ui
