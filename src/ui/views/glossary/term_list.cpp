// The Glossary's left pane: search, filters, the count and the list of terms (fixed-height rows,
// only the visible ones drawn).
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/review/activity.h"
#include "core/text/text_fold.h"
#include "core/text/text_trim.h"
#include "core/format/validation.h"
#include "glossary_view.h"
#include "ui/fitted_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui::glossary {

namespace {

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

// Draws `text` in the current font from `pos` to x1, ending in "…" (at a word break when one is
// near) when it does not fit; true when it was shortened.
bool ellipsized(ImDrawList* dl, ImVec2 pos, float x1, std::string_view text, ImU32 color) {
  if (text.empty()) return false;
  const std::string shown = fitToWidth(text, std::max(0.0f, x1 - pos.x));
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, color, shown.c_str());
  return shown.size() != text.size();
}

}  // namespace

void GlossaryView::refreshRows(const Document& doc, uint64_t revision) {
  const std::string filterKey = std::to_string(statusFilter_ ? static_cast<int>(*statusFilter_) : -1) + '\x1f' +
                                std::to_string(categoryFilter_ ? static_cast<int>(*categoryFilter_) : -1) + '\x1f' +
                                std::to_string(ownerFilter_ ? static_cast<int>(*ownerFilter_) : -1) + '\x1f' +
                                std::to_string(changedByFilter_ ? static_cast<int>(*changedByFilter_) : -1) + '\x1f' +
                                (isValidDate(changedSince_) ? changedSince_ : std::string());
  std::string key = search_ + '\x1f' + filterKey;
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
    byName_ = std::move(order);
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
  // The search index is built when the list first shows, so the first keystroke only scans; then it
  // is brought up to date (the changed terms folded again) when a search needs it.
  const bool indexNeeded = !isBlank(search_) || (index_.size() == 0 && !doc.glossary.empty());
  if (indexNeeded && (indexRevision_ != revision || index_.size() != doc.glossary.size())) {
    index_.update(doc.glossary);
    indexRevision_ = revision;
  }
  if (stepsRevision_ != revision || stepsFilterKey_ != filterKey) {
    searchSteps_.clear();
    stepsRevision_ = revision;
    stepsFilterKey_ = filterKey;
  }
  // Back to an earlier search (Backspace): its answer as it was.
  for (size_t i = searchSteps_.size(); i-- > 0;) {
    if (searchSteps_[i].text != search_) continue;
    rows_ = searchSteps_[i].rows;
    searchSteps_.resize(i + 1);
    return;
  }
  // Visited in name order, so the rows need no sorting after each keystroke.
  if (!searchSteps_.empty() && searchNarrows(searchSteps_.back().text, search_)) {
    rows_ = index_.filterWithin(doc.glossary, filter, searchSteps_.back().rows);
  } else {
    searchSteps_.clear();
    if (isBlank(search_)) rows_ = filterTerms(doc.glossary, filter, &byName_);  // no text: no folding needed
    else rows_ = index_.filter(doc.glossary, filter, &byName_);
  }
  constexpr size_t kMaxSearchSteps = 64;
  if (searchSteps_.size() == kMaxSearchSteps) searchSteps_.erase(searchSteps_.begin());
  searchSteps_.push_back(SearchStep{search_, rows_});
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
  narrowShowsTerm_ = true;  // choosing a term opens it, also when it was already selected
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
  // The day goes under the team picker when its hint would not fit beside it.
  const char* sinceHint = "since YYYY-MM-DD";
  const float sinceW = ImGui::CalcTextSize(sinceHint).x + 2 * ImGui::GetStyle().FramePadding.x;
  if (ImGui::GetContentRegionAvail().x - (2 * w + gap) - gap >= sinceW) ImGui::SameLine(0, gap);
  TextEdit since = textField("##glossary-changed-since", changedSince_, sinceHint, ImGui::GetContentRegionAvail().x);
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
  const float smallH = scaledSize(small);
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
      bool shortened = term.name.empty() ? ellipsized(dl, namePos, pillX - 8 * s, "Untitled term", theme::u32(p.textFaint))
                                         : ellipsized(dl, namePos, pillX - 8 * s, term.name, theme::u32(selected ? p.accent : p.text));
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
      shortened = ellipsized(dl, linePos, max.x - padX, category, theme::u32(p.textMuted)) || shortened;
      const ImVec2 definitionPos(linePos.x + categoryW + 10 * s, linePos.y);
      const std::string_view definition = firstLine(term.definition);
      if (definitionPos.x < max.x - padX) {
        if (definition.empty())
          ellipsized(dl, definitionPos, max.x - padX, "No agreed definition yet", theme::u32(p.textFaint));
        else
          shortened = ellipsized(dl, definitionPos, max.x - padX, definition, theme::u32(p.textMuted)) || shortened;
      }
      ImGui::PopFont();
      // The row is one item: its tooltip holds the whole name and definition.
      if (shortened) fullTextTooltip(termName(term) + " \xE2\x80\x94 " + std::string(definition));
    }
  }
  clipper.End();
  ImGui::PopStyleVar();
  ImGui::EndChild();
  if (!clicked.empty()) select(ui, clicked);
}

}  // namespace gp::ui::glossary
