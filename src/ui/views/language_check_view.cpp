// Language check: does the plan speak its glossary? The problems runLanguageCheck finds, grouped
// by what to do about them, each a click away from the place to fix it.

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ui/fitted_text.h"
#include "ui/page_frame.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/views/views.h"

namespace gp::ui {

namespace {

struct Group {
  const char* title;
  const char* advice;
  std::vector<LanguageIssueKind> kinds;
};

// The four questions the check answers. Terms not agreed yet come last: with a fresh starter
// glossary they are many, and the other problems would scroll out of sight below them.
const Group kGroups[] = {
    {"Used in the plan but not defined", "Give these words an agreed definition, or add them to the glossary.",
     {LanguageIssueKind::undefinedTerm, LanguageIssueKind::unknownAcronym, LanguageIssueKind::unlinkedStage}},
    {"Deprecated words", "Say it with the term that replaced it.",
     {LanguageIssueKind::deprecatedTermUsed, LanguageIssueKind::missingReplacement}},
    {"One word, two meanings", "Two terms share a name or an alias: merge them or rename one.",
     {LanguageIssueKind::sharedAlias, LanguageIssueKind::duplicateName}},
    {"Not agreed yet", "Both teams still have to sign these off.", {LanguageIssueKind::notAgreed}},
};

ImVec4 groupColor(size_t group) {
  const theme::Palette& p = theme::palette();
  switch (group) {
    case 0: return p.danger;
    case 1: return p.danger;
    case 2: return p.accent;
    default: return p.warning;
  }
}

const char* jumpText(const IssueLocation& location) {
  switch (location.kind) {
    case IssueLocationKind::section: return "Open section";
    case IssueLocationKind::stage: return "Open funnel stage";
    case IssueLocationKind::term: break;
  }
  return "Open term";
}

class LanguageCheckView final : public View {
 public:
  const char* title() const override { return "Language check"; }
  int navigationBadge(UiContext& ui, bool& alert) override {
    alert = true;
    return static_cast<int>(ui.languageIssues().size());
  }
  void draw(UiContext& ui) override;

 private:
  // One line of the list: a group heading, or an issue (index into the issues).
  struct Row {
    int group = -1;  // heading when issue < 0
    int issue = -1;
  };
  void refreshRows(const std::vector<LanguageIssue>& issues);
  void jump(UiContext& ui, const LanguageIssue& issue);

  std::vector<Row> rows_;
  size_t groupCounts_[std::size(kGroups)] = {};
};

void LanguageCheckView::refreshRows(const std::vector<LanguageIssue>& issues) {
  rows_.clear();
  for (size_t g = 0; g < std::size(kGroups); ++g) {
    groupCounts_[g] = 0;
    const size_t heading = rows_.size();
    rows_.push_back(Row{static_cast<int>(g), -1});
    for (size_t i = 0; i < issues.size(); ++i) {
      const auto& kinds = kGroups[g].kinds;
      if (std::find(kinds.begin(), kinds.end(), issues[i].kind) == kinds.end()) continue;
      rows_.push_back(Row{static_cast<int>(g), static_cast<int>(i)});
      ++groupCounts_[g];
    }
    if (groupCounts_[g] == 0) rows_.resize(heading);
  }
}

void LanguageCheckView::jump(UiContext& ui, const LanguageIssue& issue) {
  const IssueLocation& at = issue.location;
  switch (at.kind) {
    case IssueLocationKind::section: ui.showSection(at.id); return;
    case IssueLocationKind::term: ui.showTerm(at.id); return;
    case IssueLocationKind::stage:
      // Funnel stages live in the growth model's view when there is one.
      if (!ui.navigate("Growth plan")) ui.navigate("Plan overview");
      return;
  }
}

void LanguageCheckView::draw(UiContext& ui) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const std::vector<LanguageIssue>& issues = ui.languageIssues();
  refreshRows(issues);  // linear in the issues, cheap next to drawing them

  const float width = beginPage("##language-check", 1040, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);

  pageHeading("LANGUAGE CHECK", "Does the plan speak the glossary?",
              "Words the plan uses must mean one thing to both teams. Click a problem to go where it is fixed.");
  ImGui::Dummy(ImVec2(0, 8 * s));

  // Summary: the total, then one pill per kind of problem.
  {
    const std::string total = issues.empty() ? std::string("No problems")
                                             : std::to_string(issues.size()) + (issues.size() == 1 ? " problem" : " problems");
    const float right = ImGui::GetCursorScreenPos().x + width;
    ImGui::PushFont(headingFont());
    textColored(issues.empty() ? p.success : p.text, total.c_str());
    ImGui::PopFont();
    for (size_t g = 0; g < std::size(kGroups); ++g) {
      if (groupCounts_[g] == 0) continue;
      const std::string text = std::to_string(groupCounts_[g]) + "  " + kGroups[g].title;
      // Beside the total while there is room, then on the next line (a phone).
      if (ImGui::GetItemRectMax().x + 12 * s + pillSize(text.c_str()).x <= right) ImGui::SameLine(0, 12 * s);
      pill(text.c_str(), groupColor(g));
    }
  }
  ImGui::Dummy(ImVec2(0, 8 * s));

