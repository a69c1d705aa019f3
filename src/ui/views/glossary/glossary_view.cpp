// Glossary: a searchable, filterable list of terms on the left (smooth with 10,000 terms: the
// filtered list is cached per revision and filter, and drawn with a clipper), the selected term's
// editor on the right: both teams' definitions side by side with their differences marked, the
// agreed definition, the status lifecycle, examples, related terms, notes and history. Starter
// glossary, CSV import (previewed in full before anything changes) and CSV/Markdown export.
#include "glossary_view.h"

#include <algorithm>

#include "core/glossary/glossary_markdown.h"
#include "ui/screen_width.h"
#include "ui/theme.h"
#include "ui/views/views.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace glossary {

std::string quoted(std::string_view text) { return "\xE2\x80\x9C" + std::string(text) + "\xE2\x80\x9D"; }

std::string termName(const GlossaryTerm& term) { return term.name.empty() ? std::string("Untitled term") : term.name; }

void smallText(const ImVec4& color, const char* text) {
  ImGui::PushFont(smallFont());
  textColored(color, text);
  ImGui::PopFont();
}

void GlossaryView::addStarter(UiContext& ui) {
  History& history = ui.history();
  history.seal();
  const size_t added = history.addStarterGlossary(ui.edit());
  history.seal();
  if (added == 0) {
    ui.notify(Notice::Kind::info, "Every starter term is already in the glossary.", 4);
    return;
  }
  clearFilters();
  ui.notifyUndoable("Added " + std::to_string(added) + " starter terms, all Proposed: agree them together.");
}

void GlossaryView::exportCsv(UiContext& ui) {
  const std::string name = ui.fileStem() + "-glossary.csv";
  ui.platform().downloadFile(name, "text/csv;charset=utf-8", glossaryToCsv(ui.history().doc()));
  ui.notify(Notice::Kind::success, "Downloaded " + name, 4);
}

void GlossaryView::exportMarkdown(UiContext& ui) {
  const std::string name = ui.fileStem() + "-glossary.md";
  ui.platform().downloadFile(name, "text/markdown;charset=utf-8", glossaryToMarkdown(ui.history().doc()));
  ui.notify(Notice::Kind::success, "Downloaded " + name, 4);
}

void GlossaryView::draw(UiContext& ui) {
  const float s = theme::scale();
  History& history = ui.history();

  if (auto shown = ui.takeTermToShow()) {
    select(ui, *shown);
    refreshRows(history.doc(), history.revision());
    if (std::none_of(rows_.begin(), rows_.end(), [&](int i) { return history.doc().glossary[static_cast<size_t>(i)].meta.id == *shown; }))
      clearFilters();  // the term must be visible in the list too
    scrollToSelected_ = true;
  }
  if (auto file = ui.takeImportedFile(kCsvKind)) startImport(ui, *file);
  refreshRows(history.doc(), history.revision());

  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2((phoneScreen() ? 14 : 28) * s, 22 * s));
  ImGui::BeginChild("##glossary", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();

  // Title row with the glossary's actions on the right.
  {
    const float x0 = ImGui::GetCursorPosX();
    const float right = x0 + ImGui::GetContentRegionAvail().x;
    heading("Glossary");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float actionsW = buttonWidth("Import CSV\xE2\x80\xA6") + buttonWidth("Export") + buttonWidth("More") + 2 * style.ItemSpacing.x;
    // The actions go under the heading when they do not fit beside it (phones).
    if (ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + style.ItemSpacing.x + actionsW <= right) {
      ImGui::SameLine();
      ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - actionsW));
    }
    if (button("Import CSV\xE2\x80\xA6")) ui.platform().requestImportFile(kCsvKind);
    ImGui::SameLine();
    if (button("Export")) ImGui::OpenPopup("##glossary-export-menu");
    if (ImGui::BeginPopup("##glossary-export-menu")) {
      if (ImGui::MenuItem("Export CSV")) exportCsv(ui);
      if (ImGui::MenuItem("Export Markdown")) exportMarkdown(ui);
      ImGui::EndPopup();
    }
    ImGui::SameLine();
    if (button("More")) ImGui::OpenPopup("##glossary-more-menu");
    if (ImGui::BeginPopup("##glossary-more-menu")) {
      if (ImGui::MenuItem("Start from the starter glossary")) addStarter(ui);
      if (ImGui::MenuItem("Clear filters", nullptr, false, !rowsKey_.empty())) clearFilters();
      ImGui::EndPopup();
    }
  }
  textWrappedMuted("The words marketing and sales both use, and what they mean. Agree them once, use them everywhere.");
  ImGui::Dummy(ImVec2(0, 4 * s));

  const float avail = ImGui::GetContentRegionAvail().x;
  // Narrow screens show one pane: the list, or the chosen term with a way back to the list.
  const bool onePane = narrowScreen();
  const bool showList = !onePane || !narrowShowsTerm_ || selectedId_.empty();
  const bool showTerm = !onePane || !showList;
  const float listW = onePane ? avail : std::clamp(avail * 0.34f, std::min(avail, 320 * s), 440 * s);
  if (onePane && showTerm && button("\xE2\x80\xB9 Back to list", "\xE2\x80\xB9 Back to list##glossary-back"))
    narrowShowsTerm_ = false;
  if (showList) drawListPane(ui, listW);
  if (showTerm) {
    if (!onePane) ImGui::SameLine(0, 16 * s);
    drawEditorPane(ui);
  }

  ImGui::EndChild();
  drawImportModal(ui);
}

void GlossaryView::drawListPane(UiContext& ui, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  // Left: search, filters and the list.
  ImGui::PushStyleColor(ImGuiCol_ChildBg, p.cardBg);
  ImGui::PushStyleColor(ImGuiCol_Border, p.cardBorder);  // a card: its fill sets it apart
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * s, 14 * s));
  ImGui::BeginChild("##glossary-list-pane", ImVec2(width, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
  drawList(ui);
  ImGui::EndChild();
}

void GlossaryView::drawEditorPane(UiContext& ui) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  // Right: the selected term.
  ImGui::PushStyleColor(ImGuiCol_ChildBg, p.cardBg);
  ImGui::PushStyleColor(ImGuiCol_Border, p.cardBorder);
  const float pad = phoneScreen() ? 16 * s : 28 * s;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, 24 * s));
  ImGui::BeginChild("##term-editor-pane", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
  drawEditor(ui);
  ImGui::EndChild();
}

}  // namespace glossary

std::unique_ptr<View> makeGlossaryView() { return std::make_unique<glossary::GlossaryView>(); }

}  // namespace gp::ui
