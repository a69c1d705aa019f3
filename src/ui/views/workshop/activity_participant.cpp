#include "activity_participant.h"

#include <imgui.h>

#include "core/workshop/diagnostic.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

constexpr size_t kLinkShown = 140;
constexpr const char* kCopyId = "##answer-copy";
constexpr const char* kShareId = "##answer-share";

std::string quoted(const std::string& text) { return "\xE2\x80\x9C" + text + "\xE2\x80\x9D"; }

void wrapped(const char* text, const ImVec4& color, float width) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void headingWrapped(const char* text, float width) {
  ImGui::PushFont(headingFont());
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

}  // namespace

ActivityParticipant::ActivityParticipant(std::string_view codeOrLink) {
  if (isVoteInvitation(codeOrLink)) vote_ = readVoteInvitation(codeOrLink, problem_);
  else draft_ = readDraftInvitation(codeOrLink, problem_);
}

std::string ActivityParticipant::title() const { return vote_ || problem_.find("vote") != std::string::npos ? "Dot vote" : "Private draft"; }

std::string ActivityParticipant::windowTitle() const {
  std::string title = this->title();
  const std::string plan = vote_ ? vote_->planTitle : draft_ ? draft_->planTitle : std::string();
  if (!plan.empty()) title += " \xE2\x80\x94 " + plan;
  return title;
}

int ActivityParticipant::answered() const {
  if (vote_) return ballotForm_.dotsPlaced();
  return draftForm_.hasText() ? 1 : 0;
}

void ActivityParticipant::draw(Platform& platform, float width) {
  const float s = theme::scale();
  if (!vote_ && !draft_) {
    drawProblem(width);
  } else if (!link_.empty()) {
    drawSent(platform, width);
  } else {
    drawIntro(width);
    ImGui::Dummy(ImVec2(0, 14 * s));
    if (vote_) {
      const DotVote vote = voteOf(*vote_);
      if (auto ballot = ballotForm_.draw(vote, "Send my dots", width)) {
        const BallotSubmission submission{vote.meta.id, vote.title,
                                          Ballot{respondentKey(ballot->name), vote.anonymous ? std::string() : ballot->name,
                                                 ballot->team, ballot->dots, platform.nowIso()}};
        link_ = platform.pageAddress() + "#answer=" + ballotCode(submission);
        fileText_ = answerFileText(submission);
        sentAs_ = ballot->name + " \xC2\xB7 " + teamLabel(ballot->team);
        ImGui::SetScrollY(0);
      }
    } else if (auto answer = draftForm_.draw("Send my answer", width)) {
      const DraftSubmission submission{draft_->promptId, draft_->question,
                                       DraftAnswer{respondentKey(answer->name), answer->team, answer->text, platform.nowIso()}};
      link_ = platform.pageAddress() + "#answer=" + draftAnswerCode(submission);
      fileText_ = answerFileText(submission);
      sentAs_ = answer->name + " \xC2\xB7 " + teamLabel(answer->team);
      ImGui::SetScrollY(0);
    }
  }
  armTapActions(platform);
}

void ActivityParticipant::drawIntro(float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const std::string& plan = vote_ ? vote_->planTitle : draft_->planTitle;
  caption(vote_ ? "DOT VOTE" : "PRIVATE DRAFT");
  headingWrapped(vote_ ? vote_->title.c_str() : draft_->question.c_str(), width);
  if (!plan.empty()) textColored(p.textMuted, plan.c_str());
  ImGui::Dummy(ImVec2(0, 6 * s));
  if (vote_) {
    const int dots = vote_->dotsPerPerson;
    const std::string how = "You have " + std::to_string(dots) + (dots == 1 ? " dot" : " dots") +
                            ". Put them on what matters most to you; several on one option is fine. " +
                            (vote_->anonymous ? "The vote is anonymous." : "Your name shows with your dots.") +
                            " Nobody sees the results until the facilitator reveals them.";
    wrapped(how.c_str(), p.text, width);
  } else {
    std::string how = "Write your answer on your own. Nobody sees it until the facilitator reveals all answers side by side";
    how += draft_->termName.empty() ? "." : ", as input for the glossary term " + quoted(draft_->termName) + ".";
    wrapped(how.c_str(), p.text, width);
  }
}

