// Glossary: a searchable, filterable list of terms on the left (smooth with 10,000 terms: the
// filtered list is cached per revision and filter, and drawn with a clipper), the selected term's
// editor on the right: both teams' definitions side by side with their differences marked, the
// agreed definition, the status lifecycle, examples, related terms, notes and history. Starter
// glossary, CSV import (previewed in full before anything changes) and CSV/Markdown export.
#include "glossary_view.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include "core/glossary_csv.h"
#include "core/glossary_filter.h"
#include "core/glossary_markdown.h"
#include "core/term_diff.h"
#include "core/term_mentions.h"
#include "core/text_fold.h"
#include "ui/term_text.h"
#include "core/activity.h"
#include "core/validation.h"
#include "ui/review_strip.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

namespace {

constexpr const char* kOpenQuote = "\xE2\x80\x9C";
constexpr const char* kCloseQuote = "\xE2\x80\x9D";
constexpr const char* kImportPopup = "Import terms##import-glossary";
constexpr const char* kCsvKind = "glossary-csv";

std::string trimmed(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

bool isBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::string quoted(std::string_view text) { return kOpenQuote + std::string(text) + kCloseQuote; }

std::string termName(const GlossaryTerm& term) { return term.name.empty() ? std::string("Untitled term") : term.name; }

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

void smallText(const ImVec4& color, const char* text) {
  ImGui::PushFont(smallFont());
  textColored(color, text);
  ImGui::PopFont();
}

void smallWrapped(const ImVec4& color, const char* text) {
  ImGui::PushFont(smallFont());
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

const char* statusHint(TermStatus status) {
  switch (status) {
    case TermStatus::proposed: return "Someone suggested it; not discussed yet.";
    case TermStatus::discussing: return "The teams are still working it out.";
    case TermStatus::agreed: return "Both teams use it this way.";
    case TermStatus::deprecated: return "No longer used; kept for reference.";
  }
  return "";
}

const char* actionLabel(ImportAction action) {
  switch (action) {
    case ImportAction::add: return "New";
    case ImportAction::update: return "Update";
    case ImportAction::unchanged: return "Unchanged";
    case ImportAction::skip: return "Skipped";
  }
  return "";
}

ImVec4 actionColor(ImportAction action) {
  const theme::Palette& p = theme::palette();
  switch (action) {
    case ImportAction::add: return p.success;
    case ImportAction::update: return p.accent;
    case ImportAction::unchanged:
    case ImportAction::skip: break;
  }
  return p.textMuted;
}

// Spans of `segments` that belong to one side's text, as byte ranges of that text.
std::vector<MarkedSpan> diffSpans(const std::vector<DiffSegment>& segments, DiffKind side, const ImVec4& color) {
  std::vector<MarkedSpan> spans;
  size_t offset = 0;
  for (const auto& segment : segments) {
    if (segment.kind != DiffKind::same && segment.kind != side) continue;
    if (segment.kind == side && !isBlank(segment.text)) {
      // Leading and trailing blanks are not marked: the band hugs the words.
      const size_t first = segment.text.find_first_not_of(" \t\r\n");
      const size_t last = segment.text.find_last_not_of(" \t\r\n");
      spans.push_back(MarkedSpan{offset + first, offset + last + 1, color});
    }
    offset += segment.text.size();
  }
  return spans;
}

class GlossaryView final : public View {
 public:
  const char* title() const override { return "Glossary"; }
  int badge(const Document& doc) const override { return static_cast<int>(doc.glossary.size()); }
  void draw(UiContext& ui) override;

 private:
  // ---- List ----
  void refreshRows(const Document& doc, uint64_t revision);
  void drawList(UiContext& ui);
  void drawFilters(UiContext& ui);
  void drawActionsMenu(UiContext& ui);
  void addTerm(UiContext& ui);
  void select(UiContext& ui, const std::string& id);
  void clearFilters();

  // ---- Editor ----
  void drawEditor(UiContext& ui);
  void drawWelcome(UiContext& ui);
  void drawLifecycle(UiContext& ui, const std::string& id);
  void drawAliases(UiContext& ui, const std::string& id);
  void drawDefinitions(UiContext& ui, const std::string& id);
  void drawExamples(UiContext& ui, const std::string& id);
  void drawRelated(UiContext& ui, const std::string& id);
  void drawUsage(UiContext& ui, const std::string& id);
  void drawHistory(UiContext& ui, const std::string& id);
  // Records `change` applied to a copy of the term; a non-empty mergeKey merges a typing burst.
  template <typename Change>
  void editTerm(UiContext& ui, const std::string& id, Change change, const std::string& mergeKey = {});
  // A list of short texts (examples): one field per item, a remove button, and an add field.
  void drawTextList(UiContext& ui, const std::string& id, std::vector<std::string> GlossaryTerm::*list, const char* key,
                    const char* hint, std::string& newItem, float width);
  // A searchable combo over the glossary; the picked term's id.
  std::optional<std::string> termPicker(UiContext& ui, const char* label, const char* preview, float width,
                                        const std::string& excludeId, bool offerNone);

  // ---- Import / export ----
  void startImport(UiContext& ui, const UiContext::ImportedFile& file);
  void drawImportModal(UiContext& ui);
  void exportCsv(UiContext& ui);
  void exportMarkdown(UiContext& ui);
  void addStarter(UiContext& ui);

  // View state (never in the plan).
  std::string search_;
  std::optional<TermStatus> statusFilter_;
  std::optional<TermCategory> categoryFilter_;
  std::optional<Team> ownerFilter_;
  std::optional<Team> changedByFilter_;  // "changed by sales since 2027-03-01"
  std::string changedSince_;
  std::string selectedId_;
  bool focusName_ = false;
  bool scrollToSelected_ = false;
  bool scrollToTop_ = false;
  std::string newAlias_, newExample_, newCounterExample_;

  // Cache: indices into doc.glossary that pass the filters, sorted by name.
  std::vector<int> rows_;
  uint64_t rowsRevision_ = 0;
  std::string rowsKey_;
  std::vector<int> rank_;  // per term: its position in name order
  uint64_t rankRevision_ = 0;
  std::vector<std::string> rankNames_;  // the names rank_ was computed from
  GlossarySearchIndex index_;
  uint64_t indexRevision_ = 0;

  // Cache: the selected term's definitions compared.
  uint64_t diffRevision_ = 0;
  std::string diffTermId_;
  std::vector<DiffSegment> diff_;

  // Term picker (one open at a time).
  std::string pickerSearch_;
  std::string pickerKey_;
  uint64_t pickerRevision_ = 0;
  std::vector<int> pickerRows_;

  // CSV import being previewed; nothing changes until the person confirms.
  struct Import {
    std::string fileName;
    std::string text;
    MergeMode mode = MergeMode::updateByName;
    CsvImportPreview preview;
    bool openPopup = true;
  };
  std::optional<Import> import_;
};

// ---- List ---------------------------------------------------------------------------------------

void GlossaryView::refreshRows(const Document& doc, uint64_t revision) {
  std::string key = search_ + '\x1f' + std::to_string(statusFilter_ ? static_cast<int>(*statusFilter_) : -1) + '\x1f' +
                    std::to_string(categoryFilter_ ? static_cast<int>(*categoryFilter_) : -1) + '\x1f' +
                    std::to_string(ownerFilter_ ? static_cast<int>(*ownerFilter_) : -1) + '\x1f' +
                    std::to_string(changedByFilter_ ? static_cast<int>(*changedByFilter_) : -1) + '\x1f' +
                    (isValidDate(changedSince_) ? changedSince_ : std::string());
  if (revision == rowsRevision_ && key == rowsKey_) return;
  if (key != rowsKey_) scrollToTop_ = true;  // a new question starts at the top
  rowsRevision_ = revision;
  rowsKey_ = std::move(key);

  // Name order changes only when a name does (most edits touch other fields).
  const auto namesUnchanged = [&] {
    if (rankNames_.size() != doc.glossary.size()) return false;
    for (size_t i = 0; i < rankNames_.size(); ++i)
      if (rankNames_[i] != doc.glossary[i].name) return false;
    return true;
  };
  if (rankRevision_ != revision && !namesUnchanged()) {
    rankRevision_ = revision;
    rankNames_.clear();
    for (const auto& term : doc.glossary) rankNames_.push_back(term.name);
    std::vector<std::string> names;
    names.reserve(doc.glossary.size());
    for (const auto& term : doc.glossary) names.push_back(foldCase(term.name));
    std::vector<int> order(doc.glossary.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      // Unnamed terms (just added) come first, where the person is looking.
      if (names[a].empty() != names[b].empty()) return names[a].empty();
      return names[a] < names[b];
    });
    rank_.assign(order.size(), 0);
    for (size_t i = 0; i < order.size(); ++i) rank_[static_cast<size_t>(order[i])] = static_cast<int>(i);
  }

  GlossaryFilter filter;
  filter.text = search_;
  filter.status = statusFilter_;
  filter.category = categoryFilter_;
  filter.owner = ownerFilter_;
  filter.changedBy = changedByFilter_;
  if (isValidDate(changedSince_)) filter.changedSince = changedSince_;
  if (changedByFilter_)
    for (const auto& person : doc.people) filter.teamsByName.emplace(person.name, person.team);
  if (isBlank(search_)) {
    rows_ = filterTerms(doc.glossary, filter);  // no text: no folding needed
  } else {
    if (indexRevision_ != revision || index_.size() != doc.glossary.size()) {
      index_ = GlossarySearchIndex(doc.glossary);
      indexRevision_ = revision;
    }
    rows_ = index_.filter(doc.glossary, filter);
  }
  std::sort(rows_.begin(), rows_.end(), [&](int a, int b) { return rank_[static_cast<size_t>(a)] < rank_[static_cast<size_t>(b)]; });
}

void GlossaryView::clearFilters() {
  search_.clear();
  statusFilter_.reset();
  categoryFilter_.reset();
  ownerFilter_.reset();
  changedByFilter_.reset();
  changedSince_.clear();
}

void GlossaryView::select(UiContext& ui, const std::string& id) {
  if (id == selectedId_) return;
  ui.history().seal();
  selectedId_ = id;
  newAlias_.clear();
  newExample_.clear();
  newCounterExample_.clear();
}

void GlossaryView::addTerm(UiContext& ui) {
  clearFilters();
  GlossaryTerm term;
  term.status = TermStatus::proposed;
  History& history = ui.history();
  history.seal();
  select(ui, history.addTerm(term, ui.edit()));
  focusName_ = true;
  scrollToSelected_ = true;
}

void GlossaryView::addStarter(UiContext& ui) {
  History& history = ui.history();
  history.seal();
  const size_t added = history.addStarterGlossary(ui.edit());
  history.seal();
  if (added == 0) {
    ui.notify(Notice::Kind::info, "Every starter term is already in the glossary.", 4);
    return;
  }
  clearFilters();
  ui.notifyUndoable("Added " + std::to_string(added) + " starter terms, all Proposed: agree them together.");
}

void GlossaryView::exportCsv(UiContext& ui) {
  const std::string name = ui.fileStem() + "-glossary.csv";
  ui.platform().downloadFile(name, "text/csv;charset=utf-8", glossaryToCsv(ui.history().doc()));
  ui.notify(Notice::Kind::success, "Downloaded " + name, 4);
}

void GlossaryView::exportMarkdown(UiContext& ui) {
  const std::string name = ui.fileStem() + "-glossary.md";
  ui.platform().downloadFile(name, "text/markdown;charset=utf-8", glossaryToMarkdown(ui.history().doc()));
  ui.notify(Notice::Kind::success, "Downloaded " + name, 4);
}

void GlossaryView::draw(UiContext& ui) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  History& history = ui.history();

  if (auto shown = ui.takeTermToShow()) {
    select(ui, *shown);
    refreshRows(history.doc(), history.revision());
    if (std::none_of(rows_.begin(), rows_.end(), [&](int i) { return history.doc().glossary[static_cast<size_t>(i)].meta.id == *shown; }))
      clearFilters();  // the term must be visible in the list too
    scrollToSelected_ = true;
  }
  if (auto file = ui.takeImportedFile(kCsvKind)) startImport(ui, *file);
  refreshRows(history.doc(), history.revision());

  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28 * s, 22 * s));
  ImGui::BeginChild("##glossary", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();

  // Title row with the glossary's actions on the right.
  {
    const float x0 = ImGui::GetCursorPosX();
    const float right = x0 + ImGui::GetContentRegionAvail().x;
    heading("Glossary");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float actionsW = buttonWidth("Import CSV\xE2\x80\xA6") + buttonWidth("Export") + buttonWidth("More") + 2 * style.ItemSpacing.x;
    ImGui::SameLine();
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - actionsW));
    if (button("Import CSV\xE2\x80\xA6")) ui.platform().requestImportFile(kCsvKind);
    ImGui::SameLine();
    if (button("Export")) ImGui::OpenPopup("##glossary-export-menu");
    if (ImGui::BeginPopup("##glossary-export-menu")) {
      if (ImGui::MenuItem("Export CSV")) exportCsv(ui);
      if (ImGui::MenuItem("Export Markdown")) exportMarkdown(ui);
      ImGui::EndPopup();
    }
    ImGui::SameLine();
    if (button("More")) ImGui::OpenPopup("##glossary-more-menu");
    if (ImGui::BeginPopup("##glossary-more-menu")) {
      if (ImGui::MenuItem("Start from the starter glossary")) addStarter(ui);
      if (ImGui::MenuItem("Clear filters", nullptr, false, !rowsKey_.empty())) clearFilters();
      ImGui::EndPopup();
    }
  }
  textMuted("The words marketing and sales both use, and what they mean. Agree them once, use them everywhere.");
  ImGui::Dummy(ImVec2(0, 4 * s));

  const float avail = ImGui::GetContentRegionAvail().x;
  const float listW = std::clamp(avail * 0.34f, std::min(avail, 320 * s), 440 * s);

  // Left: search, filters and the list.
  ImGui::PushStyleColor(ImGuiCol_ChildBg, p.cardBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * s, 14 * s));
  ImGui::BeginChild("##glossary-list-pane", ImVec2(listW, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  drawList(ui);
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
  drawImportModal(ui);
}

void GlossaryView::drawFilters(UiContext&) {
  const float s = theme::scale();
  const float gap = 8 * s;
  const float w = std::floor((ImGui::GetContentRegionAvail().x - 2 * gap) / 3.0f);
  const float rowH = ImGui::GetFrameHeight();

  const char* statusText = statusFilter_ ? termStatusLabel(*statusFilter_) : "Status";
  if (beginCombo("##glossary-status-filter", statusText, w)) {
    if (ImGui::Selectable("Any status", !statusFilter_, 0, ImVec2(0, rowH))) statusFilter_.reset();
    for (TermStatus status : kAllTermStatuses) {
      colorDot(theme::statusColor(status));
      ImGui::SameLine();
      if (ImGui::Selectable(termStatusLabel(status), statusFilter_ == status, 0, ImVec2(0, rowH))) statusFilter_ = status;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine(0, gap);
  const char* categoryText = categoryFilter_ ? termCategoryLabel(*categoryFilter_) : "Category";
  if (beginCombo("##glossary-category-filter", categoryText, w)) {
    if (ImGui::Selectable("Any category", !categoryFilter_, 0, ImVec2(0, rowH))) categoryFilter_.reset();
    for (TermCategory category : kAllTermCategories)
      if (ImGui::Selectable(termCategoryLabel(category), categoryFilter_ == category, 0, ImVec2(0, rowH)))
        categoryFilter_ = category;
    ImGui::EndCombo();
  }
  ImGui::SameLine(0, gap);
  const char* ownerText = ownerFilter_ ? teamLabel(*ownerFilter_) : "Owner";
  if (beginCombo("##glossary-owner-filter", ownerText, ImGui::GetContentRegionAvail().x)) {
    if (ImGui::Selectable("Any owner", !ownerFilter_, 0, ImVec2(0, rowH))) ownerFilter_.reset();
    for (Team team : kAllTeams) {
      colorDot(theme::teamColor(team));
      ImGui::SameLine();
      if (ImGui::Selectable(teamLabel(team), ownerFilter_ == team, 0, ImVec2(0, rowH))) ownerFilter_ = team;
    }
    ImGui::EndCombo();
  }

  // Who changed it, since when: "changed by sales since 2027-03-01".
  const std::string changedText =
      changedByFilter_ ? std::string("Changed by ") + teamLabel(*changedByFilter_) : std::string("Changed by anyone");
  if (beginCombo("##glossary-changed-by", changedText.c_str(), 2 * w + gap)) {
    if (ImGui::Selectable("Changed by anyone", !changedByFilter_, 0, ImVec2(0, rowH))) changedByFilter_.reset();
    for (Team team : kAllTeams) {
      colorDot(theme::teamColor(team));
      ImGui::SameLine();
      const std::string label = std::string("Changed by ") + teamLabel(team);
      if (ImGui::Selectable(label.c_str(), changedByFilter_ == team, 0, ImVec2(0, rowH))) changedByFilter_ = team;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine(0, gap);
  TextEdit since = textField("##glossary-changed-since", changedSince_, "since YYYY-MM-DD", ImGui::GetContentRegionAvail().x);
  if (since.changed) changedSince_ = since.text;
  if (!changedSince_.empty() && !isValidDate(changedSince_)) {
    ImGui::PushFont(smallFont());
    textColored(theme::palette().danger, "Write the day as YYYY-MM-DD, e.g. 2027-03-05.");
    ImGui::PopFont();
  }
}

void GlossaryView::drawList(UiContext& ui) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const Document& doc = ui.history().doc();
  const ImGuiStyle& style = ImGui::GetStyle();

  // Search (view state only, not part of the plan) and Add term.
  const float addW = buttonWidth("Add term");
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - addW - style.ItemSpacing.x);
  ImGui::InputTextWithHint("##glossary-search", "Search names, aliases, definitions\xE2\x80\xA6", &search_);
  ImGui::SameLine();
  if (button("Add term", nullptr, ButtonKind::primary)) addTerm(ui);
  drawFilters(ui);
  refreshRows(doc, ui.history().revision());
  if (selectedId_.empty() && !rows_.empty()) selectedId_ = doc.glossary[static_cast<size_t>(rows_.front())].meta.id;

  // Count.
  const size_t total = doc.glossary.size();
  std::string count;
  if (rows_.size() == total) count = groupedNumber(total) + (total == 1 ? " term" : " terms");
  else count = groupedNumber(rows_.size()) + " of " + groupedNumber(total) + (total == 1 ? " term" : " terms");
  smallText(p.textMuted, count.c_str());
  ImGui::Separator();

  if (total == 0) {
    ImGui::Dummy(ImVec2(0, 8 * s));
    textWrappedMuted("No terms yet. Start from the starter glossary, or add the words your teams argue about: Lead, "
                     "MQL, Opportunity\xE2\x80\xA6");
    return;
  }
  if (rows_.empty()) {
    ImGui::Dummy(ImVec2(0, 8 * s));
    std::string text = "No terms match";
    if (!isBlank(search_)) text += " " + quoted(trimmed(search_));
    if (statusFilter_) text += std::string(" with status ") + termStatusLabel(*statusFilter_);
    if (categoryFilter_) text += std::string(" in ") + termCategoryLabel(*categoryFilter_);
    if (ownerFilter_) text += std::string(" owned by ") + teamLabel(*ownerFilter_);
    if (changedByFilter_) text += std::string(" changed by ") + teamLabel(*changedByFilter_);
    if (isValidDate(changedSince_)) text += " since " + friendlyDate(changedSince_);
    text += ".";
    textWrappedMuted(text.c_str());
    if (button("Clear filters")) clearFilters();
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
      if (doc.glossary[static_cast<size_t>(rows_[r])].meta.id != selectedId_) continue;
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
  std::string clicked;
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const GlossaryTerm& term = doc.glossary[static_cast<size_t>(rows_[static_cast<size_t>(r)])];
      const bool selected = term.meta.id == selectedId_;
      label = termName(term) + "##term-row-" + term.meta.id;
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
      if (ImGui::Selectable(label.c_str(), selected, 0, ImVec2(0, rowH))) clicked = term.meta.id;
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
      // Who changed it last, in their team's colour.
      const Stamp& last = term.meta.modified;
      const std::optional<Team> lastTeam = teamOf(doc, last.by, last.team);
      const float dotR = 3.5f * s;
      dl->AddCircleFilled(ImVec2(min.x + padX + dotR, namePos.y + lineH + gap + smallH * 0.5f), dotR,
                          theme::u32(lastTeam ? theme::teamColor(*lastTeam) : p.textFaint));
      const ImVec2 linePos(min.x + padX + 2 * dotR + 6 * s, namePos.y + lineH + gap);
      const char* category = termCategoryLabel(term.category);
      const float categoryW = ImGui::CalcTextSize(category).x;
      ellipsized(dl, linePos, max.x - padX, category, theme::u32(p.textMuted));
      const ImVec2 definitionPos(linePos.x + categoryW + 10 * s, linePos.y);
      const std::string_view definition = firstLine(term.definition);
      if (definition.empty())
        ellipsized(dl, definitionPos, max.x - padX, "No agreed definition yet", theme::u32(p.textFaint));
      else
        ellipsized(dl, definitionPos, max.x - padX, definition, theme::u32(p.textMuted));
      ImGui::PopFont();
    }
  }
  clipper.End();
  ImGui::PopStyleVar();
  ImGui::EndChild();
  if (!clicked.empty()) select(ui, clicked);
}

// ---- Editor -------------------------------------------------------------------------------------

template <typename Change>
void GlossaryView::editTerm(UiContext& ui, const std::string& id, Change change, const std::string& mergeKey) {
  History& history = ui.history();
  const GlossaryTerm* term = history.findTerm(id);
  if (!term) return;
  GlossaryTerm updated = *term;
  change(updated);
  if (updated == *term) return;
  if (mergeKey.empty()) history.seal();
  history.updateTerm(updated, ui.edit(), mergeKey);
  if (mergeKey.empty()) history.seal();
}

void GlossaryView::drawWelcome(UiContext& ui) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  ImGui::Dummy(ImVec2(0, 24 * s));
  heading("Start your shared vocabulary");
  ImGui::Spacing();
  textWrappedMuted("Most friction between marketing and sales starts with one word meaning two things. Write down "
                   "each term, let both teams say what it means to them, agree one definition together, and mark it "
                   "Agreed.");
  ImGui::Dummy(ImVec2(0, 12 * s));
  beginCard("##starter-card", &p.accent, std::min(ImGui::GetContentRegionAvail().x, 620 * s));
  caption("RECOMMENDED");
  heading("Start from the starter glossary");
  textWrappedMuted("Thirty common words of B2B sales and marketing (lead, MQL, SAL, SQL, opportunity, pipeline, "
                   "marketing-sourced, ICP, win rate, sales cycle\xE2\x80\xA6) with how each team usually reads them. "
                   "All start as Proposed, for your teams to edit and agree.");
  ImGui::Dummy(ImVec2(0, 6 * s));
  if (button("Start from the starter glossary", nullptr, ButtonKind::primary)) addStarter(ui);
  endCard();
  ImGui::Dummy(ImVec2(0, 12 * s));
  if (button("Add your first term")) addTerm(ui);
  ImGui::SameLine();
  if (button("Import CSV\xE2\x80\xA6")) ui.platform().requestImportFile(kCsvKind);
}

void GlossaryView::drawEditor(UiContext& ui) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  History& history = ui.history();
  const Document& doc = history.doc();
  const GlossaryTerm* term = selectedId_.empty() ? nullptr : history.findTerm(selectedId_);

  if (!term) {
    if (doc.glossary.empty()) {
      drawWelcome(ui);
    } else {
      ImGui::Dummy(ImVec2(0, 24 * s));
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
  lastChangedTooltip(ui, fieldPath("glossary", id, "name"));
  ImGui::PopFont();
  if (name.changed && name.text != term->name)
    editTerm(ui, id, [&](GlossaryTerm& t) { t.name = name.text; }, "term:" + id + ":name");
  if (name.deactivated) history.seal();
  if (!history.findTerm(id)) return;

  reviewStrip(ui, id, nullptr);  // who changed it last is at the bottom of the editor
  if (!history.findTerm(id)) return;
  ImGui::Dummy(ImVec2(0, 6 * s));
  drawLifecycle(ui, id);
  ImGui::Dummy(ImVec2(0, 10 * s));
  drawAliases(ui, id);
  ImGui::Dummy(ImVec2(0, 14 * s));
  drawDefinitions(ui, id);
  ImGui::Dummy(ImVec2(0, 14 * s));
  drawExamples(ui, id);
  ImGui::Dummy(ImVec2(0, 14 * s));
  drawRelated(ui, id);
  ImGui::Dummy(ImVec2(0, 14 * s));

  if (const GlossaryTerm* t = history.findTerm(id)) {
    caption("NOTES");
    TextEdit notes = textArea("##term-notes", t->notes, "Open questions, who decided, links to the CRM field\xE2\x80\xA6", 3);
    lastChangedTooltip(ui, fieldPath("glossary", id, "notes"));
    if (notes.changed && notes.text != t->notes)
      editTerm(ui, id, [&](GlossaryTerm& u) { u.notes = notes.text; }, "term:" + id + ":notes");
    if (notes.deactivated) history.seal();
  }
  ImGui::Dummy(ImVec2(0, 14 * s));
  drawUsage(ui, id);
  drawHistory(ui, id);

  const GlossaryTerm* t = history.findTerm(id);
  if (!t) return;
  ImGui::Dummy(ImVec2(0, 16 * s));
  ImGui::Separator();
  ImGui::Dummy(ImVec2(0, 6 * s));
  const std::string stamp = stampLine(t->meta);
  if (!stamp.empty()) {
    ImGui::AlignTextToFramePadding();
    smallText(p.textFaint, stamp.c_str());
    ImGui::SameLine();
  }
  alignRight(buttonWidth("Delete term"));
  if (button("Delete term", nullptr, ButtonKind::danger)) {
    const std::string label = termName(*t);
    history.seal();
    history.removeTerm(id, ui.edit());
    ui.notifyUndoable("Deleted term " + quoted(label) + ".");
    // The selection stays: Undo brings the term back into the editor.
  }
  ImGui::Dummy(ImVec2(0, 8 * s));
}

// Status as a lifecycle: Proposed → Discussing → Agreed → Deprecated, category and owner.
void GlossaryView::drawLifecycle(UiContext& ui, const std::string& id) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  History& history = ui.history();
  const GlossaryTerm* term = history.findTerm(id);
  if (!term) return;

  caption("STATUS");
  std::optional<TermStatus> picked;
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ImGui::GetFrameHeight() * 0.5f);
  for (size_t i = 0; i < std::size(kAllTermStatuses); ++i) {
    const TermStatus status = kAllTermStatuses[i];
    if (i > 0) {
      ImGui::SameLine(0, 4 * s);
      ImGui::AlignTextToFramePadding();
      textColored(p.textFaint, "\xE2\x80\xBA");
      ImGui::SameLine(0, 4 * s);
    }
    const bool current = term->status == status;
    const ImVec4 color = theme::statusColor(status);
    ImVec4 bg = color;
    bg.w = current ? (p.dark ? 0.30f : 0.16f) : 0.0f;
    ImVec4 hover = color;
    hover.w = p.dark ? 0.22f : 0.10f;
    ImGui::PushStyleColor(ImGuiCol_Button, bg);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, hover);
    ImGui::PushStyleColor(ImGuiCol_Border, current ? color : p.cardBorder);
    ImGui::PushStyleColor(ImGuiCol_Text, current ? color : p.textMuted);
    const std::string label = std::string(termStatusLabel(status)) + "##status-" + termStatusName(status);
    if (ImGui::Button(label.c_str()) && !current) picked = status;
    ImGui::PopStyleColor(5);
  }
  ImGui::PopStyleVar();

  // Agreeing is the moment that matters: one button, once there is something to agree on.
  if (term->status != TermStatus::agreed && term->status != TermStatus::deprecated) {
    ImGui::SameLine(0, 20 * s);
    const bool canAgree = !isBlank(term->definition);
    ImGui::BeginDisabled(!canAgree);
    if (button("Agree term", nullptr, ButtonKind::primary)) picked = TermStatus::agreed;
    ImGui::EndDisabled();
    if (!canAgree && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("Write the agreed definition first.");
  }
  if (picked) {
    const TermStatus status = *picked;
    editTerm(ui, id, [&](GlossaryTerm& t) { t.status = status; });
    term = history.findTerm(id);
    if (!term) return;
  }
  smallText(p.textMuted, statusHint(term->status));

  if (term->status == TermStatus::deprecated) {
    ImGui::Dummy(ImVec2(0, 4 * s));
    ImGui::AlignTextToFramePadding();
    textMuted("Replaced by");
    ImGui::SameLine();
    const GlossaryTerm* replacement = term->replacedBy.empty() ? nullptr : history.findTerm(term->replacedBy);
    const std::string preview = replacement ? termName(*replacement) : std::string("Pick the term to use instead");
    if (auto chosen = termPicker(ui, "##term-replaced-by", preview.c_str(), 300 * s, id, true)) {
      const std::string value = *chosen;
      editTerm(ui, id, [&](GlossaryTerm& t) { t.replacedBy = value; });
    }
    if (replacement) {
      ImGui::SameLine();
      if (button("Open", "##replaced-by-open", ButtonKind::subtle)) {
        select(ui, replacement->meta.id);
        scrollToSelected_ = true;
      }
    }
  }

  // Category and owner.
  term = history.findTerm(id);
  if (!term) return;
  ImGui::Dummy(ImVec2(0, 6 * s));
  const float w = 220 * s, gap = 20 * s;
  const float x0 = ImGui::GetCursorPosX();
  caption("CATEGORY");
  ImGui::SameLine(x0 + w + gap);
  caption("OWNER");
  std::optional<TermCategory> category;
  if (beginCombo("##term-category", termCategoryLabel(term->category), w)) {
    for (TermCategory c : kAllTermCategories)
      if (ImGui::Selectable(termCategoryLabel(c), c == term->category, 0, ImVec2(0, ImGui::GetFrameHeight()))) category = c;
    ImGui::EndCombo();
  }
  ImGui::SameLine(x0 + w + gap);
  const auto owner = teamCombo("##term-owner", term->owner, w);
  if (category) {
    const TermCategory value = *category;
    editTerm(ui, id, [&](GlossaryTerm& t) { t.category = value; });
  }
  if (owner) {
    const Team value = *owner;
    editTerm(ui, id, [&](GlossaryTerm& t) { t.owner = value; });
  }
}

