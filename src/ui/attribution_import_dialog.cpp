#include "attribution_import_dialog.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>

#include "core/text/number_text.h"
#include "core/text/utf8.h"
#include "csv_import_parts.h"
#include "modal.h"
#include "term_text.h"
#include "theme.h"
#include "widgets.h"

namespace gp::ui {

namespace {

constexpr const char* kPopup = "##import-touchpoints";
constexpr double kFrameBudgetMs = 10.0;
constexpr size_t kUnitsPerSlice = 4000;  // a few milliseconds in the browser, as in AttributionWorkspace

std::string plural(size_t n, const char* one, const char* many) {
  return formatCount(static_cast<double>(n)) + " " + (n == 1 ? one : many);
}

const char* fieldLabel(OpportunityField field) { return opportunityFieldLabel(field); }
const char* fieldLabel(TouchField field) { return touchFieldLabel(field); }

// One file's columns: header, what it is read as, its first values.
template <typename Field, size_t N>
void drawMapping(const char* id, const CsvPreview& preview, ColumnMapping<Field>& mapping, const Field (&all)[N]) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const auto& headers = preview.headers;
  mapping.columns.resize(headers.size(), Field::ignore);
  const float rowH = ImGui::GetFrameHeightWithSpacing();
  const float tableH = std::min(168 * s, (static_cast<float>(headers.size()) + 1.4f) * rowH);
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_PadOuterX;
  if (headers.empty() || !ImGui::BeginTable(id, 3, flags, ImVec2(0, tableH))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Column in the file", ImGuiTableColumnFlags_WidthStretch, 0.9f);
  ImGui::TableSetupColumn("Read as", ImGuiTableColumnFlags_WidthFixed, 170 * s);
  ImGui::TableSetupColumn("First rows", ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < headers.size(); ++i) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(headers[i].empty() ? "(no name)" : headers[i].c_str());
    ImGui::TableNextColumn();
    const Field field = mapping.columns[i];
    const std::string comboId = std::string(id) + "-column-" + std::to_string(i);
    ImGui::PushStyleColor(ImGuiCol_Text, field == Field::ignore ? p.textMuted : p.text);
    const bool opened = beginCombo(comboId.c_str(), fieldLabel(field), 160 * s);
    ImGui::PopStyleColor();
    if (opened) {
      for (const Field choice : all) {
        const std::string label = std::string(fieldLabel(choice)) + comboId + "-" + std::to_string(static_cast<int>(choice));
        if (!ImGui::Selectable(label.c_str(), choice == field)) continue;
        if (choice != Field::ignore)  // one column per field
          for (auto& other : mapping.columns)
            if (other == choice) other = Field::ignore;
        mapping.columns[i] = choice;
      }
      ImGui::EndCombo();
    }
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, field == Field::ignore ? p.textFaint : p.textMuted);
    ImGui::TextUnformatted(columnSample(preview.sampleRows, i, 24).c_str());
    ImGui::PopStyleColor();
  }
  ImGui::EndTable();
}

}  // namespace

void AttributionImportDialog::open() {
  isOpen_ = true;
  openPopup_ = true;
  step_ = Step::columns;
}

void AttributionImportDialog::receive(const std::string& kind, std::string text, const std::string& fileName) {
  if (!isOpen_) open();
  job_.reset();
  step_ = Step::columns;
  if (kind == kOpportunitiesCsvKind) {
    opportunities_.preview = previewCsv(text, "opportunities");
    opportunities_.mapping = suggestOpportunityMapping(opportunities_.preview.headers);
    opportunities_.mapping.slashDates = slashDates_;
    opportunities_.name = fileName.empty() ? std::string("opportunities.csv") : fileName;
    opportunities_.text = std::move(text);
  } else {
    touches_.preview = previewCsv(text, "touchpoints");
    touches_.mapping = suggestTouchMapping(touches_.preview.headers);
    touches_.mapping.slashDates = slashDates_;
    touches_.name = fileName.empty() ? std::string("touchpoints.csv") : fileName;
    touches_.text = std::move(text);
  }
}

void AttributionImportDialog::close() {
  ImGui::CloseCurrentPopup();
  isOpen_ = false;
  job_.reset();
  opportunities_ = {};
  touches_ = {};
}

