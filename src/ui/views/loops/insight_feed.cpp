// What sales told marketing: every entry with "what marketing should know", newest first (by close
// date, then last change), closed deals and renewal, upsell and cross-sell insight alike.
// Marketing marks an insight as used with the campaign it fed.
#include <algorithm>
#include <numeric>

#include "core/text/text_trim.h"
#include "ui/growth_fields.h"
#include "ui/review_strip.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "winloss_view.h"

namespace gp::ui::winloss {

void WinLossView::drawInsightFeed(UiContext& ui, float width) {
  const Document& doc = ui.history().doc();
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();

  std::vector<size_t> order;
  for (size_t i = 0; i < doc.deals.size(); ++i)
    if (!isBlank(doc.deals[i].insight)) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const DealReview& x = doc.deals[a];
    const DealReview& y = doc.deals[b];
    if (x.closed != y.closed) return x.closed > y.closed;
    return x.meta.modified.at > y.meta.modified.at;
  });

  beginCard("##insight-feed", nullptr, width);
  caption("INSIGHT FEED");
  const size_t used = static_cast<size_t>(std::count_if(order.begin(), order.end(), [&](size_t i) { return doc.deals[i].insightUsed; }));
  const std::string summary = order.empty() ? std::string("No insight yet")
                                            : std::to_string(order.size()) + (order.size() == 1 ? " insight, " : " insights, ") +
                                                  std::to_string(used) + " used in campaigns";
  ImGui::PushFont(smallFont());
  labelledText(summary, "insight-summary", p.textMuted);
  ImGui::PopFont();
  if (order.empty()) {
    textWrappedMuted("Write what marketing should know on an entry and it shows here, for marketing to use in a campaign.");
    endCard();
    return;
  }
  ImGui::Dummy(ImVec2(0, 4 * s));
  const float inner = ImGui::GetContentRegionAvail().x;
  for (size_t n = 0; n < order.size(); ++n) {
    const size_t index = order[n];
    const DealReview& deal = doc.deals[index];
    const std::string id = deal.meta.id;
    ImGui::PushID(id.c_str());
    if (n > 0) {
      ImGui::Dummy(ImVec2(0, 4 * s));
      ImGui::Separator();
      ImGui::Dummy(ImVec2(0, 4 * s));
    }
    pill(deal.kind == DealKind::deal ? dealOutcomeLabel(deal.outcome) : dealKindLabel(deal.kind),
         deal.kind == DealKind::deal ? outcomeColor(deal.outcome) : p.accent);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(dealName(deal).c_str());
    ImGui::SameLine();
    ImGui::PushFont(smallFont());
    std::string when = deal.closed.empty() ? std::string() : friendlyDate(deal.closed);
    if (!deal.meta.modified.by.empty()) when += (when.empty() ? "" : " \xC2\xB7 ") + deal.meta.modified.by;
    textMuted(when.c_str());
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    labelledText(deal.insight, "insight-" + std::to_string(index), p.text, nullptr, inner);
    ImGui::PopTextWrapPos();

    // Used: in which campaign; or a picker to mark it used.
    const std::string comboId = "##insight-used-" + std::to_string(index);
    if (deal.insightUsed) {
      const std::string campaign = campaignName(doc, deal.usedInCampaignId);
      const std::string text = campaign.empty() ? std::string("Used") : "Used in " + campaign;
      colorDot(p.success);
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      labelledText(text, "insight-used-text-" + std::to_string(index), p.success);
      ImGui::SameLine();
      if (button("Not used yet", ("Not used yet##insight-unuse-" + std::to_string(index)).c_str(), ButtonKind::subtle))
        editDeal(ui, id, [](DealReview& d) {
          d.insightUsed = false;
          d.usedInCampaignId.clear();
        });
    } else if (beginCombo(comboId.c_str(), "Mark as used in\xE2\x80\xA6", std::min(inner, 300 * s))) {
      for (const Campaign& campaign : doc.campaigns) {
        const std::string label = (campaign.name.empty() ? std::string("Untitled campaign") : campaign.name) + "##" + campaign.meta.id;
        if (ImGui::Selectable(label.c_str())) {
          const std::string campaignId = campaign.meta.id;
          editDeal(ui, id, [&](DealReview& d) {
            d.insightUsed = true;
            d.usedInCampaignId = campaignId;
          });
        }
      }
      if (!doc.campaigns.empty()) ImGui::Separator();
      if (ImGui::Selectable("Used, not in a campaign of the plan"))
        editDeal(ui, id, [](DealReview& d) {
          d.insightUsed = true;
          d.usedInCampaignId.clear();
        });
      ImGui::EndCombo();
    }
    ImGui::PopID();
  }
  endCard();
}

}  // namespace gp::ui::winloss
