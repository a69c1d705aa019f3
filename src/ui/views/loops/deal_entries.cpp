// Every win/loss entry, most recently added first: one summary line each, the open one showing
// its form underneath (deal_form.cpp).
#include <algorithm>

#include "core/text/number_text.h"
#include "ui/growth_fields.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "winloss_view.h"

namespace gp::ui::winloss {

void WinLossView::drawEntries(UiContext& ui, float width) {
  const Document& doc = ui.history().doc();
  const float s = theme::scale();
  beginCard("##winloss-entries", nullptr, width);
  caption("ENTRIES");
  ImGui::PushFont(smallFont());
  textMuted("Click an entry to edit it. Newest first.");
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, 4 * s));
  const float inner = ImGui::GetContentRegionAvail().x;
  for (size_t i = doc.deals.size(); i-- > 0;) drawEntryRow(ui, i, inner);
  endCard();
}

void WinLossView::drawEntryRow(UiContext& ui, size_t index, float width) {
  const Document& doc = ui.history().doc();
  const DealReview& deal = doc.deals[index];
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const bool open = openId_ == deal.meta.id;
  ImGui::PushID(deal.meta.id.c_str());

  // The summary line is one selectable: click (or Enter) opens and closes the form. Narrow pages
  // put the details under the name instead of beside it.
  const bool twoLines = width < 760 * s;
  const float bodyH = ImGui::GetTextLineHeight();
  const float smallH = smallFont() ? scaledSize(smallFont()) : bodyH;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float rowH = twoLines ? bodyH + smallH + 17 * s : ImGui::GetFrameHeight() + 8 * s;
  const std::string rowLabel = "##deal-row-" + std::to_string(index);
  if (ImGui::Selectable(rowLabel.c_str(), open, 0, ImVec2(width, rowH)))
    openId_ = open ? std::string() : deal.meta.id;
  const ImVec2 after = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float nameY = twoLines ? start.y + 7 * s : start.y + (rowH - bodyH) * 0.5f;
  const float left = start.x + 10 * s;
  const char* outcome = dealOutcomeLabel(deal.outcome);
  drawPill(dl, ImVec2(left, nameY + (bodyH - pillSize(outcome).y) * 0.5f), outcome, outcomeColor(deal.outcome));
  const float nameX = left + pillSize(dealOutcomeLabel(DealOutcome::noDecision)).x + 12 * s;  // names line up

  ImGui::PushFont(smallFont());
  const std::string chevron = open ? "Close" : "Edit";
  const float right = start.x + width - 10 * s;
  const float chevronW = ImGui::CalcTextSize(chevron.c_str()).x;
  dl->AddText(ImVec2(right - chevronW, start.y + (rowH - smallH) * 0.5f), theme::u32(p.accent), chevron.c_str());
  ImGui::PopFont();
  const float clipRight = right - chevronW - 12 * s;

  const std::string name = dealName(deal);
  const float nameW = ImGui::CalcTextSize(name.c_str()).x;
  std::string detail;
  if (deal.kind != DealKind::deal) detail += std::string(dealKindLabel(deal.kind)) + " \xC2\xB7 ";
  if (deal.amount > 0) detail += formatMoney(deal.amount, doc.plan.currency) + " \xC2\xB7 ";
  if (!deal.reason.empty()) detail += deal.reason + " \xC2\xB7 ";
  if (!deal.competitor.empty()) detail += "vs " + deal.competitor + " \xC2\xB7 ";
  detail += deal.closed.empty() ? std::string("no close date") : friendlyDate(deal.closed);

  dl->PushClipRect(ImVec2(nameX, start.y), ImVec2(clipRight, start.y + rowH), true);
  dl->AddText(ImVec2(nameX, nameY), theme::u32(deal.deal.empty() ? p.textFaint : p.text), name.c_str());
  ImGui::PushFont(smallFont());
  const ImVec2 detailAt = twoLines ? ImVec2(nameX, nameY + bodyH + 3 * s)
                                   : ImVec2(nameX + nameW + 12 * s, nameY + (bodyH - smallH) * 0.5f);
  dl->AddText(detailAt, theme::u32(p.textMuted), detail.c_str());
  ImGui::PopFont();
  dl->PopClipRect();
  ImGui::SetCursorScreenPos(after);

  if (open) {
    ImGui::Dummy(ImVec2(0, 2 * s));
    drawForm(ui, index, width);
    ImGui::Dummy(ImVec2(0, 6 * s));
  }
  ImGui::PopID();
}

}  // namespace gp::ui::winloss