  if (issues.empty()) {
    beginCard("##language-check-clear", nullptr, width);
    ImGui::Dummy(ImVec2(0, 6 * s));
    heading("All clear");
    textWrappedMuted("Every word the plan uses is in the glossary and agreed by both teams, no deprecated word is "
                     "left, and no two terms share a name or an alias.");
    ImGui::Dummy(ImVec2(0, 6 * s));
    endCard();
    endPage();
    return;
  }

  // The list (thousands of rows in a big glossary: fixed-height rows, only visible ones drawn).
  ImGui::PushStyleColor(ImGuiCol_ChildBg, p.cardBg);
  ImGui::PushStyleColor(ImGuiCol_Border, p.cardBorder);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12 * s, 10 * s));
  ImGui::BeginChild("##language-issues", ImVec2(width, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);

  const float lineH = ImGui::GetTextLineHeight();
  const float rowH = lineH + 18 * s;
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows_.size()), rowH);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const LanguageIssue* clicked = nullptr;
  std::string label;
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const Row& row = rows_[static_cast<size_t>(r)];
      const Group& group = kGroups[row.group];
      if (row.issue < 0) {
        // Heading: title, count, advice.
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float rowW = ImGui::GetContentRegionAvail().x;
        ImGui::Dummy(ImVec2(rowW, rowH));
        const float y = at.y + rowH - lineH - 4 * s;
        const std::string count = std::to_string(groupCounts_[row.group]);
        ImGui::PushFont(headingFont());
        const float headingY = y - (ImGui::GetTextLineHeight() - lineH);
        // On a narrow screen the title ends in "…" so its count still shows.
        const float titleRoom = rowW - 4 * s - 16 * s - pillSize(count.c_str()).x - 8 * s;
        const float titleW = std::min(ImGui::CalcTextSize(group.title).x, titleRoom);
        fittedTextAt(dl, ImVec2(at.x + 4 * s, headingY), group.title, titleRoom, theme::u32(p.text));
        ImGui::PopFont();
        const ImVec2 pillAt(at.x + 16 * s + titleW, y + (lineH - pillSize(count.c_str()).y) * 0.5f);
        const ImVec2 pillW = drawPill(dl, pillAt, count.c_str(), groupColor(static_cast<size_t>(row.group)));
        // Rows have one height (the clipper), so advice that does not fit ends in "…".
        const float adviceX = pillAt.x + pillW.x + 14 * s;
        const float adviceRoom = at.x + rowW - 4 * s - adviceX;
        if (adviceRoom >= 60 * s) fittedTextAt(dl, ImVec2(adviceX, y), group.advice, adviceRoom, theme::u32(p.textMuted));
        continue;
      }
      const LanguageIssue& issue = issues[static_cast<size_t>(row.issue)];
      label = issue.message + "##issue-" + std::to_string(row.issue);
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
      ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0.5f));
      if (ImGui::Selectable(label.c_str(), false, 0, ImVec2(0, rowH))) clicked = &issue;
      ImGui::PopStyleVar();
      ImGui::PopStyleColor();
      const bool hovered = ImGui::IsItemHovered();
      if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
      const float cy = (min.y + max.y) * 0.5f;
      dl->AddCircleFilled(ImVec2(min.x + 12 * s, cy), 4 * s, theme::u32(groupColor(static_cast<size_t>(row.group))));
      const char* jumpLabel = jumpText(issue.location);
      const float jumpW = ImGui::CalcTextSize(jumpLabel).x;
      const float textX = min.x + 26 * s, textEnd = max.x - jumpW - 28 * s;
      const std::string shown = fitToWidth(issue.message, textEnd - textX);
      dl->AddText(ImVec2(textX, cy - lineH * 0.5f), theme::u32(p.text), shown.c_str());
      if (shown != issue.message) fullTextTooltip(issue.message);  // on hover or keyboard focus of the row
      const std::string arrow = std::string(jumpLabel) + "  \xE2\x80\xBA";
      dl->AddText(ImVec2(max.x - jumpW - 22 * s, cy - lineH * 0.5f), theme::u32(hovered ? p.accent : p.textMuted),
                  arrow.c_str());
    }
  }
  clipper.End();
  ImGui::PopStyleVar();
  ImGui::EndChild();

  endPage();
  if (clicked) jump(ui, *clicked);
}

}  // namespace

std::unique_ptr<View> makeLanguageCheckView() { return std::make_unique<LanguageCheckView>(); }

}  // namespace gp::ui
