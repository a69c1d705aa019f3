// The Dashboard: the headline figures and four charts people read at a glance, all computed from
// the Growth plan's assumptions (GrowthResults), with exact numbers in tooltips.

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/text/number_text.h"
#include "ui/attribution_workspace.h"
#include "core/growth/stage_targets.h"
#include "ui/charts.h"
#include "ui/fitted_text.h"
#include "ui/growth_fields.h"
#include "ui/growth_panels.h"
#include "ui/growth_results.h"
#include "ui/page_frame.h"
#include "ui/term_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/views/views.h"

namespace gp::ui {

namespace {

constexpr float kMinChartWidth = 440;  // CSS px a chart needs beside another

class DashboardView final : public View {
 public:
  const char* title() const override { return "Dashboard"; }
  void draw(UiContext& ui) override;

 private:
  void drawFunnel(float width, float height);
  void drawCoverage(float width, float height);
  void drawPeriods(const Document& doc, float width, float height);
  void drawChannels(float width);
  void drawAttributedChannels(UiContext& ui, float width);

  GrowthResults results_;
  std::string currency_;
  std::string periodStageId_;  // the stage the per-period chart shows; empty: the MQL stage
  std::optional<AttributionModel> channelModel_;  // the attributed-pipeline card's model; empty: the agreed one
};

// Small text wrapped at word breaks to the card's width.
void smallWrapped(const ImVec4& color, const std::string& text) {
  ImGui::PushFont(smallFont());
  ImGui::PushTextWrapPos(0.0f);
  textColored(color, text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

void cardTitle(const char* title, const std::string& subtitle) {
  caption(title);
  smallWrapped(theme::palette().textMuted, subtitle);
  ImGui::Spacing();
}

void DashboardView::draw(UiContext& ui) {
  results_.update(ui.history(), ui.edit().now);
  const Document& doc = ui.history().doc();
  currency_ = doc.plan.currency;
  const float s = theme::scale();

  const float width = beginPage("##dashboard-scroll", 1120);

  pageHeading("AT A GLANCE", doc.plan.title.empty() ? "Dashboard" : doc.plan.title.c_str(),
              "The shared goal, what it takes at every stage, and whether the team and the budget can carry it.");
  ImGui::Dummy(ImVec2(0, 8 * s));

  if (!results_.ok()) {
    fixInputsPanel(results_, width);
    ImGui::Spacing();
    textMuted("The charts come back as soon as the Growth plan's inputs are valid.");
  } else {
    headlineTiles(results_, doc, width);
    const float gap = 16 * s;
    const float chartH = 280 * s;
    ImGui::Dummy(ImVec2(0, 6 * s));
    // Side by side when each chart gets a readable width, else one under the other.
    if (width >= 2 * kMinChartWidth * s + gap) {
      const float half = std::floor((width - gap) / 2);
      drawFunnel(half, chartH);
      ImGui::SameLine(0, gap);
      drawCoverage(width - half - gap, chartH);
    } else {
      drawFunnel(width, chartH);
      ImGui::Dummy(ImVec2(0, 6 * s));
      drawCoverage(width, chartH);
    }
    ImGui::Dummy(ImVec2(0, 6 * s));
    drawPeriods(doc, width, 240 * s);
    ImGui::Dummy(ImVec2(0, 6 * s));
    drawChannels(width);
  }
  if (doc.attribution.results || ui.attribution().hasRows()) {
    ImGui::Dummy(ImVec2(0, 6 * s));
    drawAttributedChannels(ui, width);
  }
  ImGui::Dummy(ImVec2(0, 40 * s));
  endPage();
}

void DashboardView::drawFunnel(float width, float height) {
  const theme::Palette& p = theme::palette();
  const WaterfallResult& wf = results_.waterfall;
  beginCard("##dash-funnel", nullptr, width);
  cardTitle("THE FUNNEL", "What the plan needs at each stage over the whole period, drawn to scale");
  std::vector<charts::Bar> bars;
  std::vector<std::string> between;
  const size_t n = wf.stageNames.size();
  for (size_t i = 0; i < n; ++i) {
    // From the accent at the top to a deeper shade at the won deals.
    const float t = n > 1 ? static_cast<float>(i) / (n - 1) : 0;
    ImVec4 color = p.accent;
    color.x *= 1 - 0.35f * t;
    color.y *= 1 - 0.35f * t;
    color.z *= 1 - 0.35f * t;
    const std::string count = formatCount(wf.total.required[i]);
    bars.push_back({wf.stageNames[i], wf.total.required[i], color, count,
                    wf.stageNames[i] + ": " + count + " needed (" + formatNumber(wf.total.exact[i], 2) + " exactly, rounded up)"});
    if (i + 1 < n && wf.total.exact[i] > 0) between.push_back(formatPercent(wf.total.exact[i + 1] / wf.total.exact[i]));
  }
  charts::funnel("##chart-funnel", bars, between, ImVec2(ImGui::GetContentRegionAvail().x, height));
  endCard();
}

void DashboardView::drawCoverage(float width, float height) {
  const theme::Palette& p = theme::palette();
  const CapacityResult& c = results_.capacity;
  beginCard("##dash-coverage", nullptr, width);
  cardTitle("TARGET, CAPACITY AND BUDGET", "Can the sales team and the marketing budget carry the target?");
  std::vector<charts::Bar> bars;
  bars.push_back({"Revenue target", c.target, p.accent, money(c.target, currency_), ""});
  const bool capacityOk = c.capacity >= c.target - 0.5;
  bars.push_back({"Sales capacity", c.capacity, capacityOk ? p.success : p.danger, money(c.capacity, currency_),
                  "Sales capacity: " + money(c.capacity, currency_) + " (" + formatPercent(c.capacityCoverage) + " of the target)\n" +
                      "Reps at full quota: " + money(c.existingRepsCapacity, currency_) + "\nNew hires, ramped: " +
                      money(c.newHireCapacity, currency_)});
  if (results_.budgetBacked) {
    const double backed = *results_.budgetBacked;
    const bool ok = backed >= c.target - 0.5;
    bars.push_back({"Budget-backed revenue", backed, ok ? p.success : p.danger, money(backed, currency_),
                    "Revenue the marketing budget backs: " + money(backed, currency_) + "\nThe budget pays for " +
                        formatCount(results_.budget.affordableLeads) + " of the " + formatCount(results_.budget.marketingLeads) +
                        " marketing-sourced leads needed."});
  }
  bars.push_back({"Won from open pipeline", c.openPipelineExpectedRevenue, charts::seriesColor(3),
                  money(c.openPipelineExpectedRevenue, currency_),
                  "Expected from the pipeline open at the start: " + money(c.openPipelineExpectedRevenue, currency_) + " of " +
                      money(c.openPipeline, currency_) + " open"});
  charts::barsAgainst("##chart-coverage", bars, c.target, "target " + charts::compactNumber(c.target),
                      ImVec2(ImGui::GetContentRegionAvail().x, height));
  if (!results_.budgetBacked) {
    smallWrapped(p.warning, "Add marketing channels (Growth plan > Budget) to see the revenue the budget backs.");
  }
  endCard();
}

void DashboardView::drawPeriods(const Document& doc, float width, float height) {
  const theme::Palette& p = theme::palette();
  const WaterfallResult& wf = results_.waterfall;
  const auto& stages = doc.growth.assumptions.stages;
  size_t stage = mqlStageIndex(doc.growth.assumptions, doc.glossary).value_or(0);
  for (size_t i = 0; i < stages.size(); ++i)
    if (stages[i].id == periodStageId_) stage = i;
  const size_t last = wf.stageNames.size() - 1;
  const std::string& name = wf.stageNames[stage];

  beginCard("##dash-periods", nullptr, width);
  ImGui::AlignTextToFramePadding();
  caption("EACH PERIOD");
  ImGui::SameLine();
  const float comboW = std::min(200 * theme::scale(), ImGui::GetContentRegionAvail().x * 0.55f);
  alignRight(comboW);
  if (beginCombo("##dash-period-stage", name.c_str(), comboW)) {
    for (size_t i = 0; i + 1 < stages.size(); ++i)
      if (ImGui::Selectable(stages[i].name.c_str(), i == stage, 0, ImVec2(0, ImGui::GetFrameHeight()))) periodStageId_ = stages[i].id;
    ImGui::EndCombo();
  }
  // Plan against actual where the service level agreement has a commitment on the stage.
  const std::optional<StageActuals> actuals = stageActuals(results_.sla, doc, stages[stage].id);
  const std::optional<StageActuals> wonActuals = stageActuals(results_.sla, doc, stages[last].id);
  smallWrapped(p.textMuted, actuals ? name + "s the plan needs, what " + teamLabel(actuals->owner) + " committed to (" +
                                        actuals->metric + ") and what was delivered"
                                  : name + "s and won deals each period needs, each rounded up");
  ImGui::Spacing();

  std::vector<std::string> categories;
  for (const auto& period : wf.periods) categories.push_back(period.slot.label);
  auto seriesFor = [&](size_t index, const std::optional<StageActuals>& committed, const std::string& plural, size_t color) {
    std::vector<charts::Series> series{{plural + " needed", charts::seriesColor(color), {}}};
    for (const auto& period : wf.periods) series[0].values.push_back(period.counts.required[index]);
    if (committed && committed->target.size() == wf.periods.size()) {
      series.push_back({"Committed by " + std::string(teamLabel(committed->owner)), theme::teamColor(committed->owner), committed->target});
      charts::Series actual{"Actual", charts::seriesColor(2), {}};
      for (const auto& value : committed->actual) actual.values.push_back(value ? *value : std::nan(""));
      series.push_back(std::move(actual));
    }
    return series;
  };
  const auto left = seriesFor(stage, actuals, name + "s", 0);
  const auto right = seriesFor(last, wonActuals, "Deals", 3);
  const float gap = 24 * theme::scale();
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool sideBySide = avail >= 2 * kMinChartWidth * theme::scale() * 0.8f + gap;
  const float chartW = sideBySide ? std::floor((avail - gap) / 2) : avail;
  const std::string leftName = left.size() > 1 ? name + "s per period" : left[0].name;
  const std::string rightName = right.size() > 1 ? std::string("Deals per period") : right[0].name;
  const auto chartName = [&](const std::vector<charts::Series>& series, const std::string& text) {
    ImGui::PushFont(smallFont());
    fittedText(text, chartW, series.size() > 1 ? p.textMuted : series[0].color);
    ImGui::PopFont();
  };
  charts::columns("##chart-period-stage", categories, left, ImVec2(chartW, height));
  if (sideBySide) {
    ImGui::SameLine(0, gap);
    charts::columns("##chart-period-won", categories, right, ImVec2(chartW, height));
    const float x0 = ImGui::GetCursorPosX();
    chartName(left, leftName);
    ImGui::SameLine();
    ImGui::SetCursorPosX(x0 + chartW + gap);
    chartName(right, rightName);
  } else {
    chartName(left, leftName);
    ImGui::Dummy(ImVec2(0, 8 * theme::scale()));
    charts::columns("##chart-period-won", categories, right, ImVec2(chartW, height));
    chartName(right, rightName);
  }
  endCard();
}

void DashboardView::drawChannels(float width) {
  const theme::Palette& p = theme::palette();
  const BudgetResult& b = results_.budget;
  beginCard("##dash-channels", nullptr, width);
  cardTitle("CHANNEL MIX", "How the marketing-sourced leads and what they cost split over the channels");
  if (b.channels.empty()) {
    textMuted("No channels yet: add them under Growth plan > Budget.");
    endCard();
    return;
  }
  charts::StackedRow spend{"Spend", {}}, leads{"Leads", {}};
  for (size_t i = 0; i < b.channels.size(); ++i) {
    const ChannelCost& c = b.channels[i];
    const ImVec4 color = charts::seriesColor(i);
    spend.segments.push_back({c.name, c.cost, color,
                              c.name + ": " + money(c.cost, currency_) + " (" + formatPercent(b.cost > 0 ? c.cost / b.cost : 0) + " of the spend)"});
    leads.segments.push_back({c.name, c.leads, color,
                              c.name + ": " + formatCount(c.leads) + " leads (" +
                                  formatPercent(b.marketingLeads > 0 ? c.leads / b.marketingLeads : 0) + ")"});
  }
  charts::stackedShares("##chart-channels", {spend, leads}, ImVec2(ImGui::GetContentRegionAvail().x, 110 * theme::scale()));
  // Legend with the figures behind each colour, wrapping onto more lines when needed.
  ImGui::Spacing();
  const float s = theme::scale();
  const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
  for (size_t i = 0; i < b.channels.size(); ++i) {
    const ChannelCost& c = b.channels[i];
    const std::string figures = formatCount(c.leads) + " leads \xC2\xB7 " + money(c.cost, currency_);
    ImGui::PushFont(smallFont());
    const float figuresW = ImGui::CalcTextSize(figures.c_str()).x;
    ImGui::PopFont();
    const float itemW = 10 * s + 3 * ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(c.name.c_str()).x + figuresW;
    if (i > 0) {
      ImGui::SameLine(0, 24 * s);
      if (ImGui::GetCursorPosX() + itemW > right) ImGui::NewLine();
    }
    ImGui::BeginGroup();
    colorDot(charts::seriesColor(i));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(c.name.c_str());
    ImGui::SameLine();
    ImGui::PushFont(smallFont());
    textColored(p.textMuted, figures.c_str());
    ImGui::PopFont();
    ImGui::EndGroup();
  }
  endCard();
}

// Pipeline credited to each CRM channel under a model: the agreed one unless the person looks at
// another (with the rows in this browser every model is there; without them, the plan's stored one).
void DashboardView::drawAttributedChannels(UiContext& ui, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const AttributionAgreement& agreement = ui.history().doc().attribution;
  const AttributionWorkspace& workspace = ui.attribution();
  beginCard("##dash-attribution", nullptr, width);
  cardTitle("ATTRIBUTED PIPELINE BY CHANNEL", "Open and won pipeline credited to each CRM channel; the agreed model is " +
                                                  std::string(attributionModelLabel(agreement.settings.model)));
  const AttributionModel model = channelModel_.value_or(agreement.settings.model);
  const AttributionResult* result = workspace.hasRows() ? workspace.resultFor(model) : nullptr;
  if (!workspace.hasRows() && agreement.results) result = &*agreement.results;
  if (workspace.hasRows()) {
    const auto label = [&](AttributionModel m) {
      return m == agreement.settings.model ? (std::string(attributionModelLabel(m)) + " (agreed)") : std::string(attributionModelLabel(m));
    };
    const std::string preview = label(model);
    if (beginCombo("##dash-attribution-model", preview.c_str(), std::min(280 * s, width - 40 * s))) {
      for (const AttributionModel choice : kAllAttributionModels)
        if (ImGui::Selectable((label(choice) + "##dash-model-" + attributionModelName(choice)).c_str(), choice == model))
          channelModel_ = choice;
      ImGui::EndCombo();
    }
  } else if (result) {
    smallWrapped(p.textMuted, "Computed with " + attributionSettingsText(result->settings) +
                                  "; import the CRM rows on the Attribution page to switch models.");
  }
  if (!result) {
    textMuted("Computingâ¦");
    endCard();
    return;
  }
  std::vector<charts::Bar> bars;
  for (size_t i = 0; i < result->byChannel.size() && i < 12; ++i) {
    const NamedCredit& channel = result->byChannel[i];
    const std::string name = channel.name.empty() ? std::string("No channel") : channel.name;
    const double amount = static_cast<double>(channel.credit.pipelineMicros) / kMicrosPerUnit;
    const std::string text = money(amount, currency_);
    bars.push_back(charts::Bar{name, amount, charts::seriesColor(i), text,
                               name + ": " + text + " of pipeline under " + attributionModelLabel(result->settings.model)});
  }
  charts::barsAgainst("##chart-attribution", bars, 0, "", ImVec2(ImGui::GetContentRegionAvail().x,
                                                                 28 * s + 30 * s * static_cast<float>(bars.size())));
  // The chart read out: the model, then each channel and its amount, largest first.
  std::string summary = std::string(attributionModelLabel(result->settings.model)) + ":";
  for (size_t i = 0; i < bars.size(); ++i) summary += (i ? ", " : " ") + bars[i].label + " " + bars[i].valueText;
  exposeLastItem(summary + "##dash-attribution-chart");
  endCard();
}

}  // namespace

std::unique_ptr<View> makeDashboardView() { return std::make_unique<DashboardView>(); }

}  // namespace gp::ui
