// The page was opened with an answer link (#answer=…), e.g. a facilitator clicking one in the
// workshop chat: the app asks before adding that answer to the open plan.
#pragma once

#include <optional>

#include "core/model/document.h"
#include "core/workshop/diagnostic_answers.h"

namespace gp::ui {

class AnswerOffer {
 public:
  void offer(DiagnosticSubmission answer);
  bool isOpen() const { return answer_.has_value(); }
  // Draws the question; returns the answer on the frame the person agrees to add it.
  std::optional<DiagnosticSubmission> draw(const Document& current);

 private:
  std::optional<DiagnosticSubmission> answer_;
  bool requestPopup_ = false;
};

}  // namespace gp::ui
