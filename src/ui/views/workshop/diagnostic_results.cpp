#include "diagnostic_results.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "diagnostic_charts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

constexpr size_t kGapsShown = 8;        // statements in the gap table until "Show all"
constexpr size_t kNextStepsShown = 5;
constexpr double kWideGap = 1.0;        // a point or more apart: worth a conversation

std::string upper(std::string text) {
  for (char& c : text)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return text;
}

std::string people(int n) { return std::to_string(n) + (n == 1 ? " respondent" : " respondents"); }

// The app view where a next step is worked on ("" when it happens in the workshop itself).
std::string viewFor(const std::string& stepView) {
  if (stepView == "SLA") return "Service level agreement";
  if (stepView == "Workshop") return "";
  return stepView;
}

// The four stages as a bar from 20 to 100, filled up to `total`, each named underneath; the
// team's stage is named in its colour.
void stageMeter(double total, const ImVec4& color, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float h = 8 * s, gap = 3 * s;
  const float segment = (width - 3 * gap) / 4;
  const AlignmentStage current = stageOfTotal(total);
  ImFont* font = smallFont();
  for (int i = 0; i < 4; ++i) {
    const float x0 = at.x + i * (segment + gap);
    dl->AddRectFilled(ImVec2(x0, at.y), ImVec2(x0 + segment, at.y + h), theme::u32(p.fieldBg), h * 0.5f);
    const double from = 20 + 20 * i;
    const double filled = std::clamp((total - from) / 20, 0.0, 1.0);
    if (filled > 0)
      dl->AddRectFilled(ImVec2(x0, at.y), ImVec2(x0 + segment * float(filled), at.y + h), theme::u32(color), h * 0.5f);
    const auto stage = static_cast<AlignmentStage>(i);
    const char* name = alignmentStageLabel(stage);
    const ImVec2 size = font->CalcTextSizeA(scaledSize(font), FLT_MAX, 0, name);
    dl->AddText(font, scaledSize(font), ImVec2(std::floor(x0 + (segment - size.x) * 0.5f), at.y + h + 4 * s),
                theme::u32(stage == current ? color : p.textFaint), name);
  }
  ImGui::Dummy(ImVec2(width, h + 4 * s + scaledSize(font)));
}

}  // namespace

void DiagnosticResults::refresh(const Document& doc, uint64_t revision, const DiagnosticRound& round) {
  if (builtRevision_ == revision && builtRound_ == round.meta.id) return;
  builtRevision_ = revision;
  builtRound_ = round.meta.id;
  report_ = diagnosticReport(doc, round);
  weak_ = weakStatements(report_);
  trendRounds_.clear();
  trendTotals_.assign(std::size(kDiagnosticTeams), {});
  for (const DiagnosticRound* each : roundsInOrder(doc)) {
    const DiagnosticReport report = each->meta.id == round.meta.id ? report_ : diagnosticReport(doc, *each);
    if (!report.overall) continue;
    trendRounds_.push_back(each->label);
    for (size_t t = 0; t < std::size(kDiagnosticTeams); ++t)
      trendTotals_[t].push_back(report.teams[t] ? report.teams[t]->total : NAN);
  }
}

void DiagnosticResults::draw(UiContext& ui, const DiagnosticRound& round, float width) {
  const float s = theme::scale();
  refresh(ui.history().doc(), ui.history().revision(), round);
  if (!report_.overall) {
    beginCard("##results-none", nullptr, width);
    heading("No answers yet");
    textWrappedMuted("Invite participants to answer on their phones, or let people answer one after another on this "
                     "device. Each team's results appear here as answers come in: only averages, never who answered what.");
    endCard();
    return;
  }
  const std::string overall = std::to_string(report_.overall->respondents) +
                              (report_.overall->respondents == 1 ? " person answered" : " people answered") +
                              " \xC2\xB7 everyone together " + diagnosticMeanText(report_.overall->total) +
                              " of 100, " + alignmentStageLabel(report_.overall->stage);
  caption(upper("Results of " + round.label).c_str());
  textMuted(overall.c_str());
  ImGui::Dummy(ImVec2(0, 6 * s));
  drawTiles(width);
  ImGui::Dummy(ImVec2(0, 16 * s));
  drawProfile(width);
  ImGui::Dummy(ImVec2(0, 16 * s));
  drawGaps(width);
  ImGui::Dummy(ImVec2(0, 16 * s));
  drawNextSteps(ui, width);
  ImGui::Dummy(ImVec2(0, 16 * s));
  drawTrend(width);
}

