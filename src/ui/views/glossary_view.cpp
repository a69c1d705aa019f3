// Glossary: a searchable list of terms on the left (smooth with 10,000 terms: the filtered list is
// cached per revision and drawn with a clipper), the selected term's editor on the right.
#include "glossary_view.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

constexpr TermStatus kStatuses[] = {TermStatus::proposed, TermStatus::discussing, TermStatus::agreed, TermStatus::deprecated};
constexpr const char* kOpenQuote = "\xE2\x80\x9C";
constexpr const char* kCloseQuote = "\xE2\x80\x9D";

std::string trimmed(std::string_view text) {
  size_t begin = 0, end = text.size();
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  return std::string(text.substr(begin, end - begin));
}

// 10000 → "10,000".
std::string groupedNumber(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string_view firstLine(std::string_view text) {
  const size_t newline = text.find('\n');
  return newline == std::string_view::npos ? text : text.substr(0, newline);
}

// Draws `text` clipped to [x0, x1] with "…" when it does not fit, in the current font.
void ellipsized(ImDrawList* dl, ImVec2 pos, float x1, std::string_view text, ImU32 color) {
  if (x1 <= pos.x || text.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  const float h = ImGui::GetTextLineHeight();
  ImGui::RenderTextEllipsis(dl, pos, ImVec2(x1, pos.y + h), x1, x1, text.data(), text.data() + text.size(), nullptr);
  ImGui::PopStyleColor();
}

class GlossaryView final : public View {
 public:
  const char* title() const override { return "Glossary"; }
  int badge(const Document& doc) const override { return static_cast<int>(doc.glossary.size()); }
  void draw(UiContext& ui) override;

 private:
  void refreshRows(const Document& doc, uint64_t revision);
  void drawList(UiContext& ui, float width);
  void drawEditor(UiContext& ui);
  void addTerm(UiContext& ui);

  std::string search_;
  int statusFilter_ = -1;  // -1: all statuses, else a TermStatus
  std::string selectedId_;
  bool focusName_ = false;
  bool scrollToSelected_ = false;
  bool scrollToTop_ = false;

  // Cache: indices into doc.glossary that pass the filters, sorted by name.
  std::vector<size_t> rows_;
  uint64_t rowsRevision_ = 0;
  std::string rowsSearch_;
  int rowsFilter_ = -2;
};

void GlossaryView::refreshRows(const Document& doc, uint64_t revision) {
  if (revision == rowsRevision_ && search_ == rowsSearch_ && statusFilter_ == rowsFilter_) return;
  if (search_ != rowsSearch_ || statusFilter_ != rowsFilter_) scrollToTop_ = true;  // a new question starts at the top
  rowsRevision_ = revision;
  rowsSearch_ = search_;
  rowsFilter_ = statusFilter_;

  const std::string needle = lowerAscii(trimmed(search_));
  std::vector<std::pair<std::string, size_t>> keyed;
  keyed.reserve(doc.glossary.size());
  for (size_t i = 0; i < doc.glossary.size(); ++i) {
    const GlossaryTerm& term = doc.glossary[i];
    if (statusFilter_ >= 0 && static_cast<int>(term.status) != statusFilter_) continue;
    std::string name = lowerAscii(term.name);
    if (!needle.empty() && name.find(needle) == std::string::npos &&
        lowerAscii(term.definition).find(needle) == std::string::npos)
      continue;
    keyed.emplace_back(std::move(name), i);
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  rows_.clear();
  rows_.reserve(keyed.size());
  for (const auto& [key, index] : keyed) rows_.push_back(index);
}

void GlossaryView::addTerm(UiContext& ui) {
  search_.clear();
  statusFilter_ = -1;
  GlossaryTerm term;
  term.status = TermStatus::proposed;
  History& history = ui.history();
  history.seal();
  selectedId_ = history.addTerm(term, ui.edit());
  focusName_ = true;
  scrollToSelected_ = true;
}

void GlossaryView::draw(UiContext& ui) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  refreshRows(ui.history().doc(), ui.history().revision());

  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28 * s, 22 * s));
  ImGui::BeginChild("##glossary", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();

  heading("Glossary");
  textMuted("The words marketing and sales both use, and what they mean. Agree them once, use them everywhere.");
  ImGui::Dummy(ImVec2(0, 4 * s));

  const float avail = ImGui::GetContentRegionAvail().x;
  const float listW = std::clamp(avail * 0.40f, std::min(avail, 300 * s), 480 * s);

  // Left: search, filter and the list.
  ImGui::PushStyleColor(ImGuiCol_ChildBg, p.cardBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * s, 14 * s));
  ImGui::BeginChild("##glossary-list-pane", ImVec2(listW, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  drawList(ui, listW);
  ImGui::EndChild();

  ImGui::SameLine(0, 16 * s);

  // Right: the selected term.
  ImGui::PushStyleColor(ImGuiCol_ChildBg, p.cardBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28 * s, 24 * s));
  ImGui::BeginChild("##term-editor-pane", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  drawEditor(ui);
  ImGui::EndChild();

  ImGui::EndChild();
}

void GlossaryView::drawList(UiContext& ui, float) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const Document& doc = ui.history().doc();
  const ImGuiStyle& style = ImGui::GetStyle();

  // Search (view state only, not part of the plan).
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##glossary-search", "Search terms and definitions", &search_);

  const float addW = buttonWidth("Add term");
  const char* filterLabel = statusFilter_ < 0 ? "All statuses" : termStatusLabel(static_cast<TermStatus>(statusFilter_));
  if (beginCombo("##glossary-status-filter", filterLabel,
                 std::max(80 * s, ImGui::GetContentRegionAvail().x - addW - style.ItemSpacing.x))) {
    if (ImGui::Selectable("All statuses", statusFilter_ < 0, 0, ImVec2(0, ImGui::GetFrameHeight()))) statusFilter_ = -1;
    for (TermStatus status : kStatuses) {
      colorDot(theme::statusColor(status));
      ImGui::SameLine();
      const bool selected = statusFilter_ == static_cast<int>(status);
      if (ImGui::Selectable(termStatusLabel(status), selected, 0, ImVec2(0, ImGui::GetFrameHeight())))
        statusFilter_ = static_cast<int>(status);
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (button("Add term", nullptr, ButtonKind::primary)) addTerm(ui);
  refreshRows(doc, ui.history().revision());
  if (selectedId_.empty() && !rows_.empty()) selectedId_ = doc.glossary[rows_.front()].meta.id;

  // Count.
  const size_t total = doc.glossary.size();
  std::string count;
  if (rows_.size() == total) count = groupedNumber(total) + (total == 1 ? " term" : " terms");
  else count = groupedNumber(rows_.size()) + " of " + groupedNumber(total) + (total == 1 ? " term" : " terms");
  ImGui::PushFont(smallFont());
  textColored(p.textMuted, count.c_str());
  ImGui::PopFont();

  ImGui::Separator();

  if (total == 0) {
    ImGui::Dummy(ImVec2(0, 8 * s));
    textWrappedMuted("No terms yet. Add the words your teams argue about: Lead, MQL, Opportunity\xE2\x80\xA6");
    ImGui::Dummy(ImVec2(0, 4 * s));
    textWrappedMuted("A term both teams have agreed is worth more than a hundred slides.");
    return;
  }
  if (rows_.empty()) {
    ImGui::Dummy(ImVec2(0, 8 * s));
    std::string text = "No terms match";
    if (!trimmed(search_).empty()) text += std::string(" ") + kOpenQuote + trimmed(search_) + kCloseQuote;
    if (statusFilter_ >= 0) text += std::string(" with status ") + termStatusLabel(static_cast<TermStatus>(statusFilter_));
    text += ".";
    textWrappedMuted(text.c_str());
    if (button("Clear filters")) {
      search_.clear();
      statusFilter_ = -1;
    }
    return;
  }

  // The list: fixed-height rows, only visible ones drawn.
  ImGui::BeginChild("##glossary-list", ImVec2(0, 0));
  ImFont* small = smallFont();
  const float lineH = ImGui::GetTextLineHeight();
  const float smallH = small->FontSize;
  const float padY = 9 * s, padX = 12 * s, gap = 3 * s;
  const float rowH = padY + lineH + gap + smallH + padY;
  const float spacing = 2 * s;

  if (scrollToTop_) {
    scrollToTop_ = false;
    ImGui::SetScrollY(0);
  }
  if (scrollToSelected_) {
    scrollToSelected_ = false;
    for (size_t r = 0; r < rows_.size(); ++r) {
      if (doc.glossary[rows_[r]].meta.id != selectedId_) continue;
      const float y = r * (rowH + spacing);
      if (y < ImGui::GetScrollY() || y + rowH > ImGui::GetScrollY() + ImGui::GetWindowHeight())
        ImGui::SetScrollY(std::max(0.0f, y - ImGui::GetWindowHeight() * 0.3f));
      break;
    }
  }

  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(style.ItemSpacing.x, spacing));
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows_.size()), rowH + spacing);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  std::string label;
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const GlossaryTerm& term = doc.glossary[rows_[static_cast<size_t>(r)]];
      const bool selected = term.meta.id == selectedId_;
      label = (term.name.empty() ? std::string("Untitled term") : term.name) + "##term-row-" + term.meta.id;
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
      if (ImGui::Selectable(label.c_str(), selected, 0, ImVec2(0, rowH))) {
        selectedId_ = term.meta.id;
        ui.history().seal();
      }
      ImGui::PopStyleColor();
      const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
      if (selected) dl->AddRectFilled(ImVec2(min.x, min.y + 6 * s), ImVec2(min.x + 3 * s, max.y - 6 * s), theme::u32(p.accent), 2 * s);

      const char* statusText = termStatusLabel(term.status);
      const ImVec2 pill = pillSize(statusText);
      const float pillX = max.x - padX - pill.x;
      drawPill(dl, ImVec2(pillX, min.y + padY + (lineH - pill.y) * 0.5f), statusText, theme::statusColor(term.status));
      const ImVec2 namePos(min.x + padX, min.y + padY);
      if (term.name.empty()) ellipsized(dl, namePos, pillX - 8 * s, "Untitled term", theme::u32(p.textFaint));
      else ellipsized(dl, namePos, pillX - 8 * s, term.name, theme::u32(selected ? p.accent : p.text));
      ImGui::PushFont(small);
      const std::string_view definition = firstLine(term.definition);
      if (definition.empty())
        ellipsized(dl, ImVec2(min.x + padX, namePos.y + lineH + gap), max.x - padX, "No definition yet", theme::u32(p.textFaint));
      else
        ellipsized(dl, ImVec2(min.x + padX, namePos.y + lineH + gap), max.x - padX, definition, theme::u32(p.textMuted));
      ImGui::PopFont();
    }
  }
  clipper.End();
  ImGui::PopStyleVar();
  ImGui::EndChild();
}

