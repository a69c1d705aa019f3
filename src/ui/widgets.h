// Small building blocks the views share: text fields that edit through History, cards, pills,
// captions and buttons in the app's style.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app.h"
#include "core/model/document.h"

namespace gp::ui {

// Fonts for the frame (set by App before the views draw); any may be null (default font then).
void setWidgetFonts(const Fonts& fonts);
ImFont* headingFont();
ImFont* smallFont();
ImFont* figuresFont();  // large digits only (Fonts::figures), else the heading font
// Size a font is drawn at: its base size times the UI and device pixel scale (style.FontScaleDpi).
float scaledSize(const ImFont* font);

// ---- Text fields ---------------------------------------------------------------------------
// The field shows the document's `value` while idle; while the person types, their text lives in
// a buffer. `changed` is true on frames the text changed: the caller commits `text` to History
// with a merge key, and calls History::seal() when `deactivated`.
struct TextEdit {
  bool changed = false;
  bool active = false;
  bool deactivated = false;
  std::string text;
};

// Whether one of these fields has the keyboard now.
bool documentFieldActive();
// After an undo or redo: the active field shows the document's value from the next frame on and
// stays active, so the person can type on.
void reloadActiveField();

// Single line. width <= 0: fill the available width (minus -width).
TextEdit textField(const char* id, const std::string& value, const char* hint = nullptr, float width = 0,
                   ImGuiInputTextFlags flags = 0);
// Multi-line, comfortable for paragraphs: while idle the text is shown word-wrapped, and the box
// grows with its content (at least `minLines` lines).
TextEdit textArea(const char* id, const std::string& value, const char* hint = nullptr, int minLines = 5,
                  float width = 0);

// ---- Buttons -------------------------------------------------------------------------------
enum class ButtonKind { normal, primary, danger, subtle };
// A button showing `text` whose ImGui label is `id` (e.g. "##person-delete-2"), so automation can
// address it by a stable id. When id is null the label is `text` itself.
bool button(const char* text, const char* id = nullptr, ButtonKind kind = ButtonKind::normal,
            ImVec2 size = ImVec2(0, 0));
float buttonWidth(const char* text);

// ---- Text --------------------------------------------------------------------------------
void caption(const char* text);  // small, muted, for field labels and card headings
void textMuted(const char* text);
void textWrappedMuted(const char* text);
void textColored(const ImVec4& color, const char* text);
void heading(const char* text);  // heading font
// A heading that wraps between words at the content's right edge (a card's title on a phone).
void headingWrapped(const char* text);

// ---- Decorations -------------------------------------------------------------------------
ImVec2 pillSize(const char* text);
// Draws a rounded "pill" label at `pos` (top-left) with the small font; returns its size.
ImVec2 drawPill(ImDrawList* drawList, ImVec2 pos, const char* text, const ImVec4& color);
void pill(const char* text, const ImVec4& color);  // as an inline item
void colorDot(const ImVec4& color);                // as an inline item, text-height
// A team chip: colored dot + team label.
void teamChip(Team team, const char* suffix = nullptr);

// A card: rounded panel with padding that grows with its content; optional colored stripe on
// the left (e.g. the owning team's color).
void beginCard(const char* id, const ImVec4* stripe = nullptr, float width = 0);
void endCard();
// Names the item just drawn (e.g. a card after endCard) for automation, as a widget's label does:
// "Marketing: 3 respondents, mean total 64.5, Aligned##tile-marketing".
void nameLastItem(const std::string& name);

// ---- Pickers -------------------------------------------------------------------------------
// ImGui::BeginCombo with the app's chevron; width in pixels (> 0).
bool beginCombo(const char* id, const char* preview, float width);
std::optional<Team> teamCombo(const char* id, Team current, float width);
std::optional<TermStatus> statusCombo(const char* id, TermStatus current, float width);
// A combo over `choices`, each shown as labelOf(choice); the choice picked this frame, if any.
template <typename T, size_t N, typename LabelOf>
std::optional<T> choiceCombo(const std::string& id, T current, const T (&choices)[N], LabelOf labelOf, float width) {
  std::optional<T> picked;
  if (!beginCombo(id.c_str(), labelOf(current), width)) return picked;
  for (const T choice : choices)
    if (ImGui::Selectable(labelOf(choice), choice == current)) picked = choice;
  ImGui::EndCombo();
  return picked;
}

// A row of equal-width segments (tabs); returns the index clicked, or `selected` when none was.
// Each segment's ImGui label is "<label>##<id>-<index>". Where the labels do not fit one row they
// wrap into rows. `badges[i]` > 0 draws a red count beside segment i's label.
int segmentedControl(const char* id, const std::vector<std::string>& labels, int selected, float width,
                     const std::vector<int>& badges = {});

// ---- Formatting --------------------------------------------------------------------------
// "2027-01-05T09:30:00Z" or "2027-01-05" → "5 Jan 2027"; "" when unreadable.
std::string friendlyDate(std::string_view iso);
// "Edited by Anna · 5 Jan 2027" style line from an entity's stamps.
std::string stampLine(const EntityMeta& meta);

// Horizontal position for right-aligning an item of `width` in the remaining space.
void alignRight(float width);
// `text` at the right edge of the remaining space (numbers in a table column), in `color` if given.
void textRightAligned(const std::string& text, const ImVec4* color = nullptr);

// Lower-case ASCII letters; other bytes unchanged (UTF-8 safe).
std::string lowerAscii(std::string_view text);

}  // namespace gp::ui
