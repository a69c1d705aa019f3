#include "participant_screen.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "core/workshop/diagnostic.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

constexpr float kColumnWidth = 560;
constexpr size_t kLinkShown = 140;  // characters of the answer link written out; Copy takes it whole
constexpr const char* kCopyId = "##answer-copy";
constexpr const char* kShareId = "##answer-share";

std::string quoted(const std::string& text) { return "\xE2\x80\x9C" + text + "\xE2\x80\x9D"; }

// Wrapped at the column's right edge (`width` from here), not the window's.
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

// The app's mark: three rising bars on the accent.
void brandMark(ImDrawList* dl, ImVec2 at, float size) {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  dl->AddRectFilled(at, ImVec2(at.x + size, at.y + size), theme::u32(p.accent), 5 * s);
  const float bars[][2] = {{0.25f, 0.55f}, {0.45f, 0.4f}, {0.65f, 0.22f}};
  for (const auto& bar : bars)
    dl->AddRectFilled(ImVec2(at.x + size * bar[0], at.y + size * bar[1]), ImVec2(at.x + size * (bar[0] + 0.15f), at.y + size * 0.78f),
                      theme::u32(p.accentText));
}

}  // namespace

ParticipantScreen::ParticipantScreen(std::string_view invitationCodeOrLink) {
  if (isVoteInvitation(invitationCodeOrLink) || isDraftInvitation(invitationCodeOrLink)) {
    activity_ = std::make_unique<ActivityParticipant>(invitationCodeOrLink);
    return;
  }
  invitation_ = readInvitation(invitationCodeOrLink, problem_);
}

std::string ParticipantScreen::windowTitle() const {
  if (activity_) return activity_->windowTitle();
  std::string title = "Alignment diagnostic";
  if (invitation_ && !invitation_->planTitle.empty()) title += " \xE2\x80\x94 " + invitation_->planTitle;
  return title;
}

void ParticipantScreen::draw(Platform& platform) {
  const float s = theme::scale();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::Begin("Alignment diagnostic##participant", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar(3);
  drawTopBar(std::floor(56 * s));

  const bool phone = ImGui::GetContentRegionAvail().x < 600 * s;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2((phone ? 16 : 32) * s, (phone ? 18 : 28) * s));
  // Phones scroll by finger and show no scroll bars.
  ImGui::BeginChild("##participant-page", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                    phone ? ImGuiWindowFlags_NoScrollbar : 0);
  ImGui::PopStyleVar();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::min(avail, kColumnWidth * s);
  const float indent = std::floor((avail - width) * 0.5f);
  if (indent > 0) ImGui::Indent(indent);

  if (activity_) {
    activity_->draw(platform, width);
  } else if (!invitation_) {
    drawProblem(width);
  } else if (sent_) {
    drawSent(platform, width);
  } else {
    drawIntro(width);
    ImGui::Dummy(ImVec2(0, 16 * s));
    if (auto answer = form_.draw("Submit my answers", width)) {
      sent_ = DiagnosticSubmission{invitation_->roundLabel, invitation_->roundDate, respondentKey(answer->name),
                                   answer->team,            answer->scores,         platform.nowIso()};
      sentAs_ = answer->name + " \xC2\xB7 " + teamLabel(answer->team);
      link_ = platform.pageAddress() + "#answer=" + answerCode(*sent_);
      copied_ = false;
      ImGui::SetScrollY(0);
    }
  }
  if (!activity_) armTapActions(platform);

  if (indent > 0) ImGui::Unindent(indent);
  ImGui::Dummy(ImVec2(0, 32 * s));
  ImGui::EndChild();
  ImGui::End();
}

void ParticipantScreen::drawTopBar(float height) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  dl->AddRectFilled(at, ImVec2(at.x + w, at.y + height), theme::u32(p.sidebarBg));
  dl->AddLine(ImVec2(at.x, at.y + height - 1), ImVec2(at.x + w, at.y + height - 1), theme::u32(p.cardBorder));
  const float pad = 16 * s;
  const float mark = ImGui::GetTextLineHeight() * 1.1f;
  brandMark(dl, ImVec2(at.x + pad, std::floor(at.y + (height - mark) * 0.5f)), mark);
  const float textY = std::floor(at.y + (height - ImGui::GetTextLineHeight()) * 0.5f);
  dl->AddText(ImVec2(at.x + pad + mark + 10 * s, textY), theme::u32(p.text),
              activity_ ? activity_->title().c_str() : "Alignment diagnostic");
  if (invitation_ && !sent_) {
    // How far the person is, and a progress line along the bar's bottom edge.
    const int answered = form_.answered();
    const std::string progress = std::to_string(answered) + " of " + std::to_string(kDiagnosticStatementCount);
    const ImVec2 size = ImGui::CalcTextSize(progress.c_str());
    dl->AddText(ImVec2(at.x + w - pad - size.x, textY), theme::u32(answered == kDiagnosticStatementCount ? p.success : p.textMuted),
                progress.c_str());
    const float fraction = float(answered) / float(kDiagnosticStatementCount);
    dl->AddRectFilled(ImVec2(at.x, at.y + height - 3 * s), ImVec2(at.x + w * fraction, at.y + height), theme::u32(p.accent));
  }
  ImGui::Dummy(ImVec2(w, height));
}

