// The Workshop page's "Dot votes" tab: create a vote over terms, statements, campaigns, requests,
// parking-lot notes or a typed list; invite the room or let people vote one after another on this
// screen; results stay hidden ("12 ballots, hidden") until the facilitator reveals them.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "activity_forms.h"
#include "activity_panels.h"
#include "panel_toggles.h"
#include "core/workshop/diagnostic.h"
#include "core/workshop/voting.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "workshop_activities.h"

namespace gp::ui {

namespace {

using Panel = ActivityPanel;

std::string quoted(const std::string& text) { return "\xE2\x80\x9C" + text + "\xE2\x80\x9D"; }
std::string count(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// What the "New dot vote" card holds until Create.
struct NewVoteDraft {
  bool open = false;
  std::string title;
  OptionSource source = OptionSource::terms;
  std::string typed;
  int dots = kDefaultDotsPerPerson;
  bool anonymous = false;
  std::vector<VoteOption> options;  // from the source, each with an include box
  std::vector<bool> included;
  OptionSource loadedSource = OptionSource::typed;
  std::string loadedTyped;
  uint64_t loadedRevision = 0;
};

struct VotesTab {
  std::string voteId;
  Panel panel = Panel::none;
  NewVoteDraft draft;
  BallotForm form;
  InviteCard invite;
  PasteAnswersCard paste;
};

VotesTab& state() {
  static VotesTab tab;
  return tab;
}

void drawNewVote(UiContext& ui, VotesTab& tab, float width) {
  const float s = theme::scale();
  NewVoteDraft& d = tab.draft;
  beginCard("##vote-new-card", nullptr, width);
  heading("New dot vote");
  caption("Question");
  TextEdit title = textField("##vote-title", d.title, "e.g. Which terms do we agree first?", width * 0.7f);
  if (title.changed) d.title = title.text;
  ImGui::Dummy(ImVec2(0, 4 * s));
  caption("Options from");
  std::vector<std::string> labels;
  for (const OptionSource source : kAllOptionSources) labels.push_back(optionSourceLabel(source));
  const int picked = segmentedControl("vote-source", labels, static_cast<int>(d.source), std::min(width, 820 * s));
  d.source = kAllOptionSources[std::clamp(picked, 0, int(std::size(kAllOptionSources)) - 1)];
  if (d.source == OptionSource::typed) {
    TextEdit typed = textArea("##vote-typed", d.typed, "One option per line", 4, width * 0.7f);
    if (typed.changed) d.typed = typed.text;
  }
  const uint64_t revision = ui.history().revision();
  if (d.source != d.loadedSource || d.typed != d.loadedTyped || revision != d.loadedRevision) {
    d.options = optionsFrom(d.source, ui.history().doc(), d.typed);
    d.included.assign(d.options.size(), true);
    d.loadedSource = d.source;
    d.loadedTyped = d.typed;
    d.loadedRevision = revision;
  }
  if (d.source != OptionSource::typed) {
    if (d.options.empty()) {
      textWrappedMuted("The plan has none of these yet.");
    } else {
      const int on = static_cast<int>(std::count(d.included.begin(), d.included.end(), true));
      textMuted((count(on, "option", "options") + " of " + std::to_string(d.options.size()) + " included").c_str());
      ImGui::SameLine();
      if (button("All", "##vote-options-all", ButtonKind::subtle)) d.included.assign(d.options.size(), true);
      ImGui::SameLine(0, 2 * s);
      if (button("None", "##vote-options-none", ButtonKind::subtle)) d.included.assign(d.options.size(), false);
      ImGui::BeginChild("##vote-options-list", ImVec2(width * 0.7f, std::min(220 * s, 30 * s * float(d.options.size()) + 8 * s)),
                        ImGuiChildFlags_Border);
      for (size_t i = 0; i < d.options.size(); ++i) {
        bool on = d.included[i];
        const std::string label = d.options[i].label + "##vote-include-" + std::to_string(i);
        if (ImGui::Checkbox(label.c_str(), &on)) d.included[i] = on;
      }
      ImGui::EndChild();
    }
  }
  ImGui::Dummy(ImVec2(0, 4 * s));
  caption("Dots per person");
  if (button("\xE2\x88\x92", "##vote-dots-less", ButtonKind::normal, ImVec2(36 * s, 0))) d.dots = std::max(kMinDotsPerPerson, d.dots - 1);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  const std::string dotsText = std::to_string(d.dots);
  ImGui::TextUnformatted(dotsText.c_str());
  nameLastItem(dotsText + " dots per person##vote-dots");
  ImGui::SameLine();
  if (button("+", "##vote-dots-more", ButtonKind::normal, ImVec2(36 * s, 0))) d.dots = std::min(kMaxDotsPerPerson, d.dots + 1);
  ImGui::SameLine(0, 24 * s);
  ImGui::Checkbox("Anonymous (the plan keeps no names)##vote-anonymous", &d.anonymous);
  ImGui::Dummy(ImVec2(0, 8 * s));

  std::vector<VoteOption> chosen;
  for (size_t i = 0; i < d.options.size(); ++i)
    if (d.included[i]) chosen.push_back(d.options[i]);
  const bool ready = !chosen.empty() && !d.title.empty();
  ImGui::BeginDisabled(!ready);
  const bool create = button("Create vote", "##vote-create", ButtonKind::primary);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (!ui.history().doc().dotVotes.empty() && button("Cancel", "##vote-cancel", ButtonKind::subtle)) d.open = false;
  if (!ready) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    textMuted(d.title.empty() ? "Type the question." : "Include at least one option.");
  }
  endCard();
  if (create && ready) {
    DotVote vote;
    vote.title = d.title;
    vote.options = std::move(chosen);
    vote.dotsPerPerson = d.dots;
    vote.anonymous = d.anonymous;
    ui.history().seal();
    tab.voteId = ui.history().addDotVote(std::move(vote), ui.edit());
    tab.panel = Panel::invite;
    d = NewVoteDraft{};
  }
}

void drawResults(UiContext& ui, const DotVote& vote, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const VoteResults results = voteResults(vote);
  beginCard("##vote-results-card", nullptr, width);
  caption("RESULTS");
  if (results.hidden) {
    const std::string line = count(results.ballots, "ballot", "ballots") + ", hidden";
    ImGui::PushFont(headingFont());
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopFont();
    nameLastItem(line + "##vote-hidden");
    textWrappedMuted("Nobody sees the dots until you reveal them, so early votes do not sway later ones.");
    ImGui::Dummy(ImVec2(0, 6 * s));
    ImGui::BeginDisabled(results.ballots == 0);
    if (button("Reveal results", "##vote-reveal", ButtonKind::primary)) {
      ui.history().seal();
      ui.history().setVoteRevealed(vote.meta.id, true, ui.edit());
    }
    ImGui::EndDisabled();
    endCard();
    return;
  }
  const std::string line = count(results.ballots, "ballot", "ballots") + " \xC2\xB7 " + count(results.dotsCast, "dot", "dots");
  ImGui::AlignTextToFramePadding();  // level with the Hide again button
  textMuted(line.c_str());
  ImGui::SameLine();
  alignRight(buttonWidth("Hide again"));
  if (button("Hide again", "##vote-hide", ButtonKind::subtle)) {
    ui.history().seal();
    ui.history().setVoteRevealed(vote.meta.id, false, ui.edit());
  }
  ImGui::Dummy(ImVec2(0, 4 * s));
  const int most = results.totals.empty() ? 0 : std::max(1, results.totals.front().dots);
  const float inner = ImGui::GetContentRegionAvail().x;
  const float labelW = std::min(inner * 0.45f, 360 * s);
  const float barH = 26 * s;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (size_t i = 0; i < results.totals.size(); ++i) {
    const OptionTotal& total = results.totals[i];
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float rowH = barH + 8 * s;
    const ImVec4 clip(at.x, at.y, at.x + labelW - 10 * s, at.y + rowH);
    const std::string rank = std::to_string(i + 1) + ".";
    dl->AddText(ImVec2(at.x, at.y + (rowH - ImGui::GetTextLineHeight()) * 0.5f), theme::u32(p.textMuted), rank.c_str());
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + 28 * s, at.y + (rowH - ImGui::GetTextLineHeight()) * 0.5f),
                theme::u32(p.text), total.label.c_str(), nullptr, 0, &clip);
    const float barX = at.x + labelW;
    const float barMax = inner - labelW - 60 * s;
    const float barW = std::max(total.dots > 0 ? 4 * s : 0.0f, barMax * float(total.dots) / float(most));
    const float barY = at.y + (rowH - barH) * 0.5f;
    dl->AddRectFilled(ImVec2(barX, barY), ImVec2(barX + barMax, barY + barH), theme::u32(p.fieldBg), 4 * s);
    dl->AddRectFilled(ImVec2(barX, barY), ImVec2(barX + barW, barY + barH), theme::u32(i == 0 && total.dots > 0 ? p.accent : p.accentSoft), 4 * s);
    const std::string dots = std::to_string(total.dots);
    ImGui::PushFont(headingFont());
    dl->AddText(ImVec2(barX + barMax + 12 * s, at.y + (rowH - ImGui::GetTextLineHeight()) * 0.5f), theme::u32(p.text), dots.c_str());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(inner, rowH));
    nameLastItem(std::to_string(i + 1) + ". " + total.label + ": " + count(total.dots, "dot", "dots") + "##vote-result-" +
                 std::to_string(i + 1));
  }
  endCard();
}

