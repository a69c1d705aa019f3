#include "growth_panels.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "core/text/number_text.h"
#include "columns.h"
#include "growth_fields.h"
#include "theme.h"
#include "tile_grid.h"
#include "widgets.h"

namespace gp::ui {

const char* growthPartLabel(GrowthPart part) {
  switch (part) {
    case GrowthPart::funnel: return "Goal and funnel";
    case GrowthPart::periods: return "Periods";
    case GrowthPart::sources: return "Sources";
    case GrowthPart::capacity: return "Capacity";
    case GrowthPart::budget: return "Budget";
    case GrowthPart::scenarios: break;
  }
  return "Scenarios";
}

GrowthPart growthPartOfField(const std::string& field) {
  if (field.starts_with("growth.scenarios")) return GrowthPart::scenarios;
  if (field.starts_with("growth.periodWeights") || field.starts_with("plan.")) return GrowthPart::periods;
  if (field.starts_with("growth.sources")) return GrowthPart::sources;
  if (field.starts_with("growth.capacity")) return GrowthPart::capacity;
  if (field.starts_with("growth.budget")) return GrowthPart::budget;
  return GrowthPart::funnel;
}

int issueCount(const GrowthResults& results, GrowthPart part) {
  return static_cast<int>(std::count_if(results.issues.begin(), results.issues.end(),
                                        [&](const ValidationIssue& i) { return growthPartOfField(i.field) == part; }));
}

std::string money(double amount, const std::string& currency) {
  return formatMoney(std::fabs(amount) >= 100 ? std::round(amount) : amount, currency);
}

std::string signedDelta(double delta, bool isMoney, const std::string& currency) {
  if (std::fabs(delta) < 0.005) return "no change";
  const std::string sign = delta > 0 ? "+" : "-";
  return sign + (isMoney ? money(std::fabs(delta), currency) : formatCount(std::fabs(delta)));
}

void fixInputsPanel(const GrowthResults& results, float width) {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float pad = 16 * s;

  std::string where;
  for (GrowthPart part : kGrowthParts) {
    int count = 0;
    for (const auto& issue : results.waterfall.issues) count += growthPartOfField(issue.field) == part;
    if (count == 0) continue;
    if (!where.empty()) where += ", ";
    where += std::to_string(count) + " in " + growthPartLabel(part);
  }
  const size_t n = results.waterfall.issues.size();
  std::string detail = std::to_string(n) + (n == 1 ? " input needs" : " inputs need") + " a change before the plan's numbers can be worked out (" + where + ").";
  for (const auto& issue : results.waterfall.issues)
    if (issue.field.starts_with("plan.")) detail += " Plan overview: " + issue.message + ".";

  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(origin.x + pad + 6 * s, origin.y + pad));
  ImGui::BeginGroup();
  labelledText("Fix the highlighted inputs", "growth-invalid", p.danger, headingFont());
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * pad - 6 * s);
  ImGui::TextUnformatted(detail.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  const float h = ImGui::GetItemRectMax().y - origin.y + pad;
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + h), theme::u32(p.dangerSoft), 10 * s);
  dl->AddRectFilled(origin, ImVec2(origin.x + 5 * s, origin.y + h), theme::u32(p.danger), 10 * s, ImDrawFlags_RoundCornersLeft);
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + h));
  ImGui::Dummy(ImVec2(width, 0));
}

