// The Win/loss page's parts, one file each: the page, its headline and empty state
// (winloss_view.cpp), the win rate charts and tables (winloss_breakdowns.cpp), the entries with
// their form (deal_entries.cpp, deal_form.cpp), the insight feed (insight_feed.cpp), the deal
// reason list editor (deal_reasons_dialog.cpp) and the CSV import preview (deal_import_dialog.cpp).
#pragma once

#include <imgui.h>

#include <optional>
#include <string>

#include "core/loops/winloss_csv.h"
#include "core/loops/winloss_report.h"
#include "ui/app_state.h"
#include "ui/views/loops/reason_list_editor.h"

namespace gp::ui::winloss {

inline constexpr const char* kDealsCsvKind = "deals-csv";  // the import file kind this page asks for

ImVec4 outcomeColor(DealOutcome outcome);
std::string quoted(std::string_view text);        // “text”
std::string dealName(const DealReview& deal);     // its name, or "Untitled deal"
std::string campaignName(const Document& doc, const std::string& id);  // "" when unknown
std::string rateText(const std::optional<double>& rate);  // "50%", or "—"

class WinLossView final : public View {
 public:
  const char* title() const override { return "Win/loss"; }
  int badge(const Document& doc) const override { return static_cast<int>(doc.deals.size()); }
  void draw(UiContext& ui) override;

 private:
  void refresh(UiContext& ui);
  void drawHeader(UiContext& ui, float width);
  void drawEmptyState(UiContext& ui, float width);
  void drawHeadline(UiContext& ui, float width);
  void drawBreakdowns(UiContext& ui, float width);
  void drawEntries(UiContext& ui, float width);
  void drawEntryRow(UiContext& ui, size_t index, float width);
  void drawForm(UiContext& ui, size_t index, float width);
  void drawInsightFeed(UiContext& ui, float width);
  void addEntry(UiContext& ui);
  // Records `change` applied to a copy of the entry; a non-empty mergeKey merges a typing burst.
  template <typename Change>
  void editDeal(UiContext& ui, const std::string& id, Change change, const std::string& mergeKey = {}) {
    History& history = ui.history();
    const DealReview* deal = history.findDeal(id);
    if (!deal) return;
    DealReview updated = *deal;
    change(updated);
    if (updated == *deal) return;
    if (mergeKey.empty()) history.seal();
    history.updateDeal(updated, ui.edit(), mergeKey);
    if (mergeKey.empty()) history.seal();
  }

  // ---- Dialogs ----
  void drawReasonsDialog(UiContext& ui);
  void startImport(UiContext& ui, const UiContext::ImportedFile& file);
  void drawImportDialog(UiContext& ui);

  // Derived from the document, recomputed when it changes.
  WinLossReport report_;
  uint64_t reportRevision_ = 0;

  // View state (never in the plan).
  std::string openId_;     // the entry whose form is open
  bool focusName_ = false; // the form's name field takes the keyboard next frame (just added)
  std::string removeId_;   // the entry to delete after drawing
  int breakdown_ = 0;      // reason, competitor, segment, period
  bool reasonsOpen_ = false;
  ReasonListEditor reasonEditor_{&ReasonLists::deal, "deal-reason", "Add a reason, e.g. Security review"};

  struct Import {
    std::string fileName;
    DealImportPreview preview;
    bool openPopup = true;
  };
  std::optional<Import> import_;
};

}  // namespace gp::ui::winloss
