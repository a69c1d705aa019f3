// Campaigns: totals against the marketing budget and the waterfall, the "only one hammer" warning,
// the calendar, MQLs per period against what is needed, the channel mix, and one card per campaign.

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "core/campaigns/campaigns.h"
#include "core/text/number_text.h"
#include "core/format/validation.h"
#include "ui/growth_fields.h"
#include "ui/campaign_charts.h"
#include "ui/collateral_links.h"
#include "ui/entity_fields.h"
#include "ui/page_frame.h"
#include "ui/review_strip.h"
#include "ui/theme.h"
#include "ui/columns.h"
#include "ui/tile_grid.h"
#include "ui/widgets.h"
#include "ui/views/loops/lead_rejection_flag.h"
#include "ui/views/views.h"

namespace gp::ui {

namespace {

using entity::NumberKind;

std::string idLabel(const char* prefix, size_t index) { return std::string("##") + prefix + "-" + std::to_string(index); }

struct Derived {
  uint64_t revision = 0;
  PlanPeriod period;
  CampaignTotals totals;
  ChannelMix mix;
  MqlCoverage coverage;
  std::vector<ValidationIssue> issues;
  uint64_t issuesRevision = 0;
};

class CampaignsView final : public View {
 public:
  const char* title() const override { return "Campaigns"; }
  void draw(UiContext& ui) override;
  int badge(const Document& doc) const override { return static_cast<int>(doc.campaigns.size()); }

 private:
  void update(UiContext& ui);
  // Only the messages: the scores and charts drawn this frame keep the data they started with.
  void refreshIssues(UiContext& ui) {
    if (derived_.issuesRevision == ui.history().revision()) return;
    derived_.issuesRevision = ui.history().revision();
    derived_.issues = validateCampaigns(ui.history().doc());
  }
  void drawHeader(UiContext& ui, float width);
  void drawSummary(UiContext& ui, float width);
  void drawCharts(UiContext& ui, float width);
  void drawCampaign(UiContext& ui, size_t index, float width);

