// The heart of the term editor: marketing's and sales's definitions side by side with the words
// only one team uses marked, and the agreed definition.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/text/text_trim.h"
#include "glossary_view.h"
#include "ui/review_strip.h"
#include "ui/term_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui::glossary {

namespace {

void smallWrapped(const ImVec4& color, const char* text) {
  ImGui::PushFont(smallFont());
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

// Spans of `segments` that belong to one side's text, as byte ranges of that text.
std::vector<MarkedSpan> diffSpans(const std::vector<DiffSegment>& segments, DiffKind side, const ImVec4& color) {
  std::vector<MarkedSpan> spans;
  size_t offset = 0;
  for (const auto& segment : segments) {
    if (segment.kind != DiffKind::same && segment.kind != side) continue;
    // Leading and trailing blanks are not marked: the band hugs the words.
    const std::string_view words = trimmed(segment.text);
    if (segment.kind == side && !words.empty()) {
      const size_t first = offset + static_cast<size_t>(words.data() - segment.text.data());
      spans.push_back(MarkedSpan{first, first + words.size(), color});
    }
    offset += segment.text.size();
  }
  return spans;
}

}  // namespace

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

}  // namespace gp::ui::glossary
