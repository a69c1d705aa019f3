// Lead feedback: what became of the leads marketing handed to sales, per period of the plan, per
// campaign and per source; why sales rejected them and how that changes; how fast sales follows
// up; and the SLA commitments measured from these numbers, side by side with what was measured.
// Every number drawn is an item labelled "<text>##lead-..." so browser tests read what is shown.

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>

#include "core/loops/lead_report.h"
#include "core/sla/sla.h"
#include "core/text/number_text.h"
#include "ui/charts.h"
#include "ui/growth_fields.h"
#include "ui/page_frame.h"
#include "ui/theme.h"
#include "ui/columns.h"
#include "ui/tile_grid.h"
#include "ui/wide_table.h"
#include "ui/review_strip.h"
#include "ui/views/loops/reason_list_editor.h"
#include "ui/views/views.h"
#include "ui/widgets.h"
#include "ui/word_wrap.h"

namespace gp::ui {

namespace {

constexpr const char* kDash = "\xE2\x80\x94";
constexpr size_t kTrendReasons = 4;  // reasons drawn in the trend chart

std::string rateText(const std::optional<double>& rate) { return rate ? formatPercent(*rate, 1) : kDash; }
std::string hoursText(const std::optional<double>& hours) { return hours ? formatNumber(*hours, 2) + " h" : kDash; }
std::string countText(int64_t count) { return formatCount(static_cast<double>(count)); }

bool measuredFromLeads(CommitmentMeasure measure) {
  return measure == CommitmentMeasure::leadAcceptanceRate || measure == CommitmentMeasure::followUpMedianHours ||
         measure == CommitmentMeasure::followUpP90Hours;
}

std::optional<double> measuredValue(CommitmentMeasure measure, const LeadPeriodRow& period) {
  switch (measure) {
    case CommitmentMeasure::leadAcceptanceRate: return period.outcomes.acceptanceRate();
    case CommitmentMeasure::followUpMedianHours: return period.followUp.medianHours;
    case CommitmentMeasure::followUpP90Hours: return period.followUp.p90Hours;
    default: return std::nullopt;
  }
}

ImVec4 slaColor(SlaStatus status) {
  const theme::Palette& p = theme::palette();
  switch (status) {
    case SlaStatus::met: return p.success;
    case SlaStatus::atRisk: return p.warning;
    case SlaStatus::missed: return p.danger;
    case SlaStatus::noData: break;
  }
  return p.textMuted;
}

// A table in the style of the growth view's: small muted headers, a wide first column. On a
// narrow page its columns keep readable widths and it scrolls sideways (WideTable).
class LeadTable {
 public:
  LeadTable(const char* id, float width) : table_(id, width) {}

  bool begin(const std::vector<const char*>& headers, float firstWeight = 2.0f) {
    const float s = theme::scale();
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10 * s, 6 * s));
    std::vector<WideColumn> columns;
    for (size_t c = 0; c < headers.size(); ++c) columns.push_back({headers[c], c == 0 ? firstWeight : 1.0f, c == 0 ? 130 * s : 0});
    if (!table_.begin(columns, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
      ImGui::PopStyleVar();
      return false;
    }
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::PushFont(smallFont());
    for (size_t c = 0; c < headers.size(); ++c) {
      ImGui::TableSetColumnIndex(static_cast<int>(c));
      table_.fitLine(headers[c]);
      textColored(theme::palette().textMuted, headers[c]);
    }
    ImGui::PopFont();
    return true;
  }

  void end() {
    table_.end();
    ImGui::PopStyleVar();
  }

  // Names (the first column) wrap between words within their column; values ("10.5 h") keep one line.
  void cell(int column, const std::string& text, const std::string& id, const ImVec4* color = nullptr) {
    ImGui::TableSetColumnIndex(column);
    if (column == 0) table_.fitWords(text);
    else table_.fitLine(text);
    labelledText(text, id, color ? *color : theme::palette().text, nullptr, ImGui::GetContentRegionAvail().x);
  }

  WideTable& table() { return table_; }

 private:
  WideTable table_;
};

class LeadFeedbackView final : public View {
 public:
  const char* title() const override { return "Lead feedback"; }
  void draw(UiContext& ui) override;
  // No count beside the name: days of imported data mean nothing to a reader.

 private:
  void update(UiContext& ui);
  void drawHeader(UiContext& ui, float width);
  void drawEmptyState(float width);
  void drawSummary(float width);
  void drawPeriods(float width);
  void drawSla(UiContext& ui, float width);
  void drawGroups(const char* title, const char* id, const std::vector<LeadGroupRow>& rows, const char* none,
                  float width, bool campaigns);
  void drawReasons(float width);

