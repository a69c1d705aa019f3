// The Budget tab: the marketing budget against what the marketing-sourced leads cost.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/text/number_text.h"
#include "growth_view.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui::growth {

void GrowthView::drawBudget(UiContext& ui, float width) {
  drawInputsAndCheck(width, "##budget-card", "##budget-check-card", "BUDGET CHECK", [&](float gap) {
    const GrowthAssumptions a = ui.history().doc().growth.assumptions;
    const std::vector<ValidationIssue>& issues = results_.issues;
    const float s = theme::scale();
    sectionTitle("MARKETING BUDGET", "What marketing can spend on the plan period, and what a lead costs in each channel.");
    const float w = std::floor((ImGui::GetContentRegionAvail().x - gap) / 2);
    ImGui::BeginGroup();
    caption(withCurrency("Budget for the plan", currency_).c_str());
    applyNumber(ui, numberField("##growth-budget", a.budget.amount, NumberStyle::amount, w, "e.g. 120k"), "growth:budget",
                [](GrowthAssumptions& x, double v) { x.budget.amount = v; });
    fieldIssues(issues, "growth.budget.amount", w);
    ImGui::EndGroup();

    ImGui::Dummy(ImVec2(0, 6 * s));
    ImGui::AlignTextToFramePadding();
    caption("CHANNELS");
    ImGui::SameLine();
    alignRight(buttonWidth("Add channel"));
    const bool add = button("Add channel");
    if (a.budget.channels.empty()) smallMuted("No channels: add one to price the marketing-sourced leads.");
    std::optional<size_t> remove;
    double sum = 0;
    for (size_t i = 0; i < a.budget.channels.size(); ++i) {
      const Channel& channel = a.budget.channels[i];
      sum += channel.share;
      const ItemRow item{"Channel", "channel", channel.name, "e.g. Paid search", "growth:channel:" + channel.id + ":",
                         at("growth.budget.channels", i), true, 110 * s,
                         [i](GrowthAssumptions& x, const std::string& name) { x.budget.channels[i].name = name; },
                         {{"Cost per lead", "channel-cpl", channel.costPerLead, NumberStyle::amount, "cpl", "costPerLead",
                           [i](GrowthAssumptions& x, double v) { x.budget.channels[i].costPerLead = v; }},
                          {"Share of leads", "channel-share", channel.share, NumberStyle::rate, "share", "share",
                           [i](GrowthAssumptions& x, double v) { x.budget.channels[i].share = v; }}}};
      if (itemRow(ui, i, item)) remove = i;
    }
    if (!a.budget.channels.empty() && !fieldIssues(issues, "growth.budget.channels")) {
      ImGui::PushFont(smallFont());
      labelledText("Shares add up to " + formatPercent(sum, 2), "channels-sum", theme::palette().success);
      ImGui::PopFont();
    }
    if (add)
      edit(ui, {}, [&](GrowthAssumptions& x) {
        x.budget.channels.push_back(Channel{"", freshName(x.budget.channels, "New channel"), 50, x.budget.channels.empty() ? 1.0 : 0.0});
      });
    else if (remove)
      edit(ui, {}, [&](GrowthAssumptions& x) { x.budget.channels.erase(x.budget.channels.begin() + static_cast<long>(*remove)); });
  }, [&] { drawBudgetCheck(); });
}

void GrowthView::drawBudgetCheck() {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  if (!results_.ok()) {
    labelledText("Fix the highlighted inputs to see the check.", "budget-invalid", p.danger);
  } else {
    const BudgetResult& b = results_.budget;
    const float right = ImGui::GetContentRegionMax().x;
    if (!b.costKnown) {
      verdict("Add a channel to price the leads", "budget-verdict", p.warning);
    } else {
      const bool good = b.moneyGap <= 0.5;
      verdict(good ? "The budget pays for the leads" : "Short by " + money(b.moneyGap, currency_), "budget-verdict",
              good ? p.success : p.danger);
    }
    ImGui::Spacing();
    metricLine(("Marketing-sourced " + b.leadStageName + "s needed").c_str(), formatCount(b.marketingLeads), "bud-leads", right);
    if (b.costKnown) {
      metricLine("Blended cost per lead", money(b.costPerLead, currency_), "bud-cpl", right);
      metricLine("What those leads cost", money(b.cost, currency_), "bud-cost", right);
      metricLine("Budget", money(b.budget, currency_), "bud-budget", right);
      const bool good = b.moneyGap <= 0.5;
      const ImVec4 color = good ? p.success : p.danger;
      metricLine(good ? "Left over" : "Gap in money", money(std::fabs(b.moneyGap), currency_), "bud-gap", right, &color);
      metricLine("Leads the budget pays for", formatCount(b.affordableLeads), "bud-affordable", right);
      const ImVec4 leadsColor = b.leadsGap > 0 ? p.danger : p.success;
      metricLine("Gap in leads", b.leadsGap > 0 ? formatCount(b.leadsGap) : std::string("none"), "bud-leads-gap", right, &leadsColor);
      ImGui::Dummy(ImVec2(0, 6 * s));
      caption("BY CHANNEL");
      for (const auto& channel : b.channels)
        metricLine(channel.name.c_str(), formatCount(channel.leads) + " leads \xC2\xB7 " + money(channel.cost, currency_),
                   "bud-channel-" + channel.id, right);
    }
  }
}

}  // namespace gp::ui::growth