void GlossaryView::drawAliases(UiContext& ui, const std::string& id) {
  const float s = theme::scale();
  History& history = ui.history();
  const GlossaryTerm* term = history.findTerm(id);
  if (!term) return;
  caption("ALSO CALLED");
  const ImGuiStyle& style = ImGui::GetStyle();
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  std::optional<size_t> remove;
  for (size_t i = 0; i < term->aliases.size(); ++i) {
    const std::string text = term->aliases[i] + "   \xC3\x97";
    const float w = buttonWidth(text.c_str());
    if (i > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    }
    const std::string label = "##alias-remove-" + std::to_string(i);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ImGui::GetFrameHeight() * 0.5f);
    if (button(text.c_str(), label.c_str())) remove = i;
    ImGui::PopStyleVar();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("Remove this alias");
  }
  const float addW = buttonWidth("Add alias");
  const float fieldW = std::min(320 * s, ImGui::GetContentRegionAvail().x - addW - style.ItemSpacing.x);
  if (!term->aliases.empty()) {
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + fieldW + addW + style.ItemSpacing.x > right) ImGui::NewLine();
  }
  ImGui::SetNextItemWidth(fieldW);
  const bool entered = ImGui::InputTextWithHint("##term-new-alias", "Another name, e.g. Marketing qualified lead", &newAlias_,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  const bool add = button("Add alias") || entered;
  if (add && !isBlank(newAlias_)) {
    const std::string alias = trimmed(newAlias_);
    editTerm(ui, id, [&](GlossaryTerm& t) {
      if (std::none_of(t.aliases.begin(), t.aliases.end(), [&](const std::string& a) { return foldCase(a) == foldCase(alias); }))
        t.aliases.push_back(alias);
    });
    newAlias_.clear();
    if (entered) ImGui::SetKeyboardFocusHere(-1);
  }
  if (remove) {
    const size_t index = *remove;
    editTerm(ui, id, [&](GlossaryTerm& t) {
      if (index < t.aliases.size()) t.aliases.erase(t.aliases.begin() + static_cast<long>(index));
    });
  }
}

