// The plan's list of primary reasons deals are won or lost: rename, remove, add. The list is one
// value in the plan (History::setReasons), so renaming while typing is one undo step per burst.
// Entries keep the reason text they were given.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "core/text/text_trim.h"

#include "ui/modal.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "winloss_view.h"

namespace gp::ui::winloss {

void WinLossView::drawReasonsDialog(UiContext& ui) {
  const float s = theme::scale();
  const float width = std::min(520 * s, ImGui::GetMainViewport()->WorkSize.x - 40 * s);
  if (!beginModal("Deal reasons##deal-reasons-dialog", width, &reasonsOpen_)) return;
  History& history = ui.history();
  modalHeading("WIN/LOSS", "Reasons deals are won or lost",
               "Sales picks the primary reason of each entry from this list, or types another. "
               "Renaming a reason here does not change the entries that already use it.");
  const std::vector<std::string>& reasons = history.doc().reasons.deal;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float removeW = buttonWidth("Remove");
  std::optional<size_t> remove;
  for (size_t i = 0; i < reasons.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    TextEdit edit = textField(("##deal-reason-item-" + std::to_string(i)).c_str(), reasons[i], "A reason",
                              -(removeW + style.ItemSpacing.x));
    if (edit.changed) {
      ReasonLists lists = history.doc().reasons;
      lists.deal[i] = edit.text;
      history.setReasons(lists, ui.edit(), "reasons:deal:" + std::to_string(i));
    }
    if (edit.deactivated) history.seal();
    ImGui::SameLine();
    if (button("Remove", ("Remove##deal-reason-remove-" + std::to_string(i)).c_str(), ButtonKind::subtle)) remove = i;
    ImGui::PopID();
  }
  if (remove) {
    ReasonLists lists = history.doc().reasons;
    lists.deal.erase(lists.deal.begin() + static_cast<std::ptrdiff_t>(*remove));
    history.seal();
    history.setReasons(lists, ui.edit());
    history.seal();
  }

  // A new reason: typed here, added with Enter or the button.
  ImGui::Dummy(ImVec2(0, 6 * s));
  const float addW = buttonWidth("Add");
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - addW - style.ItemSpacing.x);
  const bool entered = ImGui::InputTextWithHint("##deal-reason-new", "Add a reason, e.g. Security review",
                                                &newReason_, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  const bool clicked = button("Add", "Add##deal-reason-add");
  if ((entered || clicked) && !isBlank(newReason_)) {
    ReasonLists lists = history.doc().reasons;
    lists.deal.emplace_back(trimmed(newReason_));
    history.seal();
    history.setReasons(lists, ui.edit());
    history.seal();
    newReason_.clear();
    if (entered) ImGui::SetKeyboardFocusHere(-1);
  }

  ImGui::Dummy(ImVec2(0, 10 * s));
  alignRight(buttonWidth("Done"));
  if (button("Done", "Done##deal-reasons-done", ButtonKind::primary) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
    history.seal();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace gp::ui::winloss