void GlossaryView::drawEditor(UiContext& ui) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  History& history = ui.history();
  const Document& doc = history.doc();
  const GlossaryTerm* term = selectedId_.empty() ? nullptr : history.findTerm(selectedId_);

  if (!term) {
    ImGui::Dummy(ImVec2(0, 24 * s));
    if (doc.glossary.empty()) {
      heading("Start your shared vocabulary");
      ImGui::Spacing();
      textWrappedMuted("Most friction between marketing and sales starts with one word meaning two things. "
                       "Write down each term, agree its definition together, and mark it Agreed.");
      ImGui::Spacing();
      if (button("Add your first term", nullptr, ButtonKind::primary)) addTerm(ui);
    } else {
      heading("Pick a term");
      ImGui::Spacing();
      textWrappedMuted("Select a term on the left to read or edit it, or add a new one.");
    }
    return;
  }

  const std::string id = term->meta.id;  // `term` may move when the glossary changes below
  caption("TERM");
  if (focusName_) {
    ImGui::SetKeyboardFocusHere();
    focusName_ = false;
  }
  ImGui::PushFont(headingFont());
  TextEdit name = textField("##term-name", term->name, "e.g. Marketing qualified lead");
  ImGui::PopFont();
  if (name.changed && name.text != term->name) {
    GlossaryTerm updated = *term;
    updated.name = name.text;
    history.updateTerm(updated, ui.edit(), "term:" + id + ":name");
    term = history.findTerm(id);
  }
  if (name.deactivated) history.seal();
  if (!term) return;

  ImGui::Dummy(ImVec2(0, 4 * s));
  caption("Status");
  colorDot(theme::statusColor(term->status));
  ImGui::SameLine();
  if (auto picked = statusCombo("##term-status", term->status, 220 * s)) {
    GlossaryTerm updated = *term;
    updated.status = *picked;
    history.seal();
    history.updateTerm(updated, ui.edit());
    term = history.findTerm(id);
    if (!term) return;
  }
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  static const char* kHints[] = {"Someone suggested it; not discussed yet.", "The teams are still working it out.",
                                 "Both teams use it this way.", "No longer used; kept for reference."};
  ImGui::PushFont(smallFont());
  textColored(p.textMuted, kHints[static_cast<int>(term->status) & 3]);
  ImGui::PopFont();

  ImGui::Dummy(ImVec2(0, 4 * s));
  caption("Definition");
  TextEdit definition = textArea("##term-definition", term->definition,
                                 "What does this word mean for both teams? Be specific: who decides, and when.", 6);
  if (definition.changed && definition.text != term->definition) {
    GlossaryTerm updated = *term;
    updated.definition = definition.text;
    history.updateTerm(updated, ui.edit(), "term:" + id + ":definition");
    term = history.findTerm(id);
    if (!term) return;
  }
  if (definition.deactivated) history.seal();

  // Where the growth model relies on this word.
  for (const auto& stage : doc.growth.assumptions.stages) {
    if (stage.glossaryTermId != id) continue;
    const std::string text = std::string("Defines the funnel stage ") + kOpenQuote + stage.name + kCloseQuote + " in the growth model.";
    ImGui::PushFont(smallFont());
    textColored(p.accent, text.c_str());
    ImGui::PopFont();
  }
  const std::string stamp = stampLine(term->meta);
  if (!stamp.empty()) {
    ImGui::PushFont(smallFont());
    textColored(p.textFaint, stamp.c_str());
    ImGui::PopFont();
  }

  ImGui::Dummy(ImVec2(0, 16 * s));
  if (button("Delete term", nullptr, ButtonKind::danger)) {
    const std::string label = term->name.empty() ? std::string("Untitled term") : term->name;
    history.seal();
    history.removeTerm(id, ui.edit());
    ui.notifyUndoable(std::string("Deleted term ") + kOpenQuote + label + kCloseQuote + ".");
    // The selection stays: Undo brings the term back into the editor.
  }
}

}  // namespace

std::unique_ptr<View> makeGlossaryView() { return std::make_unique<GlossaryView>(); }

}  // namespace gp::ui
