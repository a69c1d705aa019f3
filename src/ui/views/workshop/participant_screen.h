// What a participant sees after opening an invitation link (#join=…): the plan's title, the round
// and the answer form, nothing else; after Submit, their answer as a link to send back (Copy,
// Share…, Download file). It holds no plan: the person's own stored plan is neither shown nor
// touched.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/workshop/diagnostic_links.h"
#include "activity_participant.h"
#include "diagnostic_form.h"
#include "ui/platform.h"

namespace gp::ui {

class ParticipantScreen {
 public:
  explicit ParticipantScreen(std::string_view invitationCodeOrLink);
  // Fills the whole window.
  void draw(Platform& platform);
  std::string windowTitle() const;
  // Answered statements, and the answer link once submitted (automation).
  int answered() const { return activity_ ? activity_->answered() : form_.answered(); }
  const std::string& answerLink() const { return activity_ ? activity_->answerLink() : link_; }

 private:
  void drawTopBar(float height);
  void drawIntro(float width);
  void drawSent(Platform& platform, float width);
  void drawProblem(float width);
  void armTapActions(Platform& platform);

  // A dot vote or draft invitation (gpv1 / gpd1) instead of the diagnostic's.
  std::unique_ptr<ActivityParticipant> activity_;
  std::optional<DiagnosticInvitation> invitation_;
  std::string problem_;  // why the invitation cannot be read
  DiagnosticForm form_;
  std::optional<DiagnosticSubmission> sent_;
  std::string sentAs_;  // "Ana Costa · Sales"
  std::string link_;
  std::string armedLink_;  // the link the page's tap actions hold
  bool armedName_ = false;  // the name field readies the phone's keyboard in the tap
  bool copied_ = false;
};

}  // namespace gp::ui
