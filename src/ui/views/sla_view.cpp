// Service level agreement: both teams' scorecards next to each other (marketing commits | sales
// commits). Each commitment is a card with its metric, target, unit and direction, optionally its
// target taken from the waterfall, and one actual per period coloured by its status.

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "core/text/number_text.h"
#include "core/loops/measures.h"
#include "core/sla/sla.h"
#include "ui/growth_fields.h"
#include "ui/entity_fields.h"
#include "ui/page_frame.h"
#include "ui/review_strip.h"
#include "ui/fitted_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/views/views.h"

namespace gp::ui {

namespace {

using entity::NumberKind;

std::string idLabel(const char* prefix, size_t index) { return std::string("##") + prefix + "-" + std::to_string(index); }

ImVec4 statusColor(SlaStatus status) {
  const theme::Palette& p = theme::palette();
  switch (status) {
    case SlaStatus::met: return p.success;
    case SlaStatus::atRisk: return p.warning;
    case SlaStatus::missed: return p.danger;
    case SlaStatus::noData: break;
  }
  return p.textMuted;
}

NumberKind kindOf(MetricUnit unit) { return unit == MetricUnit::percent ? NumberKind::percent : NumberKind::amount; }

// What the view derives from the document, recomputed when the document changes.
struct Derived {
  uint64_t revision = 0;
  std::string day;  // measured actuals (a request's wait so far) move on with the day
  PlanPeriod period;
  SlaScorecards cards;
  std::vector<ValidationIssue> issues;
  uint64_t issuesRevision = 0;
};

class SlaView final : public View {
 public:
  const char* title() const override { return "Service level agreement"; }
  void draw(UiContext& ui) override;
  int badge(const Document& doc) const override { return static_cast<int>(doc.commitments.size()); }

 private:
  void update(UiContext& ui);
  // Only the messages: the scores and charts drawn this frame keep the data they started with.
  void refreshIssues(UiContext& ui) {
    if (derived_.issuesRevision == ui.history().revision()) return;
    derived_.issuesRevision = ui.history().revision();
    derived_.issues = validateCommitments(ui.history().doc(), derived_.period);
  }
  void drawHeader(UiContext& ui);
  void drawColumn(UiContext& ui, const TeamScorecard& card, float width);
  void drawCommitment(UiContext& ui, const CommitmentScore& score, float width);

  Derived derived_;
  std::string focusId_;   // commitment whose metric takes keyboard focus next frame (just added)
  std::string removeId_;  // commitment to remove after drawing
};

void SlaView::update(UiContext& ui) {
  const History& history = ui.history();
  const std::string now = ui.edit().now;
  if (derived_.revision == history.revision() && derived_.day == now.substr(0, 10)) return;
  derived_.revision = history.revision();
  derived_.day = now.substr(0, 10);
  derived_.issuesRevision = history.revision();
  const int year = now.size() >= 4 ? std::atoi(now.substr(0, 4).c_str()) : 2027;
  derived_.period = planPeriodOf(history.doc().plan, year > 0 ? year : 2027);
  derived_.cards = scoreSla(history.doc(), derived_.period, now);
  derived_.issues = validateCommitments(history.doc(), derived_.period);
}

void SlaView::draw(UiContext& ui) {
  update(ui);
  const float s = theme::scale();
  const float width = beginPage("##sla-scroll", 1280);

  drawHeader(ui);
  ImGui::Dummy(ImVec2(0, 8 * s));
  // Side by side when there is room, marketing first; stacked on narrow screens.
  const float gap = 20 * s;
  const bool sideBySide = width >= 760 * s;
  const float columnW = sideBySide ? std::floor((width - gap) * 0.5f) : width;
  ImGui::BeginGroup();
  drawColumn(ui, derived_.cards.marketing, columnW);
  ImGui::EndGroup();
  if (sideBySide) ImGui::SameLine(0, gap);
  else ImGui::Dummy(ImVec2(0, 12 * s));
  ImGui::BeginGroup();
  drawColumn(ui, derived_.cards.sales, columnW);
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, 40 * s));

  endPage();