// Marketing's and sales's definitions side by side, words only one team uses marked; then the
// agreed definition, which can start from either.
void GlossaryView::drawDefinitions(UiContext& ui, const std::string& id) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  History& history = ui.history();
  const GlossaryTerm* term = history.findTerm(id);
  if (!term) return;

  caption("HOW EACH TEAM DEFINES IT");
  ImGui::Spacing();
  if (diffRevision_ != history.revision() || diffTermId_ != id) {
    diffRevision_ = history.revision();
    diffTermId_ = id;
    diff_ = diffDefinitions(term->marketingDefinition, term->salesDefinition);
  }
  const bool both = !isBlank(term->marketingDefinition) && !isBlank(term->salesDefinition);
  const bool differ = both && std::any_of(diff_.begin(), diff_.end(), [](const DiffSegment& d) { return d.kind != DiffKind::same; });

  const float gap = 20 * s;
  const float colW = std::floor((ImGui::GetContentRegionAvail().x - gap) * 0.5f);
  struct Side {
    Team team;
    const char* label;
    std::string GlossaryTerm::*field;
    DiffKind kind;
    const char* hint;
  };
  const Side sides[] = {
      {Team::marketing, "##term-marketing-definition", &GlossaryTerm::marketingDefinition, DiffKind::onlyMarketing,
       "How marketing uses the word: what makes something count, who decides."},
      {Team::sales, "##term-sales-definition", &GlossaryTerm::salesDefinition, DiffKind::onlySales,
       "How sales uses the word: what makes something count, who decides."},
  };
  for (size_t i = 0; i < 2; ++i) {
    const Side& side = sides[i];
    if (i > 0) ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    const GlossaryTerm* t = history.findTerm(id);
    if (!t) {
      ImGui::EndGroup();
      return;
    }
    teamChip(side.team, side.team == Team::marketing ? "\xE2\x80\x99s definition" : "\xE2\x80\x99s definition");
    const std::string value = t->*(side.field);
    TextEdit e = textArea(side.label, value, side.hint, 4, colW);
    lastChangedTooltip(ui, fieldPath("glossary", id, side.team == Team::marketing ? "marketingDefinition" : "salesDefinition"));
    if (!e.active && !e.deactivated && differ) {
      const auto spans = diffSpans(diff_, side.kind, theme::teamColor(side.team));
      markTextAreaSpans(value, spans, side.team == Team::marketing ? "##diff-marketing-" : "##diff-sales-");
    }
    if (e.changed && e.text != value) {
      const std::string text = e.text;
      editTerm(ui, id, [&](GlossaryTerm& u) { u.*(side.field) = text; }, "term:" + id + ":" + side.label);
    }
    if (e.deactivated) history.seal();
    ImGui::EndGroup();
  }

  // What the marks mean.
  if (differ) {
    size_t words[2] = {0, 0};
    for (const auto& d : diff_) {
      if (d.kind == DiffKind::same) continue;
      bool inWord = false;
      for (char c : d.text) {
        const bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!blank && !inWord) ++words[d.kind == DiffKind::onlyMarketing ? 0 : 1];
        inWord = !blank;
      }
    }
    auto count = [](size_t n) { return std::to_string(n) + (n == 1 ? " word" : " words"); };
    const std::string text = "Marked: words only one team uses (" + count(words[0]) + " in marketing\xE2\x80\x99s, " +
                             count(words[1]) + " in sales\xE2\x80\x99s). Settle them in the agreed definition.";
    smallWrapped(p.textMuted, text.c_str());
  } else if (both) {
    smallText(p.success, "Both teams define it the same way.");
  } else {
    smallText(p.textFaint, "Write both teams\xE2\x80\x99 definitions to see where they differ.");
  }

  // The agreed definition.
  const GlossaryTerm* t = history.findTerm(id);
  if (!t) return;
  ImGui::Dummy(ImVec2(0, 12 * s));
  ImGui::AlignTextToFramePadding();
  caption("AGREED DEFINITION");
  ImGui::SameLine();
  const float useW = buttonWidth("Use marketing\xE2\x80\x99s") + buttonWidth("Use sales\xE2\x80\x99s") + ImGui::GetStyle().ItemSpacing.x;
  alignRight(useW);
  std::optional<std::string> start;
  ImGui::BeginDisabled(isBlank(t->marketingDefinition));
  if (button("Use marketing\xE2\x80\x99s", "##use-marketing-definition", ButtonKind::subtle)) start = t->marketingDefinition;
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("Start the agreed definition from marketing\xE2\x80\x99s");
  ImGui::SameLine();
  ImGui::BeginDisabled(isBlank(t->salesDefinition));
  if (button("Use sales\xE2\x80\x99s", "##use-sales-definition", ButtonKind::subtle)) start = t->salesDefinition;
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("Start the agreed definition from sales\xE2\x80\x99s");

  const ImVec4 stripe = theme::statusColor(t->status);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  TextEdit agreed = textArea("##term-definition", t->definition,
                             "The one definition both teams use. Be specific: what counts, who decides, and when.", 4);
  lastChangedTooltip(ui, fieldPath("glossary", id, "definition"));
  const ImVec2 max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x - 8 * s, at.y + 4 * s), ImVec2(at.x - 5 * s, max.y - 4 * s),
                                            theme::u32(stripe), 2 * s);
  if (agreed.changed && agreed.text != t->definition) {
    const std::string text = agreed.text;
    editTerm(ui, id, [&](GlossaryTerm& u) { u.definition = text; }, "term:" + id + ":definition");
  }
  if (agreed.deactivated) history.seal();
  if (start) {
    const std::string text = *start;
    editTerm(ui, id, [&](GlossaryTerm& u) { u.definition = text; });
  }
}

