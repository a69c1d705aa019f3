// Diagnostic: the marketing-sales alignment diagnostic of a workshop. The facilitator starts a
// round, invites the room (a link people open on their phones), or lets people answer one after
// another on this device, gathers the answers that come back as links or files, and shows the
// results. No server: invitations and answers travel inside the links.
#include <imgui.h>

#include <algorithm>

#include "core/workshop/diagnostic.h"
#include "core/workshop/diagnostic_links.h"
#include "diagnostic_form.h"
#include "diagnostic_merge.h"
#include "diagnostic_results.h"
#include "diagnostic_rounds.h"
#include "panel_toggles.h"
#include "ui/page_frame.h"
#include "ui/qr_code.h"
#include "ui/theme.h"
#include "ui/views/views.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

using Panel = ActivityPanel;
constexpr const char* kInviteCopyId = "##invite-copy";

std::string quoted(const std::string& text) { return "\xE2\x80\x9C" + text + "\xE2\x80\x9D"; }

int answersIn(const Document& doc, const std::string& roundId) {
  return static_cast<int>(std::count_if(doc.diagnosticAnswers.begin(), doc.diagnosticAnswers.end(),
                                        [&](const DiagnosticAnswer& answer) { return answer.roundId == roundId; }));
}

const DiagnosticRound* findRound(const Document& doc, const std::string& id) {
  for (const auto& round : doc.diagnosticRounds)
    if (round.meta.id == id) return &round;
  return nullptr;
}

std::string roundTitle(const DiagnosticRound& round) {
  const std::string date = friendlyDate(round.date);
  return date.empty() ? round.label : round.label + " \xC2\xB7 " + date;
}

class DiagnosticView final : public View {
 public:
  const char* title() const override { return "Diagnostic"; }
  int badge(const Document& doc) const override {
    const DiagnosticRound* round = latestRound(doc);
    return round ? answersIn(doc, round->meta.id) : -1;
  }
  void draw(UiContext& ui) override;

 private:
  void drawRoundBar(UiContext& ui, const DiagnosticRound& round, float width);
  void drawPanelButtons(float width);
  void drawInvite(UiContext& ui, const DiagnosticRound& round, float width);
  void drawPaste(UiContext& ui, float width);
  void drawDevice(UiContext& ui, const DiagnosticRound& round, float width);

  std::string roundId_;  // the round shown; the latest when empty or gone
  Panel panel_ = Panel::none;
  RoundDialogs dialogs_;
  DiagnosticResults results_;
  DiagnosticForm form_;
  // Invite.
  std::string inviteLink_;
  bool inviteCopied_ = false;
  // Add answers.
  std::string pasteText_;
  std::string parsedText_;
  PastedAnswers pasted_;
};

void DiagnosticView::draw(UiContext& ui) {
  const float s = theme::scale();
  if (auto shown = ui.takeDiagnosticRoundToShow()) {
    roundId_ = *shown;
    if (panel_ == Panel::invite) panel_ = Panel::none;
  }
  const Document& doc = ui.history().doc();
  const DiagnosticRound* round = findRound(doc, roundId_);
  if (!round) {
    round = latestRound(doc);
    roundId_ = round ? round->meta.id : std::string();
    if (round && panel_ == Panel::none && answersIn(doc, roundId_) == 0) panel_ = Panel::invite;
  }

  const float width = beginPage("##diagnostic-scroll", 1100);
  pageHeading("WORKSHOP", "Alignment diagnostic",
              "Twenty statements on how marketing and sales work together. Everyone answers privately, on their phone "
              "or on this device; the plan keeps each team's averages and never a name. Where the teams' views part "
              "is what the workshop talks about.");
  ImGui::Dummy(ImVec2(0, 12 * s));

  if (!round) {
    beginCard("##rounds-none", nullptr, width);
    heading("Start the first round");
    textWrappedMuted("A round is one sitting of the diagnostic, e.g. your kick-off workshop. Start one, then invite "
                     "the room: people answer on their phones from a link, and their answers come back to you as links.");
    ImGui::Dummy(ImVec2(0, 6 * s));
    if (button("New round", "##round-new-first", ButtonKind::primary))
      dialogs_.openNew(doc, ui.platform().nowIso().substr(0, 10));
    endCard();
  } else {
    const DiagnosticRound shown = *round;  // the document may change while drawing
    drawRoundBar(ui, shown, width);
    ImGui::Dummy(ImVec2(0, 10 * s));
    drawPanelButtons(width);
    ImGui::Dummy(ImVec2(0, 10 * s));
    switch (panel_) {
      case Panel::invite: drawInvite(ui, shown, width); break;
      case Panel::paste: drawPaste(ui, width); break;
      case Panel::screen: drawDevice(ui, shown, width); break;
      case Panel::none: break;
    }
    if (panel_ != Panel::screen) {
      if (panel_ != Panel::none) ImGui::Dummy(ImVec2(0, 18 * s));
      if (const DiagnosticRound* current = findRound(ui.history().doc(), shown.meta.id)) results_.draw(ui, *current, width);
    }
  }
  endPage();

  if (auto created = dialogs_.draw(ui)) {
    roundId_ = *created;
    panel_ = Panel::invite;
  }
}

