#include "ui/views/loops/reason_list_editor.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <utility>

#include "core/text/text_fold.h"
#include "core/text/text_trim.h"
#include "ui/modal.h"
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

ReasonListEditor::ReasonListEditor(std::vector<std::string> ReasonLists::*list, std::string idPrefix,
                                   std::string addHint)
    : list_(list), idPrefix_(std::move(idPrefix)), addHint_(std::move(addHint)) {}

// Typing (a mergeKey) merges into one undo step per burst; any other change is its own step.
void ReasonListEditor::setList(UiContext& ui, std::vector<std::string> items, std::string mergeKey) {
  History& history = ui.history();
  ReasonLists reasons = history.doc().reasons;
  reasons.*list_ = std::move(items);
  const bool typing = !mergeKey.empty();
  if (!typing) history.seal();
  history.setReasons(reasons, ui.edit(), std::move(mergeKey));
  if (!typing) history.seal();
}

// Once the person lets go of a renamed reason, the leads or deals that carry the old name take
// the new one (its own undo step), so the reports keep counting them under the reason.
void ReasonListEditor::renameWhereUsed(UiContext& ui, size_t row) {
  const std::string from = std::exchange(renameFrom_, std::string());
  renameRow_ = -1;
  History& history = ui.history();
  const std::vector<std::string>& items = history.doc().reasons.*list_;
  if (row >= items.size() || from.empty()) return;
  const std::string to = items[row];
  if (to == from || trimmed(to).empty()) return;
  const std::string label = "Rename the reason \xE2\x80\x9C" + from + "\xE2\x80\x9D";
  const bool leads = list_ == &ReasonLists::leadRejection;
  const size_t changed = leads ? history.renameLeadReason(from, to, ui.edit(), label)
                               : history.renameDealReason(from, to, ui.edit(), label);
  history.seal();
  if (changed == 0) return;
  const std::string where = leads ? std::to_string(changed) + (changed == 1 ? " day of lead feedback" : " days of lead feedback")
                                  : std::to_string(changed) + (changed == 1 ? " win/loss entry" : " win/loss entries");
  ui.notifyUndoable("Renamed \xE2\x80\x9C" + from + "\xE2\x80\x9D to \xE2\x80\x9C" + to + "\xE2\x80\x9D in " + where + ".");
}

void ReasonListEditor::add(UiContext& ui) {
  const std::string name = std::string(trimmed(newReason_));
  message_.clear();
  if (name.empty()) return;
  std::vector<std::string> items = ui.history().doc().reasons.*list_;
  if (containsIgnoringCase(items, name)) {
    message_ = "\xE2\x80\x9C" + name + "\xE2\x80\x9D is already in the list.";
    return;
  }
  items.push_back(name);
  setList(ui, std::move(items));
  newReason_.clear();
}

void ReasonListEditor::move(UiContext& ui, size_t from, size_t to, ImGuiDir arrow) {
  std::vector<std::string> items = ui.history().doc().reasons.*list_;
  if (from >= items.size() || to >= items.size() || from == to) return;
  std::swap(items[from], items[to]);
  // The keyboard follows the moved reason: the same arrow of its new row, or the other arrow
  // when that one is disabled at the end of the list.
  const bool atEnd = (arrow == ImGuiDir_Up && to == 0) || (arrow == ImGuiDir_Down && to + 1 == items.size());
  focusRow_ = static_cast<int>(to);
  focusArrow_ = atEnd ? (arrow == ImGuiDir_Up ? ImGuiDir_Down : ImGuiDir_Up) : arrow;
  setList(ui, std::move(items));
}

void ReasonListEditor::draw(UiContext& ui) {
  History& history = ui.history();
  const std::vector<std::string> list = history.doc().reasons.*list_;  // a copy: edits below change it
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
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
      const std::string name = "##" + idPrefix_ + (dir == ImGuiDir_Up ? "-up-" : "-down-") + index;
      const bool pressed = ImGui::ArrowButton(name.c_str(), dir);
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
    const TextEdit edit = textField(("##" + idPrefix_ + "-" + index).c_str(), list[i], "Name the reason", fieldW);
    if (edit.changed && edit.text != list[i]) {
      std::vector<std::string> items = history.doc().reasons.*list_;
      if (i < items.size()) {
        if (renameRow_ != static_cast<int>(i)) {
          renameRow_ = static_cast<int>(i);
          renameFrom_ = items[i];
        }
        items[i] = edit.text;
        setList(ui, std::move(items), idPrefix_ + ":" + index);
      }
    }
    if (edit.deactivated) {
      history.seal();
      if (renameRow_ == static_cast<int>(i)) renameWhereUsed(ui, i);
    }
    ImGui::SameLine(0, gap);
    if (button("Remove", ("##" + idPrefix_ + "-remove-" + index).c_str(), ButtonKind::subtle)) {
      std::vector<std::string> items = history.doc().reasons.*list_;
      if (i < items.size()) {
        const std::string name = items[i];
        items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
        setList(ui, std::move(items));
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
  if (list.empty()) textMuted("No reasons yet.");

  ImGui::Dummy(ImVec2(0, 4 * s));
  if (focusNew_) {
    ImGui::SetKeyboardFocusHere();
    focusNew_ = false;
  }
  const float addW = buttonWidth("Add reason");
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - addW - gap);
  const std::string newId = "##new-" + idPrefix_;
  const bool entered =
      ImGui::InputTextWithHint(newId.c_str(), addHint_.c_str(), &newReason_, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine(0, gap);
  const bool clicked = button("Add reason", ("Add reason##add-" + idPrefix_).c_str(), ButtonKind::primary);
  if (entered) fieldTookEnter();  // Enter here adds; in a dialog it must not also close it
  if (entered || clicked) {
    add(ui);
    if (entered) focusNew_ = true;
  }
  if (!message_.empty()) {
    ImGui::PushFont(smallFont());
    textColored(p.warning, message_.c_str());
    ImGui::PopFont();
  }
}

}  // namespace gp::ui
