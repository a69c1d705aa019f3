#include "widgets.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <cstdio>

#include "accessible_text.h"
#include "fitted_text.h"
#include "theme.h"
#include "word_wrap.h"

namespace gp::ui {

namespace {

Fonts gFonts;

// Only one text field can be active at a time: its text while the person types.
struct ActiveBuffer {
  ImGuiID id = 0;
  std::string text;
  bool reload = false;  // an undo or redo changed the document under the field
};
ActiveBuffer gActive;

float sc() { return theme::scale(); }

ImVec4 withAlpha(ImVec4 c, float a) {
  c.w *= a;
  return c;
}

}  // namespace

void setWidgetFonts(const Fonts& fonts) { gFonts = fonts; }
ImFont* headingFont() { return gFonts.heading ? gFonts.heading : ImGui::GetFont(); }
ImFont* smallFont() { return gFonts.small ? gFonts.small : ImGui::GetFont(); }
ImFont* figuresFont() { return gFonts.figures ? gFonts.figures : headingFont(); }
float scaledSize(const ImFont* font) { return font->LegacySize * ImGui::GetStyle().FontScaleDpi; }

// ---- Text fields ---------------------------------------------------------------------------

namespace {

// Picks the string the field edits this frame: the person's buffer while active, else a copy of
// the document's value (so undo/redo and other edits show as soon as the field is idle).
std::string* bufferFor(ImGuiID id, const std::string& value, std::string& temp) {
  if (ImGui::GetActiveID() == id && gActive.id == id) return &gActive.text;
  temp = value;
  return &temp;
}

// While a reload is pending, replaces the active field's text with the document's value and puts
// the caret at its end; the field keeps the keyboard, so what is typed next lands in it.
struct Reload {
  const std::string* value = nullptr;
  bool done = false;
};
int reloadCallback(ImGuiInputTextCallbackData* data) {
  auto* reload = static_cast<Reload*>(data->UserData);
  if (data->EventFlag != ImGuiInputTextFlags_CallbackAlways || !reload->value) return 0;
  data->DeleteChars(0, data->BufTextLen);
  data->InsertChars(0, reload->value->c_str(), reload->value->c_str() + reload->value->size());
  reload->value = nullptr;
  reload->done = true;
  return 0;
}
// Fields edit through the app's one history, never ImGui's own undo (whose Ctrl+Z would also fire).
constexpr ImGuiInputTextFlags kFieldFlags = ImGuiInputTextFlags_NoUndoRedo | ImGuiInputTextFlags_CallbackAlways;

Reload takeReload(ImGuiID id, const std::string& value) {
  Reload reload;
  if (gActive.reload && gActive.id == id && ImGui::GetActiveID() == id) {
    gActive.reload = false;
    reload.value = &value;
  }
  return reload;
}

void finishEdit(TextEdit& result, ImGuiID id, std::string* buf, const std::string& temp, bool changed) {
  result.active = ImGui::IsItemActive();
  result.deactivated = ImGui::IsItemDeactivated();
  if (result.active && buf == &temp) {
    gActive.id = id;
    gActive.text = temp;
    gActive.reload = false;
  }
  if (!result.active && gActive.id == id) {
    gActive.id = 0;
    gActive.text.clear();
    gActive.reload = false;
  }
  result.text = *buf;
  result.changed = changed;
}

}  // namespace

bool documentFieldActive() { return gActive.id != 0 && ImGui::GetActiveID() == gActive.id; }

void reloadActiveField() {
  if (documentFieldActive()) gActive.reload = true;
}

TextEdit textField(const char* id, const std::string& value, const char* hint, float width, ImGuiInputTextFlags flags) {
  const ImGuiID wid = ImGui::GetID(id);
  std::string temp;
  std::string* buf = bufferFor(wid, value, temp);
  const float w = width > 0 ? width : ImGui::GetContentRegionAvail().x + width;
  ImGui::SetNextItemWidth(w);
  Reload reload = takeReload(wid, value);
  flags |= kFieldFlags;
  // Idle and too long for the field: show it ending in "…" rather than cut mid-word.
  const ImVec2 padding = ImGui::GetStyle().FramePadding;
  const float inner = w - 2 * padding.x;
  const bool shorten = ImGui::GetActiveID() != wid && !(flags & ImGuiInputTextFlags_Password) && !buf->empty() &&
                       ImGui::CalcTextSize(buf->c_str()).x > inner;
  const std::string full = shorten ? *buf : std::string();
  if (shorten) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
  bool changed = hint ? ImGui::InputTextWithHint(id, hint, buf, flags, reloadCallback, &reload)
                      : ImGui::InputText(id, buf, flags, reloadCallback, &reload);
  accessible::valueOfLastItem(*buf);
  if (shorten) {
    ImGui::PopStyleColor();
    const ImVec2 at(ImGui::GetItemRectMin().x + padding.x, ImGui::GetItemRectMin().y + padding.y);
    ImGui::GetWindowDrawList()->AddText(at, ImGui::GetColorU32(ImGuiCol_Text), fitToWidth(full, inner).c_str());
    fullTextTooltip(full);
  }
  TextEdit result;
  finishEdit(result, wid, buf, temp, changed && !reload.done);
  return result;
}

TextEdit textArea(const char* id, const std::string& value, const char* hint, int minLines, float width) {
  const ImGuiID wid = ImGui::GetID(id);
  const bool wasActive = ImGui::GetActiveID() == wid;
  std::string temp;
  std::string* buf = bufferFor(wid, value, temp);

  const ImGuiStyle& style = ImGui::GetStyle();
  const theme::Palette& p = theme::palette();
  const float w = std::max(40.0f, width > 0 ? width : ImGui::GetContentRegionAvail().x + width);
  const float wrapWidth = std::max(10.0f, w - 2 * style.FramePadding.x - style.ScrollbarSize);
  const float lineHeight = ImGui::GetTextLineHeight();
  const ImVec2 wrapped = ImGui::CalcTextSize(buf->c_str(), nullptr, false, wrapWidth);
  const int lines = 1 + static_cast<int>(std::count(buf->begin(), buf->end(), '\n'));
  const float content = std::max(wrapped.y, lines * lineHeight) + lineHeight;  // one spare line
  const float h = std::max(content, std::max(1, minLines) * lineHeight) + 2 * style.FramePadding.y;

  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImRect bb(pos, ImVec2(pos.x + w, pos.y + h));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const bool hovered = ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && ImGui::IsMouseHoveringRect(bb.Min, bb.Max);
  dl->AddRectFilled(bb.Min, bb.Max, theme::u32(hovered && !wasActive ? p.fieldBgHover : p.fieldBg), style.FrameRounding);
  dl->AddRect(bb.Min, bb.Max, theme::u32(wasActive ? p.accent : p.fieldBorder), style.FrameRounding, 0,
              wasActive ? 1.5f * sc() : std::max(1.0f, style.FrameBorderSize));

  ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  if (!wasActive) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
  Reload reload = takeReload(wid, value);
  bool changed = ImGui::InputTextMultiline(id, buf, ImVec2(w, h), kFieldFlags, reloadCallback, &reload) && !reload.done;
  accessible::valueOfLastItem(*buf);
  if (!wasActive) ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();

  TextEdit result;
  finishEdit(result, wid, buf, temp, changed);

  if (!wasActive) {  // idle: show the text word-wrapped, as people read it
    const ImVec2 textPos(bb.Min.x + style.FramePadding.x, bb.Min.y + style.FramePadding.y);
    const ImVec4 clip(bb.Min.x, bb.Min.y, bb.Max.x, bb.Max.y);
    if (buf->empty()) {
      if (hint)
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), textPos, theme::u32(p.textFaint), hint, nullptr, wrapWidth, &clip);
    } else {
      dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), textPos, theme::u32(p.text), buf->c_str(),
                  buf->c_str() + buf->size(), wrapWidth, &clip);
    }
  }
  return result;
}