void ActivityParticipant::drawSent(Platform& platform, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float r = 26 * s;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 c(at.x + r, at.y + r);
  dl->AddCircleFilled(c, r, theme::u32(p.successSoft));
  dl->PathLineTo(ImVec2(c.x - r * 0.42f, c.y + r * 0.02f));
  dl->PathLineTo(ImVec2(c.x - r * 0.1f, c.y + r * 0.32f));
  dl->PathLineTo(ImVec2(c.x + r * 0.45f, c.y - r * 0.3f));
  dl->PathStroke(theme::u32(p.success), 0, 4 * s);
  ImGui::Dummy(ImVec2(2 * r, 2 * r + 6 * s));
  headingWrapped(vote_ ? "Thank you! Your dots are ready" : "Thank you! Your answer is ready", width);
  ImGui::Dummy(ImVec2(0, 4 * s));
  wrapped("Send it to the facilitator: copy the link into the workshop chat or a mail, share it, or download it as a "
          "file. They add it to the plan.",
          p.text, width);
  ImGui::Dummy(ImVec2(0, 10 * s));
  caption(vote_ ? "YOUR BALLOT LINK" : "YOUR ANSWER LINK");
  const std::string shown = link_.size() > kLinkShown ? link_.substr(0, kLinkShown) + "\xE2\x80\xA6" : link_;
  ImGui::PushFont(smallFont());
  const float pad = 12 * s;
  const ImVec2 textSize = ImGui::CalcTextSize(shown.c_str(), nullptr, false, width - 2 * pad);
  const ImVec2 box = ImGui::GetCursorScreenPos();
  dl->AddRectFilled(box, ImVec2(box.x + width, box.y + textSize.y + 2 * pad), theme::u32(p.fieldBg), 8 * s);
  dl->AddRect(box, ImVec2(box.x + width, box.y + textSize.y + 2 * pad), theme::u32(p.cardBorder), 8 * s);
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(box.x + pad, box.y + pad), theme::u32(p.textMuted), shown.c_str(),
              nullptr, width - 2 * pad);
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(width, textSize.y + 2 * pad));
  ImGui::Dummy(ImVec2(0, 8 * s));
  const ImVec2 full(width, std::floor(50 * s));
  if (button(copied_ ? "Link copied" : "Copy link", kCopyId, ButtonKind::primary, full)) {
    ImGui::SetClipboardText(link_.c_str());
    copied_ = true;
  }
  if (platform.canShare()) button("Share\xE2\x80\xA6", kShareId, ButtonKind::normal, full);
  if (button("Download file", "##answer-download", ButtonKind::normal, full))
    platform.downloadFile(vote_ ? "dot-vote-ballot.json" : "draft-answer.json", "application/json", fileText_);
  ImGui::Dummy(ImVec2(0, 10 * s));
  ImGui::PushFont(smallFont());
  const std::string as = "Sent as " + sentAs_ + ". " +
                         (vote_ && !vote_->anonymous ? std::string("The link holds your name, team and dots.")
                                                     : std::string("The link holds your team and a fingerprint of your name, never the name itself.")) +
                         " If you send again with the same name, the new one replaces this one.";
  wrapped(as.c_str(), p.textMuted, width);
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, 4 * s));
  if (button("Change my answer", "##answer-change", ButtonKind::subtle)) {
    link_.clear();
    copied_ = false;
  }
}

void ActivityParticipant::drawProblem(float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  caption(title().c_str());
  headingWrapped("This invitation link cannot be opened", width);
  ImGui::Dummy(ImVec2(0, 6 * s));
  std::string why = problem_ + ".";
  if (why[0] >= 'a' && why[0] <= 'z') why[0] = static_cast<char>(why[0] - 'a' + 'A');
  wrapped(why.c_str(), p.danger, width);
  ImGui::Dummy(ImVec2(0, 6 * s));
  wrapped("Ask the facilitator to send it again, and open it whole: some chat apps cut long links.", p.text, width);
}

void ActivityParticipant::armTapActions(Platform& platform) {
  if (!armedName_) {
    platform.setTapAction(vote_ ? "##voter-name" : "##drafter-name", Platform::TapAction::type, {});
    if (draft_) platform.setTapAction("##draft-text", Platform::TapAction::type, {});
    armedName_ = true;
  }
  if (armedLink_ == link_) return;
  armedLink_ = link_;
  platform.setTapAction(kCopyId, link_.empty() ? Platform::TapAction::none : Platform::TapAction::copy, link_);
  platform.setTapAction(kShareId, link_.empty() ? Platform::TapAction::none : Platform::TapAction::share, link_);
}

}  // namespace gp::ui