void DiagnosticView::drawRoundBar(UiContext& ui, const DiagnosticRound& round, float width) {
  const float s = theme::scale();
  const Document& doc = ui.history().doc();
  const float startX = ImGui::GetCursorPosX();
  ImGui::AlignTextToFramePadding();
  textMuted("Round");
  ImGui::SameLine();
  const auto rounds = roundsInOrder(doc);
  if (beginCombo("##round-picker", roundTitle(round).c_str(), std::min(340 * s, width * 0.4f))) {
    for (auto it = rounds.rbegin(); it != rounds.rend(); ++it) {  // latest first
      const std::string label = roundTitle(**it) + "##round-" + (*it)->meta.id;
      if (ImGui::Selectable(label.c_str(), (*it)->meta.id == round.meta.id)) roundId_ = (*it)->meta.id;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (button("Rename", "##round-rename", ButtonKind::subtle)) dialogs_.openRename(round);
  ImGui::SameLine(0, 2 * s);
  if (button("Delete", "##round-delete", ButtonKind::subtle)) dialogs_.openDelete(round, answersIn(doc, round.meta.id));
  ImGui::SameLine();
  const int answers = answersIn(doc, round.meta.id);
  ImGui::AlignTextToFramePadding();
  textMuted((std::to_string(answers) + (answers == 1 ? " answer" : " answers")).c_str());
  ImGui::SameLine(startX + width - buttonWidth("New round"));
  if (button("New round", "##round-new")) dialogs_.openNew(doc, ui.platform().nowIso().substr(0, 10));
}

void DiagnosticView::drawPanelButtons(float width) {
  const float s = theme::scale();
  drawPanelToggles(panel_, {{Panel::invite, "Invite participants", "##panel-invite"},
                            {Panel::screen, "Answer on this device", "##panel-device"},
                            {Panel::paste, "Add answers", "##panel-paste"}},
                   width, false, 44 * s);
}

void DiagnosticView::drawInvite(UiContext& ui, const DiagnosticRound& round, float width) {
  const float s = theme::scale();
  const DiagnosticInvitation invitation{round.label, round.date, ui.history().doc().plan.title};
  const std::string link = ui.platform().pageAddress() + "#join=" + invitationCode(invitation);
  if (link != inviteLink_) {
    inviteLink_ = link;
    inviteCopied_ = false;
    ui.platform().setTapAction(kInviteCopyId, Platform::TapAction::copy, link);
  }
  beginCard("##invite-card", nullptr, width);
  caption(("INVITATION LINK FOR " + quoted(round.label)).c_str());
  const char* copyText = inviteCopied_ ? "Copied" : "Copy link";
  const float copyW = std::max(buttonWidth("Copied"), buttonWidth("Copy link")) + 16 * s;
  std::string shown = inviteLink_;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - copyW - ImGui::GetStyle().ItemSpacing.x);
  ImGui::InputText("##invite-link", shown.data(), shown.size() + 1, ImGuiInputTextFlags_ReadOnly);
  ImGui::SameLine();
  if (button(copyText, kInviteCopyId, ButtonKind::primary, ImVec2(copyW, 0))) {
    ImGui::SetClipboardText(inviteLink_.c_str());
    inviteCopied_ = true;
  }
  ImGui::Dummy(ImVec2(0, 4 * s));
  // The code for the projector: phones scan it instead of typing the link. Beside the
  // explanation when there is room, above it on a narrow screen.
  const float qrSide = std::min(200 * s, ImGui::GetContentRegionAvail().x);
  const bool besideText = ImGui::GetContentRegionAvail().x > qrSide + 260 * s;
  if (drawQrCode(inviteLink_, qrSide) && besideText) ImGui::SameLine(0, 16 * s);
  ImGui::BeginGroup();
  textWrappedMuted("Share it with the room: show the QR code on the projector, or send the link in the meeting chat "
                   "or by mail. People open it on their phones and answer privately; each then sends you an answer "
                   "link. Paste those under Add answers, or drop answer files anywhere on this window. The invitation "
                   "and the answers travel inside the links: no server sees them.");
  ImGui::EndGroup();
  endCard();
}

void DiagnosticView::drawPaste(UiContext& ui, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  beginCard("##paste-card", nullptr, width);
  caption("ADD ANSWERS");
  TextEdit text = textArea("##answers-paste", pasteText_, "Paste the answer links or codes people sent you, one or more per line", 4);
  if (text.changed) pasteText_ = text.text;
  if (pasteText_ != parsedText_) {
    parsedText_ = pasteText_;
    pasted_ = readPastedAnswers(pasteText_);
  }
  ImGui::PushFont(smallFont());
  for (const auto& problem : pasted_.problems) {
    textColored(p.danger, problem.c_str());
    nameLastItem(problem);
  }
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, 4 * s));
  const size_t found = pasted_.answers.size();
  const std::string merge = "Merge " + std::to_string(found) + (found == 1 ? " answer" : " answers");
  ImGui::BeginDisabled(found == 0);
  const bool merged = button(merge.c_str(), nullptr, ButtonKind::primary);  // its label says how many
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (!pasteText_.empty() && button("Clear", "##answers-clear", ButtonKind::subtle)) pasteText_.clear();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  textMuted("You can also drop answer files (diagnostic-answer.json) anywhere on this window.");
  endCard();
  if (merged && found > 0) {
    const std::vector<DiagnosticSubmission> answers = pasted_.answers;
    pasteText_.clear();
    mergeDiagnosticAnswers(ui, answers);
  }
}

