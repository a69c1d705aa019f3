#include "collateral_links.h"

#include <imgui.h>

#include <algorithm>

#include "growth_fields.h"
#include "rating_strip.h"
#include "theme.h"
#include "widgets.h"

namespace gp::ui {

void campaignFeedback(UiContext& ui, const std::string& campaignId) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const Document& doc = ui.history().doc();
  const float width = ImGui::GetContentRegionAvail().x;

  std::vector<const CollateralRequest*> collateral;
  for (const auto& request : doc.requests)
    if (request.status == RequestStatus::delivered &&
        std::find(request.campaignIds.begin(), request.campaignIds.end(), campaignId) != request.campaignIds.end())
      collateral.push_back(&request);
  if (!collateral.empty()) {
    ImGui::Dummy(ImVec2(0, 4 * s));
    caption("Collateral");
    for (const CollateralRequest* request : collateral) {
      colorDot(p.success);
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      const std::string title = (request->title.empty() ? std::string("Untitled request") : request->title);
      labelledText(title, "campaign-collateral-" + campaignId + "-" + request->meta.id, p.text);
      ImGui::SameLine();
      ImGui::PushFont(smallFont());
      const std::string detail = std::string(collateralTypeLabel(request->type)) +
                                 (request->assetLink.empty() ? std::string() : " \xC2\xB7 " + request->assetLink);
      textColored(p.textMuted, detail.c_str());
      ImGui::PopFont();
      ImGui::Indent(18 * s);
      ratingRollUpLines(doc, request->meta.id, 1, width - 18 * s);
      ImGui::Unindent(18 * s);
    }
  }

  ImGui::Dummy(ImVec2(0, 4 * s));
  caption("Sales feedback on this campaign");
  ratingStrip(ui, campaignId, 3);
}

}  // namespace gp::ui