  uint64_t revision_ = 0;
  LeadReport report_;
  std::vector<std::string> flagged_;  // campaign ids with far more rejections than average
  std::vector<size_t> withLeads_;     // periods holding lead days: the SLA and reason tables show only these
  bool narrow_ = false;               // a narrow page: tables keep their essential columns
  ReasonListEditor reasons_{&ReasonLists::leadRejection, "reason", "A new reason, e.g. student or job seeker"};
};

void LeadFeedbackView::update(UiContext& ui) {
  const History& history = ui.history();
  if (revision_ == history.revision() && revision_ != 0) return;
  revision_ = history.revision();
  // The same fallback year as the SLA view, so both show the same periods.
  const std::string now = ui.edit().now;
  const int year = now.size() >= 4 ? std::atoi(now.substr(0, 4).c_str()) : 2027;
  report_ = buildLeadReport(history.doc(), year > 0 ? year : 2027);
  flagged_ = campaignsWithHighRejection(history.doc());
  withLeads_.clear();
  for (size_t k = 0; k < report_.periods.size(); ++k)
    if (report_.periods[k].outcomes.handedOver > 0) withLeads_.push_back(k);
}

void LeadFeedbackView::draw(UiContext& ui) {
  update(ui);
  const float s = theme::scale();
  const float width = beginPage("##lead-feedback-scroll", 1180);
  narrow_ = width < 760 * s;
  drawHeader(ui, width);
  ImGui::Dummy(ImVec2(0, 8 * s));
  if (report_.empty()) {
    drawEmptyState(width);
  } else {
    drawSummary(width);
    ImGui::Dummy(ImVec2(0, 10 * s));
    drawPeriods(width);
    ImGui::Dummy(ImVec2(0, 10 * s));
    drawSla(ui, width);
    ImGui::Dummy(ImVec2(0, 10 * s));
    const float gap = 16 * s;
    const bool sideBySide = width >= 860 * s;
    const float half = sideBySide ? std::floor((width - gap) * 0.5f) : width;
    drawGroups("By campaign", "campaign", report_.byCampaign, "(no campaign)", half, true);
    if (sideBySide) ImGui::SameLine(0, gap);
    else ImGui::Dummy(ImVec2(0, 10 * s));
    drawGroups("By source", "source", report_.bySource, "(no source)", half, false);
    ImGui::Dummy(ImVec2(0, 10 * s));
    drawReasons(width);
  }
  ImGui::Dummy(ImVec2(0, 10 * s));
  beginCard("##rejection-reasons-card", nullptr, width);
  headingWrapped("Rejection reasons");
  textWrappedMuted("The reasons sales picks from when it rejects or recycles a lead, in the order the CRM shows "
                   "them. Import maps each reason in the file to this list, and renaming a reason renames it in "
                   "the leads already imported. Both teams sign the list off. The arrows move a reason; by "
                   "keyboard, Tab to an arrow and press Space.");
  ImGui::Dummy(ImVec2(0, 4 * s));
  reasons_.draw(ui);
  ImGui::Dummy(ImVec2(0, 6 * s));
  reviewStrip(ui, kLeadReasonsTarget, nullptr);
  endCard();
  ImGui::Dummy(ImVec2(0, 40 * s));
  endPage();
}

void LeadFeedbackView::drawHeader(UiContext& ui, float width) {
  const float x0 = ImGui::GetCursorPosX();
  const char* title = "What became of the leads marketing handed over";
  const char* importLabel = "Import lead outcomes\xE2\x80\xA6";
  caption("LEAD FEEDBACK");
  headingWithAction(title, width, buttonWidth(importLabel));
  if (button(importLabel, nullptr, ButtonKind::primary)) ui.platform().requestImportFile("lead-outcomes-csv");
  if (!report_.empty()) {
    ImGui::PushTextWrapPos(x0 + width);
    textWrappedMuted("Acceptance rate = accepted \xC3\xB7 (accepted + rejected + recycled); open leads wait for a "
                     "decision. Follow-up time runs from hand-over to sales's first touch; percentiles are "
                     "nearest-rank.");
    ImGui::PopTextWrapPos();
  }
}

void LeadFeedbackView::drawEmptyState(float width) {
  const theme::Palette& p = theme::palette();
  beginCard("##lead-empty-card", &p.accent, width);
  labelledText("No lead outcomes yet", "lead-empty-title", p.text, headingFont());
  ImGui::PushTextWrapPos(0);
  ImGui::TextWrapped("This page tells marketing which of the leads it handed to sales were ripe: the acceptance "
                     "rate per period, campaign and source, why sales rejected leads, and how fast sales followed "
                     "up, next to the promises of the service level agreement.");
  ImGui::Dummy(ImVec2(0, 4 * theme::scale()));
  textWrappedMuted("To fill it, export the leads of a period from your CRM (HubSpot, Salesforce, Pipedrive) as CSV, "
                   "with the lead's id, created date, source, campaign, first touch, status and reason, and choose "
                   "Import lead outcomes\xE2\x80\xA6 above (or run growthplan feedback import). Only counts per day "
                   "enter the plan: no lead ids, names or e-mail addresses.");
  ImGui::PopTextWrapPos();
  endCard();
}

void LeadFeedbackView::drawSummary(float width) {
  const float s = theme::scale();
  const float gap = 12 * s;
  const int perRow = columnsFitting(width, 150 * s, gap, 4);
  const float tileW = columnWidth(width, perRow, gap);
  const theme::Palette& p = theme::palette();
  TileGrid grid("##lead-summary-tiles", perRow, gap);
  const auto tile = [&](const char* id, const char* title, const std::string& value, const std::string& note) {
    grid.begin(id, tileW);
    caption(title);
    labelledText(value, std::string(id + 2) + "-value", p.text, headingFont());
    ImGui::PushFont(smallFont());
    textColored(p.textMuted, note.c_str());
    ImGui::PopFont();
    grid.end();
  };
  const LeadOutcomes& total = report_.total;
  tile("##lead-handed-over", "Leads handed over", countText(total.handedOver),
       countText(total.open) + " still open");
  tile("##lead-acceptance", "Acceptance rate", rateText(total.acceptanceRate()),
       countText(total.accepted) + " of " + countText(total.decided()) + " decided");
  tile("##lead-median", "Median follow-up", hoursText(report_.followUp.medianHours),
       countText(report_.followUp.touched) + " leads touched");
  tile("##lead-p90", "90th percentile follow-up", hoursText(report_.followUp.p90Hours), "9 in 10 touched by then");
}

void LeadFeedbackView::drawPeriods(float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  beginCard("##lead-periods-card", nullptr, width);
  headingWrapped("Acceptance rate per period");
  std::vector<std::string> categories;
  charts::Series rate{"Acceptance rate (%)", charts::seriesColor(0), {}};
  for (const auto& period : report_.periods) {
    categories.push_back(period.period);
    const auto value = period.outcomes.acceptanceRate();
    rate.values.push_back(value ? *value * 100 : std::numeric_limits<double>::quiet_NaN());
  }
  charts::columns("##chart-lead-acceptance", categories, {rate}, ImVec2(ImGui::GetContentRegionAvail().x, 190 * s));
  ImGui::Dummy(ImVec2(0, 6 * s));
  // Narrow pages keep period, leads, acceptance and follow-up; the row's tooltip has the rest.
  const std::vector<const char*> headers =
      narrow_ ? std::vector<const char*>{"Period", "Leads", "Acceptance", "Median", "P90"}
              : std::vector<const char*>{"Period", "Handed over", "Accepted", "Rejected", "Recycled", "Open",
                                         "Acceptance", "Median follow-up", "P90 follow-up"};
  LeadTable table("##lead-period-table", ImGui::GetContentRegionAvail().x);
  if (table.begin(headers, 1.3f)) {
    for (const auto& period : report_.periods) {
      const std::string id = "lead-period-" + period.period + "-";
      const LeadOutcomes& o = period.outcomes;
      ImGui::TableNextRow();
      int column = 0;
      table.cell(column++, period.inPlan ? period.period : period.period + " (outside the plan)", id + "label",
           period.inPlan ? nullptr : &p.textMuted);
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s: %s handed over, %s accepted, %s rejected, %s recycled, %s open; %s touched",
                          period.period.c_str(), countText(o.handedOver).c_str(), countText(o.accepted).c_str(),
                          countText(o.rejected).c_str(), countText(o.recycled).c_str(), countText(o.open).c_str(),
                          countText(period.followUp.touched).c_str());
      table.cell(column++, countText(o.handedOver), id + "handed-over");
      if (!narrow_) {
        table.cell(column++, countText(o.accepted), id + "accepted");
        table.cell(column++, countText(o.rejected), id + "rejected");
        table.cell(column++, countText(o.recycled), id + "recycled");
        table.cell(column++, countText(o.open), id + "open");
      }
      table.cell(column++, rateText(o.acceptanceRate()), id + "acceptance", &p.accent);
      table.cell(column++, hoursText(period.followUp.medianHours), id + "median");
      table.cell(column++, hoursText(period.followUp.p90Hours), id + "p90");
    }
    table.end();
  }
  endCard();
}