void DiagnosticView::drawDevice(UiContext& ui, const DiagnosticRound& round, float width) {
  const float s = theme::scale();
  beginCard("##device-card", nullptr, width);
  caption(("ANSWER ON THIS DEVICE \xC2\xB7 " + round.label).c_str());
  heading("Pass the device around");
  textWrappedMuted("Each person fills in the form and presses Submit; the form then empties for the next person. "
                   "Answers are hidden: the form never shows earlier answers, and the results stay hidden until you "
                   "close this form.");
  ImGui::Dummy(ImVec2(0, 4 * s));
  if (button("Close the form and show the results", "##device-close")) panel_ = Panel::none;
  endCard();
  ImGui::Dummy(ImVec2(0, 14 * s));
  auto answer = form_.draw("Submit answer", width);
  if (!answer) return;
  DiagnosticSubmission submission{round.label, round.date, respondentKey(answer->name), answer->team, answer->scores,
                                  ui.platform().nowIso()};
  ui.history().seal();
  ui.history().recordDiagnosticAnswers({submission}, ui.edit(), "Add a diagnostic answer");
  ui.history().seal();
  form_.clear();
  const int answers = answersIn(ui.history().doc(), round.meta.id);
  ui.notify(Notice::Kind::success,
            "Answer recorded in " + quoted(round.label) + " (" + std::to_string(answers) +
                (answers == 1 ? " answer" : " answers") + " now). Next person, please.",
            5.0);
}

}  // namespace

std::unique_ptr<View> makeDiagnosticView() { return std::make_unique<DiagnosticView>(); }

}  // namespace gp::ui