void AttributionImportDialog::draw(UiContext& ui, AttributionWorkspace& workspace) {
  if (!isOpen_) return;
  const float s = theme::scale();
  const float width = std::min(820 * s, ImGui::GetMainViewport()->WorkSize.x - 32 * s);
  if (!beginModal(kPopup, width, &openPopup_)) {
    if (!openPopup_ && !ImGui::IsPopupOpen(kPopup)) isOpen_ = false;
    return;
  }
  if (job_ && !job_->finished()) {
    const auto start = std::chrono::steady_clock::now();
    while (!job_->step(kUnitsPerSlice))
      if (std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() > kFrameBudgetMs) break;
  }
  cancel_ = false;
  enter_ = !comboWasOpen_ && dialogEnterPressed();
  modalHeading("IMPORT TOUCHPOINTS", "Opportunities and touchpoints from your CRM");
  exposeLastItem("##attribution-import-dialog");
  if (step_ == Step::columns) drawColumns(ui);
  else if (!job_->finished()) drawReading();
  else drawResult(ui, workspace);
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !comboWasOpen_) cancel_ = true;
  comboWasOpen_ = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
  if (cancel_ && isOpen_) close();
  ImGui::EndPopup();
}

void AttributionImportDialog::drawColumns(UiContext& ui) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  textWrappedMuted("One row per opportunity, one row per touch. The rows stay in this browser; the plan keeps only "
                   "totals per channel, campaign, team and month.");
  ImGui::Dummy(ImVec2(0, 6 * s));
  std::string problem;
  const auto fileRow = [&](const char* title, const char* kind, const std::string& name, const CsvPreview& preview,
                           const char* buttonId) {
    caption(title);
    if (button(name.empty() ? "Choose file\xE2\x80\xA6" : "Choose another\xE2\x80\xA6", buttonId))
      ui.platform().requestImportFile(kind);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (name.empty()) {
      textMuted("No file yet");
    } else {
      ImGui::TextUnformatted(name.c_str());
      exposeLastItem(name + "##" + kind + "-name");
    }
    if (preview.fileProblem) {
      const std::string text = preview.fileProblem->text();
      textColored(p.danger, text.c_str());
      exposeLastItem(text);
      if (problem.empty()) problem = text;
    }
  };
  fileRow("OPPORTUNITIES", kOpportunitiesCsvKind, opportunities_.name, opportunities_.preview,
          "##attribution-pick-opportunities");
  if (opportunities_.present())
    drawMapping("##attribution-opportunity", opportunities_.preview, opportunities_.mapping, kAllOpportunityFields);
  ImGui::Dummy(ImVec2(0, 8 * s));
  fileRow("TOUCHPOINTS", kTouchpointsCsvKind, touches_.name, touches_.preview,
          "##attribution-pick-touchpoints");
  if (touches_.present()) drawMapping("##attribution-touch", touches_.preview, touches_.mapping, kAllTouchFields);

  ImGui::Dummy(ImVec2(0, 8 * s));
  caption("DATES WRITTEN WITH SLASHES, LIKE 03/04/2027");
  if (auto picked = choiceCombo("##attribution-slash-dates", slashDates_, kSlashDateOrders, slashDatesLabel, 330 * s)) {
    slashDates_ = *picked;
    opportunities_.mapping.slashDates = touches_.mapping.slashDates = *picked;
  }

  if (problem.empty() && !opportunities_.present()) problem = "Choose the opportunities file.";
  if (problem.empty() && !touches_.present()) problem = "Choose the touchpoints file.";
  if (problem.empty()) problem = missingOpportunityField(opportunities_.mapping);
  if (problem.empty()) problem = missingTouchField(touches_.mapping);
  ImGui::Dummy(ImVec2(0, 6 * s));
  if (!problem.empty()) {
    textColored(p.warning, problem.c_str());
    exposeLastItem(problem + "##attribution-import-missing");
  }
  ImGui::Dummy(ImVec2(0, 10 * s));
  const float total = buttonWidth("Cancel") + buttonWidth("Read files") + ImGui::GetStyle().ItemSpacing.x;
  alignRight(total);
  cancel_ = button("Cancel", "Cancel##attribution-import-cancel");
  ImGui::SameLine();
  const bool ready = problem.empty();
  ImGui::BeginDisabled(!ready);
  const bool read = button("Read files", "Read files##attribution-import-read", ButtonKind::primary) || (ready && enter_ && !cancel_);
  ImGui::EndDisabled();
  if (read && !cancel_) {
    // The job reads copies: going back to fix a mapping must not need the files picked again.
    job_ = std::make_unique<AttributionImportJob>(opportunities_.text, opportunities_.mapping, touches_.text,
                                                  touches_.mapping);
    step_ = Step::reading;
  }
}