void GlossaryView::drawTextList(UiContext& ui, const std::string& id, std::vector<std::string> GlossaryTerm::*list,
                                const char* key, const char* hint, std::string& newItem, float width) {
  History& history = ui.history();
  const GlossaryTerm* term = history.findTerm(id);
  if (!term) return;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float removeW = ImGui::GetFrameHeight();
  std::optional<size_t> remove;
  const std::vector<std::string> items = term->*list;
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string label = std::string("##term-") + key + "-" + std::to_string(i);
    TextEdit e = textField(label.c_str(), items[i], nullptr, width - removeW - style.ItemSpacing.x);
    if (e.changed && e.text != items[i]) {
      const std::string text = e.text;
      editTerm(ui, id, [&](GlossaryTerm& t) {
        if (i < (t.*list).size()) (t.*list)[i] = text;
      }, "term:" + id + ":" + key + std::to_string(i));
    }
    if (e.deactivated) history.seal();
    ImGui::SameLine();
    const std::string removeLabel = std::string("##term-") + key + "-remove-" + std::to_string(i);
    if (button("\xC3\x97", removeLabel.c_str(), ButtonKind::subtle, ImVec2(removeW, 0))) remove = i;
  }
  const std::string newLabel = std::string("##term-new-") + key;
  const std::string addLabel = std::string("##term-add-") + key;
  ImGui::SetNextItemWidth(width - removeW - style.ItemSpacing.x);
  const bool entered = ImGui::InputTextWithHint(newLabel.c_str(), hint, &newItem, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  const bool add = button("+", addLabel.c_str(), ButtonKind::normal, ImVec2(removeW, 0)) || entered;
  if (add && !isBlank(newItem)) {
    const std::string text = trimmed(newItem);
    editTerm(ui, id, [&](GlossaryTerm& t) { (t.*list).push_back(text); });
    newItem.clear();
    if (entered) ImGui::SetKeyboardFocusHere(-1);
  }
  if (remove) {
    const size_t index = *remove;
    editTerm(ui, id, [&](GlossaryTerm& t) {
      if (index < (t.*list).size()) (t.*list).erase((t.*list).begin() + static_cast<long>(index));
    });
  }
}

