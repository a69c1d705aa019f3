#include "activity_forms.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/text/text_trim.h"
#include "core/workshop/drafting.h"
#include "core/workshop/voting.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

constexpr size_t kMaxNameBytes = 80;
constexpr Team kAnswerTeams[] = {Team::marketing, Team::sales, Team::leadership};

void smallMuted(const char* text) {
  ImGui::PushFont(smallFont());
  ImGui::PushTextWrapPos(0.0f);
  textColored(theme::palette().textMuted, text);
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

bool submitButton(const char* text, const char* id, bool ready, const std::string& missing, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  textColored(ready ? p.success : p.textMuted, missing.c_str());
  ImGui::Dummy(ImVec2(0, 2 * s));
  const float w = width < 620 * s ? width : std::max(buttonWidth(text) + 48 * s, 260 * s);
  ImGui::BeginDisabled(!ready);
  const bool pressed = button(text, id, ButtonKind::primary, ImVec2(w, 50 * s));
  ImGui::EndDisabled();
  return pressed && ready;
}

}  // namespace

void WhoFields::draw(const char* idPrefix, const char* nameNote, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const std::string prefix = std::string("##") + idPrefix;
  caption("Your name");
  TextEdit name = textField((prefix + "-name").c_str(), name_, "First and last name", width);
  if (name.changed) name_ = name.text.substr(0, kMaxNameBytes);
  smallMuted(nameNote);
  ImGui::Dummy(ImVec2(0, 8 * s));
  caption("Your team");
  const float gap = 8 * s;
  const float buttonW = std::floor((width - 2 * gap) / 3);
  for (Team team : kAnswerTeams) {
    if (team != kAnswerTeams[0]) ImGui::SameLine(0, gap);
    const bool selected = team_ == team;
    const ImVec4 color = theme::teamColor(team);
    ImGui::PushStyleColor(ImGuiCol_Button, selected ? color : p.fieldBg);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, selected ? color : p.fieldBgHover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, selected ? color : p.fieldBgHover);
    ImGui::PushStyleColor(ImGuiCol_Border, selected ? color : p.cardBorder);
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? theme::readableTextOn(color) : p.text);
    const std::string label = std::string(teamLabel(team)) + prefix + "-team-" + teamName(team);
    if (ImGui::Button(label.c_str(), ImVec2(buttonW, 46 * s))) team_ = team;
    ImGui::PopStyleColor(5);
  }
}

bool WhoFields::ready() const { return !isBlank(name_) && team_.has_value(); }
std::string WhoFields::name() const { return std::string(trimmed(name_)); }
void WhoFields::clear() {
  name_.clear();
  team_.reset();
}