void DiagnosticResults::drawTiles(float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const float gap = 16 * s;
  const float tileW = std::floor((width - 2 * gap) / 3);
  for (size_t t = 0; t < std::size(kDiagnosticTeams); ++t) {
    const Team team = kDiagnosticTeams[t];
    const ImVec4 color = theme::teamColor(team);
    const auto& result = report_.teams[t];
    if (t > 0) ImGui::SameLine(0, gap);
    const std::string id = std::string("##tile-") + teamName(team);
    beginCard(id.c_str(), &color, tileW);
    caption(upper(teamLabel(team)).c_str());
    ImGui::PushFont(figuresFont());
    textColored(result ? p.text : p.textFaint, result ? diagnosticMeanText(result->total).c_str() : "\xE2\x80\x94");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + scaledSize(figuresFont()) - ImGui::GetTextLineHeight() - 4 * s);
    textMuted(result ? "mean total of 100" : "no answers yet");
    const float inner = ImGui::GetContentRegionAvail().x;
    stageMeter(result ? result->total : 0, color, inner);
    ImGui::Dummy(ImVec2(0, 2 * s));
    ImGui::PushFont(smallFont());
    textColored(p.textMuted, result ? people(result->respondents).c_str() : "Nobody from this team has answered.");
    ImGui::PopFont();
    endCard();
    nameLastItem(result ? std::string(teamLabel(team)) + ": " + people(result->respondents) + ", mean total " +
                              diagnosticMeanText(result->total) + ", " + alignmentStageLabel(result->stage) + id
                        : std::string(teamLabel(team)) + ": no answers yet" + id);
  }
}

void DiagnosticResults::drawProfile(float width) {
  const float s = theme::scale();
  std::vector<diagnostic_charts::Profile> teams;
  for (size_t t = 0; t < 2; ++t)  // marketing and sales, the two sides of the alignment
    if (report_.teams[t]) teams.push_back({teamLabel(kDiagnosticTeams[t]), theme::teamColor(kDiagnosticTeams[t]), report_.teams[t]->statements});
  beginCard("##profile-card", nullptr, width);
  caption("HOW EACH TEAM SEES IT");
  heading("Mean score per statement");
  textWrappedMuted("1 = strongly disagree, 5 = strongly agree. Hover a statement to read it.");
  ImGui::Dummy(ImVec2(0, 8 * s));
  if (teams.empty()) textMuted("Marketing and sales profiles appear once either team has answered.");
  else diagnostic_charts::profile("##profile-chart", teams, ImVec2(ImGui::GetContentRegionAvail().x, 300 * s));
  endCard();
}

