// The Glossary page's parts, one file each: the page and its title row (glossary_view.cpp), the
// term list with its search and filters (term_list.cpp), the selected term's editor
// (term_editor.cpp, term_definitions.cpp) and the CSV import preview (import_dialog.cpp).
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/glossary/glossary_csv.h"
#include "core/glossary/glossary_filter.h"
#include "core/glossary/term_diff.h"
#include "core/glossary/term_usage.h"
#include "ui/app_state.h"

namespace gp::ui::glossary {

inline constexpr const char* kCsvKind = "glossary-csv";  // the import file kind this view asks for

std::string quoted(std::string_view text);  // “text”
std::string termName(const GlossaryTerm& term);  // its name, or "Untitled term"
void smallText(const ImVec4& color, const char* text);


class GlossaryView final : public View {
 public:
  const char* title() const override { return "Glossary"; }
  int badge(const Document& doc) const override { return static_cast<int>(doc.glossary.size()); }
  void draw(UiContext& ui) override;

 private:
  // ---- List ----
  void refreshRows(const Document& doc, uint64_t revision);
  void drawListPane(UiContext& ui, float width);
  void drawEditorPane(UiContext& ui);
  void drawList(UiContext& ui);
  void drawFilters(UiContext& ui);
  void drawActionsMenu(UiContext& ui);
  void addTerm(UiContext& ui);
  void select(UiContext& ui, const std::string& id);
  void clearFilters();

  // ---- Editor ----
  void drawEditor(UiContext& ui);
  void drawWelcome(UiContext& ui);
  void drawLifecycle(UiContext& ui, const std::string& id);
  void drawAliases(UiContext& ui, const std::string& id);
  void drawDefinitions(UiContext& ui, const std::string& id);
  void drawExamples(UiContext& ui, const std::string& id);
  void drawRelated(UiContext& ui, const std::string& id);
  void drawNotes(UiContext& ui, const std::string& id);
  void drawUsage(UiContext& ui, const std::string& id);
  void drawHistory(UiContext& ui, const std::string& id);
  // Records `change` applied to a copy of the term; a non-empty mergeKey merges a typing burst.
  template <typename Change>
  void editTerm(UiContext& ui, const std::string& id, Change change, const std::string& mergeKey = {}) {
    History& history = ui.history();
    const GlossaryTerm* term = history.findTerm(id);
    if (!term) return;
    GlossaryTerm updated = *term;
    change(updated);
    if (updated == *term) return;
    if (mergeKey.empty()) history.seal();
    history.updateTerm(updated, ui.edit(), mergeKey);
    if (mergeKey.empty()) history.seal();
  }
  // A list of short texts (examples): one field per item, a remove button, and an add field.
  void drawTextList(UiContext& ui, const std::string& id, std::vector<std::string> GlossaryTerm::*list, const char* key,
                    const char* hint, std::string& newItem, float width);
  // A searchable combo over the glossary; the picked term's id.
  std::optional<std::string> termPicker(UiContext& ui, const char* label, const char* preview, float width,
                                        const std::string& excludeId, bool offerNone);

  // ---- Import / export ----
  void startImport(UiContext& ui, const UiContext::ImportedFile& file);
  void drawImportModal(UiContext& ui);
  void exportCsv(UiContext& ui);
  void exportMarkdown(UiContext& ui);
  void addStarter(UiContext& ui);

  // View state (never in the plan).
  std::string search_;
  std::optional<TermStatus> statusFilter_;
  std::optional<TermCategory> categoryFilter_;
  std::optional<Team> ownerFilter_;
  std::optional<Team> changedByFilter_;  // "changed by sales since 2027-03-01"
  std::string changedSince_;
  std::string selectedId_;
  bool narrowShowsTerm_ = false;  // narrow screens: the selected term's pane instead of the list
  bool focusName_ = false;
  bool scrollToSelected_ = false;
  bool scrollToTop_ = false;
  std::string newAlias_, newExample_, newCounterExample_;

  // Cache: indices into doc.glossary that pass the filters, sorted by name.
  std::vector<int> rows_;
  uint64_t rowsRevision_ = 0;
  std::string rowsKey_;
  std::vector<int> byName_;  // indices into doc.glossary in name order
  uint64_t rankRevision_ = 0;
  std::vector<std::string> rankNames_;  // the names byName_ was computed from
  GlossarySearchIndex index_;
  uint64_t indexRevision_ = 0;
  // The searches typed since the plan or the other filters last changed, each narrowing the one
  // before: typing on searches only the last answer, Backspace takes an earlier one back.
  struct SearchStep {
    std::string text;
    std::vector<int> rows;
  };
  std::vector<SearchStep> searchSteps_;
  uint64_t stepsRevision_ = 0;
  std::string stepsFilterKey_;  // the filters other than the text

  // Cache: the selected term's definitions compared.
  uint64_t diffRevision_ = 0;
  std::string diffTermId_;
  std::vector<DiffSegment> diff_;

  // Cache: where the plan uses the selected term.
  uint64_t usageRevision_ = 0;
  std::string usageTermId_;
  TermUsage usage_;

  // Term picker (one open at a time).
  std::string pickerSearch_;
  std::string pickerKey_;
  uint64_t pickerRevision_ = 0;
  std::vector<int> pickerRows_;

  // CSV import being previewed; nothing changes until the person confirms.
  struct Import {
    std::string fileName;
    std::string text;
    MergeMode mode = MergeMode::updateByName;
    CsvImportPreview preview;
    bool openPopup = true;
  };
  std::optional<Import> import_;
};

}  // namespace gp::ui::glossary
