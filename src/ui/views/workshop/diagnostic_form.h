// The private answer form of the alignment diagnostic: the person's name (only to count them once),
// their team and a 1-5 score for each of the 20 statements. The participant's phone and the
// shared laptop show the same form; it never shows anybody else's answers.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/model/workshop.h"
#include "core/model/document.h"

namespace gp::ui {

class DiagnosticForm {
 public:
  struct Answer {
    std::string name;
    Team team = Team::marketing;
    std::vector<int> scores;
  };

  // Draws the form in a column `width` wide: on a phone each statement's scale fills the column,
  // on a wide screen it sits under the statement at a comfortable size. Returns the answer on the
  // frame the person presses Submit (labelled `submitText`).
  std::optional<Answer> draw(const char* submitText, float width);
  // Empties the form for the next person and scrolls back to its top.
  void clear();
  int answered() const;

 private:
  void drawWho(float width);
  void drawStatement(int number, float width, bool narrow);
  bool drawSubmit(const char* submitText, float width);

  std::string name_;
  std::optional<Team> team_;
  std::array<int, kDiagnosticStatementCount> scores_{};  // 0: not answered yet
  bool scrollToTop_ = false;
};

}  // namespace gp::ui