void GlossaryView::drawExamples(UiContext& ui, const std::string& id) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const GlossaryTerm* term = ui.history().findTerm(id);
  if (!term) return;
  const std::string name = term->name.empty() ? std::string("one") : term->name;
  const float gap = 20 * s;
  const float colW = std::floor((ImGui::GetContentRegionAvail().x - gap) * 0.5f);

  ImGui::BeginGroup();
  colorDot(p.success);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  caption(("COUNTS AS " + name).c_str());
  drawTextList(ui, id, &GlossaryTerm::examples, "example", "e.g. A VP who booked a demo from the pricing page", newExample_, colW);
  ImGui::EndGroup();
  ImGui::SameLine(0, gap);
  ImGui::BeginGroup();
  colorDot(p.danger);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  caption("DOES NOT COUNT");
  drawTextList(ui, id, &GlossaryTerm::counterExamples, "counter-example", "e.g. A student who downloaded an e-book",
               newCounterExample_, colW);
  ImGui::EndGroup();
}

void GlossaryView::drawRelated(UiContext& ui, const std::string& id) {
  const float s = theme::scale();
  History& history = ui.history();
  const GlossaryTerm* term = history.findTerm(id);
  if (!term) return;
  caption("RELATED TERMS");
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  std::optional<std::string> open;
  std::optional<size_t> remove;
  const std::vector<std::string> related = term->relatedTermIds;
  for (size_t i = 0; i < related.size(); ++i) {
    const GlossaryTerm* other = history.findTerm(related[i]);
    const std::string text = other ? termName(*other) : std::string("(deleted term)");
    const float w = buttonWidth(text.c_str()) + ImGui::GetFrameHeight();
    if (i > 0) {
      ImGui::SameLine(0, 10 * s);
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    }
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ImGui::GetFrameHeight() * 0.5f);
    const std::string label = "##term-related-" + std::to_string(i);
    if (button(text.c_str(), label.c_str()) && other) open = other->meta.id;
    if (other && ImGui::IsItemHovered()) termTooltip(*other, history.doc());
    ImGui::SameLine(0, 2 * s);
    const std::string removeLabel = "##term-related-remove-" + std::to_string(i);
    if (button("\xC3\x97", removeLabel.c_str(), ButtonKind::subtle, ImVec2(ImGui::GetFrameHeight(), 0))) remove = i;
    ImGui::PopStyleVar();
  }
  if (!related.empty()) ImGui::SameLine(0, 10 * s);
  if (auto chosen = termPicker(ui, "##term-add-related", "Add a related term\xE2\x80\xA6", 240 * s, id, false)) {
    const std::string value = *chosen;
    editTerm(ui, id, [&](GlossaryTerm& t) {
      if (std::find(t.relatedTermIds.begin(), t.relatedTermIds.end(), value) == t.relatedTermIds.end())
        t.relatedTermIds.push_back(value);
    });
  }
  if (remove) {
    const size_t index = *remove;
    editTerm(ui, id, [&](GlossaryTerm& t) {
      if (index < t.relatedTermIds.size()) t.relatedTermIds.erase(t.relatedTermIds.begin() + static_cast<long>(index));
    });
  }
  if (open) {
    select(ui, *open);
    if (std::none_of(rows_.begin(), rows_.end(), [&](int i) { return history.doc().glossary[static_cast<size_t>(i)].meta.id == *open; }))
      clearFilters();
    scrollToSelected_ = true;
  }
}