// ---- Buttons -------------------------------------------------------------------------------

float buttonWidth(const char* text) {
  return ImGui::CalcTextSize(text, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

bool button(const char* text, const char* id, ButtonKind kind, ImVec2 size) {
  const theme::Palette& p = theme::palette();
  int colors = 0;
  switch (kind) {
    case ButtonKind::primary:
      ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accentHover);
      ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accentActive);
      ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
      colors = 4;
      break;
    case ButtonKind::danger:
      ImGui::PushStyleColor(ImGuiCol_Button, withAlpha(p.danger, 0.10f));
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, withAlpha(p.danger, 0.18f));
      ImGui::PushStyleColor(ImGuiCol_ButtonActive, withAlpha(p.danger, 0.26f));
      ImGui::PushStyleColor(ImGuiCol_Border, withAlpha(p.danger, 0.35f));
      colors = 4;
      break;
    case ButtonKind::subtle:
      ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
      ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
      colors = 2;
      break;
    case ButtonKind::normal: break;
  }
  bool pressed;
  if (!id) {
    if (kind == ButtonKind::primary) ImGui::PushStyleColor(ImGuiCol_Text, p.accentText), ++colors;
    else if (kind == ButtonKind::danger) ImGui::PushStyleColor(ImGuiCol_Text, p.danger), ++colors;
    pressed = ImGui::Button(text, size);
  } else {
    // The label is the id only; draw the visible text ourselves, centred.
    const ImVec2 textSize = ImGui::CalcTextSize(text, nullptr, true);
    const ImGuiStyle& style = ImGui::GetStyle();
    ImVec2 full(size.x > 0 ? size.x : textSize.x + 2 * style.FramePadding.x,
                size.y > 0 ? size.y : textSize.y + 2 * style.FramePadding.y);
    pressed = ImGui::Button(id, full);
    accessible::nameLastItem(std::string_view(text, ImGui::FindRenderedTextEnd(text) - text));
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImVec4 color = kind == ButtonKind::primary ? p.accentText : kind == ButtonKind::danger ? p.danger : p.text;
    ImGui::GetWindowDrawList()->AddText(
        ImVec2(std::floor((min.x + max.x - textSize.x) * 0.5f), std::floor((min.y + max.y - textSize.y) * 0.5f)),
        theme::u32(color), text, ImGui::FindRenderedTextEnd(text));
  }
  ImGui::PopStyleColor(colors);
  return pressed;
}