void LeadFeedbackView::drawSla(UiContext& ui, float width) {
  const Document& doc = ui.history().doc();
  beginCard("##lead-sla-card", nullptr, width);
  headingWrapped("Against the service level agreement");
  std::vector<size_t> measured;
  for (size_t i = 0; i < doc.commitments.size(); ++i)
    if (measuredFromLeads(doc.commitments[i].measure)) measured.push_back(i);
  if (measured.empty()) {
    ImGui::PushTextWrapPos(0);
    textWrappedMuted("No commitment is measured from lead feedback yet. In the Service level agreement, set a "
                     "commitment's measure to Lead acceptance rate (marketing's lead quality) or follow-up median "
                     "or 90th percentile hours (sales's follow-up promise) to see it here, period by period.");
    ImGui::PopTextWrapPos();
    if (button("Open the service level agreement", "##lead-open-sla")) ui.navigate("Service level agreement");
    endCard();
    return;
  }
  std::vector<std::string> headerText{"Commitment", "Target"};
  for (const size_t k : withLeads_) headerText.push_back(report_.periods[k].period);
  std::vector<const char*> headers;
  for (const auto& text : headerText) headers.push_back(text.c_str());
  LeadTable table("##lead-sla-table", ImGui::GetContentRegionAvail().x);
  if (table.begin(headers, narrow_ ? 2.2f : 3.0f)) {
    for (const size_t i : measured) {
      const Commitment& commitment = doc.commitments[i];
      const std::string id = "lead-sla-" + commitment.meta.id + "-";
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      const float cellX = ImGui::GetCursorScreenPos().x;
      colorDot(theme::teamColor(commitment.owner));
      ImGui::SameLine();
      const char* metric = commitment.metric.empty() ? commitmentMeasureLabel(commitment.measure) : commitment.metric.c_str();
      table.table().fitWords(metric, ImGui::GetCursorScreenPos().x - cellX);
      ImGui::PushTextWrapPos(0);
      textWrappedBetweenWords(metric);
      ImGui::PopTextWrapPos();
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s commits. Measured: %s", teamLabel(commitment.owner), commitmentMeasureLabel(commitment.measure));
      const std::string target = (commitment.direction == Direction::atLeast ? "\xE2\x89\xA5 " : "\xE2\x89\xA4 ") +
                                 formatMetricValue(commitment.target, commitment.unit, doc.plan.currency);
      table.cell(1, target, id + "target");
      for (size_t column = 0; column < withLeads_.size(); ++column) {
        const size_t k = withLeads_[column];
        const auto value = measuredValue(commitment.measure, report_.periods[k]);
        // Rates are fractions whatever unit the commitment shows; hours are hours.
        const std::string text =
            !value ? std::string(kDash)
                   : commitment.measure == CommitmentMeasure::leadAcceptanceRate ? formatPercent(*value, 1)
                                                                                  : formatNumber(*value, 2) + " h";
        const SlaStatus status = value ? slaStatus(commitment.direction, commitment.target, *value) : SlaStatus::noData;
        const ImVec4 color = slaColor(status);
        table.cell(static_cast<int>(2 + column), text, id + report_.periods[k].period, &color);
        if (ImGui::IsItemHovered() && value)
          ImGui::SetTooltip("%s: measured %s, %s", report_.periods[k].period.c_str(), text.c_str(), slaStatusLabel(status));
      }
    }
    table.end();
  }
  endCard();
}

