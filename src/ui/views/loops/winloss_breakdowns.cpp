// The win rate broken down by reason, competitor, segment and period: a chart (exact numbers on
// hover) and the table behind it, one breakdown at a time.
#include <algorithm>
#include <cmath>

#include "core/text/number_text.h"
#include "ui/charts.h"
#include "ui/growth_fields.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "winloss_view.h"

namespace gp::ui::winloss {

namespace {

// Chart labels have a fixed column; long names end in an ellipsis (the table has them whole).
std::string shortLabel(const std::string& text, size_t maxBytes = 24) {
  if (text.size() <= maxBytes) return text;
  size_t cut = maxBytes - 1;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
  return text.substr(0, cut) + "\xE2\x80\xA6";
}

std::string countsText(const WinLossCounts& counts) {
  return std::to_string(counts.won) + " won, " + std::to_string(counts.lost) + " lost, " + std::to_string(counts.noDecision) +
         " no decision";
}

// Tight cells: on a narrow page the names need the room more than the gaps do.
bool beginTable(const char* id, int columns) {
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(5 * theme::scale(), ImGui::GetStyle().CellPadding.y));
  const bool open = ImGui::BeginTable(id, columns, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                                       ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoPadOuterX);
  ImGui::PopStyleVar();
  return open;
}

// A column of numbers: as wide as its header (or `sample`, the widest value expected), never cut.
void numberColumn(const char* header, const char* sample = "") {
  const float w = std::max(ImGui::CalcTextSize(header).x, ImGui::CalcTextSize(sample).x) + 4 * theme::scale();
  ImGui::TableSetupColumn(header, ImGuiTableColumnFlags_WidthFixed, w);
}

// Competitors or segments: win rate bars against the overall win rate, then the table.
void drawGroups(const char* id, const char* nameHeader, const char* none, const std::vector<GroupTally>& groups,
                const WinLossCounts& totals, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  std::vector<charts::Bar> bars;
  for (const GroupTally& group : groups) {
    const double rate = group.counts.winRate().value_or(0);
    const std::string name = group.name.empty() ? std::string(none) : group.name;
    bars.push_back(charts::Bar{shortLabel(name), rate * 100, p.accent, formatPercent(rate),
                               name + ": " + formatPercent(rate) + " win rate (" + countsText(group.counts) + ")"});
  }
  const auto overall = totals.winRate();
  const float rowH = 30 * s;
  charts::barsAgainst((std::string("##chart-") + id).c_str(), bars, overall ? *overall * 100 : 0,
                      "Overall " + rateText(overall), ImVec2(width, 28 * s + rowH * static_cast<float>(bars.size())));
  ImGui::Dummy(ImVec2(0, 8 * s));
  if (!beginTable((std::string("##table-") + id).c_str(), 5)) return;
  ImGui::TableSetupColumn(nameHeader, ImGuiTableColumnFlags_WidthStretch);
  for (const char* header : {"Won", "Lost", "No decision"}) numberColumn(header, "000");
  numberColumn("Win rate", "100.0%");
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < groups.size(); ++i) {
    const GroupTally& group = groups[i];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (group.name.empty()) textMuted(none);
    else ImGui::TextUnformatted(group.name.c_str());
    ImGui::TableNextColumn();
    textRightAligned(std::to_string(group.counts.won));
    ImGui::TableNextColumn();
    textRightAligned(std::to_string(group.counts.lost));
    ImGui::TableNextColumn();
    textRightAligned(std::to_string(group.counts.noDecision));
    ImGui::TableNextColumn();
    const std::string rate = rateText(group.counts.winRate());
    const float w = ImGui::CalcTextSize(rate.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - w));
    labelledText(rate, std::string(id) + "-rate-" + std::to_string(i), p.text);
  }
  ImGui::EndTable();
}

