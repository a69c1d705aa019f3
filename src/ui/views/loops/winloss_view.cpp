// Win/loss: why deals are won and lost, told by sales for marketing. The headline win rate (won ÷
// every decided deal, no decision counting as not won), the win rate by reason, competitor,
// segment and period, every entry with its form, and the insight feed marketing marks as used.
#include "winloss_view.h"

#include <algorithm>
#include <cmath>

#include "core/text/number_text.h"
#include "ui/growth_fields.h"
#include "ui/page_frame.h"
#include "ui/theme.h"
#include "ui/columns.h"
#include "ui/tile_grid.h"
#include "ui/views/views.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace winloss {

ImVec4 outcomeColor(DealOutcome outcome) {
  const theme::Palette& p = theme::palette();
  switch (outcome) {
    case DealOutcome::won: return p.success;
    case DealOutcome::lost: return p.danger;
    case DealOutcome::noDecision: break;
  }
  return p.warning;
}

std::string quoted(std::string_view text) { return "\xE2\x80\x9C" + std::string(text) + "\xE2\x80\x9D"; }

std::string dealName(const DealReview& deal) { return deal.deal.empty() ? std::string("Untitled deal") : deal.deal; }

std::string campaignName(const Document& doc, const std::string& id) {
  for (const Campaign& campaign : doc.campaigns)
    if (campaign.meta.id == id) return campaign.name.empty() ? std::string("Untitled campaign") : campaign.name;
  return {};
}

std::string rateText(const std::optional<double>& rate) { return rate ? formatPercent(*rate) : std::string("\xE2\x80\x94"); }

void WinLossView::refresh(UiContext& ui) {
  const History& history = ui.history();
  if (reportRevision_ == history.revision()) return;
  reportRevision_ = history.revision();
  const std::string now = ui.edit().now;
  const int year = now.size() >= 4 ? std::atoi(now.substr(0, 4).c_str()) : 2027;
  report_ = winLossReport(history.doc(), year > 0 ? year : 2027);
}

void WinLossView::addEntry(UiContext& ui) {
  History& history = ui.history();
  DealReview deal;
  deal.outcome = DealOutcome::lost;  // the reviews marketing learns most from; one click to change
  const std::string today = ui.edit().now.substr(0, 10);
  deal.closed = today.size() == 10 ? today : std::string();
  history.seal();
  openId_ = history.addDeal(deal, ui.edit());
  history.seal();
  focusName_ = true;
}

void WinLossView::draw(UiContext& ui) {
  if (auto file = ui.takeImportedFile(kDealsCsvKind)) startImport(ui, *file);
  refresh(ui);
  const float s = theme::scale();
  const float width = beginPage("##winloss-scroll", 1180);

  drawHeader(ui, width);
  ImGui::Dummy(ImVec2(0, 8 * s));
  if (ui.history().doc().deals.empty()) {
    drawEmptyState(ui, width);
  } else {
    drawHeadline(ui, width);
    ImGui::Dummy(ImVec2(0, 12 * s));
    drawBreakdowns(ui, width);
    ImGui::Dummy(ImVec2(0, 12 * s));
    drawEntries(ui, width);
    ImGui::Dummy(ImVec2(0, 12 * s));
    drawInsightFeed(ui, width);
  }
  ImGui::Dummy(ImVec2(0, 40 * s));
  endPage();

  if (!removeId_.empty()) {
    History& history = ui.history();
    if (const DealReview* deal = history.findDeal(removeId_)) {
      const std::string name = dealName(*deal);
      history.seal();
      history.removeDeal(removeId_, ui.edit());
      ui.notifyUndoable("Deleted the entry " + winloss::quoted(name) + ".");
    }
    if (openId_ == removeId_) openId_.clear();
    removeId_.clear();
  }
  drawReasonsDialog(ui);
  drawImportDialog(ui);
}