void LeadFeedbackView::drawGroups(const char* title, const char* id, const std::vector<LeadGroupRow>& rows,
                                  const char* none, float width, bool campaigns) {
  const theme::Palette& p = theme::palette();
  ImGui::BeginGroup();
  beginCard((std::string("##lead-") + id + "-card").c_str(), nullptr, width);
  headingWrapped(title);
  const char* first = campaigns ? "Campaign" : "Source";
  LeadTable table((std::string("##lead-") + id + "-table").c_str(), ImGui::GetContentRegionAvail().x);
  if (table.begin(narrow_ ? std::vector<const char*>{first, "Leads", "Rejected", "Acceptance"}
                          : std::vector<const char*>{first, "Leads", "Accepted", "Rejected", "Acceptance"},
                  narrow_ ? 2.3f : 2.2f)) {
    for (const auto& row : rows) {
      const std::string name = row.name.empty() ? std::string(none) : row.name;
      const std::string rowId = std::string("lead-") + id + "-" + name + "-";
      ImGui::TableNextRow();
      const bool flagged = campaigns && !row.campaignId.empty() &&
                           std::find(flagged_.begin(), flagged_.end(), row.campaignId) != flagged_.end();
      table.cell(0, name, rowId + "name", row.name.empty() ? &p.textMuted : flagged ? &p.danger : nullptr);
      if (flagged && ImGui::IsItemHovered())
        ImGui::SetTooltip("Sales rejects this campaign's leads far more than average (flagged on its card in Campaigns).");
      int column = 1;
      table.cell(column++, countText(row.outcomes.handedOver), rowId + "handed-over");
      if (!narrow_) table.cell(column++, countText(row.outcomes.accepted), rowId + "accepted");
      table.cell(column++, countText(row.outcomes.rejected), rowId + "rejected", flagged ? &p.danger : nullptr);
      table.cell(column++, rateText(row.outcomes.acceptanceRate()), rowId + "acceptance", &p.accent);
    }
    table.end();
  }
  endCard();
  ImGui::EndGroup();
}

