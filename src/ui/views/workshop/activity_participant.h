// A participant's phone page for a dot vote (#join=gpv1.…) or a draft prompt (#join=gpd1.…): the
// question and the private form, then the answer as a link to send back (Copy, Share…, Download
// file). Like the diagnostic's participant screen it holds no plan.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "activity_forms.h"
#include "core/workshop/activity_links.h"
#include "ui/platform.h"

namespace gp::ui {

class ActivityParticipant {
 public:
  explicit ActivityParticipant(std::string_view invitationCodeOrLink);
  // Draws the page's content in a column `width` wide (the screen draws the frame).
  void draw(Platform& platform, float width);
  std::string title() const;  // "Dot vote" or "Private draft"
  std::string windowTitle() const;
  // Dots placed or 1 when an answer is written (automation), and the answer link once submitted.
  int answered() const;
  const std::string& answerLink() const { return link_; }

 private:
  void drawIntro(float width);
  void drawSent(Platform& platform, float width);
  void drawProblem(float width);
  void armTapActions(Platform& platform);

  std::optional<VoteInvitation> vote_;
  std::optional<DraftInvitation> draft_;
  std::string problem_;
  BallotForm ballotForm_;
  DraftForm draftForm_;
  std::string fileText_;  // the answer file, once submitted
  std::string sentAs_;
  std::string link_;
  std::string armedLink_;
  bool armedName_ = false;
  bool copied_ = false;
};

}  // namespace gp::ui