void drawScreen(UiContext& ui, VotesTab& tab, const DotVote& vote, float width) {
  const float s = theme::scale();
  beginCard("##vote-screen-card", nullptr, width);
  caption(("VOTE ON THIS SCREEN \xC2\xB7 " + vote.title).c_str());
  heading("One person at a time");
  textWrappedMuted("Type your name and team, tap the options you want to put your dots on, and press Submit. The form "
                   "then empties for the next person; nobody sees earlier ballots.");
  endCard();
  ImGui::Dummy(ImVec2(0, 10 * s));
  const float column = std::min(width, 640 * s);
  auto ballot = tab.form.draw(vote, "Submit my dots", column);
  if (!ballot) return;
  BallotSubmission submission{vote.meta.id, vote.title,
                              Ballot{respondentKey(ballot->name), vote.anonymous ? std::string() : ballot->name, ballot->team,
                                     ballot->dots, ui.platform().nowIso()}};
  ui.history().seal();
  const ActivityMergeResult result = ui.history().recordBallot(submission, ui.edit());
  ui.history().seal();
  tab.form.clear();
  ImGui::SetScrollY(0);
  if (!result.problems.empty()) {
    ui.notify(Notice::Kind::error, "The ballot was not recorded: " + result.problems.front());
    return;
  }
  const DotVote* now = findDotVote(ui.history().doc(), vote.meta.id);
  const int ballots = now ? static_cast<int>(now->ballots.size()) : 0;
  ui.notify(Notice::Kind::success,
            std::string(result.replaced ? "Ballot replaced" : "Ballot recorded") + " (" + count(ballots, "ballot", "ballots") +
                " now). Next person, please.",
            5.0);
}

}  // namespace