// ---- Text --------------------------------------------------------------------------------

void caption(const char* text) {
  accessible::caption(text);
  ImGui::PushFont(gFonts.small);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::palette().textMuted);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

void textMuted(const char* text) { textColored(theme::palette().textMuted, text); }

void textWrappedMuted(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::palette().textMuted);
  ImGui::PushTextWrapPos(0.0f);
  textWrappedBetweenWords(text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void textColored(const ImVec4& color, const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
}

void heading(const char* text) {
  accessible::heading(text);
  ImGui::PushFont(gFonts.heading);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

void headingWrapped(const char* text) {
  accessible::heading(text);
  ImGui::PushFont(gFonts.heading);
  ImGui::PushTextWrapPos(0.0f);
  textWrappedBetweenWords(text);
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

// ---- Decorations -------------------------------------------------------------------------

ImVec2 pillSize(const char* text) {
  ImFont* font = smallFont();
  const float size = gFonts.small ? scaledSize(font) : ImGui::GetFontSize() * 0.85f;
  const ImVec2 t = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text);
  return ImVec2(t.x + 16 * sc(), t.y + 6 * sc());
}

ImVec2 drawPill(ImDrawList* dl, ImVec2 pos, const char* text, const ImVec4& color) {
  ImFont* font = smallFont();
  const float size = gFonts.small ? scaledSize(font) : ImGui::GetFontSize() * 0.85f;
  const ImVec2 s = pillSize(text);
  pos = ImVec2(std::floor(pos.x), std::floor(pos.y));
  dl->AddRectFilled(pos, ImVec2(pos.x + s.x, pos.y + s.y), theme::u32(color, theme::pillTint(theme::paletteColors(theme::kind()))), s.y * 0.5f);
  dl->AddText(font, size, ImVec2(pos.x + 8 * sc(), pos.y + 3 * sc()), theme::u32(color), text);
  return s;
}

void pill(const char* text, const ImVec4& color) {
  const ImVec2 s = pillSize(text);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  // Centre on the current line's text.
  const float lineH = ImGui::GetFrameHeight();
  const float y = pos.y + std::max(0.0f, (lineH - s.y) * 0.5f);
  drawPill(ImGui::GetWindowDrawList(), ImVec2(pos.x, y), text, color);
  ImGui::Dummy(ImVec2(s.x, std::max(s.y, lineH)));
}

void colorDot(const ImVec4& color) {
  const float h = ImGui::GetFrameHeight();
  const float r = 5 * sc();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + r, pos.y + h * 0.5f), r, theme::u32(color));
  ImGui::Dummy(ImVec2(2 * r, h));
}

void teamChip(Team team, const char* suffix) {
  std::string text = teamLabel(team);
  if (suffix) text += suffix;
  pill(text.c_str(), theme::teamColor(team));
}

namespace {
struct CardFrame {
  bool stripe = false;
  ImVec4 stripeColor;
};
std::array<CardFrame, 8> gCards;
int gCardDepth = 0;
}  // namespace

