// File ▸ Import touchpoints…: the CRM's opportunities and touchpoints exports, each picked, its
// columns mapped (common CRM headers are recognised), read with a progress bar, and previewed: every
// problem by file, row and column (then nothing is imported), or what the rows hold. Importing
// keeps the rows in this browser (AttributionWorkspace) and puts only aggregates into the plan.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app_state.h"
#include "attribution_workspace.h"
#include "core/attribution/attribution_import.h"

namespace gp::ui {

inline constexpr const char* kOpportunitiesCsvKind = "attribution-opportunities-csv";
inline constexpr const char* kTouchpointsCsvKind = "attribution-touchpoints-csv";

class AttributionImportDialog {
 public:
  void open();
  bool isOpen() const { return isOpen_; }
  // A picked file of kOpportunitiesCsvKind or kTouchpointsCsvKind (opens the dialog if needed).
  void receive(const std::string& kind, std::string text, const std::string& fileName);
  bool working() const { return job_ && !job_->finished(); }
  void draw(UiContext& ui, AttributionWorkspace& workspace);

 private:
  template <typename Field>
  struct PickedFile {
    std::string name;
    std::string text;
    CsvPreview preview;
    ColumnMapping<Field> mapping;
    bool present() const { return !name.empty() || !text.empty(); }
  };
  enum class Step { columns, reading };

  void drawColumns(UiContext& ui);
  void drawReading();
  void drawResult(UiContext& ui, AttributionWorkspace& workspace);
  void importRows(UiContext& ui, AttributionWorkspace& workspace);
  void close();

  bool isOpen_ = false;
  bool openPopup_ = false;
  bool enter_ = false, cancel_ = false, comboWasOpen_ = false;
  Step step_ = Step::columns;
  SlashDates slashDates_ = SlashDates::unambiguousOnly;
  PickedFile<OpportunityField> opportunities_;
  PickedFile<TouchField> touches_;
  std::unique_ptr<AttributionImportJob> job_;
};

}  // namespace gp::ui