void AttributionImportDialog::drawReading() {
  const float s = theme::scale();
  const double progress = job_->progress();
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, theme::palette().accent);
  ImGui::ProgressBar(static_cast<float>(progress), ImVec2(-1, 8 * s), "");
  ImGui::PopStyleColor();
  exposeLastItem("##attribution-import-progress");
  textMuted((job_->phase() + "\xE2\x80\xA6 " + std::to_string(static_cast<int>(progress * 100)) + "%").c_str());
  ImGui::Dummy(ImVec2(0, 10 * s));
  alignRight(buttonWidth("Cancel"));
  cancel_ = button("Cancel", "Cancel##attribution-import-cancel");
}

void AttributionImportDialog::drawResult(UiContext& ui, AttributionWorkspace& workspace) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const bool ok = job_->ok();
  if (!ok) {
    const std::string title = plural(job_->problemCount(), "problem", "problems") + " in the files: nothing will be imported.";
    colorDot(p.danger);
    ImGui::SameLine();
    textColored(p.danger, title.c_str());
    exposeLastItem(title);
    textWrappedMuted("Fix these rows in the CRM or the files and import them again; the plan is unchanged. "
                     "Going back lets you read a column differently.");
    const auto& problems = job_->problems();
    const float lineH = ImGui::GetTextLineHeightWithSpacing();
    ImGui::BeginChild("##attribution-import-problems",
                      ImVec2(0, std::min(260 * s, (static_cast<float>(problems.size()) + 0.6f) * lineH * 1.5f)),
                      ImGuiChildFlags_Borders);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(problems.size()));
    while (clipper.Step())
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const std::string text = problems[static_cast<size_t>(i)].text();
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopTextWrapPos();
        exposeLastItem(text + "##attribution-problem-" + std::to_string(i));
      }
    ImGui::EndChild();
  } else {
    const AttributionData& data = job_->data();
    const std::string summary = plural(data.opportunities.size(), "opportunity", "opportunities") + " and " +
                                plural(data.touches.size(), "touch", "touches");
    pill(summary.c_str(), p.accent);
    exposeLastItem("##attribution-import-summary: " + summary);
    ImGui::Spacing();
    if (data.ignoredAfterClose > 0)
      textMuted((plural(data.ignoredAfterClose, "touch comes", "touches come") + " after its opportunity closed and " +
                 (data.ignoredAfterClose == 1 ? "is" : "are") + " left out.").c_str());
    if (const size_t without = data.withoutTouches(); without > 0)
      textMuted((plural(without, "opportunity has", "opportunities have") + " no touch: " +
                 (without == 1 ? "its amount counts" : "their amounts count") + " in the totals but in no channel.").c_str());
    textWrappedMuted("Importing keeps these rows in this browser only, replaces the plan's attribution totals and can be "
                     "undone in one step.");
  }
  ImGui::Dummy(ImVec2(0, 10 * s));
  const char* confirm = "Import";
  const float total = buttonWidth("Back") + buttonWidth("Cancel") + buttonWidth(confirm) + 2 * ImGui::GetStyle().ItemSpacing.x;
  alignRight(total);
  bool back = button("Back", "Back##attribution-import-back");
  ImGui::SameLine();
  cancel_ = button("Cancel", "Cancel##attribution-import-cancel");
  ImGui::SameLine();
  ImGui::BeginDisabled(!ok);
  const bool import = (button(confirm, "Import##attribution-import-confirm", ButtonKind::primary) || (ok && enter_ && !cancel_)) &&
                      !back && !cancel_;
  ImGui::EndDisabled();
  if (back) {
    job_.reset();
    step_ = Step::columns;
  } else if (import) {
    importRows(ui, workspace);
  }
}

void AttributionImportDialog::importRows(UiContext& ui, AttributionWorkspace& workspace) {
  const std::string planId = ui.history().doc().plan.meta.id;
  StoredAttributionRows rows{std::move(opportunities_.text), opportunities_.mapping, std::move(touches_.text),
                             touches_.mapping, opportunities_.name, touches_.name};
  AttributionData data = job_->takeData();
  const size_t opportunities = data.opportunities.size();
  const std::string told = "Imported " + plural(opportunities, "opportunity", "opportunities") + " from " +
                           rows.opportunitiesFile + " and " + rows.touchpointsFile + ". The rows stay in this browser.";
  // The plan takes the totals as one undo step once the agreed model is computed (a few frames).
  const EditContext context = ui.edit();
  workspace.adopt(planId, std::move(data), std::move(rows), Stamp{context.author, context.now, context.team},
                  "Import touchpoints (" + plural(opportunities, "opportunity", "opportunities") + ")");
  ui.notify(Notice::Kind::success, told, 6);
  ui.navigate("Attribution");
  close();
}

}  // namespace gp::ui
