#include "ui/views/loops/lead_rejection_flag.h"

#include <imgui.h>

#include "core/loops/lead_report.h"
#include "core/text/number_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

// The flags of the document's current revision (revisions never repeat in a session).
const std::vector<CampaignRejectionFlag>& flagsOf(const History& history) {
  static uint64_t revision = 0;
  static std::vector<CampaignRejectionFlag> flags;
  if (revision != history.revision() || revision == 0) {
    revision = history.revision();
    flags = campaignRejectionFlags(history.doc());
  }
  return flags;
}

}  // namespace

void leadRejectionFlag(const History& history, const std::string& campaignId) {
  for (const auto& flag : flagsOf(history)) {
    if (flag.campaignId != campaignId) continue;
    const theme::Palette& p = theme::palette();
    const char* text = "Leads rejected far more than average";
    const ImVec2 size = pillSize(text);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    drawPill(ImGui::GetWindowDrawList(), pos, text, p.danger);
    // An item carrying the label, so automation (and the tooltip) can find the flag.
    ImGui::InvisibleButton((std::string(text) + "##lead-flag-" + campaignId).c_str(), size);
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip("Sales rejected %s of this campaign's %lld decided leads, against %s across all leads.\n"
                        "Flagged at 1.5 times the average and at least 10 points above it (10+ decided leads).",
                        formatPercent(flag.rejectionRate, 1).c_str(), static_cast<long long>(flag.decided),
                        formatPercent(flag.overallRate, 1).c_str());
    }
    ImGui::SameLine();
    ImGui::PushFont(smallFont());
    // Centred on the pill, whose height is the small font's plus its padding.
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, pos.y + (size.y - ImGui::GetTextLineHeight()) * 0.5f));
    textColored(p.textMuted, (formatPercent(flag.rejectionRate, 0) + " rejected vs " +
                              formatPercent(flag.overallRate, 0) + " on average")
                                 .c_str());
    ImGui::PopFont();
    return;
  }
}

}  // namespace gp::ui
