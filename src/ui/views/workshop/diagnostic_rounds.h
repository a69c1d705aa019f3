// Starting, renaming and deleting rounds of the diagnostic ("Kick-off", "Q2 check"), each in a
// small dialog and each one undo step. Deleting asks first, since the round's answers go with it.
#pragma once

#include <optional>
#include <string>

#include "ui/app_state.h"

namespace gp::ui {

class RoundDialogs {
 public:
  // "Round N" dated `today` (YYYY-MM-DD) by default.
  void openNew(const Document& doc, const std::string& today);
  void openRename(const DiagnosticRound& round);
  void openDelete(const DiagnosticRound& round, int answers);
  bool isOpen() const { return mode_ != Mode::closed; }
  // Draws the open dialog and makes its change; returns the id of a round it just started.
  std::optional<std::string> draw(UiContext& ui);

 private:
  enum class Mode { closed, create, rename, remove };
  void open(Mode mode);
  std::string problem(const Document& doc) const;  // why the typed name or date cannot be used, or ""
  std::optional<std::string> drawCreateOrRename(UiContext& ui);
  void drawDelete(UiContext& ui);

  Mode mode_ = Mode::closed;
  bool requestPopup_ = false;
  bool focus_ = false;
  std::string roundId_;  // rename, delete
  std::string label_, date_;
  int answers_ = 0;      // delete
};

}  // namespace gp::ui
