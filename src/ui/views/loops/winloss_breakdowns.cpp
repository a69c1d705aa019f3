// The win rate broken down by reason, competitor, segment and period: a chart (exact numbers on
// hover) and the table behind it, one breakdown at a time.
#include <algorithm>
#include <cmath>

#include "core/text/number_text.h"
#include "ui/charts.h"
#include "ui/growth_fields.h"
#include "ui/theme.h"
#include "ui/wide_table.h"
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

// Tight cells; on a page too narrow for every column the table scrolls sideways (WideTable).
// Numbers never stretch: their columns are as wide as their header or widest value.
class BreakdownTable {
 public:
  BreakdownTable(const char* id, float width) : table_(id, width) {}

  bool begin(const std::vector<WideColumn>& columns) {
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(5 * theme::scale(), ImGui::GetStyle().CellPadding.y));
    const bool open = table_.begin(columns, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_NoPadOuterX);
    ImGui::PopStyleVar();
    if (!open) return false;
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (size_t c = 0; c < columns.size(); ++c) {
      ImGui::TableSetColumnIndex(static_cast<int>(c));
      table_.fitLine(columns[c].header);
      ImGui::TableHeader(columns[c].header);
    }
    return true;
  }
  void end() { table_.end(); }

  // A name, wrapped between words; labelled `id` for automation.
  void name(const std::string& text, const std::string& id, const ImVec4& color) {
    ImGui::TableNextColumn();
    table_.fitWords(text);
    labelledText(text, id, color, nullptr, ImGui::GetContentRegionAvail().x);
  }
  void line(const char* text, const ImVec4& color) {
    ImGui::TableNextColumn();
    table_.fitLine(text);
    textColored(color, text);
  }
  void number(const std::string& text) {
    ImGui::TableNextColumn();
    table_.fitLine(text);
    textRightAligned(text);
  }
  void labelledNumber(const std::string& text, const std::string& id, const ImVec4& color) {
    ImGui::TableNextColumn();
    table_.fitLine(text);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(text.c_str()).x));
    labelledText(text, id, color);
  }

 private:
  WideTable table_;
};

WideColumn nameColumn(const char* header) { return {header, 1.0f, 120 * theme::scale()}; }
WideColumn numberColumn(const char* header) { return {header, 0.0f}; }

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
  BreakdownTable table((std::string("##table-") + id).c_str(), width);
  if (!table.begin({nameColumn(nameHeader), numberColumn("Won"), numberColumn("Lost"), numberColumn("No decision"),
                    numberColumn("Win rate")}))
    return;
  for (size_t i = 0; i < groups.size(); ++i) {
    const GroupTally& group = groups[i];
    ImGui::TableNextRow();
    const std::string index = std::to_string(i);
    table.name(group.name.empty() ? std::string(none) : group.name, std::string(id) + "-name-" + index,
               group.name.empty() ? p.textMuted : p.text);
    table.number(std::to_string(group.counts.won));
    table.number(std::to_string(group.counts.lost));
    table.number(std::to_string(group.counts.noDecision));
    table.labelledNumber(rateText(group.counts.winRate()), std::string(id) + "-rate-" + index, p.text);
  }
  table.end();
}

void drawReasons(const WinLossReport& report, const std::string& currency, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
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
  BreakdownTable table("##table-reasons", width);
  if (!table.begin({numberColumn("Outcome"), nameColumn("Primary reason"), numberColumn("Deals"), numberColumn("Amount")})) return;
  for (size_t i = 0; i < report.byReason.size(); ++i) {
    const ReasonTally& reason = report.byReason[i];
    ImGui::TableNextRow();
    table.line(dealOutcomeLabel(reason.outcome), outcomeColor(reason.outcome));
    table.name(reason.reason.empty() ? std::string("No reason given") : reason.reason, "reason-name-" + std::to_string(i),
               reason.reason.empty() ? p.textMuted : p.text);
    table.number(std::to_string(reason.count));
    table.number(formatMoney(reason.amount, currency));
  }
  table.end();
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
  BreakdownTable table("##table-periods", width);
  if (table.begin({nameColumn("Period"), numberColumn("Won"), numberColumn("Lost"), numberColumn("No decision"),
                   numberColumn("Win rate")})) {
    for (size_t i = 0; i < report.byPeriod.size(); ++i) {
      const PeriodTally& period = report.byPeriod[i];
      ImGui::TableNextRow();
      const std::string index = std::to_string(i);
      table.name(period.period, "period-name-" + index, p.text);
      table.number(std::to_string(period.counts.won));
      table.number(std::to_string(period.counts.lost));
      table.number(std::to_string(period.counts.noDecision));
      table.labelledNumber(rateText(period.counts.winRate()), "period-rate-" + index,
                           period.counts.decided() ? p.text : p.textMuted);
    }
    table.end();
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