  if (!removeId_.empty()) {
    History& history = ui.history();
    if (const Commitment* commitment = history.findCommitment(removeId_)) {
      const std::string name = commitment->metric.empty() ? std::string("a commitment") : commitment->metric;
      history.seal();
      history.removeCommitment(removeId_, ui.edit());
      ui.notifyUndoable("Deleted commitment \xE2\x80\x9C" + name + "\xE2\x80\x9D.");
    }
    removeId_.clear();
  }
}

void SlaView::drawHeader(UiContext& ui) {
  std::string line = "Each promise has a target per period";
  const auto& periods = derived_.cards.periods;
  if (!periods.empty()) line += " (" + periods.front().label + " to " + periods.back().label + ")";
  line += ". Met: on target or better. At risk: short of it by at most " + formatPercent(kAtRiskMargin) +
          " of the target. Missed: further off. A promise linked to a funnel stage takes its target from the "
          "waterfall.";
  pageHeading("SERVICE LEVEL AGREEMENT", "What marketing and sales promise each other", line.c_str());
  ImGui::Dummy(ImVec2(0, 4 * theme::scale()));
  reviewStrip(ui, kSlaTarget, nullptr);
}

void SlaView::drawColumn(UiContext& ui, const TeamScorecard& card, float width) {
  History& history = ui.history();
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const ImVec4 teamColor = theme::teamColor(card.team);

  // Column header: who commits, the tally, and the add button.
  ImGui::PushID(teamName(card.team));
  const float x0 = ImGui::GetCursorPosX();
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(headingFont());
  textColored(teamColor, (std::string(teamLabel(card.team)) + " commits").c_str());
  ImGui::PopFont();
  // "Add commitment##marketing": the same visible text in both columns, told apart by the team.
  const std::string addLabel = std::string("Add commitment##") + teamName(card.team);
  ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), x0 + width - buttonWidth(addLabel.c_str())));
  if (button(addLabel.c_str(), nullptr, ButtonKind::primary)) {
    Commitment commitment;
    commitment.owner = card.team;
    commitment.unit = card.team == Team::marketing ? MetricUnit::count : MetricUnit::hours;
    commitment.direction = card.team == Team::marketing ? Direction::atLeast : Direction::atMost;
    history.seal();
    focusId_ = history.addCommitment(commitment, ui.edit());
  }
  {
    const std::string tally = std::to_string(card.met) + " met";
    pill(tally.c_str(), p.success);
    ImGui::SameLine();
    pill((std::to_string(card.atRisk) + " at risk").c_str(), p.warning);
    ImGui::SameLine();
    pill((std::to_string(card.missed) + " missed").c_str(), p.danger);
    if (card.noData > 0) {
      ImGui::SameLine();
      pill((std::to_string(card.noData) + " without actuals").c_str(), p.textMuted);
    }
  }
  ImGui::Dummy(ImVec2(0, 4 * s));
  if (card.commitments.empty()) {
    beginCard("##empty-card", &teamColor, width);
    ImGui::PushTextWrapPos(0);
    textWrappedMuted(card.team == Team::marketing
                         ? "No promises from marketing yet. Typical ones: MQLs delivered per period (linked to the "
                           "waterfall), the share of MQLs that meet the agreed definition, collateral requests "
                           "answered within N days."
                         : "No promises from sales yet. Typical ones: first follow-up on every MQL within N hours, "
                           "feedback on every MQL within N days, opportunities created per period.");
    ImGui::PopTextWrapPos();
    endCard();
  }
  for (const auto& score : card.commitments) {
    drawCommitment(ui, score, width);
    ImGui::Dummy(ImVec2(0, 4 * s));
  }
  ImGui::PopID();
}