void drawReasons(const WinLossReport& report, const std::string& currency, float width) {
  const float s = theme::scale();
  std::vector<charts::Bar> bars;
  for (const ReasonTally& reason : report.byReason) {
    const std::string name = reason.reason.empty() ? std::string("No reason given") : reason.reason;
    const std::string label = std::string(dealOutcomeLabel(reason.outcome)) + " \xC2\xB7 " + name;
    bars.push_back(charts::Bar{shortLabel(label), static_cast<double>(reason.count), outcomeColor(reason.outcome),
                               std::to_string(reason.count) + (reason.count == 1 ? " deal" : " deals"),
                               label + ": " + std::to_string(reason.count) + (reason.count == 1 ? " deal, " : " deals, ") +
                                   formatMoney(reason.amount, currency)});
  }
  charts::barsAgainst("##chart-reasons", bars, 0, "", ImVec2(width, 28 * s + 30 * s * static_cast<float>(bars.size())));
  ImGui::Dummy(ImVec2(0, 8 * s));
  if (!beginTable("##table-reasons", 4)) return;
  ImGui::TableSetupColumn("Outcome", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("No decision").x + 16 * s);
  ImGui::TableSetupColumn("Primary reason", ImGuiTableColumnFlags_WidthStretch);
  numberColumn("Deals", "0000");
  numberColumn("Amount", "EUR 1,000,000");
  ImGui::TableHeadersRow();
  for (const ReasonTally& reason : report.byReason) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    textColored(outcomeColor(reason.outcome), dealOutcomeLabel(reason.outcome));
    ImGui::TableNextColumn();
    if (reason.reason.empty()) textMuted("No reason given");
    else ImGui::TextUnformatted(reason.reason.c_str());
    ImGui::TableNextColumn();
    textRightAligned(std::to_string(reason.count));
    ImGui::TableNextColumn();
    textRightAligned(formatMoney(reason.amount, currency));
  }
  ImGui::EndTable();
}

void drawPeriods(const WinLossReport& report, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  std::vector<std::string> categories;
  std::vector<charts::Series> series = {{"Won", outcomeColor(DealOutcome::won), {}},
                                        {"Lost", outcomeColor(DealOutcome::lost), {}},
                                        {"No decision", outcomeColor(DealOutcome::noDecision), {}}};
  for (const PeriodTally& period : report.byPeriod) {
    categories.push_back(period.period);
    series[0].values.push_back(period.counts.won);
    series[1].values.push_back(period.counts.lost);
    series[2].values.push_back(period.counts.noDecision);
  }
  charts::columns("##chart-periods", categories, series, ImVec2(width, 200 * s));
  ImGui::Dummy(ImVec2(0, 8 * s));
  if (beginTable("##table-periods", 5)) {
    ImGui::TableSetupColumn("Period", ImGuiTableColumnFlags_WidthStretch);
    for (const char* header : {"Won", "Lost", "No decision"}) numberColumn(header, "000");
    numberColumn("Win rate", "100.0%");
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < report.byPeriod.size(); ++i) {
      const PeriodTally& period = report.byPeriod[i];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(period.period.c_str());
      ImGui::TableNextColumn();
      textRightAligned(std::to_string(period.counts.won));
      ImGui::TableNextColumn();
      textRightAligned(std::to_string(period.counts.lost));
      ImGui::TableNextColumn();
      textRightAligned(std::to_string(period.counts.noDecision));
      ImGui::TableNextColumn();
      const std::string rate = rateText(period.counts.winRate());
      const float w = ImGui::CalcTextSize(rate.c_str()).x;
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - w));
      labelledText(rate, "period-rate-" + std::to_string(i), period.counts.decided() ? p.text : p.textMuted);
    }
    ImGui::EndTable();
  }
  std::string notes;
  if (report.withoutDate > 0)
    notes += std::to_string(report.withoutDate) + (report.withoutDate == 1 ? " deal has" : " deals have") + " no close date. ";
  if (report.outsidePlan > 0)
    notes += std::to_string(report.outsidePlan) + (report.outsidePlan == 1 ? " deal" : " deals") + " closed outside the plan period.";
  if (!notes.empty()) {
    ImGui::PushFont(smallFont());
    textWrappedMuted(notes.c_str());
    ImGui::PopFont();
  }
}

}  // namespace

void WinLossView::drawBreakdowns(UiContext& ui, float width) {
  const Document& doc = ui.history().doc();
  const float s = theme::scale();
  beginCard("##winloss-breakdowns", nullptr, width);
  caption("WIN RATE BY");
  ImGui::Dummy(ImVec2(0, 2 * s));
  const float inner = ImGui::GetContentRegionAvail().x;
  breakdown_ = segmentedControl("winloss-breakdown", {"Reason", "Competitor", "Segment", "Period"}, breakdown_,
                                std::min(inner, 560 * s));
  ImGui::Dummy(ImVec2(0, 8 * s));
  if (report_.deals() == 0) {
    textWrappedMuted("No closed deals yet: the breakdowns count entries of the kind \xE2\x80\x9C"
                     "Closed deal\xE2\x80\x9D. Renewals, upsells and cross-sells feed the insight feed below.");
  } else if (breakdown_ == 0) {
    drawReasons(report_, doc.plan.currency, inner);
  } else if (breakdown_ == 1) {
    drawGroups("competitor", "Competitor", "No competitor named", report_.byCompetitor, report_.totals, inner);
  } else if (breakdown_ == 2) {
    drawGroups("segment", "Segment", "No segment named", report_.bySegment, report_.totals, inner);
  } else {
    drawPeriods(report_, inner);
  }
  endCard();
}

}  // namespace gp::ui::winloss