void beginCard(const char* id, const ImVec4* stripe, float width) {
  const theme::Palette& p = theme::palette();
  CardFrame& frame = gCards[std::min(gCardDepth, 7)];
  ++gCardDepth;
  frame.stripe = stripe != nullptr;
  if (stripe) frame.stripeColor = *stripe;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, p.cardBg);
  ImGui::PushStyleColor(ImGuiCol_Border, p.cardBorder);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2((stripe ? 24 : 20) * sc(), 18 * sc()));
  ImGui::BeginChild(id, ImVec2(width, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | accessible::kKeyboardFlows);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
  if (stripe) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImRect r = window->Rect();
    const float w = 5 * sc();
    // The padding area is outside the content clip; the scrolling parent's clip still applies, so
    // a card scrolled under the menu bar does not paint its stripe over it.
    ImRect clip = r;
    if (window->ParentWindow) clip.ClipWithFull(window->ParentWindow->InnerClipRect);
    window->DrawList->PushClipRect(clip.Min, clip.Max, false);
    window->DrawList->AddRectFilled(r.Min, ImVec2(r.Min.x + w, r.Max.y), theme::u32(*stripe), ImGui::GetStyle().ChildRounding,
                                    ImDrawFlags_RoundCornersLeft);
    window->DrawList->PopClipRect();
  }
}

void endCard() {
  ImGui::EndChild();
  gCardDepth = std::max(0, gCardDepth - 1);
}

void nameLastItem(const std::string& name) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
  ImGuiContext& g = *GImGui;
  IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, name.c_str(), g.LastItemData.StatusFlags);
#else
  (void)name;
#endif
}

// ---- Pickers -------------------------------------------------------------------------------

bool beginCombo(const char* id, const char* preview, float width) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetFrameHeight();
  // The preview ends in "…" when it is too long (room is kept for the chevron).
  const float room = (width > 0 ? width : ImGui::CalcItemWidth()) - 2 * ImGui::GetStyle().FramePadding.x - 12.0f * sc();
  const std::string fitted = fitToWidth(preview, room);
  ImGui::SetNextItemWidth(width);
  const bool open = ImGui::BeginCombo(id, fitted.c_str(), ImGuiComboFlags_NoArrowButton | ImGuiComboFlags_HeightLarge);
#ifdef IMGUI_ENABLE_TEST_ENGINE
  // ImGui 1.90.1's BeginCombo reports no item info: announce the closed combo so automation
  // finds it by its label like any other widget.
  if (!open) {
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, id, g.LastItemData.StatusFlags);
  }
#endif
  accessible::roleOfLastItem("combobox", open);
  accessible::valueOfLastItem(preview);
  if (!open && fitted != preview) fullTextTooltip(preview);
  // A light chevron instead of ImGui's filled arrow box (drawn on the field's window, even when
  // the popup is open and current).
  const float w = width > 0 ? width : ImGui::CalcItemWidth();
  const float size = 4.0f * sc();
  const ImVec2 c(pos.x + w - ImGui::GetStyle().FramePadding.x - size, pos.y + h * 0.5f);
  dl->PathLineTo(ImVec2(c.x - size, c.y - size * 0.5f));
  dl->PathLineTo(ImVec2(c.x, c.y + size * 0.5f));
  dl->PathLineTo(ImVec2(c.x + size, c.y - size * 0.5f));
  dl->PathStroke(theme::u32(theme::palette().textMuted), 0, 1.6f * sc());
  return open;
}