// Where the plan uses the term: funnel stages linked to it and sections that mention it.
void GlossaryView::drawUsage(UiContext& ui, const std::string& id) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const Document& doc = ui.history().doc();
  const int index = [&] {
    for (size_t i = 0; i < doc.glossary.size(); ++i)
      if (doc.glossary[i].meta.id == id) return static_cast<int>(i);
    return -1;
  }();
  if (index < 0) return;
  const std::vector<GlossaryTerm> only{doc.glossary[static_cast<size_t>(index)]};
  std::vector<const Section*> sections;
  for (const auto& section : doc.sections)
    if (!findTermMentions(section.body, only).empty()) sections.push_back(&section);
  std::vector<const FunnelStage*> stages;
  for (const auto& stage : doc.growth.assumptions.stages)
    if (stage.glossaryTermId == id) stages.push_back(&stage);
  if (sections.empty() && stages.empty()) return;

  caption("USED IN THE PLAN");
  std::optional<std::string> openSection;
  for (const FunnelStage* stage : stages) {
    const std::string text = "Defines the funnel stage " + quoted(stage->name) + " in the growth model.";
    smallText(p.accent, text.c_str());
  }
  for (size_t i = 0; i < sections.size(); ++i) {
    if (i > 0) ImGui::SameLine(0, 10 * s);
    const std::string text = (sections[i]->title.empty() ? std::string("Untitled section") : sections[i]->title) + "  \xE2\x80\xBA";
    const std::string label = "##term-used-in-" + std::to_string(i);
    if (button(text.c_str(), label.c_str(), ButtonKind::subtle)) openSection = sections[i]->meta.id;
  }
  ImGui::Dummy(ImVec2(0, 10 * s));
  if (openSection) ui.showSection(*openSection);
}

