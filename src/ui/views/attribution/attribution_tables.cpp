// The Attribution page's tables: models side by side, sourced against touched, the plan's periods
// and the plan's campaigns. Numbers are rounded only here, when shown.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "attribution_view.h"
#include "core/growth/plan_period.h"
#include "core/text/number_text.h"
#include "core/text/text_fold.h"
#include "ui/growth_fields.h"
#include "ui/term_text.h"
#include "ui/theme.h"
#include "ui/wide_table.h"
#include "ui/widgets.h"
#include "ui/word_wrap.h"

namespace gp::ui::attribution {

namespace {

// A model's number this far from the agreed model's is marked: where the models disagree is where
// the teams should look before they sign.
constexpr double kNotableDifference = 0.25;

constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;

// A table that keeps its columns readable and, on a page too narrow for them, scrolls sideways
// with its first column (the names) held in place.
bool beginTable(WideTable& table, const std::vector<WideColumn>& columns) {
  if (!table.begin(columns, kTableFlags)) return false;
  if (table.scrolls()) ImGui::TableSetupScrollFreeze(1, 0);
  return true;
}

// A name in the first column, wrapped between words.
void nameCell(WideTable& table, const std::string& name, bool muted = false) {
  ImGui::TableNextColumn();
  table.fitWords(name);
  ImGui::PushStyleColor(ImGuiCol_Text, muted ? theme::palette().textMuted : theme::palette().text);
  ImGui::PushTextWrapPos(0);
  textWrappedBetweenWords(name);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void sectionHeading(const char* captionText, const char* title) {
  caption(captionText);
  ImGui::PushFont(headingFont());
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(title);
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

float columnWidth(const char* header, const char* sample) {
  return std::max(ImGui::CalcTextSize(header).x, ImGui::CalcTextSize(sample).x) + 16 * theme::scale();
}

struct Row {
  std::string name;
  std::vector<int64_t> amounts;  // one per model shown
};

}  // namespace

void drawComparison(const Shown& shown, Measure measure, int& dimension, const std::string& currency, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  sectionHeading("THE MODELS SIDE BY SIDE", shown.fromRows ? "Credit by model" : "Credit under the stored model");
  dimension = segmentedControl("##attribution-dimension", {"By channel", "By campaign", "By team"}, dimension,
                               std::min(width, 420 * s));
  ImGui::Dummy(ImVec2(0, 4 * s));
  // Rows in the agreed model's order, each model a column.
  std::vector<Row> rows;
  {
    std::map<std::string, size_t> index;
    const size_t columns = shown.models.size();
    const auto add = [&](const std::string& name, size_t column, int64_t amount) {
      auto [it, isNew] = index.emplace(name, rows.size());
      if (isNew) rows.push_back(Row{name, std::vector<int64_t>(columns, 0)});
      if (column < columns) rows[it->second].amounts[column] += amount;
    };
    const auto collect = [&](const AttributionResult& result, size_t column) {
      if (dimension == 0)
        for (const auto& item : result.byChannel) add(item.name, column, amountOf(item.credit, measure));
      else if (dimension == 1)
        for (const auto& item : result.byCampaign) add(item.name, column, amountOf(item.credit, measure));
      else
        for (const TouchTeam team : kAllTouchTeams)
          add(touchTeamLabel(team), column, amountOf(result.byTeam[static_cast<size_t>(team)], measure));
    };
    collect(*shown.agreed, columns);  // the order
    for (size_t c = 0; c < columns; ++c) collect(*shown.models[c], c);
  }
  size_t agreedColumn = shown.models.size();
  for (size_t c = 0; c < shown.models.size(); ++c)
    if (shown.models[c] == shown.agreed) agreedColumn = c;

  const char* none = dimension == 0 ? "No channel" : dimension == 1 ? "No campaign" : "";
  float modelWidth = 0;
  for (const AttributionResult* result : shown.models)
    modelWidth = std::max(modelWidth, ImGui::CalcTextSize(attributionModelLabel(result->settings.model)).x + 12 * s);
  for (const Row& row : rows)
    for (const int64_t amount : row.amounts)
      modelWidth = std::max(modelWidth, ImGui::CalcTextSize(money(amount, currency).c_str()).x + 16 * s);
  std::vector<WideColumn> headers{{dimension == 0 ? "Channel" : dimension == 1 ? "Campaign" : "Team", 1.4f, 150 * s}};
  for (const AttributionResult* result : shown.models)
    headers.push_back({attributionModelLabel(result->settings.model), 1.0f, 0, modelWidth});
  WideTable table("##attribution-models", ImGui::GetContentRegionAvail().x);
  if (beginTable(table, headers)) {
    ImGui::TableHeadersRow();
    for (size_t r = 0; r < rows.size(); ++r) {
      const Row& row = rows[r];
      ImGui::TableNextRow();
      nameCell(table, row.name.empty() ? std::string(none) : row.name, row.name.empty());
      const int64_t agreed = agreedColumn < row.amounts.size() ? row.amounts[agreedColumn] : 0;
      for (size_t c = 0; c < row.amounts.size(); ++c) {
        ImGui::TableNextColumn();
        const int64_t amount = row.amounts[c];
        const double base = static_cast<double>(std::max<int64_t>(agreed, 1));
        const bool notable = c != agreedColumn && std::fabs(static_cast<double>(amount - agreed)) / base >= kNotableDifference &&
                             std::llabs(amount - agreed) >= kMicrosPerUnit;
        if (c == agreedColumn) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, theme::u32(p.accentSoft));
        else if (notable) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, theme::u32(p.warningSoft));
        const std::string text = money(amount, currency);
        textRightAligned(text);
        const std::string model = attributionModelLabel(shown.models[c]->settings.model);
        std::string name = (row.name.empty() ? std::string(none) : row.name) + ", " + model + ": " + text;
        if (notable) {
          const double change = (static_cast<double>(amount) - static_cast<double>(agreed)) / base;
          name += " (" + std::string(change > 0 ? "+" : "") + formatPercent(change, 0) + " against the agreed model)";
        }
        exposeLastItem(name + "##attribution-cell-" + std::to_string(r) + "-" + std::to_string(c));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", name.c_str());
      }
    }
    table.end();
  }
  if (shown.fromRows) {
    colorDot(p.accent);
    ImGui::SameLine();
    textMuted("The agreed model");
    const float nextW = ImGui::CalcTextSize("At least 25% away from the agreed model").x + 40 * s;
    ImGui::SameLine(0, 16 * s);
    if (ImGui::GetContentRegionAvail().x < nextW) ImGui::NewLine();
    colorDot(p.warning);
    ImGui::SameLine();
    textMuted("At least 25% away from the agreed model");
  }
}

void drawSourcedTouched(const Shown& shown, Measure measure, const std::string& currency, float width) {
  (void)width;
  const float s = theme::scale();
  const AttributionResult& result = *shown.agreed;
  sectionHeading("WHO GETS THE CREDIT", "Sourced, touched and shared");
  textWrappedMuted("Sourced: the team of the first touch. Touched: any touch by the team (a deal can be touched by "
                   "several). The CRM's own source field is beside them, so the difference between definitions shows.");
  ImGui::Dummy(ImVec2(0, 4 * s));
  const char* headers[] = {"CRM source", "First-touch sourced", "Touched", "Agreed model's share"};
  std::vector<WideColumn> columns{{"Team", 0.8f, 0, 110 * s}};
  for (const char* header : headers) columns.push_back({header, 1.0f, 0, columnWidth(header, "EUR 10,000,000")});
  WideTable table("##attribution-sourced", ImGui::GetContentRegionAvail().x);
  if (!beginTable(table, columns)) return;
  ImGui::TableHeadersRow();
  for (const TouchTeam team : kAllTouchTeams) {
    const size_t t = static_cast<size_t>(team);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(touchTeamLabel(team));
    const Credit* credits[] = {&result.crmSourced[t], &result.sourced[t], &result.touched[t], &result.byTeam[t]};
    const char* names[] = {"CRM source", "sourced", "touched", "credit"};
    for (int i = 0; i < 4; ++i) {
      ImGui::TableNextColumn();
      const std::string text = money(amountOf(*credits[i], measure), currency);
      textRightAligned(text);
      exposeLastItem(std::string(touchTeamLabel(team)) + " " + names[i] + ": " + text);
    }
  }
  table.end();
}

void drawPeriods(const Document& doc, const AttributionResult& result, Measure measure, const std::string& currency,
                 float width) {
  (void)width;
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  sectionHeading("OVER THE PLAN'S PERIODS", "Marketing-touched against marketing-sourced");
  const std::string now = doc.plan.periodStart.empty() ? std::string("2027") : doc.plan.periodStart;
  const PlanPeriod period = planPeriodOf(doc.plan, std::atoi(now.substr(0, 4).c_str()));
  const std::vector<PeriodSlot> slots = periodSlots(period, doc.growth.assumptions.periods);
  // Months of opportunity creation, summed into the plan's periods; months outside are counted apart.
  std::vector<Credit> touched(slots.size()), sourced(slots.size());
  Credit outsideTouched, outsideSourced;
  for (const MonthCredit& month : result.byMonth) {
    const std::string label = periodLabelOfDate(month.month + "-01", doc.growth.assumptions.periods);
    size_t i = 0;
    while (i < slots.size() && slots[i].label != label) ++i;
    Credit& t = i < slots.size() ? touched[i] : outsideTouched;
    Credit& so = i < slots.size() ? sourced[i] : outsideSourced;
    t.pipelineMicros += month.touchedByMarketing.pipelineMicros;
    t.revenueMicros += month.touchedByMarketing.revenueMicros;
    so.pipelineMicros += month.sourcedByMarketing.pipelineMicros;
    so.revenueMicros += month.sourcedByMarketing.revenueMicros;
  }
  int64_t most = 1;
  for (size_t i = 0; i < slots.size(); ++i) most = std::max(most, amountOf(touched[i], measure));
  const float amountW = std::max(columnWidth("Marketing-touched", "EUR 10,000,000"), columnWidth("Marketing-sourced", ""));
  const bool narrow = ImGui::GetContentRegionAvail().x < 90 * s + 2 * amountW + 120 * s;
  if (!ImGui::BeginTable("##attribution-periods", narrow ? 3 : 4, kTableFlags)) return;
  ImGui::TableSetupColumn("Period", ImGuiTableColumnFlags_WidthFixed, 80 * s);
  ImGui::TableSetupColumn("Marketing-touched", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Marketing-sourced", ImGuiTableColumnFlags_WidthStretch);
  if (!narrow) ImGui::TableSetupColumn("##bars", ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < slots.size(); ++i) {
    const int64_t t = amountOf(touched[i], measure), so = amountOf(sourced[i], measure);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(slots[i].label.c_str());
    ImGui::TableNextColumn();
    textRightAligned(money(t, currency));
    ImGui::TableNextColumn();
    textRightAligned(money(so, currency));
    exposeLastItem(slots[i].label + ": touched " + money(t, currency) + ", sourced " + money(so, currency));
    if (narrow) continue;  // the numbers say it; the bars need room
    ImGui::TableNextColumn();
    // Two thin bars: touched behind, sourced in front (sourced is part of touched).
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float full = std::max(20.0f, ImGui::GetContentRegionAvail().x);
    const float h = ImGui::GetTextLineHeight();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float wt = full * static_cast<float>(static_cast<double>(t) / static_cast<double>(most));
    const float ws = full * static_cast<float>(static_cast<double>(so) / static_cast<double>(most));
    draw->AddRectFilled(at, ImVec2(at.x + wt, at.y + h), theme::u32(p.accentSoft), 3 * s);
    draw->AddRectFilled(ImVec2(at.x, at.y + h * 0.25f), ImVec2(at.x + ws, at.y + h * 0.75f), theme::u32(p.accent), 3 * s);
    ImGui::Dummy(ImVec2(full, h));
  }
  ImGui::EndTable();
  if (amountOf(outsideTouched, measure) > 0)
    textMuted(("Outside the plan's periods: touched " + money(amountOf(outsideTouched, measure), currency) + ", sourced " +
               money(amountOf(outsideSourced, measure), currency) + ".").c_str());
}

void drawCampaigns(const Document& doc, const AttributionResult& result, Measure measure, const std::string& currency,
                   float width) {
  (void)width;
  const float s = theme::scale();
  sectionHeading("AGAINST THE PLAN'S CAMPAIGNS", "What each campaign was expected to bring, and what it earned");
  textWrappedMuted("CRM campaigns are matched to the plan's campaigns by name (ignoring case) or by id.");
  ImGui::Dummy(ImVec2(0, 4 * s));
  std::vector<bool> matched(result.byCampaign.size(), false);
  const char* headers[] = {"Expected leads", "Expected MQLs", "Attributed", "Per expected MQL"};
  std::vector<WideColumn> columns{{"Plan campaign", 2.2f, 220 * s}};
  for (const char* header : headers) columns.push_back({header, 1.0f, 0, columnWidth(header, "EUR 1,000,000")});
  WideTable table("##attribution-campaigns", ImGui::GetContentRegionAvail().x);
  if (beginTable(table, columns)) {
    ImGui::TableHeadersRow();
    for (const Campaign& campaign : doc.campaigns) {
      int64_t earned = 0;
      for (size_t i = 0; i < result.byCampaign.size(); ++i) {
        const std::string& name = result.byCampaign[i].name;
        if (name.empty() || !(foldCase(name) == foldCase(campaign.name) || name == campaign.meta.id)) continue;
        matched[i] = true;
        earned += amountOf(result.byCampaign[i].credit, measure);
      }
      ImGui::TableNextRow();
      nameCell(table, campaign.name.empty() ? std::string("Untitled campaign") : campaign.name);
      ImGui::TableNextColumn();
      textRightAligned(formatNumber(campaign.expectedLeads));
      ImGui::TableNextColumn();
      textRightAligned(formatNumber(campaign.expectedMqls));
      ImGui::TableNextColumn();
      textRightAligned(money(earned, currency));
      exposeLastItem((campaign.name.empty() ? std::string("Untitled campaign") : campaign.name) + " attributed: " +
                     money(earned, currency));
      ImGui::TableNextColumn();
      textRightAligned(campaign.expectedMqls > 0
                       ? formatMoney(std::round(static_cast<double>(earned) / kMicrosPerUnit / campaign.expectedMqls), currency)
                       : std::string("\xE2\x80\x94"));
    }
    table.end();
  }
  std::string unmatched;
  size_t count = 0;
  for (size_t i = 0; i < result.byCampaign.size(); ++i) {
    if (matched[i] || result.byCampaign[i].name.empty()) continue;
    if (count++ < 12) unmatched += (unmatched.empty() ? "" : ", ") + result.byCampaign[i].name;
  }
  if (count > 12) unmatched += " and " + std::to_string(count - 12) + " more";
  if (count > 0) {
    const std::string text = "Not in the plan: " + unmatched + ".";
    ImGui::PushTextWrapPos(0);
    textWrappedMuted(text.c_str());
    ImGui::PopTextWrapPos();
    exposeLastItem(text + "##attribution-unmatched");
  }
}

}  // namespace gp::ui::attribution
