// One entry's form, edited in place: every keystroke goes through History (a typing burst is one
// undo step through its merge key), so nothing typed is ever lost, and comments on the entry.
#include <algorithm>
#include <cfloat>
#include <cmath>

#include "core/format/validation.h"
#include "ui/entity_fields.h"
#include "ui/growth_fields.h"
#include "ui/review_strip.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "winloss_view.h"

namespace gp::ui::winloss {

namespace {

std::string idFor(const char* prefix, size_t index) { return std::string("##") + prefix + "-" + std::to_string(index); }

std::string campaignsPreview(const Document& doc, const std::vector<std::string>& ids) {
  if (ids.empty()) return "None";
  if (ids.size() == 1) {
    const std::string name = campaignName(doc, ids[0]);
    return name.empty() ? std::string("1 campaign") : name;
  }
  return std::to_string(ids.size()) + " campaigns";
}

}  // namespace

void WinLossView::drawForm(UiContext& ui, size_t index, float width) {
  History& history = ui.history();
  const Document& doc = history.doc();
  const DealReview& deal = doc.deals[index];
  const std::string id = deal.meta.id;  // a copy: edits below replace the entry
  const std::string key = "deal:" + id + ":";
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const ImGuiStyle& style = ImGui::GetStyle();

  const ImVec4 stripe = outcomeColor(deal.outcome);
  beginCard("##deal-form", &stripe, width);
  const float inner = ImGui::GetContentRegionAvail().x;
  const float gap = 14 * s;
  const bool wide = inner >= 620 * s;
  const int perRow = wide ? 3 : 2;
  const float column = std::floor((inner - (perRow - 1) * gap) / perRow);

  // Name and delete.
  caption("Deal or account");
  if (focusName_) {
    ImGui::SetKeyboardFocusHere();
    focusName_ = false;
  }
  const float deleteW = buttonWidth("Delete");
  TextEdit name = textField(idFor("deal-name", index).c_str(), deal.deal, "e.g. Northwind Retail, EMEA rollout",
                            inner - deleteW - style.ItemSpacing.x);
  lastChangedTooltip(ui, fieldPath("deals", id, "deal"));
  if (name.changed) editDeal(ui, id, [&](DealReview& d) { d.deal = name.text; }, key + "deal");
  if (name.deactivated) history.seal();
  ImGui::SameLine();
  if (button("Delete", idFor("deal-delete", index).c_str(), ButtonKind::subtle)) removeId_ = id;

  // Kind and outcome (the outcome on its own line when the page is narrow: it needs the width).
  ImGui::Dummy(ImVec2(0, 2 * s));
  FieldRow kindRow(gap);
  kindRow.begin("Kind", column);
  if (auto kind = choiceCombo(idFor("deal-kind", index), deal.kind, kAllDealKinds, dealKindLabel, column))
    editDeal(ui, id, [&](DealReview& d) { d.kind = *kind; });
  kindRow.end();
  if (!wide) {
    ImGui::Dummy(ImVec2(0, 2 * s));
    kindRow = FieldRow(gap);
  }
  const float outcomeW = std::min(wide ? inner - column - gap : inner, 420 * s);
  kindRow.begin("Outcome", outcomeW);
  const int current = static_cast<int>(deal.outcome);
  const int picked = segmentedControl(("deal-outcome-" + std::to_string(index)).c_str(), {"Won", "Lost", "No decision"},
                                      current, outcomeW);
  if (picked != current) editDeal(ui, id, [&](DealReview& d) { d.outcome = kAllDealOutcomes[picked]; });
  kindRow.end();

  // Amount, close date, primary reason.
  ImGui::Dummy(ImVec2(0, 2 * s));
  FieldRow moneyRow(gap);
  moneyRow.begin(doc.plan.currency.empty() ? "Amount" : ("Amount (" + doc.plan.currency + ")").c_str(), column);
  const entity::NumberInput amount = entity::numberInput(idFor("deal-amount", index).c_str(),
                                                         deal.amount > 0 ? std::optional<double>(deal.amount) : std::nullopt,
                                                         entity::NumberKind::amount, column, "e.g. 48k");
  if (amount.value) editDeal(ui, id, [&](DealReview& d) { d.amount = std::max(0.0, *amount.value); }, key + "amount");
  if (amount.cleared) editDeal(ui, id, [&](DealReview& d) { d.amount = 0; }, key + "amount");
  if (amount.deactivated) history.seal();
  moneyRow.end();

  moneyRow.begin("Closed", column);
  TextEdit closed = textField(idFor("deal-closed", index).c_str(), deal.closed, "YYYY-MM-DD", column,
                              ImGuiInputTextFlags_CharsNoBlank);
  const bool dateOk = closed.text.empty() || isValidDate(closed.text);
  if (closed.changed && dateOk) editDeal(ui, id, [&](DealReview& d) { d.closed = closed.text; }, key + "closed");
  if (closed.deactivated) history.seal();
  if (closed.active && !dateOk) {
    ImGui::PushFont(smallFont());
    textColored(p.warning, "Use a date like 2027-03-31");
    ImGui::PopFont();
  }
  moneyRow.end();

  if (!wide) {
    ImGui::Dummy(ImVec2(0, 2 * s));
    moneyRow = FieldRow(gap);
  }
  moneyRow.begin("Primary reason", column);
  {
    // Free text, or one of the plan's reasons from the list beside it.
    const float arrowW = ImGui::GetFrameHeight();
    TextEdit reason = textField(idFor("deal-reason", index).c_str(), deal.reason, "Pick or type",
                                column - arrowW - 4 * s);
    lastChangedTooltip(ui, fieldPath("deals", id, "reason"));
    if (reason.changed) editDeal(ui, id, [&](DealReview& d) { d.reason = reason.text; }, key + "reason");
    if (reason.deactivated) history.seal();
    ImGui::SameLine(0, 4 * s);
    ImGui::SetNextWindowSizeConstraints(ImVec2(240 * s, 0), ImVec2(FLT_MAX, FLT_MAX));
    if (beginCombo(idFor("deal-reason-list", index).c_str(), "", arrowW)) {
      for (const std::string& option : doc.reasons.deal)
        if (ImGui::Selectable(option.c_str(), option == deal.reason)) editDeal(ui, id, [&](DealReview& d) { d.reason = option; });
      if (doc.reasons.deal.empty()) textMuted("The reason list is empty.");
      ImGui::Separator();
      if (ImGui::Selectable("Edit the reason list\xE2\x80\xA6")) reasonsOpen_ = true;
      ImGui::EndCombo();
    }
  }
  moneyRow.end();

  // Competitor, segment, campaigns.
  ImGui::Dummy(ImVec2(0, 2 * s));
  FieldRow marketRow(gap);
  const auto textColumn = [&](const char* label, const char* prefix, std::string DealReview::*field, const char* fieldKey,
                              const char* hint) {
    marketRow.begin(label, column);
    TextEdit edit = textField(idFor(prefix, index).c_str(), deal.*field, hint, column);
    lastChangedTooltip(ui, fieldPath("deals", id, fieldKey));
    if (edit.changed) editDeal(ui, id, [&](DealReview& d) { d.*field = edit.text; }, key + fieldKey);
    if (edit.deactivated) history.seal();
    marketRow.end();
  };
  textColumn("Competitor", "deal-competitor", &DealReview::competitor, "competitor", "e.g. Contoso");
  textColumn("Segment", "deal-segment", &DealReview::segment, "segment", "e.g. Mid-market retail");
  if (!wide) {
    ImGui::Dummy(ImVec2(0, 2 * s));
    marketRow = FieldRow(gap);
  }
  marketRow.begin("Campaigns that touched it", column);
  if (beginCombo(idFor("deal-campaigns", index).c_str(), campaignsPreview(doc, deal.campaignIds).c_str(), column)) {
    for (const Campaign& campaign : doc.campaigns) {
      const bool on = std::find(deal.campaignIds.begin(), deal.campaignIds.end(), campaign.meta.id) != deal.campaignIds.end();
      const std::string label = (campaign.name.empty() ? std::string("Untitled campaign") : campaign.name) + "##" + campaign.meta.id;
      if (ImGui::Selectable(label.c_str(), on, ImGuiSelectableFlags_DontClosePopups)) {
        const std::string campaignId = campaign.meta.id;
        editDeal(ui, id, [&](DealReview& d) {
          if (on) std::erase(d.campaignIds, campaignId);
          else d.campaignIds.push_back(campaignId);
        });
      }
    }
    if (doc.campaigns.empty()) textMuted("The plan has no campaigns yet.");
    ImGui::EndCombo();
  }
  marketRow.end();

  // What marketing should know.
  ImGui::Dummy(ImVec2(0, 2 * s));
  caption("What marketing should know");
  TextEdit insight = textArea(idFor("deal-insight", index).c_str(), deal.insight,
                              "e.g. They chose us for the forecast accuracy; our pricing page confused their CFO.", 3);
  lastChangedTooltip(ui, fieldPath("deals", id, "insight"));
  if (insight.changed) editDeal(ui, id, [&](DealReview& d) { d.insight = insight.text; }, key + "insight");
  if (insight.deactivated) history.seal();

  if (const DealReview* now = history.findDeal(id)) {
    const EntityMeta meta = now->meta;
    commentStrip(ui, id, meta);
  }
  endCard();
}

}  // namespace gp::ui::winloss