std::optional<BallotForm::Result> BallotForm::draw(const DotVote& vote, const char* submitText, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  // Dots on options the vote no longer has (edited meanwhile) fall away.
  dots_.erase(std::remove_if(dots_.begin(), dots_.end(),
                             [&](const std::string& id) {
                               return std::none_of(vote.options.begin(), vote.options.end(),
                                                   [&](const VoteOption& o) { return o.id == id; });
                             }),
              dots_.end());
  while (static_cast<int>(dots_.size()) > vote.dotsPerPerson) dots_.pop_back();
  who_.draw("voter", vote.anonymous ? "Only used so that you vote once; the plan does not keep it."
                                    : "Shown with your dots when the results are revealed.",
            width);
  ImGui::Dummy(ImVec2(0, 12 * s));

  const int left = dotsLeft(vote, dots_);
  const std::string leftText = std::to_string(left) + " of " + std::to_string(vote.dotsPerPerson) +
                               (vote.dotsPerPerson == 1 ? " dot left" : " dots left");
  caption("TAP AN OPTION TO PUT A DOT ON IT");
  ImGui::SameLine();
  textColored(left == 0 ? p.success : p.accent, leftText.c_str());
  nameLastItem(leftText + "##dots-left");
  ImGui::Dummy(ImVec2(0, 2 * s));

  const float rowH = 46 * s;
  const float lessW = 44 * s;
  const float gap = 6 * s;
  for (size_t i = 0; i < vote.options.size(); ++i) {
    const VoteOption& option = vote.options[i];
    const int mine = dotsOn(dots_, option.id);
    const std::string id = "##vote-option-" + std::to_string(i);
    const float mainW = width - (mine > 0 ? lessW + gap : 0);
    // The option as one big button: its label on the left, its dots on the right.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::BeginDisabled(left == 0 && mine == 0);
    const bool add = button("", id.c_str(), ButtonKind::normal, ImVec2(mainW, rowH));
    ImGui::EndDisabled();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = 7 * s;
    const float dotsW = mine > 0 ? mine * (2 * r + 4 * s) + 8 * s : 0;
    const ImVec2 textPos(at.x + 12 * s, at.y + (rowH - ImGui::GetTextLineHeight()) * 0.5f);
    const ImVec4 clip(at.x, at.y, at.x + mainW - dotsW - 8 * s, at.y + rowH);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), textPos, theme::u32(p.text), option.label.c_str(), nullptr, 0, &clip);
    if (mine > 0) {
      dl->AddRect(at, ImVec2(at.x + mainW, at.y + rowH), theme::u32(p.accent), 6 * s, 0, 2 * s);
      for (int d = 0; d < mine; ++d)
        dl->AddCircleFilled(ImVec2(at.x + mainW - 12 * s - r - d * (2 * r + 4 * s), at.y + rowH * 0.5f), r, theme::u32(p.accent));
    }
    if (add && left > 0) dots_.push_back(option.id);
    if (mine > 0) {
      ImGui::SameLine(0, gap);
      if (button("\xE2\x88\x92", (id + "-less").c_str(), ButtonKind::normal, ImVec2(lessW, rowH))) {
        const auto found = std::find(dots_.rbegin(), dots_.rend(), option.id);
        if (found != dots_.rend()) dots_.erase(std::next(found).base());
      }
    }
  }
  ImGui::Dummy(ImVec2(0, 8 * s));

  std::string missing;
  if (isBlank(who_.name())) missing = "Type your name at the top, so that you vote once.";
  else if (!who_.hasTeam()) missing = "Pick your team at the top.";
  else if (dots_.empty()) missing = "Put at least one dot on an option.";
  else missing = left == 0 ? "All dots placed." : "You can still place " + std::to_string(left) + (left == 1 ? " dot." : " dots.");
  const bool ready = who_.ready() && !dots_.empty();
  if (!submitButton(submitText, "##vote-submit", ready, missing, width)) return std::nullopt;
  return Result{who_.name(), who_.team(), dots_};
}

void BallotForm::clear() {
  who_.clear();
  dots_.clear();
}

std::optional<DraftForm::Result> DraftForm::draw(const char* submitText, float width) {
  const float s = theme::scale();
  who_.draw("drafter", "Only used so that a second answer replaces your first; it is not sent.", width);
  ImGui::Dummy(ImVec2(0, 12 * s));
  caption("Your answer");
  TextEdit text = textArea("##draft-text", text_, "Write it the way you would explain it to a new colleague", 6, width);
  if (text.changed) text_ = text.text.substr(0, kMaxDraftLength);
  ImGui::Dummy(ImVec2(0, 8 * s));
  std::string missing;
  if (isBlank(who_.name())) missing = "Type your name at the top.";
  else if (!who_.hasTeam()) missing = "Pick your team at the top.";
  else if (isBlank(text_)) missing = "Write your answer.";
  else missing = "Ready to send. Nobody sees it before the reveal.";
  if (!submitButton(submitText, "##draft-submit", who_.ready() && !isBlank(text_), missing, width)) return std::nullopt;
  return Result{who_.name(), who_.team(), std::string(trimmed(text_))};
}

void DraftForm::clear() {
  who_.clear();
  text_.clear();
}

bool DraftForm::hasText() const { return !isBlank(text_); }

}  // namespace gp::ui
