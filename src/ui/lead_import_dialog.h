// File ▸ Import lead outcomes…: a CRM export read in three steps (which column holds what, what
// each status value means, then a preview with every problem) before anything changes. The file
// is read across frames with a progress bar, so a 200,000-row export never freezes the page, and
// nothing of it is kept once the dialog closes.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app_state.h"
#include "core/loops/lead_import.h"

namespace gp::ui {

class LeadImportDialog {
 public:
  // Starts the dialog on a file's text; `rejectionReasons` is the plan's list.
  void open(std::string csv, std::string fileName, std::vector<std::string> rejectionReasons);
  bool isOpen() const { return job_ != nullptr; }
  // Reading is under way: the shell must keep drawing frames even without input.
  bool working() const;
  // Draws the dialog while open; reads a slice of the file each frame.
  void draw(UiContext& ui);

 private:
  enum class Step { columns, statuses, preview };
  void drawColumns();
  void drawStatuses();
  void drawPreview();
  void drawProgress(const char* what);
  void drawProblems();
  void readSome();
  void close();

  std::unique_ptr<LeadImportJob> job_;
  std::string fileName_;
  LeadMapping mapping_;
  Step step_ = Step::columns;
  bool openPopup_ = false;
  bool focusFirst_ = false;  // put the keyboard on the step's first control
  bool comboWasOpen_ = false;  // a combo of the dialog was open last frame
  bool enter_ = false;         // Enter this frame means the step's primary button
  // What the buttons asked this frame.
  bool next_ = false, back_ = false, cancel_ = false, import_ = false;
};

}  // namespace gp::ui