std::optional<Team> teamCombo(const char* id, Team current, float width) {
  std::optional<Team> picked;
  if (beginCombo(id, teamLabel(current), width)) {
    for (Team team : {Team::marketing, Team::sales, Team::leadership, Team::other}) {
      colorDot(theme::teamColor(team));
      ImGui::SameLine();
      if (ImGui::Selectable(teamLabel(team), team == current, 0, ImVec2(0, ImGui::GetFrameHeight()))) picked = team;
      if (team == current) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
  }
  if (picked && *picked == current) picked.reset();
  return picked;
}

std::optional<TermStatus> statusCombo(const char* id, TermStatus current, float width) {
  std::optional<TermStatus> picked;
  if (beginCombo(id, termStatusLabel(current), width)) {
    for (TermStatus status : {TermStatus::proposed, TermStatus::discussing, TermStatus::agreed, TermStatus::deprecated}) {
      colorDot(theme::statusColor(status));
      ImGui::SameLine();
      if (ImGui::Selectable(termStatusLabel(status), status == current, 0, ImVec2(0, ImGui::GetFrameHeight()))) picked = status;
      if (status == current) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
  }
  if (picked && *picked == current) picked.reset();
  return picked;
}

// ---- Formatting --------------------------------------------------------------------------

std::string friendlyDate(std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return {};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int month = (iso[5] - '0') * 10 + (iso[6] - '0');
  int day = (iso[8] - '0') * 10 + (iso[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return {};
  return std::to_string(day) + " " + kMonths[month - 1] + " " + std::string(iso.substr(0, 4));
}

std::string stampLine(const EntityMeta& meta) {
  const Stamp& s = meta.modified.at.empty() && meta.modified.by.empty() ? meta.created : meta.modified;
  const bool edited = !(meta.modified == meta.created);
  std::string line = edited ? "Edited" : "Added";
  if (!s.by.empty()) line += " by " + s.by;
  std::string date = friendlyDate(s.at);
  if (!date.empty()) line += " \xC2\xB7 " + date;
  if (s.by.empty() && date.empty()) return {};
  return line;
}

int segmentedControl(const char* id, const std::vector<std::string>& labels, int selected, float width,
                     const std::vector<int>& badges) {
  const theme::Palette& p = theme::palette();
  const float s = sc();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetFrameHeight() + 4 * s, pad = 4 * s, badgeR = 9 * s;
  auto badgeOf = [&](size_t i) { return i < badges.size() ? badges[i] : 0; };
  // As many segments a row as fit their longest label; on a narrow screen they wrap into rows.
  float need = 0;
  for (size_t i = 0; i < labels.size(); ++i)
    need = std::max(need, ImGui::CalcTextSize(labels[i].c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x +
                              (badgeOf(i) > 0 ? 2 * badgeR + 8 * s : 0));
  const size_t count = std::max<size_t>(1, labels.size());
  size_t perRow = count;
  while (perRow > 1 && (width - 2 * pad) / static_cast<float>(perRow) < need) --perRow;
  const size_t rows = (count + perRow - 1) / perRow;
  const float height = rows * h + 2 * pad;
  dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), theme::u32(p.cardBg), 10 * s);
  dl->AddRect(origin, ImVec2(origin.x + width, origin.y + height), theme::u32(p.cardBorder), 10 * s);
  int clicked = selected;
  for (size_t i = 0; i < labels.size(); ++i) {
    const size_t row = i / perRow, inRow = std::min(perRow, labels.size() - row * perRow);
    const float segment = (width - 2 * pad) / static_cast<float>(inRow);  // a short last row spreads too
    ImGui::SetCursorScreenPos(ImVec2(origin.x + pad + segment * static_cast<float>(i % perRow), origin.y + pad + h * row));
    const bool on = static_cast<int>(i) == selected;
    const std::string label = labels[i] + "##" + id + "-" + std::to_string(i);
    ImGui::PushStyleColor(ImGuiCol_Button, on ? p.accent : ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, on ? p.accent : p.accentSoft);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, on ? p.accentActive : p.accentSoft);
    ImGui::PushStyleColor(ImGuiCol_Text, on ? p.accentText : p.text);
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 7 * s);
    if (ImGui::Button(label.c_str(), ImVec2(segment, h))) clicked = static_cast<int>(i);
    accessible::roleOfLastItem("radio", on);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(5);
    if (const int badge = badgeOf(i); badge > 0) {
      // A red count beside the label, e.g. the problems in that part.
      const std::string text = std::to_string(badge);
      const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
      const float labelW = ImGui::CalcTextSize(labels[i].c_str(), nullptr, true).x;
      const ImVec2 c(std::floor((min.x + max.x + labelW) * 0.5f) + 8 * s + badgeR, std::floor((min.y + max.y) * 0.5f));
      dl->AddCircleFilled(c, badgeR, theme::u32(p.danger));
      const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
      dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), IM_COL32_WHITE, text.c_str());
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
  ImGui::Dummy(ImVec2(width, 0));
  return clicked;
}

void alignRight(float width) {
  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail > width) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - width);
}

void textRightAligned(const std::string& text, const ImVec4* color) {
  alignRight(ImGui::CalcTextSize(text.c_str()).x);
  if (color) textColored(*color, text.c_str());
  else ImGui::TextUnformatted(text.c_str());
}

std::string lowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace gp::ui
