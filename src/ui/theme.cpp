// A calm, designed style: soft neutral surfaces, one teal accent, generous spacing, rounded shapes.
#include "theme.h"

#include "app.h"

namespace gp::ui {
namespace theme {
namespace {

constexpr ImVec4 hex(unsigned rgb, float alpha = 1.0f) {
  return ImVec4(((rgb >> 16) & 0xFF) / 255.0f, ((rgb >> 8) & 0xFF) / 255.0f, (rgb & 0xFF) / 255.0f, alpha);
}

Palette makeLight() {
  Palette p;
  p.dark = false;
  p.appBg = hex(0xF4F5F7);
  p.sidebarBg = hex(0xFFFFFF);
  p.cardBg = hex(0xFFFFFF);
  p.cardBorder = hex(0xE1E4EA);
  p.fieldBg = hex(0xF5F6F8);
  p.fieldBgHover = hex(0xEDEFF3);
  p.text = hex(0x1C2230);
  p.textMuted = hex(0x5B6272);
  p.textFaint = hex(0x8D93A0);
  p.accent = hex(0x0F766E);
  p.accentHover = hex(0x0D8A80);
  p.accentActive = hex(0x0B5F59);
  p.accentText = hex(0xFFFFFF);
  p.accentSoft = hex(0x0F766E, 0.12f);
  p.success = hex(0x15803D);
  p.warning = hex(0xB45309);
  p.danger = hex(0xC02626);
  p.dangerSoft = hex(0xFDECEC);
  p.warningSoft = hex(0xFEF3E2);
  p.successSoft = hex(0xE8F6EC);
  p.infoSoft = hex(0xE6F3F2);
  return p;
}

Palette makeDark() {
  Palette p;
  p.dark = true;
  p.appBg = hex(0x14161B);
  p.sidebarBg = hex(0x1A1D23);
  p.cardBg = hex(0x1E2128);
  p.cardBorder = hex(0x2E333D);
  p.fieldBg = hex(0x262A33);
  p.fieldBgHover = hex(0x2D323C);
  p.text = hex(0xE7E9EE);
  p.textMuted = hex(0xA2A8B5);
  p.textFaint = hex(0x737A88);
  p.accent = hex(0x2BB5A8);
  p.accentHover = hex(0x3CC7BA);
  p.accentActive = hex(0x22968B);
  p.accentText = hex(0x0B1513);
  p.accentSoft = hex(0x2BB5A8, 0.18f);
  p.success = hex(0x4ADE80);
  p.warning = hex(0xF5A524);
  p.danger = hex(0xF87171);
  p.dangerSoft = hex(0x3A1F22);
  p.warningSoft = hex(0x3A2E1A);
  p.successSoft = hex(0x1C3324);
  p.infoSoft = hex(0x17302E);
  return p;
}

Palette makePresenter() {
  Palette p = makeDark();
  p.appBg = hex(0x070B12);
  p.sidebarBg = hex(0x0E1420);
  p.cardBg = hex(0x111827);
  p.cardBorder = hex(0x334155);
  p.fieldBg = hex(0x1E293B);
  p.fieldBgHover = hex(0x293548);
  p.text = hex(0xFFFFFF);
  p.textMuted = hex(0xCBD5E1);
  p.textFaint = hex(0x94A3B8);
  p.accent = hex(0x5EEAD4);
  p.accentHover = hex(0x99F6E4);
  p.accentActive = hex(0x2DD4BF);
  p.accentText = hex(0x04201C);
  p.warning = hex(0xFBBF24);
  p.danger = hex(0xFF7A7A);
  return p;
}

Palette& current() {
  static Palette p = makeLight();
  return p;
}

float& currentScale() {
  static float s = 1.0f;
  return s;
}

}  // namespace

const Palette& palette() { return current(); }
const Palette& presenterPalette() {
  static const Palette p = makePresenter();
  return p;
}
float scale() { return currentScale(); }

ImVec4 teamColor(Team team) {
  const bool dark = current().dark;
  switch (team) {
    case Team::marketing: return dark ? hex(0xB197FC) : hex(0x7048E8);   // violet
    case Team::sales: return dark ? hex(0xFFA94D) : hex(0xD9480F);       // orange
    case Team::leadership: return dark ? hex(0x74C0FC) : hex(0x1971C2);  // blue
    case Team::other: break;
  }
  return dark ? hex(0xADB5BD) : hex(0x6B7280);  // gray
}

ImVec4 statusColor(TermStatus status) {
  const bool dark = current().dark;
  switch (status) {
    case TermStatus::proposed: return dark ? hex(0x74C0FC) : hex(0x1C64B0);
    case TermStatus::discussing: return dark ? hex(0xF5A524) : hex(0xA85B06);
    case TermStatus::agreed: return dark ? hex(0x4ADE80) : hex(0x15803D);
    case TermStatus::deprecated: break;
  }
  return dark ? hex(0x9CA3AF) : hex(0x6B7280);
}

ImU32 u32(const ImVec4& color, float alphaScale) {
  return ImGui::GetColorU32(ImVec4(color.x, color.y, color.z, color.w * alphaScale));
}

}  // namespace theme

void applyTheme(bool dark, float dpr) {
  if (dpr <= 0) dpr = 1;
  theme::current() = dark ? theme::makeDark() : theme::makeLight();
  theme::currentScale() = dpr;
  const theme::Palette& p = theme::current();

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
  c[ImGuiCol_Border] = p.cardBorder;
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
  c[ImGuiCol_NavHighlight] = p.accent;
  c[ImGuiCol_NavWindowingHighlight] = p.accent;
  c[ImGuiCol_NavWindowingDimBg] = ImVec4(0.05f, 0.06f, 0.09f, 0.35f);
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.05f, 0.06f, 0.09f, dark ? 0.60f : 0.40f);

  style.ScaleAllSizes(dpr);
}

}  // namespace gp::ui