  Derived derived_;
  std::string focusId_;
  std::string removeId_;
};

void CampaignsView::update(UiContext& ui) {
  const History& history = ui.history();
  if (derived_.revision == history.revision()) return;
  derived_.revision = history.revision();
  derived_.issuesRevision = history.revision();
  const Document& doc = history.doc();
  const std::string now = ui.edit().now;
  const int year = now.size() >= 4 ? std::atoi(now.substr(0, 4).c_str()) : 2027;
  derived_.period = planPeriodOf(doc.plan, year > 0 ? year : 2027);
  derived_.totals = campaignTotals(doc.campaigns);
  derived_.mix = channelMix(doc.campaigns);
  derived_.coverage = mqlCoverage(doc, derived_.period);
  derived_.issues = validateCampaigns(doc);
}

void CampaignsView::draw(UiContext& ui) {
  update(ui);
  const float s = theme::scale();
  const float width = beginPage("##campaigns-scroll", 1180);

  drawHeader(ui, width);
  ImGui::Dummy(ImVec2(0, 6 * s));
  drawSummary(ui, width);
  ImGui::Dummy(ImVec2(0, 10 * s));
  drawCharts(ui, width);
  ImGui::Dummy(ImVec2(0, 10 * s));
  const Document& doc = ui.history().doc();
  for (size_t i = 0; i < doc.campaigns.size(); ++i) {
    drawCampaign(ui, i, width);
    ImGui::Dummy(ImVec2(0, 4 * s));
  }
  if (doc.campaigns.empty())
    textWrappedMuted("No campaigns yet. Add the webinars, events, paid media and sales plays that should bring in the "
                     "MQLs the waterfall needs, each with a marketing and a sales owner.");
  ImGui::Dummy(ImVec2(0, 40 * s));

  endPage();

  if (!removeId_.empty()) {
    History& history = ui.history();
    if (const Campaign* campaign = history.findCampaign(removeId_)) {
      const std::string name = campaign->name.empty() ? std::string("Untitled campaign") : campaign->name;
      history.seal();
      history.removeCampaign(removeId_, ui.edit());
      ui.notifyUndoable("Deleted campaign \xE2\x80\x9C" + name + "\xE2\x80\x9D.");
    }
    removeId_.clear();
  }
}

void CampaignsView::drawHeader(UiContext& ui, float width) {
  History& history = ui.history();
  caption("CAMPAIGNS");
  headingWithAction("What marketing runs and sales follows up", width, buttonWidth("Add campaign"));
  if (button("Add campaign", nullptr, ButtonKind::primary)) {
    Campaign campaign;
    const PlanPeriod& period = derived_.period;
    char start[16];
    std::snprintf(start, sizeof start, "%04d-%02d-01", period.startYear, period.startMonth);
    if (isValidDate(start)) {
      campaign.startDate = start;
      campaign.endDate = addDays(start, 29);
    }
    history.seal();
    focusId_ = history.addCampaign(campaign, ui.edit());
  }
}

void CampaignsView::drawSummary(UiContext& ui, float width) {
  const Document& doc = ui.history().doc();
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const CampaignTotals& totals = derived_.totals;
  const MqlCoverage& coverage = derived_.coverage;
  const double marketingBudget = doc.growth.assumptions.budget.amount;

  // Four tiles: budget, leads, MQLs, periods short of MQLs.
  const float gap = 14 * s;
  const int perRow = columnsFitting(width, 170 * s, gap, 4);
  const float tileW = columnWidth(width, perRow, gap);
  TileGrid grid("##campaign-tiles", perRow, gap);
  int shortPeriods = 0;
  for (const auto& period : coverage.periods) shortPeriods += period.expected + 1e-9 < period.required;
  const auto tile = [&](const char* id, const char* label, const std::string& value, const std::string& detail,
                        const ImVec4& color, bool) {
    grid.begin(id, tileW);
    caption(label);
    ImGui::PushFont(headingFont());
    labelledText(value, std::string(id + 2) + "-value", color);
    ImGui::PopFont();
    ImGui::PushFont(smallFont());
    ImGui::PushTextWrapPos(0);
    textWrappedMuted(detail.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    grid.end();
    nameLastItem(id);  // the tile, for automation
  };
  const std::string budgetDetail =
      marketingBudget > 0 ? formatPercent(totals.budget / marketingBudget) + " of the " +
                                formatMoney(marketingBudget, doc.plan.currency) + " marketing budget"
                          : "No marketing budget set in the growth plan";
  tile("##campaign-budget-tile", "CAMPAIGN BUDGET", formatMoney(totals.budget, doc.plan.currency), budgetDetail,
       marketingBudget > 0 && totals.budget > marketingBudget ? p.danger : p.text, true);
  tile("##campaign-leads-tile", "EXPECTED LEADS", formatNumber(totals.leads),
       std::to_string(doc.campaigns.size()) + (doc.campaigns.size() == 1 ? " campaign" : " campaigns"), p.text, false);
  const bool canCompare = !coverage.stageName.empty();
  const std::string mqlDetail = canCompare ? "The waterfall needs " + formatNumber(coverage.required) + " marketing-sourced " +
                                                 coverage.stageName + "s in the plan period"
                                           : "Fix the growth plan's assumptions to compare with the waterfall";
  tile("##campaign-mqls-tile", "EXPECTED MQLS", formatNumber(std::floor(coverage.expected + 1e-9)), mqlDetail,
       canCompare ? (coverage.expected + 1e-9 >= coverage.required ? p.success : p.danger) : p.text, false);
  const std::string shortValue = canCompare ? std::to_string(shortPeriods) + " of " + std::to_string(coverage.periods.size())
                                            : std::string("\xE2\x80\x94");
  tile("##campaign-short-tile", "PERIODS SHORT OF MQLS", shortValue,
       shortPeriods > 0 ? "Move or add campaigns so MQLs arrive when they are needed" : "Every period gets what it needs",
       shortPeriods > 0 ? p.danger : p.success, false);

  std::string notes;
  if (coverage.outsidePlan > 0.5)
    notes += formatNumber(coverage.outsidePlan) + " expected MQLs fall outside the plan period. ";
  if (coverage.unscheduled > 0.5) notes += formatNumber(coverage.unscheduled) + " expected MQLs belong to campaigns without dates.";
  if (!notes.empty()) {
    ImGui::PushFont(smallFont());
    textColored(p.warning, notes.c_str());
    ImGui::PopFont();
  }

  // The "only one hammer" warning.
  const ChannelMix& mix = derived_.mix;
  if (mix.budgetHeavy || mix.leadsHeavy) {
    std::string text = "Only one hammer: ";
    const auto shareOf = [&](CampaignChannel channel, bool budget) {
      for (const auto& share : mix.channels)
        if (share.channel == channel) return budget ? share.budgetShare : share.leadsShare;
      return 0.0;
    };
    if (mix.budgetHeavy)
      text += std::string(channelLabel(*mix.budgetHeavy)) + " carries " + formatPercent(shareOf(*mix.budgetHeavy, true)) +
              " of the campaign budget";
    if (mix.budgetHeavy && mix.leadsHeavy) text += mix.leadsHeavy == mix.budgetHeavy ? " and " : "; ";
    if (mix.leadsHeavy)
      text += (mix.leadsHeavy == mix.budgetHeavy ? std::string() : std::string(channelLabel(*mix.leadsHeavy)) + " carries ") +
              formatPercent(shareOf(*mix.leadsHeavy, false)) + " of the expected leads";
    text += ". If that channel underdelivers, so does the plan: spread the work over more channels.";
    ImGui::Dummy(ImVec2(0, 6 * s));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.warningSoft);
    ImGui::PushStyleColor(ImGuiCol_Border, p.warning);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16 * s, 12 * s));
    ImGui::BeginChild("##concentration", ImVec2(width, 0),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar();
    labelledText(text, "channel-concentration-warning", p.warning, nullptr, ImGui::GetContentRegionAvail().x);
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
  }
}

void CampaignsView::drawCharts(UiContext& ui, float width) {
  const Document& doc = ui.history().doc();
  const float s = theme::scale();
  beginCard("##campaign-calendar-card", nullptr, width);
  caption("CALENDAR");
  ImGui::Dummy(ImVec2(0, 2 * s));
  drawCampaignTimeline(doc, derived_.period, ImGui::GetContentRegionAvail().x);
  endCard();
  ImGui::Dummy(ImVec2(0, 10 * s));

  const float gap = 14 * s;
  const float half = std::floor((width - gap) * 0.5f);
  const bool sideBySide = width >= 760 * s;
  beginCard("##campaign-coverage-card", nullptr, sideBySide ? half : width);
  caption("MQLS PER PERIOD: CAMPAIGNS (BARS) AGAINST WHAT THE WATERFALL NEEDS (LINES)");
  ImGui::Dummy(ImVec2(0, 6 * s));
  drawMqlCoverageChart(derived_.coverage, ImGui::GetContentRegionAvail().x);
  if (derived_.coverage.stageName.empty())
    textWrappedMuted("The growth plan's assumptions need fixing before the waterfall can say what is needed.");
  endCard();
  if (sideBySide) ImGui::SameLine(0, gap);
  else ImGui::Dummy(ImVec2(0, 10 * s));
  beginCard("##campaign-mix-card", nullptr, sideBySide ? half : width);
  caption("CHANNEL MIX (SHARE OF BUDGET / OF EXPECTED LEADS)");
  ImGui::Dummy(ImVec2(0, 6 * s));
  if (derived_.mix.channels.empty()) textWrappedMuted("Pick channels for your campaigns to see the mix.");
  else drawChannelMix(derived_.mix, doc.plan.currency, ImGui::GetContentRegionAvail().x);
  endCard();
}

void CampaignsView::drawCampaign(UiContext& ui, size_t i, float width) {
  History& history = ui.history();
  const Document& doc = history.doc();
  const Campaign& campaign = doc.campaigns[i];
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const ImGuiStyle& style = ImGui::GetStyle();
  // Edits made earlier in this frame must not leave a stale message (and a stale layout) behind.
  const auto issuesOn = [&](const std::string& field, float wrap = 0) {
    refreshIssues(ui);
    fieldIssues(derived_.issues, field, wrap);
  };
  const std::string item = "campaigns[" + std::to_string(i) + "]";
  const std::string key = "campaign:" + campaign.meta.id + ":";
  const auto commit = [&](const Campaign& updated, const char* field) {
    history.updateCampaign(updated, ui.edit(), field ? key + field : std::string());
  };

  ImGui::PushID(campaign.meta.id.c_str());
  const ImVec4 stripe = campaign.channels.empty() ? p.textMuted : channelColor(campaign.channels.front());
  beginCard("##campaign-card", &stripe, width);

  // Name and delete.
  if (focusId_ == campaign.meta.id) {
    ImGui::SetKeyboardFocusHere();
    focusId_.clear();
  }
  const float deleteW = buttonWidth("Delete");
  ImGui::PushFont(headingFont());
  TextEdit name = textField(idLabel("campaign-name", i).c_str(), campaign.name, "Name the campaign, e.g. Spring webinar series",
                            ImGui::GetContentRegionAvail().x - deleteW - style.ItemSpacing.x);
  ImGui::PopFont();
  lastChangedTooltip(ui, fieldPath("campaigns", campaign.meta.id, "name"));
  if (name.changed && name.text != campaign.name) {
    Campaign updated = campaign;
    updated.name = name.text;
    commit(updated, "name");
  }
  if (name.deactivated) history.seal();
  ImGui::SameLine();
  if (button("Delete", idLabel("campaign-delete", i).c_str(), ButtonKind::subtle)) removeId_ = campaign.meta.id;
  issuesOn(item + ".name");
  leadRejectionFlag(history, campaign.meta.id);

  // Channels as toggles.
  caption("Channels");
  float lineX = 0;
  const float rowW = ImGui::GetContentRegionAvail().x;
  for (const CampaignChannel channel : kAllChannels) {
    const bool on = std::find(campaign.channels.begin(), campaign.channels.end(), channel) != campaign.channels.end();
    const char* label = channelLabel(channel);
    const float chipW = buttonWidth(label);
    if (lineX > 0 && lineX + chipW <= rowW) ImGui::SameLine(0, 6 * s);
    else lineX = 0;
    const ImVec4 color = channelColor(channel);
    ImGui::PushStyleColor(ImGuiCol_Button, on ? color : ImVec4(color.x, color.y, color.z, 0.08f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(color.x, color.y, color.z, on ? 0.9f : 0.2f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(color.x, color.y, color.z, 0.7f));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(color.x, color.y, color.z, on ? 1.0f : 0.4f));
    ImGui::PushStyleColor(ImGuiCol_Text, on ? theme::readableTextOn(color) : p.text);
    const std::string id = "##campaign-channel-" + std::to_string(i) + "-" + channelName(channel);
    const std::string full = std::string(label) + id;
    if (ImGui::Button(full.c_str())) {
      Campaign updated = campaign;
      if (on) std::erase(updated.channels, channel);
      else updated.channels.push_back(channel);
      history.seal();
      commit(updated, nullptr);
    }
    ImGui::PopStyleColor(5);
    lineX += chipW + 6 * s;
  }
  issuesOn(item + ".channels");
  for (size_t j = 0; j < campaign.channels.size(); ++j) issuesOn(item + ".channels[" + std::to_string(j) + "]");

  // Owners and dates.
  ImGui::Dummy(ImVec2(0, 4 * s));
  const float gap = 14 * s;
  const float inner = ImGui::GetContentRegionAvail().x - 3 * gap;
  const float quarter = std::floor(inner / 4);
  // Captions of one row on one line: SameLine after a group of frames would drop the next caption
  // to the frames' text baseline.
  float rowY = 0;
  const auto column = [&](bool first, const char* label) {
    if (first) {
      rowY = ImGui::GetCursorPosY();
    } else {
      ImGui::SameLine(0, gap);
      entity::continueRowAt(rowY);
    }
    ImGui::BeginGroup();
    caption(label);
  };
  const auto ownerCombo = [&](const char* label, const std::string& id, std::string Campaign::*field, Team preferred,
                              const std::string& issueField) {
    const std::string& current = campaign.*field;
    std::string preview = "Nobody yet";
    if (!current.empty()) {
      preview = "Unknown person";
      for (const auto& person : doc.people)
        if (person.meta.id == current) preview = person.name.empty() ? std::string("(no name)") : person.name;
    }
    if (beginCombo(id.c_str(), preview.c_str(), quarter)) {
      if (ImGui::Selectable("Nobody yet", current.empty())) {
        Campaign updated = campaign;
        updated.*field = "";
        history.seal();
        commit(updated, nullptr);
      }
      // The owning team's people first.
      for (const bool preferredTeam : {true, false})
        for (const auto& person : doc.people) {
          if ((person.team == preferred) != preferredTeam) continue;
          colorDot(theme::teamColor(person.team));
          ImGui::SameLine();
          const std::string option = (person.name.empty() ? std::string("(no name)") : person.name) + "##" + person.meta.id;
          if (ImGui::Selectable(option.c_str(), person.meta.id == current)) {
            Campaign updated = campaign;
            updated.*field = person.meta.id;
            history.seal();
            commit(updated, nullptr);
          }
        }
      if (doc.people.empty()) textMuted("Add people on the Plan overview first.");
      ImGui::EndCombo();
    }
    (void)label;
    issuesOn(issueField, quarter);
  };
  column(true, "Marketing owner");
  ownerCombo("Marketing owner", idLabel("campaign-marketing-owner", i), &Campaign::marketingOwnerId, Team::marketing,
             item + ".marketingOwnerId");
  ImGui::EndGroup();
  column(false, "Sales owner");
  ownerCombo("Sales owner", idLabel("campaign-sales-owner", i), &Campaign::salesOwnerId, Team::sales, item + ".salesOwnerId");
  ImGui::EndGroup();
  const auto dateField = [&](const std::string& id, std::string Campaign::*field, const char* fieldKey,
                             const std::string& issueField) {
    TextEdit e = textField(id.c_str(), campaign.*field, "YYYY-MM-DD", quarter, ImGuiInputTextFlags_CharsNoBlank);
    const bool ok = e.text.empty() || isValidDate(e.text);
    if (e.changed && ok && e.text != campaign.*field) {
      Campaign updated = campaign;
      updated.*field = e.text;
      commit(updated, fieldKey);
    }
    if (e.deactivated) history.seal();
    if (e.active && !ok) {
      ImGui::PushFont(smallFont());
      textColored(p.warning, "Use a date like 2027-03-01");
      ImGui::PopFont();
    }
    issuesOn(issueField, quarter);
  };
  column(false, "Starts");
  dateField(idLabel("campaign-start", i), &Campaign::startDate, "startDate", item + ".startDate");
  ImGui::EndGroup();
  column(false, "Ends");
  dateField(idLabel("campaign-end", i), &Campaign::endDate, "endDate", item + ".endDate");
  ImGui::EndGroup();

  // Money, expected results and the segment.
  ImGui::Dummy(ImVec2(0, 4 * s));
  const auto amountField = [&](const std::string& id, double Campaign::*field, const char* fieldKey, const char* hint,
                               const std::string& issueField) {
    entity::NumberInput input = entity::numberInput(id.c_str(), campaign.*field, NumberKind::amount, quarter, hint);
    if (input.value) {
      Campaign updated = campaign;
      updated.*field = *input.value;
      commit(updated, fieldKey);
    }
    if (input.deactivated) history.seal();
    issuesOn(issueField, quarter);
  };
  column(true, doc.plan.currency.empty() ? "Budget" : ("Budget (" + doc.plan.currency + ")").c_str());
  amountField(idLabel("campaign-budget", i), &Campaign::budget, "budget", "e.g. 40k", item + ".budget");
  ImGui::EndGroup();
  column(false, "Expected leads");
  amountField(idLabel("campaign-leads", i), &Campaign::expectedLeads, "expectedLeads", "e.g. 600", item + ".expectedLeads");
  ImGui::EndGroup();
  column(false, "Expected MQLs");
  amountField(idLabel("campaign-mqls", i), &Campaign::expectedMqls, "expectedMqls", "e.g. 150", item + ".expectedMqls");
  ImGui::EndGroup();
  column(false, "Target segment");
  TextEdit segment = textField(idLabel("campaign-segment", i).c_str(), campaign.segment, "e.g. Mid-market retail, DACH", quarter);
  lastChangedTooltip(ui, fieldPath("campaigns", campaign.meta.id, "segment"));
  if (segment.changed && segment.text != campaign.segment) {
    Campaign updated = campaign;
    updated.segment = segment.text;
    commit(updated, "segment");
  }
  if (segment.deactivated) history.seal();
  ImGui::EndGroup();

  // The sales follow-up plan.
  ImGui::Dummy(ImVec2(0, 4 * s));
  caption("Sales follow-up plan");
  TextEdit followUp = textArea(idLabel("campaign-followup", i).c_str(), campaign.followUp,
                               "Who calls whom, how fast, with what: e.g. SDRs call every attendee within 24 hours.", 2);
  lastChangedTooltip(ui, fieldPath("campaigns", campaign.meta.id, "followUp"));
  if (followUp.changed && followUp.text != campaign.followUp) {
    Campaign updated = campaign;
    updated.followUp = followUp.text;
    commit(updated, "followUp");
  }
  if (followUp.deactivated) history.seal();

  {
    const std::string target = campaign.meta.id;  // copies: the strips may change the view
    const EntityMeta meta = campaign.meta;
    campaignFeedback(ui, target);
    commentStrip(ui, target, meta);
  }
  endCard();
  ImGui::PopID();
}

}  // namespace

std::unique_ptr<View> makeCampaignsView() { return std::make_unique<CampaignsView>(); }

}  // namespace gp::ui