void WinLossView::drawHeader(UiContext& ui, float width) {
  const float x0 = ImGui::GetCursorPosX();
  const ImGuiStyle& style = ImGui::GetStyle();
  caption("WIN/LOSS");
  ImGui::AlignTextToFramePadding();
  heading("Why deals are won and lost");
  const float actionsW = buttonWidth("Reasons\xE2\x80\xA6") + buttonWidth("Import deals\xE2\x80\xA6") + buttonWidth("Add entry") +
                         2 * style.ItemSpacing.x;
  if (width >= actionsW + ImGui::CalcTextSize("Why deals are won and lost").x * 1.4f + 20 * theme::scale()) {
    ImGui::SameLine();
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), x0 + width - actionsW));
  }
  if (button("Reasons\xE2\x80\xA6", "Reasons\xE2\x80\xA6##deal-reasons")) reasonsOpen_ = true;
  ImGui::SameLine();
  if (button("Import deals\xE2\x80\xA6")) ui.platform().requestImportFile(kDealsCsvKind);
  ImGui::SameLine();
  if (button("Add entry", nullptr, ButtonKind::primary)) addEntry(ui);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  textWrappedMuted("After a deal closes, sales records why it was won or lost and what marketing should know. "
                   "Renewals, upsells and cross-sells bring insight for loyalty and content work.");
  ImGui::PopTextWrapPos();
}

void WinLossView::drawEmptyState(UiContext& ui, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  beginCard("##winloss-empty", nullptr, width);
  ImGui::PushFont(headingFont());
  labelledText("No win/loss entries yet", "winloss-empty", p.text);
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, 4 * s));
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(
      "Sales learns why deals are won or lost; this page is where marketing hears it. For every closed deal, "
      "record the outcome, the primary reason, the competitor, the segment, the campaigns that touched it and "
      "what marketing should know.");
  ImGui::Dummy(ImVec2(0, 4 * s));
  textWrappedMuted(
      "The page then shows the win rate (won \xC3\xB7 every decided deal; no decision counts as not won) by reason, "
      "competitor, segment and period, and an insight feed marketing marks as used in the campaign it fed.");
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, 10 * s));
  if (button("Add the first entry", "Add the first entry##winloss-empty-add", ButtonKind::primary)) addEntry(ui);
  ImGui::SameLine();
  if (button("Import deals from CSV\xE2\x80\xA6", "Import deals from CSV\xE2\x80\xA6##winloss-empty-import"))
    ui.platform().requestImportFile(kDealsCsvKind);
  ImGui::Dummy(ImVec2(0, 2 * s));
  ImGui::PushFont(smallFont());
  textWrappedMuted("CSV columns: deal, outcome, amount, closed, reason, competitor, segment, campaign, insight (and kind).");
  ImGui::PopFont();
  endCard();
}

void WinLossView::drawHeadline(UiContext& ui, float width) {
  const Document& doc = ui.history().doc();
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const WinLossReport& r = report_;
  const float gap = 14 * s;
  const int perRow = columnsFitting(width, 150 * s, gap, 4);
  const float tileW = columnWidth(width, perRow, gap);
  TileGrid grid("##winloss-headline-tiles", perRow, gap);
  const auto tile = [&](const char* id, const char* label, const std::string& value, const std::string& detail,
                        const ImVec4& color) {
    grid.begin(id, tileW);
    caption(label);
    ImGui::PushFont(headingFont());
    labelledText(value, std::string(id + 2) + "-value", color);
    ImGui::PopFont();
    ImGui::PushFont(smallFont());
    ImGui::PushTextWrapPos(0);
    textWrappedMuted(detail.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    grid.end();
  };
  const int deals = r.deals();
  const std::string decided = std::to_string(deals) + (deals == 1 ? " decided deal" : " decided deals");
  tile("##winloss-rate-tile", "WIN RATE", rateText(r.totals.winRate()),
       deals == 0 ? std::string("No closed deals yet") : std::to_string(r.totals.won) + " won of " + decided, p.accent);
  tile("##winloss-won-tile", "WON", std::to_string(r.totals.won), formatMoney(r.wonAmount, doc.plan.currency), p.success);
  tile("##winloss-lost-tile", "LOST", std::to_string(r.totals.lost), formatMoney(r.lostAmount, doc.plan.currency), p.danger);
  tile("##winloss-nodecision-tile", "NO DECISION", std::to_string(r.totals.noDecision), "Counted as not won", p.warning);
}

}  // namespace winloss

std::unique_ptr<View> makeWinLossView() { return std::make_unique<winloss::WinLossView>(); }

}  // namespace gp::ui
