#include "ui/views/loops/rejection_reasons_editor.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/text/text_fold.h"
#include "core/text/text_trim.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

bool containsIgnoringCase(const std::vector<std::string>& list, const std::string& name, size_t except = SIZE_MAX) {
  const std::string folded = foldCase(name);
  for (size_t i = 0; i < list.size(); ++i)
    if (i != except && foldCase(list[i]) == folded) return true;
  return false;
}

}  // namespace

void RejectionReasonsEditor::add(UiContext& ui) {
  History& history = ui.history();
  const std::string name = std::string(trimmed(newReason_));
  message_.clear();
  if (name.empty()) return;
  ReasonLists reasons = history.doc().reasons;
  if (containsIgnoringCase(reasons.leadRejection, name)) {
    message_ = "\xE2\x80\x9C" + name + "\xE2\x80\x9D is already in the list.";
    return;
  }
  reasons.leadRejection.push_back(name);
  history.seal();
  history.setReasons(reasons, ui.edit());
  history.seal();
  newReason_.clear();
}

void RejectionReasonsEditor::move(UiContext& ui, size_t from, size_t to, ImGuiDir arrow) {
  History& history = ui.history();
  ReasonLists reasons = history.doc().reasons;
  if (from >= reasons.leadRejection.size() || to >= reasons.leadRejection.size() || from == to) return;
  std::swap(reasons.leadRejection[from], reasons.leadRejection[to]);
  // The keyboard follows the moved reason: the same arrow of its new row, or the other arrow
  // when that one is disabled at the end of the list.
  const bool atEnd = (arrow == ImGuiDir_Up && to == 0) || (arrow == ImGuiDir_Down && to + 1 == reasons.leadRejection.size());
  focusRow_ = static_cast<int>(to);
  focusArrow_ = atEnd ? (arrow == ImGuiDir_Up ? ImGuiDir_Down : ImGuiDir_Up) : arrow;
  history.seal();
  history.setReasons(reasons, ui.edit());
  history.seal();
}

void RejectionReasonsEditor::draw(UiContext& ui, float width) {
  History& history = ui.history();
  const std::vector<std::string> list = history.doc().reasons.leadRejection;  // a copy: edits below change it
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();

  beginCard("##rejection-reasons-card", nullptr, width);
  heading("Rejection reasons");
  textWrappedMuted("The reasons sales picks from when it rejects or recycles a lead, in the order the CRM shows "
                   "them. Import maps each reason in the file to this list. The arrows move a reason; by "
                   "keyboard, Tab to an arrow and press Space.");
  ImGui::Dummy(ImVec2(0, 4 * s));

  const float removeW = buttonWidth("Remove");
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  for (size_t i = 0; i < list.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const std::string index = std::to_string(i);
    const auto arrowButton = [&](ImGuiDir dir, bool disabled, const char* tooltip) {
      if (focusRow_ == static_cast<int>(i) && focusArrow_ == dir) {
        ImGui::SetKeyboardFocusHere();
        focusRow_ = -1;
      }
      ImGui::BeginDisabled(disabled);
      const char* name = dir == ImGuiDir_Up ? "##reason-up-" : "##reason-down-";
      const bool pressed = ImGui::ArrowButton((name + index).c_str(), dir);
      ImGui::EndDisabled();
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled | ImGuiHoveredFlags_DelayNormal))
        ImGui::SetTooltip("%s", tooltip);
      return pressed;
    };
    if (arrowButton(ImGuiDir_Up, i == 0, "Move up (Tab to the arrow, then Space)")) move(ui, i, i - 1, ImGuiDir_Up);
    ImGui::SameLine(0, 4 * s);
    if (arrowButton(ImGuiDir_Down, i + 1 == list.size(), "Move down (Tab to the arrow, then Space)"))
      move(ui, i, i + 1, ImGuiDir_Down);
    ImGui::SameLine(0, gap);
    const float fieldW = ImGui::GetContentRegionAvail().x - removeW - gap;
    const TextEdit edit = textField(("##reason-" + index).c_str(), list[i], "Name the reason", fieldW);
    if (edit.changed && edit.text != list[i]) {
      ReasonLists reasons = history.doc().reasons;
      if (i < reasons.leadRejection.size()) {
        reasons.leadRejection[i] = edit.text;
        history.setReasons(reasons, ui.edit(), "reasons:lead:" + index);
      }
    }
    if (edit.deactivated) history.seal();
    ImGui::SameLine(0, gap);
    if (button("Remove", ("##reason-remove-" + index).c_str(), ButtonKind::subtle)) {
      ReasonLists reasons = history.doc().reasons;
      if (i < reasons.leadRejection.size()) {
        const std::string name = reasons.leadRejection[i];
        reasons.leadRejection.erase(reasons.leadRejection.begin() + static_cast<std::ptrdiff_t>(i));
        history.seal();
        history.setReasons(reasons, ui.edit());
        history.seal();
        ui.notifyUndoable("Removed the reason \xE2\x80\x9C" + (name.empty() ? std::string("(unnamed)") : name) +
                          "\xE2\x80\x9D.");
      }
    }
    if (!list[i].empty() && containsIgnoringCase(list, list[i], i)) {
      ImGui::PushFont(smallFont());
      textColored(p.warning, "This reason is in the list twice.");
      ImGui::PopFont();
    }
    ImGui::PopID();
  }
  if (list.empty()) textMuted("No reasons yet: add the ones your CRM uses.");

  ImGui::Dummy(ImVec2(0, 4 * s));
  if (focusNew_) {
    ImGui::SetKeyboardFocusHere();
    focusNew_ = false;
  }
  const float addW = buttonWidth("Add reason");
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - addW - gap);
  const bool entered = ImGui::InputTextWithHint("##new-reason", "A new reason, e.g. student or job seeker", &newReason_,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine(0, gap);
  const bool clicked = button("Add reason", nullptr, ButtonKind::primary);
  if (entered || clicked) {
    add(ui);
    if (entered) focusNew_ = true;
  }
  if (!message_.empty()) {
    ImGui::PushFont(smallFont());
    textColored(p.warning, message_.c_str());
    ImGui::PopFont();
  }
  endCard();
}

}  // namespace gp::ui