void GlossaryView::drawHistory(UiContext& ui, const std::string& id) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const GlossaryTerm* term = ui.history().findTerm(id);
  if (!term || term->history.empty()) return;
  caption("HISTORY");
  ImGui::Spacing();
  ImFont* small = smallFont();
  ImGui::PushFont(small);
  const float dateW = ImGui::CalcTextSize("30 Sep 2027  ").x;
  for (auto it = term->history.rbegin(); it != term->history.rend(); ++it) {
    const TermChange& change = *it;
    const float x = ImGui::GetCursorPosX();
    textColored(p.textFaint, friendlyDate(change.at).c_str());
    ImGui::SameLine(x + dateW);
    std::string line = change.by.empty() ? std::string("Someone") : change.by;
    line += " \xC2\xB7 ";
    line += change.summary.empty() ? (change.field.empty() ? std::string("Added") : "Changed " + change.field) : change.summary;
    // The UI font has no arrow glyph: "Proposed → Agreed" reads as "Proposed › Agreed".
    for (size_t at = line.find("\xE2\x86\x92"); at != std::string::npos; at = line.find("\xE2\x86\x92", at))
      line.replace(at, 3, "\xE2\x80\xBA");
    ImGui::PushStyleColor(ImGuiCol_Text, p.textMuted);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  ImGui::PopFont();
  (void)s;
}

std::optional<std::string> GlossaryView::termPicker(UiContext& ui, const char* label, const char* preview, float width,
                                                    const std::string& excludeId, bool offerNone) {
  const float s = theme::scale();
  std::optional<std::string> picked;
  if (!beginCombo(label, preview, width)) return picked;
  const Document& doc = ui.history().doc();
  if (ImGui::IsWindowAppearing()) {
    pickerSearch_.clear();
    ImGui::SetKeyboardFocusHere();
  }
  ImGui::SetNextItemWidth(std::max(width, 280 * s));
  ImGui::InputTextWithHint("##term-picker-search", "Type to find a term", &pickerSearch_);
  const std::string key = std::string(label) + '\x1f' + pickerSearch_ + '\x1f' + excludeId;
  if (key != pickerKey_ || pickerRevision_ != ui.history().revision()) {
    pickerKey_ = key;
    pickerRevision_ = ui.history().revision();
    const std::string needle = foldCase(trimmed(pickerSearch_));
    pickerRows_.clear();
    for (size_t i = 0; i < doc.glossary.size(); ++i) {
      const GlossaryTerm& term = doc.glossary[i];
      if (term.meta.id == excludeId || term.name.empty()) continue;
      if (needle.empty() || foldCase(term.name).find(needle) != std::string::npos) pickerRows_.push_back(static_cast<int>(i));
    }
    std::sort(pickerRows_.begin(), pickerRows_.end(), [&](int a, int b) {
      return foldCase(doc.glossary[static_cast<size_t>(a)].name) < foldCase(doc.glossary[static_cast<size_t>(b)].name);
    });
  }
  if (offerNone && ImGui::Selectable("No replacement##term-picker-none")) picked = std::string();
  const float rowH = ImGui::GetFrameHeight();
  ImGui::BeginChild("##term-picker-list", ImVec2(std::max(width, 280 * s), std::min(12.0f, static_cast<float>(pickerRows_.size()) + 0.5f) * rowH));
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(pickerRows_.size()), rowH);
  while (clipper.Step())
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const GlossaryTerm& term = doc.glossary[static_cast<size_t>(pickerRows_[static_cast<size_t>(r)])];
      const std::string itemLabel = term.name + "##term-pick-" + term.meta.id;
      if (ImGui::Selectable(itemLabel.c_str(), false, 0, ImVec2(0, rowH - ImGui::GetStyle().ItemSpacing.y))) picked = term.meta.id;
    }
  clipper.End();
  if (pickerRows_.empty()) textMuted("No term matches.");
  ImGui::EndChild();
  if (picked) ImGui::CloseCurrentPopup();
  ImGui::EndCombo();
  return picked;
}