void LeadFeedbackView::drawReasons(float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  beginCard("##lead-reasons-card", nullptr, width);
  headingWrapped("Why sales rejected leads");
  if (report_.reasons.empty()) {
    textMuted("No lead was rejected.");
    endCard();
    return;
  }
  ImGui::PushFont(smallFont());
  ImGui::PushStyleColor(ImGuiCol_Text, p.textMuted);
  ImGui::PushTextWrapPos(0);
  textWrappedBetweenWords("Share of the " + countText(report_.total.rejected) +
                          " rejected leads, largest first, and each reason's share of every period's rejections.");
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
  std::vector<std::string> headerText{"Reason", "Leads", "Share"};
  for (const size_t k : withLeads_) headerText.push_back(report_.periods[k].period);
  std::vector<const char*> headers;
  for (const auto& text : headerText) headers.push_back(text.c_str());
  LeadTable table("##lead-reason-table", ImGui::GetContentRegionAvail().x);
  if (table.begin(headers, 2.6f)) {
    for (size_t r = 0; r < report_.reasons.size(); ++r) {
      const LeadReasonRow& reason = report_.reasons[r];
      const std::string id = "lead-reason-" + std::to_string(r) + "-";
      ImGui::TableNextRow();
      table.cell(0, reason.reason.empty() ? "(no reason given)" : reason.reason, id + "name",
           reason.reason.empty() ? &p.textMuted : nullptr);
      table.cell(1, countText(reason.count), id + "count");
      table.cell(2, formatPercent(reason.share, 1), id + "share", &p.accent);
      for (size_t column = 0; column < withLeads_.size(); ++column) {
        const size_t k = withLeads_[column];
        const auto& share = reason.periodShares[k];
        table.cell(static_cast<int>(3 + column), share ? formatPercent(*share, 0) : std::string(kDash), id + report_.periods[k].period,
             &p.textMuted);
      }
    }
    table.end();
  }
  // The top reasons' trend: their share of each period's rejections.
  ImGui::Dummy(ImVec2(0, 6 * s));
  std::vector<std::string> categories;
  for (const size_t k : withLeads_) categories.push_back(report_.periods[k].period);
  std::vector<charts::Series> series;
  ImGui::PushFont(smallFont());
  textColored(p.textMuted, "Trend of the top reasons: % of each period's rejected leads");
  ImGui::PopFont();
  for (size_t r = 0; r < std::min(narrow_ ? kTrendReasons - 2 : kTrendReasons, report_.reasons.size()); ++r) {
    const LeadReasonRow& reason = report_.reasons[r];
    charts::Series line{reason.reason.empty() ? std::string("(no reason given)") : reason.reason,
                        charts::seriesColor(r), {}};
    for (const size_t k : withLeads_) {
      const auto& share = reason.periodShares[k];
      line.values.push_back(share ? *share * 100 : std::numeric_limits<double>::quiet_NaN());
    }
    series.push_back(std::move(line));
  }
  charts::columns("##chart-lead-reasons", categories, series, ImVec2(ImGui::GetContentRegionAvail().x, 190 * s));
  endCard();
}

}  // namespace

std::unique_ptr<View> makeLeadFeedbackView() { return std::make_unique<LeadFeedbackView>(); }

}  // namespace gp::ui
