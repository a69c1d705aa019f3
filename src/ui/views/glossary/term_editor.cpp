// The Glossary's right pane: the selected term's name, status lifecycle, aliases, examples,
// related terms, notes, where the plan uses it and its history (the definitions are in
// term_definitions.cpp).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "core/text/text_fold.h"
#include "core/text/text_trim.h"
#include "glossary_view.h"
#include "ui/review_strip.h"
#include "ui/term_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui::glossary {

namespace {

const char* statusHint(TermStatus status) {
  switch (status) {
    case TermStatus::proposed: return "Someone suggested it; not discussed yet.";
    case TermStatus::discussing: return "The teams are still working it out.";
    case TermStatus::agreed: return "Both teams use it this way.";
    case TermStatus::deprecated: return "No longer used; kept for reference.";
  }
  return "";
}

}  // namespace

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
  // The editor's parts top to bottom, each with the space after it; each finds the term anew,
  // since an edit in the part above may have moved or removed it.
  using Part = void (GlossaryView::*)(UiContext&, const std::string&);
  const std::pair<Part, float> parts[] = {
      {&GlossaryView::drawLifecycle, 10}, {&GlossaryView::drawAliases, 14}, {&GlossaryView::drawDefinitions, 14},
      {&GlossaryView::drawExamples, 14},  {&GlossaryView::drawRelated, 14}, {&GlossaryView::drawNotes, 14},
      {&GlossaryView::drawUsage, 0},      {&GlossaryView::drawHistory, 0},
  };
  ImGui::Dummy(ImVec2(0, 6 * s));
  for (const auto& [part, spaceAfter] : parts) {
    (this->*part)(ui, id);
    if (spaceAfter > 0) ImGui::Dummy(ImVec2(0, spaceAfter * s));
  }

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
  // The steps wrap onto another line where the pane is narrow (phones).
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  const auto fitsOnLine = [&](float width) { return ImGui::GetItemRectMax().x + width <= right; };
  const float padX = ImGui::GetStyle().FramePadding.x;
  for (size_t i = 0; i < std::size(kAllTermStatuses); ++i) {
    const TermStatus status = kAllTermStatuses[i];
    const float stepW = 8 * s + ImGui::CalcTextSize("\xE2\x80\xBA").x + ImGui::CalcTextSize(termStatusLabel(status)).x + 2 * padX;
    if (i > 0 && fitsOnLine(stepW)) {
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
    if (fitsOnLine(20 * s + buttonWidth("Agree term"))) ImGui::SameLine(0, 20 * s);
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
  const float gap = 20 * s;
  const float w = std::min(220 * s, std::floor((ImGui::GetContentRegionAvail().x - gap) / 2));
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
    const std::string alias(trimmed(newAlias_));
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
    const std::string text(trimmed(newItem));
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

void GlossaryView::drawNotes(UiContext& ui, const std::string& id) {
  History& history = ui.history();
  const GlossaryTerm* term = history.findTerm(id);
  if (!term) return;
  caption("NOTES");
  TextEdit notes = textArea("##term-notes", term->notes, "Open questions, who decided, links to the CRM field\xE2\x80\xA6", 3);
  lastChangedTooltip(ui, fieldPath("glossary", id, "notes"));
  if (notes.changed && notes.text != term->notes)
    editTerm(ui, id, [&](GlossaryTerm& u) { u.notes = notes.text; }, "term:" + id + ":notes");
  if (notes.deactivated) history.seal();
}

// Where the plan uses the term: funnel stages linked to it and sections that mention it.
void GlossaryView::drawUsage(UiContext& ui, const std::string& id) {
  const float s = theme::scale();
  const theme::Palette& p = theme::palette();
  const History& history = ui.history();
  const Document& doc = history.doc();
  // Found once per change of the plan or the selection, not every frame: it reads every section.
  if (usageRevision_ != history.revision() || usageTermId_ != id) {
    usageRevision_ = history.revision();
    usageTermId_ = id;
    usage_ = findTermUsage(doc, id);
  }
  if (usage_.empty()) return;

  caption("USED IN THE PLAN");
  std::optional<std::string> openSection;
  for (const size_t stage : usage_.stages) {
    if (stage >= doc.growth.assumptions.stages.size()) continue;
    const std::string text = "Defines the funnel stage " + quoted(doc.growth.assumptions.stages[stage].name) + " in the growth model.";
    smallText(p.accent, text.c_str());
  }
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  bool first = true;
  for (size_t i = 0; i < usage_.sections.size(); ++i) {
    if (usage_.sections[i] >= doc.sections.size()) continue;
    const Section& section = doc.sections[usage_.sections[i]];
    const std::string text = (section.title.empty() ? std::string("Untitled section") : section.title) + "  \xE2\x80\xBA";
    // Side by side while they fit (a phone puts them one under another).
    const float width = ImGui::CalcTextSize(text.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
    if (!first && ImGui::GetItemRectMax().x + 10 * s + width <= right)
      ImGui::SameLine(0, 10 * s);
    first = false;
    const std::string label = "##term-used-in-" + std::to_string(i);
    if (button(text.c_str(), label.c_str(), ButtonKind::subtle)) openSection = section.meta.id;
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

}  // namespace gp::ui::glossary