// ---- Import -------------------------------------------------------------------------------------

void GlossaryView::startImport(UiContext& ui, const UiContext::ImportedFile& file) {
  Import import;
  import.fileName = file.fileName;
  import.text = file.text;
  import.preview = previewCsvImport(ui.history().doc(), import.text, import.mode);
  import_ = std::move(import);
}

void GlossaryView::drawImportModal(UiContext& ui) {
  if (!import_) return;
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  if (import_->openPopup) {
    import_->openPopup = false;
    ImGui::OpenPopup(kImportPopup);
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(720 * s, viewport->WorkSize.x - 40 * s), 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28 * s, 24 * s));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 12 * s);
  const bool open = ImGui::BeginPopupModal(kImportPopup, nullptr,
                                           ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                               ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PopStyleVar(2);
  if (!open) {
    import_.reset();
    return;
  }
  Import& import = *import_;
  const CsvImportPreview& preview = import.preview;

  caption("IMPORT GLOSSARY TERMS");
  heading(("From " + (import.fileName.empty() ? std::string("a CSV file") : import.fileName)).c_str());
  ImGui::Spacing();

  // Merge choice: rerun the preview whenever it changes.
  textMuted("When a row names a term the glossary already has:");
  const std::pair<MergeMode, const char*> modes[] = {
      {MergeMode::updateByName, "Update that term with the row##merge-update"},
      {MergeMode::skipExisting, "Keep the glossary's term, skip the row##merge-skip"},
      {MergeMode::addNew, "Add the row as another term##merge-add"},
  };
  for (const auto& [mode, label] : modes) {
    if (ImGui::RadioButton(label, import.mode == mode) && import.mode != mode) {
      import.mode = mode;
      import.preview = previewCsvImport(ui.history().doc(), import.text, import.mode);
    }
  }
  ImGui::Dummy(ImVec2(0, 8 * s));

  int toChange = 0;
  if (!preview.ok()) {
    // Errors: what is wrong and where; nothing will change.
    const std::string title = std::to_string(preview.errors.size()) +
                              (preview.errors.size() == 1 ? " problem in the file" : " problems in the file") +
                              ": nothing will be imported.";
    colorDot(p.danger);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    textColored(p.danger, title.c_str());
    textWrappedMuted("Fix these rows in the file and import it again. Your glossary is unchanged.");
    ImGui::Spacing();
    ImGui::BeginChild("##import-errors", ImVec2(0, std::min(240 * s, (preview.errors.size() + 0.5f) * ImGui::GetTextLineHeightWithSpacing() * 1.6f)),
                      ImGuiChildFlags_Border);
    for (size_t i = 0; i < preview.errors.size(); ++i) {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(preview.errors[i].message.c_str());
      ImGui::PopTextWrapPos();
      exposeLastItem(preview.errors[i].message + "##import-error-" + std::to_string(i));
    }
    ImGui::EndChild();
  } else {
    toChange = preview.count(ImportAction::add) + preview.count(ImportAction::update);
    for (ImportAction action : {ImportAction::add, ImportAction::update, ImportAction::unchanged, ImportAction::skip}) {
      const int n = preview.count(action);
      if (n == 0) continue;
      const std::string text = std::to_string(n) + " " +
                               (action == ImportAction::add ? (n == 1 ? "new term" : "new terms")
                                : action == ImportAction::update ? (n == 1 ? "update" : "updates")
                                : action == ImportAction::unchanged ? "unchanged" : "skipped");
      pill(text.c_str(), actionColor(action));
      ImGui::SameLine();
    }
    ImGui::NewLine();
    const std::string summary = "import-summary: " + std::to_string(preview.count(ImportAction::add)) + " add, " +
                                std::to_string(preview.count(ImportAction::update)) + " update";
    exposeLastItem("##" + summary);
    ImGui::Spacing();
    const float rowH = ImGui::GetFrameHeight();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.appBg);
    ImGui::BeginChild("##import-rows", ImVec2(0, std::min(300 * s, (preview.rows.size() + 0.3f) * rowH)), ImGuiChildFlags_Border);
    ImGui::PopStyleColor();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(preview.rows.size()), rowH);
    while (clipper.Step())
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        const CsvImportRow& row = preview.rows[static_cast<size_t>(r)];
        pill(actionLabel(row.action), actionColor(row.action));
        ImGui::SameLine(90 * s);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(termName(row.term).c_str());
        ImGui::SameLine();
        const std::string detail = std::string("row ") + std::to_string(row.row) + " \xC2\xB7 " + termStatusLabel(row.term.status) +
                                   " \xC2\xB7 " + termCategoryLabel(row.term.category);
        smallText(p.textFaint, detail.c_str());
      }
    clipper.End();
    ImGui::EndChild();
  }

  ImGui::Dummy(ImVec2(0, 12 * s));
  const std::string confirmText = !preview.ok() ? std::string("Import")
                                  : toChange == 1 ? std::string("Import 1 term")
                                                  : "Import " + std::to_string(toChange) + " terms";
  const float total = buttonWidth("Cancel") + buttonWidth(confirmText.c_str()) + ImGui::GetStyle().ItemSpacing.x;
  alignRight(total);
  const bool cancel = button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape, false);
  ImGui::SameLine();
  ImGui::BeginDisabled(!preview.ok() || toChange == 0);
  const bool confirm = button(confirmText.c_str(), "##import-confirm", ButtonKind::primary);
  ImGui::EndDisabled();
  if (confirm) {
    History& history = ui.history();
    history.seal();
    const bool applied = history.applyGlossaryImport(preview, ui.edit());
    history.seal();
    if (applied) {
      clearFilters();
      ui.notify(Notice::Kind::success,
                "Imported " + std::to_string(toChange) + (toChange == 1 ? " term" : " terms") + " from " + import.fileName + ".", 5);
    }
    ImGui::CloseCurrentPopup();
    import_.reset();
  } else if (cancel) {
    ImGui::CloseCurrentPopup();
    import_.reset();
  }
  ImGui::EndPopup();
}

}  // namespace

std::unique_ptr<View> makeGlossaryView() { return std::make_unique<GlossaryView>(); }

}  // namespace gp::ui
