// The Attribution page: header, the agreement (model, settings, sign-off), where the numbers come
// from, then the tables of attribution_tables.cpp.
#include "attribution_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/text/number_text.h"
#include "ui/attribution_workspace.h"
#include "ui/growth_fields.h"
#include "ui/page_frame.h"
#include "ui/review_strip.h"
#include "ui/term_text.h"
#include "ui/theme.h"
#include "ui/views/views.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace attribution {

int64_t amountOf(const Credit& credit, Measure measure) {
  return measure == Measure::pipeline ? credit.pipelineMicros : credit.revenueMicros;
}

std::string money(int64_t micros, const std::string& currency) {
  return formatMoney(std::round(static_cast<double>(micros) / kMicrosPerUnit), currency);
}

}  // namespace attribution

namespace {

using namespace attribution;

// One line under the picker, so nobody has to know the jargon.
const char* modelSummary(AttributionModel model) {
  switch (model) {
    case AttributionModel::firstTouch: return "All credit to the first touch.";
    case AttributionModel::lastTouch: return "All credit to the last touch before the deal closed.";
    case AttributionModel::linear: return "Equal credit to every touch.";
    case AttributionModel::uShaped: return "40% first touch, 40% last, 20% shared by the touches between.";
    case AttributionModel::wShaped: return "30% each to the first touch, lead creation and opportunity creation; 10% to the rest.";
    case AttributionModel::timeDecay: return "More credit the closer a touch is to the close; half as much per half-life.";
    case AttributionModel::custom: return "Your own shares for the first, middle and last touches.";
  }
  return "";
}

class AttributionView final : public View {
 public:
  const char* title() const override { return "Attribution"; }
  void draw(UiContext& ui) override;

 private:
  void drawHeader(UiContext& ui, const Shown& shown, float width);
  void drawAgreement(UiContext& ui, float width);
  void drawSource(UiContext& ui, const Shown& shown, float width);
  void drawEmptyState(UiContext& ui, float width);
  void choose(UiContext& ui, AttributionSettings settings, const std::string& label, const std::string& mergeKey = {});

