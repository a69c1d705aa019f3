// The ImGui style of a theme: the palette (palette_colors.cpp) with generous spacing and rounded shapes.
#include "theme.h"

#include "app.h"
#include "color_contrast.h"

namespace gp::ui {
namespace theme {
namespace {

ImVec4 vec(const Rgba& c) { return ImVec4(c.r, c.g, c.b, c.a); }

Palette toImGui(const PaletteColors& c) {
  Palette p;
  p.dark = c.dark;
  p.highContrast = c.highContrast;
  p.appBg = vec(c.appBg);
  p.sidebarBg = vec(c.sidebarBg);
  p.cardBg = vec(c.cardBg);
  p.cardBorder = vec(c.cardBorder);
  p.fieldBorder = vec(c.fieldBorder);
  p.fieldBg = vec(c.fieldBg);
  p.fieldBgHover = vec(c.fieldBgHover);
  p.text = vec(c.text);
  p.textMuted = vec(c.textMuted);
  p.textFaint = vec(c.textFaint);
  p.accent = vec(c.accent);
  p.accentHover = vec(c.accentHover);
  p.accentActive = vec(c.accentActive);
  p.accentText = vec(c.accentText);
  p.accentSoft = vec(c.accentSoft);
  p.focus = vec(c.focus);
  p.success = vec(c.success);
  p.warning = vec(c.warning);
  p.danger = vec(c.danger);
  p.dangerSoft = vec(c.dangerSoft);
  p.warningSoft = vec(c.warningSoft);
  p.successSoft = vec(c.successSoft);
  p.infoSoft = vec(c.infoSoft);
  return p;
}

ThemeKind& currentKind() {
  static ThemeKind kind = ThemeKind::light;
  return kind;
}

Palette& current() {
  static Palette p = toImGui(paletteColors(ThemeKind::light));
  return p;
}

float& currentScale() {
  static float s = 1.0f;
  return s;
}

}  // namespace

const Palette& palette() { return current(); }
const Palette& presenterPalette() {
  static const Palette p = toImGui(presenterColors());
  return p;
}
float scale() { return currentScale(); }
ThemeKind kind() { return currentKind(); }

ImVec4 teamColor(Team team) {
  const PaletteColors& c = paletteColors(currentKind());
  switch (team) {
    case Team::marketing: return vec(c.teamMarketing);
    case Team::sales: return vec(c.teamSales);
    case Team::leadership: return vec(c.teamLeadership);
    case Team::other: break;
  }
  return vec(c.teamOther);
}

ImVec4 statusColor(TermStatus status) {
  const PaletteColors& c = paletteColors(currentKind());
  switch (status) {
    case TermStatus::proposed: return vec(c.statusProposed);
    case TermStatus::discussing: return vec(c.statusDiscussing);
    case TermStatus::agreed: return vec(c.statusAgreed);
    case TermStatus::deprecated: break;
  }
  return vec(c.statusDeprecated);
}

ImVec4 readableTextOn(const ImVec4& background) {
  return vec(readableTextOn(Rgba{background.x, background.y, background.z, 1}));
}

ImU32 u32(const ImVec4& color, float alphaScale) {
  return ImGui::GetColorU32(ImVec4(color.x, color.y, color.z, color.w * alphaScale));
}

}  // namespace theme

void applyTheme(theme::ThemeKind kind, float dpr) {
  if (dpr <= 0) dpr = 1;
  theme::currentKind() = kind;
  theme::current() = theme::toImGui(theme::paletteColors(kind));
  theme::currentScale() = dpr;
  const theme::Palette& p = theme::current();
  const bool dark = p.dark;

  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();  // fresh sizes, so repeated calls never compound the scaling
  if (dark) ImGui::StyleColorsDark(&style);
  else ImGui::StyleColorsLight(&style);

  style.WindowPadding = ImVec2(16, 16);
  style.FramePadding = ImVec2(10, 6);
  style.CellPadding = ImVec2(8, 6);
  style.ItemSpacing = ImVec2(10, 8);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.TouchExtraPadding = ImVec2(0, 0);
  style.IndentSpacing = 20;
  style.ScrollbarSize = 12;
  style.GrabMinSize = 10;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.PopupBorderSize = 1;
  style.FrameBorderSize = 1;
  style.TabBorderSize = 0;
  style.WindowRounding = 0;
  style.ChildRounding = 8;
  style.FrameRounding = 6;
  style.PopupRounding = 8;
  style.ScrollbarRounding = 6;
  style.GrabRounding = 6;
  style.TabRounding = 6;
  style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
  style.SelectableTextAlign = ImVec2(0.0f, 0.5f);
  style.SeparatorTextBorderSize = 1;
  style.DisplaySafeAreaPadding = ImVec2(0, 0);

  ImVec4* c = style.Colors;
  const ImVec4 clear(0, 0, 0, 0);
  c[ImGuiCol_Text] = p.text;
  c[ImGuiCol_TextDisabled] = p.textFaint;
  c[ImGuiCol_WindowBg] = p.appBg;
  c[ImGuiCol_ChildBg] = clear;
  c[ImGuiCol_PopupBg] = p.cardBg;
  // Frames (fields, combos, checkboxes) take their edge from Border; cards push the soft one.
  c[ImGuiCol_Border] = p.fieldBorder;
  c[ImGuiCol_BorderShadow] = clear;
  c[ImGuiCol_FrameBg] = p.fieldBg;
  c[ImGuiCol_FrameBgHovered] = p.fieldBgHover;
  c[ImGuiCol_FrameBgActive] = p.fieldBgHover;
  c[ImGuiCol_TitleBg] = p.sidebarBg;
  c[ImGuiCol_TitleBgActive] = p.sidebarBg;
  c[ImGuiCol_TitleBgCollapsed] = p.sidebarBg;
  c[ImGuiCol_MenuBarBg] = p.sidebarBg;
  c[ImGuiCol_ScrollbarBg] = clear;
  c[ImGuiCol_ScrollbarGrab] = dark ? ImVec4(1, 1, 1, 0.16f) : ImVec4(0, 0, 0, 0.16f);
  c[ImGuiCol_ScrollbarGrabHovered] = dark ? ImVec4(1, 1, 1, 0.26f) : ImVec4(0, 0, 0, 0.26f);
  c[ImGuiCol_ScrollbarGrabActive] = dark ? ImVec4(1, 1, 1, 0.34f) : ImVec4(0, 0, 0, 0.34f);
  c[ImGuiCol_CheckMark] = p.accent;
  c[ImGuiCol_SliderGrab] = p.accent;
  c[ImGuiCol_SliderGrabActive] = p.accentActive;
  c[ImGuiCol_Button] = dark ? ImVec4(1, 1, 1, 0.06f) : ImVec4(0.11f, 0.13f, 0.19f, 0.05f);
  c[ImGuiCol_ButtonHovered] = dark ? ImVec4(1, 1, 1, 0.11f) : ImVec4(0.11f, 0.13f, 0.19f, 0.09f);
  c[ImGuiCol_ButtonActive] = dark ? ImVec4(1, 1, 1, 0.16f) : ImVec4(0.11f, 0.13f, 0.19f, 0.14f);
  c[ImGuiCol_Header] = p.accentSoft;
  c[ImGuiCol_HeaderHovered] = dark ? ImVec4(1, 1, 1, 0.06f) : ImVec4(0.11f, 0.13f, 0.19f, 0.05f);
  c[ImGuiCol_HeaderActive] = p.accentSoft;
  c[ImGuiCol_Separator] = p.cardBorder;
  c[ImGuiCol_SeparatorHovered] = p.accentHover;
  c[ImGuiCol_SeparatorActive] = p.accent;
  c[ImGuiCol_ResizeGrip] = clear;
  c[ImGuiCol_ResizeGripHovered] = clear;
  c[ImGuiCol_ResizeGripActive] = clear;
  c[ImGuiCol_Tab] = clear;
  c[ImGuiCol_TabHovered] = p.accentSoft;
  c[ImGuiCol_TabActive] = p.accentSoft;
  c[ImGuiCol_TabUnfocused] = clear;
  c[ImGuiCol_TabUnfocusedActive] = p.accentSoft;
  c[ImGuiCol_TableHeaderBg] = p.fieldBg;
  c[ImGuiCol_TableBorderStrong] = p.cardBorder;
  c[ImGuiCol_TableBorderLight] = p.cardBorder;
  c[ImGuiCol_TableRowBg] = clear;
  c[ImGuiCol_TableRowBgAlt] = dark ? ImVec4(1, 1, 1, 0.02f) : ImVec4(0, 0, 0, 0.02f);
  c[ImGuiCol_TextSelectedBg] = ImVec4(p.accent.x, p.accent.y, p.accent.z, dark ? 0.40f : 0.25f);
  c[ImGuiCol_DragDropTarget] = p.accent;
  c[ImGuiCol_NavCursor] = p.focus;
  c[ImGuiCol_NavWindowingHighlight] = p.focus;
  c[ImGuiCol_NavWindowingDimBg] = ImVec4(0.05f, 0.06f, 0.09f, 0.35f);
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.05f, 0.06f, 0.09f, dark ? 0.60f : 0.40f);

  if (p.highContrast) {
    // Shapes read by their outlines here, not by faint fills.
    c[ImGuiCol_ScrollbarGrab] = ImVec4(1, 1, 1, 0.45f);
    c[ImGuiCol_ScrollbarGrabHovered] = ImVec4(1, 1, 1, 0.65f);
    c[ImGuiCol_ScrollbarGrabActive] = ImVec4(1, 1, 1, 0.80f);
    c[ImGuiCol_HeaderHovered] = ImVec4(1, 1, 1, 0.14f);
    c[ImGuiCol_ButtonHovered] = ImVec4(1, 1, 1, 0.18f);
    c[ImGuiCol_ButtonActive] = ImVec4(1, 1, 1, 0.26f);
    c[ImGuiCol_TableRowBgAlt] = clear;
    c[ImGuiCol_TextSelectedBg] = ImVec4(p.accent.x, p.accent.y, p.accent.z, 0.45f);
  }

  style.ScaleAllSizes(dpr);
}

}  // namespace gp::ui
