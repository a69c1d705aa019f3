#include "answer_offer.h"

#include <imgui.h>

#include <utility>

#include "core/workshop/diagnostic.h"
#include "ui/modal.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

constexpr const char* kPopup = "##answer-offer";

std::string quoted(const std::string& text) { return "\xE2\x80\x9C" + text + "\xE2\x80\x9D"; }

}  // namespace

void AnswerOffer::offer(DiagnosticSubmission answer) {
  answer_ = std::move(answer);
  requestPopup_ = true;
}

std::optional<DiagnosticSubmission> AnswerOffer::draw(const Document& current) {
  if (!answer_) return std::nullopt;
  const float s = theme::scale();
  if (!beginModal(kPopup, 520 * s, &requestPopup_)) {
    if (!ImGui::IsPopupOpen(kPopup)) requestPopup_ = true;
    return std::nullopt;
  }
  const DiagnosticSubmission& answer = *answer_;
  const std::string plan = current.plan.title.empty() ? std::string("the open plan") : quoted(current.plan.title);
  modalHeading("DIAGNOSTIC ANSWER", "Add this answer to the plan?", nullptr);
  std::string line = std::string("An answer from ") + teamLabel(answer.team) + " to round " + quoted(answer.roundLabel);
  if (const std::string when = friendlyDate(answer.answeredAt); !when.empty()) line += ", sent " + when;
  line += ". It goes into " + plan + ".";
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 460 * s);
  ImGui::TextUnformatted(line.c_str());
  if (!findRoundByLabel(current, answer.roundLabel))
    textWrappedMuted(("The plan has no round " + quoted(answer.roundLabel) + " yet: adding the answer starts it.").c_str());
  textWrappedMuted("An answer holds a team, 20 scores and a fingerprint of the person's name, never the name itself.");
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, 12 * s));
  std::optional<DiagnosticSubmission> accepted;
  alignRight(buttonWidth("Not now") + buttonWidth("Add to plan") + ImGui::GetStyle().ItemSpacing.x);
  const bool cancel = button("Not now", "##answer-offer-cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false);
  ImGui::SameLine();
  if (button("Add to plan", "##answer-offer-merge", ButtonKind::primary) || (!cancel && dialogEnterPressed()))
    accepted = std::move(answer_);
  if (accepted || cancel) {
    answer_.reset();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
  return accepted;
}

}  // namespace gp::ui