namespace {

struct Tile {
  const char* id;
  std::string title;
  std::string value;
  std::string valueId;
  std::string note;
  ImVec4 noteColor;
  std::optional<ImVec4> accent;
};

void drawTile(TileGrid& grid, const Tile& t, float width) {
  grid.begin(t.id, width, t.accent ? &*t.accent : nullptr);
  // Title and note wrap at word breaks; the value (one figure) always has room (see tileMinWidth).
  ImGui::PushTextWrapPos(0.0f);
  caption(t.title.c_str());
  ImGui::PopTextWrapPos();
  labelledText(t.value, t.valueId, theme::palette().text, headingFont());
  ImGui::PushFont(smallFont());
  labelledText(t.note, t.valueId + "-note", t.noteColor, nullptr, ImGui::GetContentRegionAvail().x);
  ImGui::PopFont();
  grid.end();
  nameLastItem(t.id);
}

// Wide enough for the widest figure with the card's padding, and never narrower than 180 CSS px.
float tileMinWidth(const std::vector<Tile>& tiles) {
  const float s = theme::scale();
  float widest = 0;
  ImGui::PushFont(headingFont());
  for (const Tile& t : tiles) widest = std::max(widest, ImGui::CalcTextSize(t.value.c_str()).x);
  ImGui::PopFont();
  return std::max(180 * s, widest + 56 * s);
}

}  // namespace

void headlineTiles(const GrowthResults& r, const Document& doc, float width) {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const float gap = 12 * s;
  const std::string& currency = doc.plan.currency;
  const GrowthAssumptions& a = doc.growth.assumptions;
  const WaterfallResult& wf = r.waterfall;
  const size_t last = wf.stageNames.size() - 1;

  std::vector<Tile> tiles;
  const std::string months = std::to_string(r.period.months) + " months, " + std::to_string(wf.periods.size()) +
                             (a.periods == PeriodGranularity::monthly ? " monthly" : " quarterly") + " periods";
  tiles.push_back({"##tile-target", "REVENUE TARGET", money(a.target, currency), "kpi-target", months, p.textMuted, {}});
  tiles.push_back({"##tile-deals", "DEALS TO WIN", formatCount(wf.total.required[last]), "kpi-deals",
                   "at " + money(a.averageDealSize, currency) + " each", p.textMuted, {}});
  std::string firstTitle;
  for (char c : wf.stageNames.front()) firstTitle += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  if (!firstTitle.empty() && firstTitle.back() != 'S') firstTitle += 'S';
  firstTitle += " NEEDED";
  const std::string entering = wf.periods.empty() ? std::string() : "first ones entering in " + wf.periods.front().leadsCreatedIn;
  tiles.push_back({"##tile-first", firstTitle, formatCount(wf.total.required.front()), "kpi-first-stage", entering, p.textMuted, {}});
  const bool capacityOk = r.capacity.gap <= 0.5;
  const ImVec4 capColor = capacityOk ? p.success : p.danger;
  tiles.push_back({"##tile-capacity", "SALES CAPACITY", formatPercent(r.capacity.capacityCoverage, 0) + " of target", "kpi-capacity",
                   capacityOk ? "the team can carry the target" : "short by " + money(r.capacity.gap, currency), capColor, capColor});
  if (!r.budget.costKnown) {
    tiles.push_back({"##tile-budget", "MARKETING BUDGET", money(r.budget.budget, currency), "kpi-budget",
                     "add channels to price the leads", p.warning, p.warning});
  } else {
    const bool budgetOk = r.budget.moneyGap <= 0.5;
    const ImVec4 color = budgetOk ? p.success : p.danger;
    tiles.push_back({"##tile-budget", "MARKETING BUDGET", money(r.budget.budget, currency), "kpi-budget",
                     budgetOk ? money(-r.budget.moneyGap, currency) + " to spare"
                              : "short by " + money(r.budget.moneyGap, currency) + " (" + formatCount(r.budget.leadsGap) + " leads)",
                     color, color});
  }

  // As many per row as fit at their minimum width; rows share the width equally.
  const int count = static_cast<int>(tiles.size());
  const int perRow = columnsFitting(width, tileMinWidth(tiles), gap, count);
  const int rows = (count + perRow - 1) / perRow;
  const int columns = (count + rows - 1) / rows;  // balanced: 3 + 2 rather than 4 + 1
  const float w = columnWidth(width, columns, gap);
  TileGrid grid("##headline-tiles", columns, gap);
  for (const Tile& tile : tiles) drawTile(grid, tile, w);
}

}  // namespace gp::ui