void DiagnosticResults::drawGaps(float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  beginCard("##gaps-card", nullptr, width);
  caption("WHERE THE TEAMS DIFFER MOST");
  heading("Statements by gap between marketing and sales");
  ImGui::Dummy(ImVec2(0, 6 * s));
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10 * s, 6 * s));
  const bool table = ImGui::BeginTable("##gaps-table", 5, flags);
  ImGui::PopStyleVar();
  if (table) {
    const float figureW = 96 * s;
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, 28 * s);
    ImGui::TableSetupColumn("Statement", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Marketing", ImGuiTableColumnFlags_WidthFixed, figureW);
    ImGui::TableSetupColumn("Sales", ImGuiTableColumnFlags_WidthFixed, figureW);
    ImGui::TableSetupColumn("Gap", ImGuiTableColumnFlags_WidthFixed, figureW);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < 5; ++c) {
      ImGui::TableSetColumnIndex(c);
      ImGui::PushFont(smallFont());
      textColored(c == 2 || c == 3 ? theme::teamColor(kDiagnosticTeams[c - 2]) : p.textMuted, ImGui::TableGetColumnName(c));
      ImGui::PopFont();
    }
    const size_t shown = allGaps_ ? report_.gaps.size() : std::min(kGapsShown, report_.gaps.size());
    for (size_t i = 0; i < shown; ++i) {
      const StatementGap& gap = report_.gaps[i];
      // Every cell's text on the pill's middle line.
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::AlignTextToFramePadding();
      textMuted(std::to_string(gap.statement).c_str());
      ImGui::TableSetColumnIndex(1);
      ImGui::AlignTextToFramePadding();
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(gap.text.c_str());
      ImGui::PopTextWrapPos();
      ImGui::TableSetColumnIndex(2);
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(gap.marketing ? diagnosticMeanText(*gap.marketing).c_str() : "\xE2\x80\x94");
      ImGui::TableSetColumnIndex(3);
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(gap.sales ? diagnosticMeanText(*gap.sales).c_str() : "\xE2\x80\x94");
      ImGui::TableSetColumnIndex(4);
      if (gap.marketing && gap.sales) pill(diagnosticMeanText(gap.gap).c_str(), gap.gap >= kWideGap ? p.warning : p.textMuted);
      else textMuted("\xE2\x80\x94");
    }
    ImGui::EndTable();
  }
  if (report_.gaps.size() > kGapsShown) {
    const std::string more = allGaps_ ? std::string("Show the largest gaps only") : "Show all " + std::to_string(report_.gaps.size()) + " statements";
    if (button(more.c_str(), "##gaps-show-all", ButtonKind::subtle)) allGaps_ = !allGaps_;
  }
  endCard();
}

void DiagnosticResults::drawNextSteps(UiContext& ui, float width) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  beginCard("##next-steps-card", nullptr, width);
  caption("NEXT STEPS");
  heading("Where to start");
  if (weak_.empty()) {
    textWrappedMuted("No statement scores below 3 for any team. Keep the habits that got you here, and run another round "
                     "next quarter to see that it lasts.");
    endCard();
    return;
  }
  textWrappedMuted("Statements a team scored below 3, weakest first, with where to work on each in this plan.");
  ImGui::Dummy(ImVec2(0, 6 * s));
  std::string toOpen;
  const float buttonW = buttonWidth("Open Service level agreement") + 8 * s;
  for (size_t i = 0; i < std::min(kNextStepsShown, weak_.size()); ++i) {
    const int statement = weak_[i];
    const NextStep step = nextStepFor(statement);
    const std::string view = viewFor(step.view);
    ImGui::PushID(statement);
    if (i > 0) ImGui::Separator();
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - buttonW - 16 * s);
    ImGui::Text("%d. %s", statement, diagnosticStatement(statement));
    ImGui::PushStyleColor(ImGuiCol_Text, p.textMuted);
    ImGui::TextUnformatted(step.action.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::SameLine();
    alignRight(buttonW);
    if (view.empty()) {
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::floor((buttonW - pillSize("In the workshop").x) * 0.5f));
      pill("In the workshop", p.accent);
    } else {
      const std::string text = "Open " + view;
      const std::string id = "##next-step-" + std::to_string(statement);
      if (button(text.c_str(), id.c_str(), ButtonKind::normal, ImVec2(buttonW, 0))) toOpen = view;
    }
    ImGui::PopID();
  }
  endCard();
  if (!toOpen.empty()) ui.navigate(toOpen);
}

void DiagnosticResults::drawTrend(float width) {
  const float s = theme::scale();
  beginCard("##trend-card", nullptr, width);
  caption("TREND ACROSS ROUNDS");
  heading("Mean total per team");
  if (trendRounds_.size() < 2)
    textWrappedMuted("One round so far. Run the diagnostic again, e.g. next quarter, to see whether the teams grow closer.");
  ImGui::Dummy(ImVec2(0, 8 * s));
  std::vector<diagnostic_charts::Trend> teams;
  for (size_t t = 0; t < std::size(kDiagnosticTeams); ++t)
    if (std::any_of(trendTotals_[t].begin(), trendTotals_[t].end(), [](double v) { return std::isfinite(v); }))
      teams.push_back({teamLabel(kDiagnosticTeams[t]), theme::teamColor(kDiagnosticTeams[t]), trendTotals_[t]});
  diagnostic_charts::trend("##trend-chart", trendRounds_, teams, ImVec2(ImGui::GetContentRegionAvail().x, 240 * s));
  endCard();
}

}  // namespace gp::ui