  Measure measure_ = Measure::pipeline;
  int dimension_ = 0;
};

void AttributionView::choose(UiContext& ui, AttributionSettings settings, const std::string& label,
                             const std::string& mergeKey) {
  History& history = ui.history();
  AttributionAgreement agreement = history.doc().attribution;
  agreement.settings = settings;
  // With the rows here, the plan's totals follow the agreed model at once.
  if (auto result = ui.attribution().agreedResult(settings)) agreement.results = std::move(result);
  if (mergeKey.empty()) history.seal();
  history.setAttribution(agreement, ui.edit(), label, mergeKey);
  if (mergeKey.empty()) history.seal();
}

void AttributionView::draw(UiContext& ui) {
  const Document& doc = ui.history().doc();
  AttributionWorkspace& workspace = ui.attribution();
  Shown shown;
  if (workspace.hasRows()) {
    shown.fromRows = true;
    for (const AttributionModel model : kAllAttributionModels)
      if (const AttributionResult* result = workspace.resultFor(model)) shown.models.push_back(result);
    shown.agreed = workspace.resultFor(doc.attribution.settings.model);
  } else if (doc.attribution.results) {
    shown.models.push_back(&*doc.attribution.results);
    shown.agreed = &*doc.attribution.results;
  }

  const float s = theme::scale();
  const float width = beginPage("##attribution-scroll", 1180);
  drawHeader(ui, shown, width);
  ImGui::Dummy(ImVec2(0, 8 * s));
  drawAgreement(ui, width);
  ImGui::Dummy(ImVec2(0, 12 * s));
  drawSource(ui, shown, width);
  if (!shown.agreed) {
    if (workspace.hasRows()) textMuted("Computing the agreed model\xE2\x80\xA6");
    else if (!workspace.loading()) drawEmptyState(ui, width);
  } else {
    const std::string& currency = doc.plan.currency;
    ImGui::Dummy(ImVec2(0, 8 * s));
    const int picked = segmentedControl("##attribution-measure", {"Pipeline (open + won)", "Revenue (won)"},
                                        measure_ == Measure::pipeline ? 0 : 1, std::min(width, 420 * s));
    measure_ = picked == 0 ? Measure::pipeline : Measure::revenue;
    ImGui::Dummy(ImVec2(0, 8 * s));
    drawComparison(shown, measure_, dimension_, currency, width);
    ImGui::Dummy(ImVec2(0, 14 * s));
    drawSourcedTouched(shown, measure_, currency, width);
    ImGui::Dummy(ImVec2(0, 14 * s));
    drawPeriods(doc, *shown.agreed, measure_, currency, width);
    ImGui::Dummy(ImVec2(0, 14 * s));
    drawCampaigns(doc, *shown.agreed, measure_, currency, width);
  }
  ImGui::Dummy(ImVec2(0, 40 * s));
  endPage();
}

void AttributionView::drawHeader(UiContext& ui, const Shown& shown, float width) {
  const float x0 = ImGui::GetCursorPosX();
  const ImGuiStyle& style = ImGui::GetStyle();
  caption("ATTRIBUTION");
  ImGui::AlignTextToFramePadding();
  heading("Shared credit for pipeline");
  const char* importLabel = "Import touchpoints\xE2\x80\xA6";
  const char* exportLabel = "Export CSV";
  const float actionsW = buttonWidth(importLabel) + buttonWidth(exportLabel) + style.ItemSpacing.x;
  if (width >= actionsW + ImGui::CalcTextSize("Shared credit for pipeline").x * 1.3f + 20 * theme::scale()) {
    ImGui::SameLine();
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), x0 + width - actionsW));
  }
  ImGui::BeginDisabled(shown.models.empty());
  if (button(exportLabel, "Export CSV##attribution-export")) {
    std::vector<AttributionResult> results;
    for (const AttributionResult* result : shown.models) results.push_back(*result);
    ui.platform().downloadFile(ui.fileStem() + "-attribution.csv", "text/csv", attributionCsv(results));
    ui.notify(Notice::Kind::success, "Exported the attribution as CSV.", 4);
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (button(importLabel, "Import touchpoints\xE2\x80\xA6##attribution-import", ButtonKind::primary)) ui.openAttributionImport();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  textWrappedMuted("Instead of arguing over who sourced a deal, both teams agree on one model that shares each "
                   "opportunity's amount over the touches that led to it, and report marketing-touched pipeline beside "
                   "marketing-sourced.");
  ImGui::PopTextWrapPos();
}

void AttributionView::drawAgreement(UiContext& ui, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const AttributionSettings settings = ui.history().doc().attribution.settings;
  beginCard("##attribution-agreement", nullptr, width);
  caption("THE MODEL BOTH TEAMS AGREE ON");
  if (auto model = choiceCombo("##attribution-model", settings.model, kAllAttributionModels, attributionModelLabel,
                               std::min(260 * s, width - 40 * s))) {
    AttributionSettings updated = settings;
    updated.model = *model;
    if (*model != settings.model) choose(ui, updated, std::string("Choose the ") + attributionModelLabel(*model) + " model");
  }
  exposeLastItem(std::string("Agreed model: ") + attributionModelLabel(settings.model) + "##attribution-agreed");
  // Beside the picker when it fits, else under it.
  if (ImGui::CalcTextSize(modelSummary(settings.model)).x + 16 * s < ImGui::GetContentRegionAvail().x - 270 * s) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
  }
  textWrappedMuted(modelSummary(settings.model));
  const auto numberField = [&](const char* label, const char* id, double value, double AttributionSettings::*member) {
    ImGui::AlignTextToFramePadding();
    textMuted(label);
    ImGui::SameLine();
    const TextEdit edit = textField(id, formatNumber(value, 2), nullptr, 90 * s);
    if (edit.changed) {
      const ParsedNumber parsed = parseNumber(edit.text);
      AttributionSettings updated = ui.history().doc().attribution.settings;
      if (parsed.value) {
        updated.*member = *parsed.value;
        if (settingsProblem(updated).empty()) choose(ui, updated, "Edit attribution settings", std::string("attribution:") + id);
      }
    }
    if (edit.deactivated) ui.history().seal();
  };
  if (settings.model == AttributionModel::timeDecay) {
    numberField("Half-life in days", "##attribution-half-life", settings.halfLifeDays, &AttributionSettings::halfLifeDays);
  } else if (settings.model == AttributionModel::custom) {
    numberField("First %", "##attribution-custom-first", settings.customFirst, &AttributionSettings::customFirst);
    ImGui::SameLine();
    numberField("Middle %", "##attribution-custom-middle", settings.customMiddle, &AttributionSettings::customMiddle);
    ImGui::SameLine();
    numberField("Last %", "##attribution-custom-last", settings.customLast, &AttributionSettings::customLast);
    textColored(p.textMuted, "The three shares add up to 100%; a change that does not is not kept.");
  }
  ImGui::Spacing();
  reviewStrip(ui, kAttributionTarget, nullptr);
  endCard();
}

