// Importing glossary terms from CSV: the whole file previewed (what is new, updated, unchanged or
// skipped, or every problem with its row) before anything changes.
#include <imgui.h>

#include <algorithm>

#include "glossary_view.h"
#include "ui/modal.h"
#include "ui/term_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui::glossary {

namespace {

constexpr const char* kImportPopup = "Import terms##import-glossary";

const char* actionLabel(ImportAction action) {
  switch (action) {
    case ImportAction::add: return "New";
    case ImportAction::update: return "Update";
    case ImportAction::unchanged: return "Unchanged";
    case ImportAction::skip: return "Skipped";
  }
  return "";
}

ImVec4 actionColor(ImportAction action) {
  const theme::Palette& p = theme::palette();
  switch (action) {
    case ImportAction::add: return p.success;
    case ImportAction::update: return p.accent;
    case ImportAction::unchanged:
    case ImportAction::skip: break;
  }
  return p.textMuted;
}


}  // namespace

void GlossaryView::startImport(UiContext& ui, const UiContext::ImportedFile& file) {
  Import import;
  import.fileName = file.fileName;
  import.text = file.text;
  import.preview = previewCsvImport(ui.history().doc(), import.text, import.mode);
  import_ = std::move(import);
}

void GlossaryView::drawImportModal(UiContext& ui) {
  if (!import_) return;
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const float width = std::min(720 * s, ImGui::GetMainViewport()->WorkSize.x - 40 * s);
  const bool open = beginModal(kImportPopup, width, &import_->openPopup);
  if (!open) {
    import_.reset();
    return;
  }
  Import& import = *import_;
  const CsvImportPreview& preview = import.preview;

  const std::string fromFile = "From " + (import.fileName.empty() ? std::string("a CSV file") : import.fileName);
  modalHeading("IMPORT GLOSSARY TERMS", fromFile.c_str());

  // Merge choice: rerun the preview whenever it changes.
  textMuted("When a row names a term the glossary already has:");
  const std::pair<MergeMode, const char*> modes[] = {
      {MergeMode::updateByName, "Update that term with the row##merge-update"},
      {MergeMode::skipExisting, "Keep the glossary's term, skip the row##merge-skip"},
      {MergeMode::addNew, "Add the row as another term##merge-add"},
  };
  for (const auto& [mode, label] : modes) {
    if (ImGui::RadioButton(label, import.mode == mode) && import.mode != mode) {
      import.mode = mode;
      import.preview = previewCsvImport(ui.history().doc(), import.text, import.mode);
    }
  }
  ImGui::Dummy(ImVec2(0, 8 * s));

  int toChange = 0;
  if (!preview.ok()) {
    // Errors: what is wrong and where; nothing will change.
    const std::string title = std::to_string(preview.errors.size()) +
                              (preview.errors.size() == 1 ? " problem in the file" : " problems in the file") +
                              ": nothing will be imported.";
    colorDot(p.danger);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    textColored(p.danger, title.c_str());
    textWrappedMuted("Fix these rows in the file and import it again. Your glossary is unchanged.");
    ImGui::Spacing();
    ImGui::BeginChild("##import-errors", ImVec2(0, std::min(240 * s, (preview.errors.size() + 0.5f) * ImGui::GetTextLineHeightWithSpacing() * 1.6f)),
                      ImGuiChildFlags_Border);
    for (size_t i = 0; i < preview.errors.size(); ++i) {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(preview.errors[i].message.c_str());
      ImGui::PopTextWrapPos();
      exposeLastItem(preview.errors[i].message + "##import-error-" + std::to_string(i));
    }
    ImGui::EndChild();
  } else {
    toChange = preview.count(ImportAction::add) + preview.count(ImportAction::update);
    for (ImportAction action : {ImportAction::add, ImportAction::update, ImportAction::unchanged, ImportAction::skip}) {
      const int n = preview.count(action);
      if (n == 0) continue;
      const std::string text = std::to_string(n) + " " +
                               (action == ImportAction::add ? (n == 1 ? "new term" : "new terms")
                                : action == ImportAction::update ? (n == 1 ? "update" : "updates")
                                : action == ImportAction::unchanged ? "unchanged" : "skipped");
      pill(text.c_str(), actionColor(action));
      ImGui::SameLine();
    }
    ImGui::NewLine();
    const std::string summary = "import-summary: " + std::to_string(preview.count(ImportAction::add)) + " add, " +
                                std::to_string(preview.count(ImportAction::update)) + " update";
    exposeLastItem("##" + summary);
    ImGui::Spacing();
    const float rowH = ImGui::GetFrameHeight();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.appBg);
    ImGui::BeginChild("##import-rows", ImVec2(0, std::min(300 * s, (preview.rows.size() + 0.3f) * rowH)), ImGuiChildFlags_Border);
    ImGui::PopStyleColor();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(preview.rows.size()), rowH);
    while (clipper.Step())
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        const CsvImportRow& row = preview.rows[static_cast<size_t>(r)];
        pill(actionLabel(row.action), actionColor(row.action));
        ImGui::SameLine(90 * s);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(termName(row.term).c_str());
        ImGui::SameLine();
        const std::string detail = std::string("row ") + std::to_string(row.row) + " \xC2\xB7 " + termStatusLabel(row.term.status) +
                                   " \xC2\xB7 " + termCategoryLabel(row.term.category);
        smallText(p.textFaint, detail.c_str());
      }
    clipper.End();
    ImGui::EndChild();
  }

  ImGui::Dummy(ImVec2(0, 12 * s));
  const std::string confirmText = !preview.ok() ? std::string("Import")
                                  : toChange == 1 ? std::string("Import 1 term")
                                                  : "Import " + std::to_string(toChange) + " terms";
  const float total = buttonWidth("Cancel") + buttonWidth(confirmText.c_str()) + ImGui::GetStyle().ItemSpacing.x;
  alignRight(total);
  const bool cancel = button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false);
  ImGui::SameLine();
  ImGui::BeginDisabled(!preview.ok() || toChange == 0);
  const bool confirm = button(confirmText.c_str(), "##import-confirm", ButtonKind::primary) ||
                       (preview.ok() && toChange > 0 && !cancel && dialogEnterPressed());
  ImGui::EndDisabled();
  if (confirm) {
    History& history = ui.history();
    history.seal();
    const bool applied = history.applyGlossaryImport(preview, ui.edit());
    history.seal();
    if (applied) {
      clearFilters();
      ui.notify(Notice::Kind::success,
                "Imported " + std::to_string(toChange) + (toChange == 1 ? " term" : " terms") + " from " + import.fileName + ".", 5);
    }
    ImGui::CloseCurrentPopup();
    import_.reset();
  } else if (cancel) {
    ImGui::CloseCurrentPopup();
    import_.reset();
  }
  ImGui::EndPopup();
}

}  // namespace gp::ui::glossary
