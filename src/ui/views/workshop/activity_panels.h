// Pieces the Dot votes and Drafts tabs share: the invitation card (link, Copy, QR code), the
// "Add answers" card for pasted ballot and draft links, and answers arriving from outside the tabs
// (an answer link the page was opened with, a dropped answer file).
#pragma once

#include <string>
#include <string_view>

#include "core/workshop/activity_links.h"
#include "ui/app_state.h"

namespace gp::ui {

// Link with Copy and a QR code; `idPrefix` names the widgets ("vote" → "##vote-invite-copy").
class InviteCard {
 public:
  void draw(UiContext& ui, const std::string& code, const char* idPrefix, const char* heading, const char* explanation,
            float width);

 private:
  std::string link_;
  bool copied_ = false;
};

class PasteAnswersCard {
 public:
  // `noun`: "ballots" or "answers"; `idPrefix`: "ballots" → "##ballots-paste", "##ballots-merge".
  void draw(UiContext& ui, const char* idPrefix, const char* noun, float width);

 private:
  std::string text_;
  std::string parsedText_;
  PastedActivityAnswers pasted_;
};

// Records the ballots and draft answers in `text` (links, codes or an answer file) as one undo
// step and tells the person what happened; `source` names it in messages ("the answer link").
void mergeActivityAnswers(UiContext& ui, std::string_view text, const std::string& source);
void mergeActivityAnswers(UiContext& ui, const PastedActivityAnswers& pasted);

}  // namespace gp::ui