void AttributionView::drawSource(UiContext& ui, const Shown& shown, float width) {
  const theme::Palette& p = theme::palette();
  AttributionWorkspace& workspace = ui.attribution();
  const AttributionAgreement& agreement = ui.history().doc().attribution;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  if (workspace.readingRows()) {
    ImGui::ProgressBar(static_cast<float>(workspace.loadingProgress()), ImVec2(std::min(width, 360 * theme::scale()), 0),
                       "Reading the CRM rows kept in this browser\xE2\x80\xA6");
  } else if (shown.fromRows) {
    const AttributionData& data = *workspace.data();
    const std::string text = workspace.sourceText() + ": " + formatCount(static_cast<double>(data.opportunities.size())) +
                             " opportunities, " + formatCount(static_cast<double>(data.touches.size())) +
                             " touches. The rows stay in this browser; the plan keeps only the totals.";
    textWrappedMuted(text.c_str());
    exposeLastItem(text + "##attribution-source");
    if (button("Forget the rows in this browser", "##attribution-forget", ButtonKind::subtle)) {
      workspace.forget(ui.platform(), ui.history().doc().plan.meta.id);
      ui.notify(Notice::Kind::info, "This browser no longer keeps the CRM rows; the plan keeps its totals.", 5);
    }
    if (shown.models.size() < std::size(kAllAttributionModels)) textMuted("Computing the other models\xE2\x80\xA6");
  } else if (agreement.results) {
    const AttributionResult& stored = *agreement.results;
    std::string text = "These totals were computed with " + attributionSettingsText(stored.settings);
    if (!agreement.computed.by.empty()) text += " by " + agreement.computed.by;
    if (!agreement.computed.at.empty()) text += " on " + friendlyDate(agreement.computed.at);
    text += ". The CRM rows are not in this browser: import them to compare the models.";
    if (stored.settings.model != agreement.settings.model)
      textColored(p.warning, "The agreed model changed since: import the rows to recompute the totals.");
    textWrappedMuted(text.c_str());
    exposeLastItem(text + "##attribution-source");
  }
  ImGui::PopTextWrapPos();
}

void AttributionView::drawEmptyState(UiContext& ui, float width) {
  const float s = theme::scale();
  beginCard("##attribution-empty", nullptr, width);
  ImGui::PushFont(headingFont());
  labelledText("No opportunities or touchpoints yet", "attribution-empty", theme::palette().text);
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, 4 * s));
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted("Export two files from the CRM: the opportunities (id, created, closed, amount, stage, source) and "
                         "their touchpoints (opportunity id, date, channel, campaign, team, milestone). Import them here to "
                         "see first touch, last touch, linear, U-shaped, W-shaped, time decay and your own model side by side.");
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, 6 * s));
  if (button("Import touchpoints\xE2\x80\xA6", "Import touchpoints\xE2\x80\xA6##attribution-import-empty", ButtonKind::primary))
    ui.openAttributionImport();
  endCard();
}

}  // namespace

std::unique_ptr<View> makeAttributionView() { return std::make_unique<AttributionView>(); }

}  // namespace gp::ui