void SlaView::drawCommitment(UiContext& ui, const CommitmentScore& score, float width) {
  History& history = ui.history();
  const Document& doc = history.doc();
  if (score.index >= doc.commitments.size()) return;
  const Commitment& commitment = doc.commitments[score.index];
  const size_t i = score.index;
  const std::string item = "commitments[" + std::to_string(i) + "]";
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  // Edits made earlier in this frame must not leave a stale message (and a stale layout) behind.
  const auto issuesOn = [&](const std::string& field, float wrap = 0) {
    refreshIssues(ui);
    fieldIssues(derived_.issues, field, wrap);
  };
  const std::string key = "commitment:" + commitment.meta.id + ":";
  const auto commit = [&](const Commitment& updated, const std::string& field) {
    history.updateCommitment(updated, ui.edit(), field.empty() ? std::string() : key + field);
  };
  // A choice from a list is an undo step of its own.
  const auto choose = [&](const auto& change) {
    Commitment updated = commitment;
    change(updated);
    history.seal();
    commit(updated, "");
  };

  ImGui::PushID(commitment.meta.id.c_str());
  const ImVec4 stripe = statusColor(score.status);
  beginCard("##commitment-card", &stripe, width);

  // The latest status and delete above the metric, which gets the whole width (metrics are long).
  const std::string statusText =
      score.status == SlaStatus::noData ? std::string("No actual yet") : std::string(slaStatusLabel(score.status)) + " \xC2\xB7 " + score.latestPeriod;
  const ImVec2 statusSize = pillSize(statusText.c_str());
  {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float lineH = ImGui::GetFrameHeight();
    drawPill(ImGui::GetWindowDrawList(), ImVec2(pos.x, pos.y + std::max(0.0f, (lineH - statusSize.y) * 0.5f)),
             statusText.c_str(), statusColor(score.status));
    // An item with the status in its label, so automation can read the status.
    ImGui::InvisibleButton((std::string(slaStatusLabel(score.status)) + idLabel("commitment-status", i)).c_str(),
                           ImVec2(statusSize.x, lineH));
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::Text("Periods with an actual: %d met, %d at risk, %d missed", score.met, score.atRisk, score.missed);
      ImGui::EndTooltip();
    }
  }
  if (!score.targetStage.empty()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(smallFont());
    const float room = ImGui::GetContentRegionAvail().x - buttonWidth("Delete") - 2 * ImGui::GetStyle().ItemSpacing.x;
    fittedText("Targets from the waterfall's " + score.targetStage + " count", room, p.textMuted);
    ImGui::PopFont();
  }
  ImGui::SameLine();
  alignRight(buttonWidth("Delete"));
  if (button("Delete", idLabel("commitment-delete", i).c_str(), ButtonKind::subtle)) removeId_ = commitment.meta.id;
  if (focusId_ == commitment.meta.id) {
    ImGui::SetKeyboardFocusHere();
    focusId_.clear();
  }
  ImGui::PushFont(headingFont());
  TextEdit metric = textField(idLabel("commitment-metric", i).c_str(), commitment.metric,
                              "What is promised, e.g. MQLs delivered per quarter", 0);
  ImGui::PopFont();
  lastChangedTooltip(ui, fieldPath("commitments", commitment.meta.id, "metric"));
  if (metric.changed && metric.text != commitment.metric) {
    Commitment updated = commitment;
    updated.metric = metric.text;
    commit(updated, "metric");
  }
  if (metric.deactivated) history.seal();
  issuesOn(item + ".metric");

  // Direction, target, unit and where the target comes from.
  ImGui::Dummy(ImVec2(0, 2 * s));
  const float gap = 12 * s;
  const float inner = ImGui::GetContentRegionAvail().x - 3 * gap;
  // Four fields on one row; two rows of two on narrow cards (phones).
  const bool twoRows = inner < 560 * s;
  const float half = std::floor((ImGui::GetContentRegionAvail().x - gap) / 2);
  const float directionW = twoRows ? half : std::floor(inner * 0.22f), targetW = twoRows ? half : std::floor(inner * 0.24f);
  const float unitW = twoRows ? half : std::floor(inner * 0.2f);
  const float sourceW = twoRows ? half : inner - directionW - targetW - unitW;
  const bool linked = !score.targetStage.empty();

  float rowY = ImGui::GetCursorPosY();  // captions of the row on one line (see SameLine below)
  int cell = 0;
  const auto nextCell = [&] {
    if (twoRows && ++cell == 2) {
      rowY = ImGui::GetCursorPosY();
      return;
    }
    ImGui::SameLine(0, gap);
    entity::continueRowAt(rowY);
  };
  const auto cellCaption = [&](const std::string& text, float w) {
    ImGui::PushFont(smallFont());
    fittedText(text, w, p.textMuted);
    ImGui::PopFont();
  };
  ImGui::BeginGroup();
  cellCaption("Direction", directionW);
  if (const auto direction = choiceCombo(idLabel("commitment-direction", i), commitment.direction, kAllDirections,
                                         directionLabel, directionW)) {
    choose([&](Commitment& c) { c.direction = *direction; });
  }
  ImGui::EndGroup();

  nextCell();
  ImGui::BeginGroup();
  cellCaption(commitment.unit == MetricUnit::money && !doc.plan.currency.empty() ? "Target per period (" + doc.plan.currency + ")"
                                                                                  : std::string("Target per period"),
              targetW);
  if (linked) {
    // The waterfall sets it; show the first period's as a reminder (all are in the grid below).
    ImGui::BeginDisabled();
    const std::string shown = "Waterfall";
    textField(idLabel("commitment-target", i).c_str(), shown, nullptr, targetW);
    ImGui::EndDisabled();
  } else {
    entity::NumberInput target = entity::numberInput(idLabel("commitment-target", i).c_str(), commitment.target,
                                                     kindOf(commitment.unit), targetW, "e.g. 1,200");
    if (target.value) {
      Commitment updated = commitment;
      updated.target = *target.value;
      commit(updated, "target");
    }
    if (target.deactivated) history.seal();
    issuesOn(item + ".target", targetW);
  }
  ImGui::EndGroup();

  nextCell();
  ImGui::BeginGroup();
  cellCaption("Unit", unitW);
  if (const auto unit = choiceCombo(idLabel("commitment-unit", i), commitment.unit, kAllMetricUnits, metricUnitLabel, unitW)) {
    choose([&](Commitment& c) { c.unit = *unit; });
  }
  ImGui::EndGroup();

  nextCell();
  ImGui::BeginGroup();
  cellCaption("Target comes from", sourceW);
  const auto& stages = doc.growth.assumptions.stages;
  std::string preview = "Its own target";
  for (const auto& stage : stages)
    if (stage.id == commitment.stageId) preview = "Waterfall: " + stage.name;
  if (!commitment.stageId.empty() && preview == "Its own target") preview = "A removed stage";
  if (beginCombo(idLabel("commitment-stage", i).c_str(), preview.c_str(), sourceW)) {
    if (ImGui::Selectable("Its own target", commitment.stageId.empty()))
      choose([](Commitment& c) { c.stageId.clear(); });
    for (const auto& stage : stages) {
      const std::string label = "Waterfall: " + stage.name + "##" + stage.id;
      if (ImGui::Selectable(label.c_str(), stage.id == commitment.stageId))
        choose([&](Commitment& c) {
          c.stageId = stage.id;
          c.unit = MetricUnit::count;
          c.direction = Direction::atLeast;
        });
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
    ImGui::SetTooltip("Linked to a funnel stage, each period's target is the waterfall's count of that stage\n"
                      "(marketing: marketing-sourced leads only; sales: all sources).");
  issuesOn(item + ".stageId", sourceW);
  if (!commitment.stageId.empty() && !linked && stages.size() > 0 && preview != "A removed stage") {
    ImGui::PushFont(smallFont());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + sourceW);
    textColored(p.warning, "The waterfall cannot be computed right now: its own target applies.");
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
  }
  ImGui::EndGroup();

  // Where the actuals come from: typed in, or measured from lead feedback or collateral requests.
  ImGui::Dummy(ImVec2(0, 2 * s));
  caption("Actuals come from");
  if (const auto measure = choiceCombo(idLabel("commitment-measure", i), commitment.measure, kAllCommitmentMeasures,
                                       commitmentMeasureLabel, std::min(inner, 520 * s))) {
    choose([&](Commitment& c) {
      c.measure = *measure;
      if (*measure == CommitmentMeasure::typed) return;
      c.unit = measureUnit(*measure);
      c.direction = measureDirection(*measure);
      c.stageId.clear();
    });
  }
  if (commitment.measure != CommitmentMeasure::typed) {
    ImGui::PushFont(smallFont());
    ImGui::PushTextWrapPos(0.0f);
    textColored(p.textMuted, ("Each period without a typed actual takes the one measured from " +
                              std::string(measureSource(commitment.measure)) + ". A typed actual wins.").c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
  }

  // One cell per period: the actual, its target and status.
  ImGui::Dummy(ImVec2(0, 4 * s));
  const float cellMin = 104 * s;
  const float rowW = ImGui::GetContentRegionAvail().x;
  const size_t perRow = std::max<size_t>(1, static_cast<size_t>((rowW + gap) / (cellMin + gap)));
  const size_t n = score.periods.size();
  const size_t columns = std::min(perRow, std::max<size_t>(1, n));
  const float cellW = std::floor((rowW - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns));
  float cellRowY = 0;
  for (size_t k = 0; k < n; ++k) {
    const PeriodScore& period = score.periods[k];
    if (k % columns == 0) {
      cellRowY = ImGui::GetCursorPosY();
    } else {
      ImGui::SameLine(0, gap);
      entity::continueRowAt(cellRowY);
    }
    ImGui::BeginGroup();
    caption(period.slot.label.c_str());
    const std::string actualId = "##actual-" + std::to_string(i) + "-" + std::to_string(k);
    // A measured actual shows as the empty field's hint: typing one overrides it.
    const std::string measuredHint = period.measured ? entity::formatForField(*period.actual, kindOf(commitment.unit)) : "";
    entity::NumberInput actual =
        entity::numberInput(actualId.c_str(), period.measured ? std::nullopt : period.actual, kindOf(commitment.unit), cellW,
                            period.measured ? measuredHint.c_str() : "actual");
    if (actual.value)
      history.setActual(commitment.meta.id, period.slot.label, *actual.value, ui.edit(), key + "actual:" + period.slot.label);
    if (actual.cleared) {
      history.seal();
      history.removeActual(commitment.meta.id, period.slot.label, ui.edit());
    }
    if (actual.deactivated) history.seal();
    ImGui::PushFont(smallFont());
    const std::string target = (commitment.direction == Direction::atLeast ? "\xE2\x89\xA5 " : "\xE2\x89\xA4 ") +
                               formatMetricValue(period.target, commitment.unit, doc.plan.currency);
    textColored(p.textMuted, target.c_str());
    const std::string status = period.status == SlaStatus::noData ? std::string("\xE2\x80\x94") : slaStatusLabel(period.status);
    labelledText(status, "actual-status-" + std::to_string(i) + "-" + std::to_string(k), statusColor(period.status));
    if (period.measured)
      labelledText("Measured", "actual-measured-" + std::to_string(i) + "-" + std::to_string(k), p.accent);
    ImGui::PopFont();
    ImGui::EndGroup();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) && period.actual) {
      ImGui::BeginTooltip();
      ImGui::Text("%s: %s %s, target %s %s", period.slot.label.c_str(), period.measured ? "measured" : "actual",
                  formatMetricValue(*period.actual, commitment.unit, doc.plan.currency).c_str(),
                  directionLabel(commitment.direction),
                  formatMetricValue(period.target, commitment.unit, doc.plan.currency).c_str());
      ImGui::EndTooltip();
    }
  }
  for (size_t j = 0; j < commitment.actuals.size(); ++j) {
    issuesOn(item + ".actuals[" + std::to_string(j) + "].period");
    issuesOn(item + ".actuals[" + std::to_string(j) + "].value");
  }

  {
    const std::string target = commitment.meta.id;  // copies: the strip may change the view
    const EntityMeta meta = commitment.meta;
    commentStrip(ui, target, meta);
  }
  endCard();
  ImGui::PopID();
}

}  // namespace

std::unique_ptr<View> makeSlaView() { return std::make_unique<SlaView>(); }

}  // namespace gp::ui
