// Importing win/loss entries from CSV: the whole file previewed (what is new, updated or
// unchanged, or every problem with its row and column) before anything changes.
#include <algorithm>

#include "core/text/number_text.h"
#include "ui/modal.h"
#include "ui/term_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "winloss_view.h"

namespace gp::ui::winloss {

namespace {

constexpr const char* kImportPopup = "Import deals##import-deals";

const char* actionLabel(DealImportAction action) {
  switch (action) {
    case DealImportAction::add: return "New";
    case DealImportAction::update: return "Update";
    case DealImportAction::unchanged: return "Unchanged";
  }
  return "";
}

ImVec4 actionColor(DealImportAction action) {
  const theme::Palette& p = theme::palette();
  switch (action) {
    case DealImportAction::add: return p.success;
    case DealImportAction::update: return p.accent;
    case DealImportAction::unchanged: break;
  }
  return p.textMuted;
}

}  // namespace

void WinLossView::startImport(UiContext& ui, const UiContext::ImportedFile& file) {
  import_ = Import{file.fileName, previewDealImport(ui.history().doc(), file.text), true};
}

void WinLossView::drawImportDialog(UiContext& ui) {
  if (!import_) return;
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const float width = std::min(720 * s, ImGui::GetMainViewport()->WorkSize.x - 40 * s);
  if (!beginModal(kImportPopup, width, &import_->openPopup)) {
    import_.reset();
    return;
  }
  const DealImportPreview& preview = import_->preview;
  const Document& doc = ui.history().doc();
  const std::string fromFile = "From " + (import_->fileName.empty() ? std::string("a CSV file") : import_->fileName);
  modalHeading("IMPORT WIN/LOSS ENTRIES", fromFile.c_str());

  const int toChange = preview.count(DealImportAction::add) + preview.count(DealImportAction::update);
  if (!preview.ok()) {
    const std::string title = std::to_string(preview.errors.size()) +
                              (preview.errors.size() == 1 ? " problem in the file" : " problems in the file") +
                              ": nothing will be imported.";
    colorDot(p.danger);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    textColored(p.danger, title.c_str());
    textWrappedMuted("Fix these rows in the file and import it again. The plan is unchanged.");
    ImGui::Spacing();
    ImGui::BeginChild("##deal-import-errors",
                      ImVec2(0, std::min(260 * s, (preview.errors.size() + 0.5f) * ImGui::GetTextLineHeightWithSpacing() * 1.6f)),
                      ImGuiChildFlags_Border);
    for (size_t i = 0; i < preview.errors.size(); ++i) {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(preview.errors[i].message.c_str());
      ImGui::PopTextWrapPos();
      exposeLastItem(preview.errors[i].message + "##deal-import-error-" + std::to_string(i));
    }
    ImGui::EndChild();
  } else {
    for (DealImportAction action : {DealImportAction::add, DealImportAction::update, DealImportAction::unchanged}) {
      const int n = preview.count(action);
      if (n == 0) continue;
      const std::string text = std::to_string(n) + " " +
                               (action == DealImportAction::add ? (n == 1 ? "new entry" : "new entries")
                                : action == DealImportAction::update ? (n == 1 ? "update" : "updates")
                                                                     : "unchanged");
      pill(text.c_str(), actionColor(action));
      ImGui::SameLine();
    }
    ImGui::NewLine();
    exposeLastItem("##deal-import-summary: " + std::to_string(preview.count(DealImportAction::add)) + " add, " +
                   std::to_string(preview.count(DealImportAction::update)) + " update");
    textWrappedMuted("A row whose deal and close date match an entry updates it; empty cells keep what the entry has.");
    ImGui::Spacing();
    const float rowH = ImGui::GetFrameHeight();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.appBg);
    ImGui::BeginChild("##deal-import-rows", ImVec2(0, std::min(300 * s, (preview.rows.size() + 0.3f) * rowH)), ImGuiChildFlags_Border);
    ImGui::PopStyleColor();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(preview.rows.size()), rowH);
    while (clipper.Step())
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        const DealImportRow& row = preview.rows[static_cast<size_t>(r)];
        pill(actionLabel(row.action), actionColor(row.action));
        ImGui::SameLine(96 * s);
        colorDot(outcomeColor(row.deal.outcome));
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(dealName(row.deal).c_str());
        ImGui::SameLine();
        std::string detail = "row " + std::to_string(row.row) + " \xC2\xB7 " + dealOutcomeLabel(row.deal.outcome);
        if (row.deal.kind != DealKind::deal) detail += std::string(" \xC2\xB7 ") + dealKindLabel(row.deal.kind);
        if (row.deal.amount > 0) detail += " \xC2\xB7 " + formatMoney(row.deal.amount, doc.plan.currency);
        if (!row.deal.closed.empty()) detail += " \xC2\xB7 " + friendlyDate(row.deal.closed);
        ImGui::PushFont(smallFont());
        textMuted(detail.c_str());
        ImGui::PopFont();
      }
    clipper.End();
    ImGui::EndChild();
  }

  ImGui::Dummy(ImVec2(0, 12 * s));
  const std::string confirmText = !preview.ok() ? std::string("Import")
                                  : toChange == 1 ? std::string("Import 1 entry")
                                                  : "Import " + std::to_string(toChange) + " entries";
  alignRight(buttonWidth("Cancel") + buttonWidth(confirmText.c_str()) + ImGui::GetStyle().ItemSpacing.x);
  const bool cancel = button("Cancel", "Cancel##deal-import-cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false);
  ImGui::SameLine();
  ImGui::BeginDisabled(!preview.ok() || toChange == 0);
  const bool confirm = button(confirmText.c_str(), "##deal-import-confirm", ButtonKind::primary) ||
                       (preview.ok() && toChange > 0 && !cancel && dialogEnterPressed());
  ImGui::EndDisabled();
  if (confirm) {
    History& history = ui.history();
    history.seal();
    if (applyDealImport(history, preview, ui.edit())) {
      ui.notify(Notice::Kind::success,
                "Imported " + std::to_string(toChange) + (toChange == 1 ? " entry" : " entries") + " from " + import_->fileName + ".", 5);
    }
    history.seal();
    ImGui::CloseCurrentPopup();
    import_.reset();
  } else if (cancel) {
    ImGui::CloseCurrentPopup();
    import_.reset();
  }
  ImGui::EndPopup();
}

}  // namespace gp::ui::winloss
