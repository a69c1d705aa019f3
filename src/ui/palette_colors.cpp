// A calm, designed look: soft neutral surfaces and one teal accent; the high-contrast theme is
// black and white with strong borders and a yellow focus ring. Every text colour keeps 4.5:1
// against every surface it is drawn on (tests/unit/theme_contrast_test.cpp checks it).
#include "palette_colors.h"

namespace gp::ui::theme {
namespace {

PaletteColors makeLight() {
  PaletteColors p;
  p.appBg = hex(0xF4F5F7);
  p.sidebarBg = hex(0xFFFFFF);
  p.cardBg = hex(0xFFFFFF);
  p.cardBorder = hex(0xE1E4EA);
  p.fieldBorder = hex(0x80889A);
  p.fieldBg = hex(0xF5F6F8);
  p.fieldBgHover = hex(0xEDEFF3);
  p.text = hex(0x1C2230);
  p.textMuted = hex(0x5B6272);
  p.textFaint = hex(0x636A78);
  p.accent = hex(0x0E6D66);
  p.accentHover = hex(0x0C7D74);
  p.accentActive = hex(0x0B5F59);
  p.accentText = hex(0xFFFFFF);
  p.accentSoft = hex(0x0F766E, 0.12f);
  p.focus = hex(0x0E6D66);
  p.success = hex(0x137333);
  p.warning = hex(0x9A4507);
  p.danger = hex(0xB42020);
  p.dangerSoft = hex(0xFDECEC);
  p.warningSoft = hex(0xFEF3E2);
  p.successSoft = hex(0xE8F6EC);
  p.infoSoft = hex(0xE6F3F2);
  p.teamMarketing = hex(0x6741D9);   // violet
  p.teamSales = hex(0xA8360A);       // orange
  p.teamLeadership = hex(0x1864AB);  // blue
  p.teamOther = hex(0x585F6B);       // gray
  p.statusProposed = hex(0x1A5CA3);
  p.statusDiscussing = hex(0x924F05);
  p.statusAgreed = hex(0x137333);
  p.statusDeprecated = hex(0x585F6B);
  return p;
}

PaletteColors makeDark() {
  PaletteColors p;
  p.dark = true;
  p.appBg = hex(0x14161B);
  p.sidebarBg = hex(0x1A1D23);
  p.cardBg = hex(0x1E2128);
  p.cardBorder = hex(0x2E333D);
  p.fieldBorder = hex(0x707887);
  p.fieldBg = hex(0x262A33);
  p.fieldBgHover = hex(0x2D323C);
  p.text = hex(0xE7E9EE);
  p.textMuted = hex(0xA2A8B5);
  p.textFaint = hex(0x9AA1AE);
  p.accent = hex(0x33C2B4);
  p.accentHover = hex(0x4DD0C3);
  p.accentActive = hex(0x28A89C);
  p.accentText = hex(0x0B1513);
  p.accentSoft = hex(0x2BB5A8, 0.18f);
  p.focus = hex(0x5EEAD4);
  p.success = hex(0x4ADE80);
  p.warning = hex(0xF5A524);
  p.danger = hex(0xFF8585);
  p.dangerSoft = hex(0x3A1F22);
  p.warningSoft = hex(0x3A2E1A);
  p.successSoft = hex(0x1C3324);
  p.infoSoft = hex(0x17302E);
  p.teamMarketing = hex(0xB79FFC);
  p.teamSales = hex(0xFFA94D);
  p.teamLeadership = hex(0x74C0FC);
  p.teamOther = hex(0xADB5BD);
  p.statusProposed = hex(0x74C0FC);
  p.statusDiscussing = hex(0xF5A524);
  p.statusAgreed = hex(0x4ADE80);
  p.statusDeprecated = hex(0xA7AEBA);
  return p;
}

PaletteColors makeHighContrast() {
  PaletteColors p;
  p.dark = true;
  p.highContrast = true;
  p.appBg = hex(0x000000);
  p.sidebarBg = hex(0x000000);
  p.cardBg = hex(0x0A0A0A);
  p.cardBorder = hex(0xB3B3B3);
  p.fieldBorder = hex(0xB3B3B3);
  p.fieldBg = hex(0x000000);
  p.fieldBgHover = hex(0x1F1F1F);
  p.text = hex(0xFFFFFF);
  p.textMuted = hex(0xE0E0E0);
  p.textFaint = hex(0xC4C4C4);
  p.accent = hex(0x5EE7F0);
  p.accentHover = hex(0x9AF0F5);
  p.accentActive = hex(0x2FD4DE);
  p.accentText = hex(0x000000);
  p.accentSoft = hex(0x5EE7F0, 0.28f);
  p.focus = hex(0xFFD60A);
  p.success = hex(0x6EF0A0);
  p.warning = hex(0xFFD166);
  p.danger = hex(0xFF8F8F);
  p.dangerSoft = hex(0x330A0A);
  p.warningSoft = hex(0x2E2200);
  p.successSoft = hex(0x06281A);
  p.infoSoft = hex(0x062A2D);
  p.teamMarketing = hex(0xC9B8FF);
  p.teamSales = hex(0xFFB870);
  p.teamLeadership = hex(0x8CD1FF);
  p.teamOther = hex(0xD0D0D0);
  p.statusProposed = hex(0x8CD1FF);
  p.statusDiscussing = hex(0xFFD166);
  p.statusAgreed = hex(0x6EF0A0);
  p.statusDeprecated = hex(0xC0C0C0);
  return p;
}

PaletteColors makePresenter() {
  PaletteColors p = makeDark();
  p.appBg = hex(0x070B12);
  p.sidebarBg = hex(0x0E1420);
  p.cardBg = hex(0x111827);
  p.cardBorder = hex(0x334155);
  p.fieldBorder = hex(0x64748B);
  p.fieldBg = hex(0x1E293B);
  p.fieldBgHover = hex(0x293548);
  p.text = hex(0xFFFFFF);
  p.textMuted = hex(0xCBD5E1);
  p.textFaint = hex(0x9FADC2);
  p.accent = hex(0x5EEAD4);
  p.accentHover = hex(0x99F6E4);
  p.accentActive = hex(0x2DD4BF);
  p.accentText = hex(0x04201C);
  p.focus = hex(0x99F6E4);
  p.warning = hex(0xFBBF24);
  p.danger = hex(0xFF8A8A);
  return p;
}

}  // namespace

ThemeKind themeFromSetting(std::string_view setting) {
  if (setting == "dark") return ThemeKind::dark;
  if (setting == "high-contrast") return ThemeKind::highContrast;
  return ThemeKind::light;
}

const char* themeSetting(ThemeKind kind) {
  switch (kind) {
    case ThemeKind::dark: return "dark";
    case ThemeKind::highContrast: return "high-contrast";
    case ThemeKind::light: break;
  }
  return "light";
}

const PaletteColors& paletteColors(ThemeKind kind) {
  static const PaletteColors light = makeLight(), dark = makeDark(), highContrast = makeHighContrast();
  switch (kind) {
    case ThemeKind::dark: return dark;
    case ThemeKind::highContrast: return highContrast;
    case ThemeKind::light: break;
  }
  return light;
}

const PaletteColors& presenterColors() {
  static const PaletteColors p = makePresenter();
  return p;
}

float pillTint(const PaletteColors& colors) { return colors.dark ? 0.20f : 0.13f; }

}  // namespace gp::ui::theme
