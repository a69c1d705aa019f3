#include "growth_panels.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/text/number_text.h"
#include "growth_fields.h"
#include "theme.h"
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

void tile(const char* id, const char* title, const std::string& value, const std::string& valueId, const std::string& note,
          const ImVec4& noteColor, float width, const ImVec4* accent) {
  beginCard(id, accent, width);
  caption(title);
  labelledText(value, valueId, theme::palette().text, headingFont());
  ImGui::PushFont(smallFont());
  labelledText(note, valueId + "-note", noteColor, nullptr, ImGui::GetContentRegionAvail().x);
  ImGui::PopFont();
  endCard();
}

}  // namespace

void headlineTiles(const GrowthResults& r, const Document& doc, float width) {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const float gap = 12 * s;
  const float w = std::floor((width - 4 * gap) / 5);
  const std::string& currency = doc.plan.currency;
  const GrowthAssumptions& a = doc.growth.assumptions;
  const WaterfallResult& wf = r.waterfall;
  const size_t last = wf.stageNames.size() - 1;

  const std::string months = std::to_string(r.period.months) + " months, " + std::to_string(wf.periods.size()) +
                             (a.periods == PeriodGranularity::monthly ? " monthly" : " quarterly") + " periods";
  tile("##tile-target", "REVENUE TARGET", money(a.target, currency), "kpi-target", months, p.textMuted, w, nullptr);
  ImGui::SameLine(0, gap);
  tile("##tile-deals", "DEALS TO WIN", formatCount(wf.total.required[last]), "kpi-deals",
       "at " + money(a.averageDealSize, currency) + " each", p.textMuted, w, nullptr);
  ImGui::SameLine(0, gap);
  std::string first = wf.stageNames.front();
  std::string firstTitle;
  for (char c : first) firstTitle += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  if (!firstTitle.empty() && firstTitle.back() != 'S') firstTitle += 'S';
  firstTitle += " NEEDED";
  const std::string entering = wf.periods.empty() ? std::string() : "first ones entering in " + wf.periods.front().leadsCreatedIn;
  tile("##tile-first", firstTitle.c_str(), formatCount(wf.total.required.front()), "kpi-first-stage", entering, p.textMuted, w,
       nullptr);
  ImGui::SameLine(0, gap);
  const bool capacityOk = r.capacity.gap <= 0.5;
  const ImVec4 capColor = capacityOk ? p.success : p.danger;
  tile("##tile-capacity", "SALES CAPACITY", formatPercent(r.capacity.capacityCoverage, 0) + " of target", "kpi-capacity",
       capacityOk ? "the team can carry the target" : "short by " + money(r.capacity.gap, currency), capColor, w, &capColor);
  ImGui::SameLine(0, gap);
  if (!r.budget.costKnown) {
    tile("##tile-budget", "MARKETING BUDGET", money(r.budget.budget, currency), "kpi-budget",
         "add channels to price the leads", p.warning, w, &p.warning);
  } else {
    const bool budgetOk = r.budget.moneyGap <= 0.5;
    const ImVec4 color = budgetOk ? p.success : p.danger;
    tile("##tile-budget", "MARKETING BUDGET", money(r.budget.budget, currency), "kpi-budget",
         budgetOk ? money(-r.budget.moneyGap, currency) + " to spare"
                  : "short by " + money(r.budget.moneyGap, currency) + " (" + formatCount(r.budget.leadsGap) + " leads)",
         color, w, &color);
  }
}

}  // namespace gp::ui
