#include "diagnostic_form.h"

#include <imgui.h>

#include <algorithm>

#include "core/text/text_trim.h"
#include "core/workshop/diagnostic.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

constexpr size_t kMaxNameBytes = 80;
constexpr const char* kScoreLabels[] = {"Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
                                        "Strongly agree"};
// Below this column width (unscaled) the form is laid out for a phone.
constexpr float kNarrowWidth = 620;

void smallMuted(const char* text) {
  ImGui::PushFont(smallFont());
  textColored(theme::palette().textMuted, text);
  ImGui::PopFont();
}

}  // namespace

int DiagnosticForm::answered() const {
  return static_cast<int>(std::count_if(scores_.begin(), scores_.end(), [](int score) { return score > 0; }));
}

void DiagnosticForm::clear() {
  name_.clear();
  team_.reset();
  scores_.fill(0);
  scrollToTop_ = true;
}

std::optional<DiagnosticForm::Answer> DiagnosticForm::draw(const char* submitText, float width) {
  const float s = theme::scale();
  const bool narrow = width < kNarrowWidth * s;
  if (scrollToTop_) {
    ImGui::SetScrollY(0);
    scrollToTop_ = false;
  }
  drawWho(width);
  ImGui::Dummy(ImVec2(0, 14 * s));
  for (int n = 1; n <= kDiagnosticStatementCount; ++n) {
    drawStatement(n, width, narrow);
    ImGui::Dummy(ImVec2(0, (narrow ? 4 : 2) * s));
  }
  ImGui::Dummy(ImVec2(0, 8 * s));
  if (!drawSubmit(submitText, width)) return std::nullopt;
  return Answer{std::string(trimmed(name_)), *team_, std::vector<int>(scores_.begin(), scores_.end())};
}

void DiagnosticForm::drawWho(float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  caption("Your name");
  TextEdit name = textField("##diagnostic-name", name_, "First and last name", width);
  if (name.changed) name_ = name.text.substr(0, kMaxNameBytes);
  smallMuted("Only used so that you are counted once; it is not sent.");
  ImGui::Dummy(ImVec2(0, 8 * s));
  caption("Your team");
  const float gap = 8 * s;
  const float buttonW = std::floor((width - 2 * gap) / 3);
  for (Team team : kDiagnosticTeams) {
    if (team != kDiagnosticTeams[0]) ImGui::SameLine(0, gap);
    const bool selected = team_ == team;
    const ImVec4 color = theme::teamColor(team);
    ImGui::PushStyleColor(ImGuiCol_Button, selected ? color : p.fieldBg);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, selected ? color : p.fieldBgHover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, selected ? color : p.fieldBgHover);
    ImGui::PushStyleColor(ImGuiCol_Border, selected ? color : p.cardBorder);
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? theme::readableTextOn(color) : p.text);
    const std::string label = std::string(teamLabel(team)) + "##diagnostic-team-" + teamName(team);
    if (ImGui::Button(label.c_str(), ImVec2(buttonW, 46 * s))) team_ = team;
    ImGui::PopStyleColor(5);
  }
}

void DiagnosticForm::drawStatement(int number, float width, bool narrow) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  int& score = scores_[size_t(number - 1)];
  const std::string cardId = "##statement-card-" + std::to_string(number);
  // Always a stripe, so the card keeps its padding: neutral until answered.
  const ImVec4 stripe = score ? p.accent : p.cardBorder;
  beginCard(cardId.c_str(), &stripe, width);
  std::string head = "STATEMENT " + std::to_string(number) + " OF " + std::to_string(kDiagnosticStatementCount);
  if (score) head += std::string(" \xC2\xB7 ") + kScoreLabels[score - 1];
  caption(head.c_str());
  const float gap = 8 * s;
  const float inner = ImGui::GetContentRegionAvail().x;
  const float buttonW = narrow ? std::floor((inner - 4 * gap) / 5) : 64 * s;
  const float buttonH = (narrow ? 50 : 40) * s;
  const float rowW = 5 * buttonW + 4 * gap;
  // A phone: the scale under the statement. Wider: the statement on the left, the scale on the right.
  const float textX = ImGui::GetCursorPosX();
  ImGui::PushTextWrapPos(narrow ? 0.0f : textX + inner - rowW - 32 * s);
  ImGui::TextUnformatted(diagnosticStatement(number));
  ImGui::PopTextWrapPos();
  if (narrow) ImGui::Dummy(ImVec2(0, 4 * s));
  else ImGui::SameLine(textX + inner - rowW);
  ImGui::BeginGroup();
  const float rowX = ImGui::GetCursorPosX();
  for (int value = 1; value <= 5; ++value) {
    if (value > 1) ImGui::SameLine(0, gap);
    const std::string text = std::to_string(value);
    const std::string id = "##statement-" + std::to_string(number) + "-score-" + text;
    if (button(text.c_str(), id.c_str(), score == value ? ButtonKind::primary : ButtonKind::normal, ImVec2(buttonW, buttonH)))
      score = value;
    if (!narrow && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kScoreLabels[value - 1]);
  }
  // The scale's ends, under its first and last button.
  ImGui::PushFont(smallFont());
  ImGui::SetCursorPosX(rowX);
  textColored(p.textMuted, kScoreLabels[0]);
  ImGui::SameLine();
  ImGui::SetCursorPosX(rowX + rowW - ImGui::CalcTextSize(kScoreLabels[4]).x);  // not SameLine(x): that adds the group's offset
  textColored(p.textMuted, kScoreLabels[4]);
  ImGui::PopFont();
  ImGui::EndGroup();
  endCard();
}

bool DiagnosticForm::drawSubmit(const char* submitText, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const int left = kDiagnosticStatementCount - answered();
  std::string missing;
  if (isBlank(name_)) missing = "Type your name at the top, so that you are counted once.";
  else if (!team_) missing = "Pick your team at the top.";
  else if (left > 0) missing = "Answer " + std::to_string(left) + (left == 1 ? " more statement" : " more statements") + " to submit.";
  if (missing.empty()) textColored(p.success, "All 20 statements answered.");
  else textColored(p.textMuted, missing.c_str());
  ImGui::Dummy(ImVec2(0, 2 * s));
  const bool ready = missing.empty();
  const float buttonW = width < kNarrowWidth * s ? width : std::max(buttonWidth(submitText) + 48 * s, 260 * s);
  ImGui::BeginDisabled(!ready);
  const bool pressed = button(submitText, "##diagnostic-submit", ButtonKind::primary, ImVec2(buttonW, 50 * s));
  ImGui::EndDisabled();
  return pressed && ready;
}

}  // namespace gp::ui