void ParticipantScreen::drawIntro(float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  caption("YOU ARE INVITED TO ANSWER");
  headingWrapped(invitation_->planTitle.empty() ? "Marketing and sales alignment" : invitation_->planTitle.c_str(), width);
  std::string round = "Round " + quoted(invitation_->roundLabel);
  if (const std::string date = friendlyDate(invitation_->roundDate); !date.empty()) round += " \xC2\xB7 " + date;
  textColored(p.textMuted, round.c_str());
  ImGui::Dummy(ImVec2(0, 8 * s));
  wrapped("Twenty statements about how marketing and sales work together. Say how far you agree with each, for how "
          "things are today rather than how they should be. It takes about five minutes.",
          p.text, width);
  ImGui::Dummy(ImVec2(0, 2 * s));
  ImGui::PushFont(smallFont());
  wrapped("Your answers stay on this device until you send them. The facilitator sees team averages, never who "
          "answered what.",
          p.textMuted, width);
  ImGui::PopFont();
}

void ParticipantScreen::drawSent(Platform& platform, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // A check mark in a soft circle.
  const float r = 26 * s;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 c(at.x + r, at.y + r);
  dl->AddCircleFilled(c, r, theme::u32(p.successSoft));
  dl->PathLineTo(ImVec2(c.x - r * 0.42f, c.y + r * 0.02f));
  dl->PathLineTo(ImVec2(c.x - r * 0.1f, c.y + r * 0.32f));
  dl->PathLineTo(ImVec2(c.x + r * 0.45f, c.y - r * 0.3f));
  dl->PathStroke(theme::u32(p.success), 0, 4 * s);
  ImGui::Dummy(ImVec2(2 * r, 2 * r + 6 * s));
  headingWrapped("Thank you! Your answer is ready", width);
  ImGui::Dummy(ImVec2(0, 4 * s));
  wrapped("Send it to the facilitator: copy the link into the workshop chat or a mail, share it, or download it as a "
          "file. They add it to the plan.",
          p.text, width);
  ImGui::Dummy(ImVec2(0, 10 * s));

  // The link itself, written out (shortened): Copy takes it whole.
  caption("YOUR ANSWER LINK");
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
    ImGui::SetClipboardText(link_.c_str());  // also the page's own copy, in the tap itself (Platform::setTapAction)
    copied_ = true;
  }
  if (platform.canShare()) button("Share\xE2\x80\xA6", kShareId, ButtonKind::normal, full);  // the page shares, in the tap
  if (button("Download file", "##answer-download", ButtonKind::normal, full))
    platform.downloadFile("diagnostic-answer.json", "application/json", answerFileText(*sent_));
  ImGui::Dummy(ImVec2(0, 10 * s));

  ImGui::PushFont(smallFont());
  const std::string as = "Answered as " + sentAs_ + ". The link holds your team, your 20 scores and a fingerprint of "
                         "your name, never the name itself. If you answer again with the same name, your new answer "
                         "replaces this one.";
  wrapped(as.c_str(), p.textMuted, width);
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, 4 * s));
  if (button("Change my answers", "##answer-change", ButtonKind::subtle)) {
    sent_.reset();
    link_.clear();
    copied_ = false;
  }
}

void ParticipantScreen::drawProblem(float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  caption("ALIGNMENT DIAGNOSTIC");
  headingWrapped("This invitation link cannot be opened", width);
  ImGui::Dummy(ImVec2(0, 6 * s));
  std::string why = problem_ + ".";
  if (!why.empty() && why[0] >= 'a' && why[0] <= 'z') why[0] = static_cast<char>(why[0] - 'a' + 'A');
  wrapped(why.c_str(), p.danger, width);
  ImGui::Dummy(ImVec2(0, 6 * s));
  wrapped("Ask the facilitator to send it again, and open it whole: some chat apps cut long links.", p.text, width);
}

void ParticipantScreen::armTapActions(Platform& platform) {
  if (!armedName_) {
    platform.setTapAction("##diagnostic-name", Platform::TapAction::type, {});
    armedName_ = true;
  }
  if (armedLink_ == link_) return;
  armedLink_ = link_;
  const auto action = link_.empty() ? Platform::TapAction::none : Platform::TapAction::copy;
  platform.setTapAction(kCopyId, action, link_);
  platform.setTapAction(kShareId, link_.empty() ? Platform::TapAction::none : Platform::TapAction::share, link_);
}

}  // namespace gp::ui
