// The plan's list of primary reasons deals are won or lost, in a dialog (reason_list_editor.h).
// Entries keep the reason text they were given.
#include <imgui.h>

#include <algorithm>

#include "ui/modal.h"
#include "ui/review_strip.h"
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
               "Sales picks the primary reason of each entry from this list, or types another. Renaming a reason "
               "renames it in the entries that use it. Both teams sign the list off, so a reason means the "
               "same to marketing as to sales.");
  reasonEditor_.draw(ui);
  ImGui::Dummy(ImVec2(0, 6 * s));
  reviewStrip(ui, kDealReasonsTarget, nullptr);

  ImGui::Dummy(ImVec2(0, 10 * s));
  alignRight(buttonWidth("Done"));
  if (button("Done", "Done##deal-reasons-done", ButtonKind::primary) || ImGui::IsKeyPressed(ImGuiKey_Escape, false) ||
      dialogEnterPressed()) {
    history.seal();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace gp::ui::winloss