void drawVotesTab(UiContext& ui) {
  const float s = theme::scale();
  VotesTab& tab = state();
  const float width = ImGui::GetContentRegionAvail().x;
  const Document& doc = ui.history().doc();
  const DotVote* found = findDotVote(doc, tab.voteId);
  if (!found && !doc.dotVotes.empty()) found = &doc.dotVotes.back();
  tab.voteId = found ? found->meta.id : std::string();
  if (!found || tab.draft.open) {
    if (!found)
      textWrappedMuted("A dot vote lets the room pick what matters most: each person spreads a few dots over the options, "
                       "privately, and the totals show once you reveal them.");
    ImGui::Dummy(ImVec2(0, 6 * s));
    drawNewVote(ui, tab, width);
    return;
  }
  const DotVote vote = *found;  // the document may change while drawing

  // The bar: which vote, its settings, new and delete (on a phone, one under the other).
  const bool narrow = width < 640 * s;
  const float startX = ImGui::GetCursorPosX();
  ImGui::AlignTextToFramePadding();
  textMuted("Vote");
  ImGui::SameLine();
  if (beginCombo("##vote-picker", vote.title.c_str(), narrow ? ImGui::GetContentRegionAvail().x : std::min(380 * s, width * 0.45f))) {
    for (auto it = doc.dotVotes.rbegin(); it != doc.dotVotes.rend(); ++it)
      if (ImGui::Selectable((it->title + "##vote-pick-" + it->meta.id).c_str(), it->meta.id == vote.meta.id)) {
        tab.voteId = it->meta.id;
        tab.form.clear();
      }
    ImGui::EndCombo();
  }
  if (!narrow) ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  std::string settings = count(vote.dotsPerPerson, "dot", "dots") + " per person \xC2\xB7 " +
                         std::string(vote.anonymous ? "anonymous" : "named") + " \xC2\xB7 " +
                         count(static_cast<int>(vote.options.size()), "option", "options");
  textMuted(settings.c_str());
  if (!narrow) ImGui::SameLine(startX + width - buttonWidth("New vote") - buttonWidth("Delete") - ImGui::GetStyle().ItemSpacing.x);
  if (button("Delete", "##vote-delete", ButtonKind::subtle)) {
    ui.history().seal();
    ui.history().removeDotVote(vote.meta.id, ui.edit());
    ui.notifyUndoable("Deleted the dot vote " + quoted(vote.title) + ".");
    tab.voteId.clear();
    return;
  }
  ImGui::SameLine();
  if (button("New vote", "##vote-new")) tab.draft.open = true;
  ImGui::Dummy(ImVec2(0, 8 * s));

  drawPanelToggles(tab.panel, {{Panel::invite, "Invite by link", "##vote-panel-invite"},
                              {Panel::screen, "Vote on this screen", "##vote-panel-screen"},
                              {Panel::paste, "Add ballots", "##vote-panel-paste"}},
                   width, narrow, 40 * s);
  ImGui::Dummy(ImVec2(0, 10 * s));
  switch (tab.panel) {
    case Panel::invite:
      tab.invite.draw(ui, invitationCode(voteInvitation(vote, doc.plan.title)), "vote", ("INVITATION TO VOTE ON " + quoted(vote.title)).c_str(),
                      "Show the QR code on the projector or send the link in the meeting chat. People vote on their "
                      "phones and send back a ballot link; add those under Add ballots, or drop ballot files on this "
                      "window. The ballots travel inside the links: no server sees them.",
                      width);
      break;
    case Panel::screen: drawScreen(ui, tab, vote, width); return;  // results stay off the screen while people vote
    case Panel::paste: tab.paste.draw(ui, "ballots", "BALLOTS", width); break;
    case Panel::none: break;
  }
  if (tab.panel != Panel::none) ImGui::Dummy(ImVec2(0, 12 * s));
  if (const DotVote* current = findDotVote(ui.history().doc(), vote.meta.id)) drawResults(ui, *current, width);
}

}  // namespace gp::ui
