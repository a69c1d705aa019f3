// The Workshop page's "Drafts" tab: a prompt ("Each team writes its definition of an SQL")
// answered privately, on people's phones or one after another on this screen; the answers stay
// hidden until the reveal, then show side by side per team and can become the linked term's
// marketing or sales definition.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "activity_forms.h"
#include "activity_panels.h"
#include "panel_toggles.h"
#include "core/workshop/diagnostic.h"
#include "core/workshop/drafting.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "workshop_activities.h"

namespace gp::ui {

namespace {

using Panel = ActivityPanel;

std::string quoted(const std::string& text) { return "\xE2\x80\x9C" + text + "\xE2\x80\x9D"; }
std::string count(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

struct DraftsTab {
  std::string promptId;
  Panel panel = Panel::none;
  bool creating = false;
  std::string question;
  std::string termId;
  DraftForm form;
  InviteCard invite;
  PasteAnswersCard paste;
};

DraftsTab& state() {
  static DraftsTab tab;
  return tab;
}

std::string termName(const Document& doc, const std::string& termId) {
  for (const auto& term : doc.glossary)
    if (term.meta.id == termId) return term.name;
  return {};
}

void drawNewPrompt(UiContext& ui, DraftsTab& tab, float width) {
  const float s = theme::scale();
  const Document& doc = ui.history().doc();
  beginCard("##draft-new-card", nullptr, width);
  heading("New draft prompt");
  caption("Question");
  TextEdit question = textField("##draft-question", tab.question, "e.g. Each team writes its definition of an SQL", width * 0.7f);
  if (question.changed) tab.question = question.text.substr(0, kMaxQuestionLength);
  ImGui::Dummy(ImVec2(0, 4 * s));
  caption("Glossary term the answers define (optional)");
  const std::string current = termName(doc, tab.termId);
  if (beginCombo("##draft-term", current.empty() ? "No term" : current.c_str(), std::min(360 * s, width * 0.5f))) {
    if (ImGui::Selectable("No term##draft-term-none", tab.termId.empty())) tab.termId.clear();
    for (const auto& term : doc.glossary)
      if (ImGui::Selectable((term.name + "##draft-term-" + term.meta.id).c_str(), term.meta.id == tab.termId)) {
        tab.termId = term.meta.id;
        if (tab.question.empty()) tab.question = "Each team writes its definition of " + term.name;
      }
    ImGui::EndCombo();
  }
  ImGui::Dummy(ImVec2(0, 8 * s));
  const bool ready = !tab.question.empty();
  ImGui::BeginDisabled(!ready);
  const bool create = button("Create prompt", "##draft-create", ButtonKind::primary);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (!doc.draftPrompts.empty() && button("Cancel", "##draft-cancel", ButtonKind::subtle)) tab.creating = false;
  endCard();
  if (create && ready) {
    ui.history().seal();
    tab.promptId = ui.history().addDraftPrompt(DraftPrompt{{}, {}, tab.question, tab.termId, false, {}}, ui.edit());
    tab.panel = Panel::invite;
    tab.creating = false;
    tab.question.clear();
    tab.termId.clear();
  }
}

void useAnswer(UiContext& ui, const DraftPrompt& prompt, const DraftAnswer& answer, DefinitionSide side) {
  std::string problem;
  if (useDraftAnswer(ui.history(), prompt.meta.id, answer.respondent, side, ui.edit(), problem))
    ui.notifyUndoable(std::string("Set the ") + (side == DefinitionSide::marketing ? "marketing" : "sales") +
                      " definition of " + quoted(termName(ui.history().doc(), prompt.termId)) + ".");
  else
    ui.notify(Notice::Kind::error, "Could not use the answer: " + problem);
}

void drawAnswers(UiContext& ui, const DraftPrompt& prompt, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const int answers = static_cast<int>(prompt.answers.size());
  beginCard("##draft-results-card", nullptr, width);
  caption("ANSWERS");
  if (!prompt.revealed) {
    const std::string line = count(answers, "answer", "answers") + ", hidden";
    ImGui::PushFont(headingFont());
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopFont();
    nameLastItem(line + "##draft-hidden");
    textWrappedMuted("Nobody sees the answers until you reveal them, so each team writes its own.");
    ImGui::Dummy(ImVec2(0, 6 * s));
    ImGui::BeginDisabled(answers == 0);
    if (button("Reveal", "##draft-reveal", ButtonKind::primary)) {
      ui.history().seal();
      ui.history().setDraftRevealed(prompt.meta.id, true, ui.edit());
    }
    ImGui::EndDisabled();
    endCard();
    return;
  }
  ImGui::AlignTextToFramePadding();
  textMuted(count(answers, "answer", "answers").c_str());
  ImGui::SameLine();
  alignRight(buttonWidth("Hide again"));
  if (button("Hide again", "##draft-hide", ButtonKind::subtle)) {
    ui.history().seal();
    ui.history().setDraftRevealed(prompt.meta.id, false, ui.edit());
  }
  const std::string term = termName(ui.history().doc(), prompt.termId);
  const auto columns = draftColumns(prompt);
  if (columns.empty()) {
    endCard();
    return;
  }
  ImGui::Dummy(ImVec2(0, 4 * s));
  // Side by side; on a phone one team under the other.
  const bool stacked = width < 640 * s;
  if (ImGui::BeginTable("##draft-columns", stacked ? 1 : static_cast<int>(columns.size()), ImGuiTableFlags_SizingStretchSame)) {
    for (const auto& column : columns)
      if (!stacked || &column == &columns.front()) ImGui::TableSetupColumn(teamLabel(column.team));
    for (const auto& column : columns) {
      if (stacked || &column == &columns.front()) ImGui::TableNextRow();
      ImGui::TableNextColumn();
      teamChip(column.team, (" \xC2\xB7 " + count(static_cast<int>(column.answers.size()), "answer", "answers")).c_str());
      for (const DraftAnswer* answer : column.answers) {
        const size_t index = static_cast<size_t>(answer - prompt.answers.data());
        const std::string id = std::to_string(index);
        ImGui::Dummy(ImVec2(0, 6 * s));
        const ImVec4 stripe = theme::teamColor(column.team);
        beginCard(("##draft-answer-" + id).c_str(), &stripe, ImGui::GetContentRegionAvail().x);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(answer->text.c_str());
        ImGui::PopTextWrapPos();
        nameLastItem(answer->text + "##draft-answer-text-" + id);
        if (!term.empty()) {
          ImGui::Dummy(ImVec2(0, 4 * s));
          if (button("Use as marketing definition", ("##draft-use-marketing-" + id).c_str(), ButtonKind::subtle))
            useAnswer(ui, prompt, *answer, DefinitionSide::marketing);
          if (button("Use as sales definition", ("##draft-use-sales-" + id).c_str(), ButtonKind::subtle))
            useAnswer(ui, prompt, *answer, DefinitionSide::sales);
        }
        endCard();
      }
    }
    ImGui::EndTable();
  }
  if (!term.empty()) {
    const GlossaryTerm* linked = ui.history().findTerm(prompt.termId);
    ImGui::Dummy(ImVec2(0, 8 * s));
    caption(("TODAY'S DEFINITIONS OF " + quoted(term)).c_str());
    const auto line = [&](const char* who, const std::string& text) {
      textColored(p.textMuted, who);
      ImGui::SameLine();
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(text.empty() ? "(none yet)" : text.c_str());
      ImGui::PopTextWrapPos();
    };
    if (linked) {
      line("Marketing:", linked->marketingDefinition);
      line("Sales:", linked->salesDefinition);
    }
  }
  endCard();
}

void drawScreen(UiContext& ui, DraftsTab& tab, const DraftPrompt& prompt, float width) {
  const float s = theme::scale();
  beginCard("##draft-screen-card", nullptr, width);
  caption("ANSWER ON THIS SCREEN");
  heading(prompt.question.c_str());
  textWrappedMuted("One person at a time: name, team, answer, Submit. The form then empties for the next person and "
                   "nobody sees earlier answers.");
  endCard();
  ImGui::Dummy(ImVec2(0, 10 * s));
  auto answer = tab.form.draw("Submit my answer", std::min(width, 640 * s));
  if (!answer) return;
  const DraftSubmission submission{prompt.meta.id, prompt.question,
                                   DraftAnswer{respondentKey(answer->name), answer->team, answer->text, ui.platform().nowIso()}};
  ui.history().seal();
  const ActivityMergeResult result = ui.history().recordDraftAnswer(submission, ui.edit());
  ui.history().seal();
  tab.form.clear();
  ImGui::SetScrollY(0);
  if (!result.problems.empty()) {
    ui.notify(Notice::Kind::error, "The answer was not recorded: " + result.problems.front());
    return;
  }
  const DraftPrompt* now = findDraftPrompt(ui.history().doc(), prompt.meta.id);
  ui.notify(Notice::Kind::success,
            "Answer recorded (" + count(now ? static_cast<int>(now->answers.size()) : 0, "answer", "answers") +
                " now). Next person, please.",
            5.0);
}

}  // namespace

void drawDraftsTab(UiContext& ui) {
  const float s = theme::scale();
  DraftsTab& tab = state();
  const float width = ImGui::GetContentRegionAvail().x;
  const Document& doc = ui.history().doc();
  const DraftPrompt* found = findDraftPrompt(doc, tab.promptId);
  if (!found && !doc.draftPrompts.empty()) found = &doc.draftPrompts.back();
  tab.promptId = found ? found->meta.id : std::string();
  if (!found || tab.creating) {
    if (!found)
      textWrappedMuted("Private drafting: everyone answers a prompt on their own, e.g. each team writes its definition "
                       "of an SQL. The answers stay hidden until you reveal them side by side.");
    ImGui::Dummy(ImVec2(0, 6 * s));
    drawNewPrompt(ui, tab, width);
    return;
  }
  const DraftPrompt prompt = *found;

  const bool narrow = width < 640 * s;  // a phone: one under the other
  const float startX = ImGui::GetCursorPosX();
  ImGui::AlignTextToFramePadding();
  textMuted("Prompt");
  ImGui::SameLine();
  if (beginCombo("##draft-picker", prompt.question.c_str(), narrow ? ImGui::GetContentRegionAvail().x : std::min(420 * s, width * 0.5f))) {
    for (auto it = doc.draftPrompts.rbegin(); it != doc.draftPrompts.rend(); ++it)
      if (ImGui::Selectable((it->question + "##draft-pick-" + it->meta.id).c_str(), it->meta.id == prompt.meta.id)) {
        tab.promptId = it->meta.id;
        tab.form.clear();
      }
    ImGui::EndCombo();
  }
  const std::string term = termName(doc, prompt.termId);
  if (!term.empty()) {
    if (!narrow) ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    textMuted(("Defines " + quoted(term)).c_str());
  }
  if (!narrow) ImGui::SameLine(startX + width - buttonWidth("New prompt") - buttonWidth("Delete") - ImGui::GetStyle().ItemSpacing.x);
  if (button("Delete", "##draft-delete", ButtonKind::subtle)) {
    ui.history().seal();
    ui.history().removeDraftPrompt(prompt.meta.id, ui.edit());
    ui.notifyUndoable("Deleted the draft prompt " + quoted(prompt.question) + ".");
    tab.promptId.clear();
    return;
  }
  ImGui::SameLine();
  if (button("New prompt", "##draft-new")) tab.creating = true;
  ImGui::Dummy(ImVec2(0, 8 * s));

  drawPanelToggles(tab.panel, {{Panel::invite, "Invite by link", "##draft-panel-invite"},
                              {Panel::screen, "Answer on this screen", "##draft-panel-screen"},
                              {Panel::paste, "Add answers", "##draft-panel-paste"}},
                   width, narrow, 40 * s);
  ImGui::Dummy(ImVec2(0, 10 * s));
  switch (tab.panel) {
    case Panel::invite:
      tab.invite.draw(ui, invitationCode(draftInvitation(prompt, doc)), "draft", "INVITATION TO ANSWER PRIVATELY",
                      "Show the QR code or send the link. Each person writes their answer on their phone and sends back "
                      "an answer link; add those under Add answers, or drop answer files on this window.",
                      width);
      break;
    case Panel::screen: drawScreen(ui, tab, prompt, width); return;
    case Panel::paste: tab.paste.draw(ui, "drafts", "ANSWERS", width); break;
    case Panel::none: break;
  }
  if (tab.panel != Panel::none) ImGui::Dummy(ImVec2(0, 12 * s));
  if (const DraftPrompt* current = findDraftPrompt(ui.history().doc(), prompt.meta.id)) drawAnswers(ui, *current, width);
}

}  // namespace gp::ui
