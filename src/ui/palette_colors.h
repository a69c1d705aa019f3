// The colours of each theme as plain numbers, free of ImGui, so the unit tests can check every
// text/background pair the UI draws against WCAG contrast (tests/unit/theme_contrast_test.cpp).
#pragma once

#include <string_view>

namespace gp::ui::theme {

struct Rgba {
  float r = 0, g = 0, b = 0, a = 1;
};

// 0xRRGGBB, as designers write colours.
constexpr Rgba hex(unsigned rgb, float alpha = 1.0f) {
  return Rgba{((rgb >> 16) & 0xFF) / 255.0f, ((rgb >> 8) & 0xFF) / 255.0f, (rgb & 0xFF) / 255.0f, alpha};
}

enum class ThemeKind { light, dark, highContrast };

// The stored setting ("light", "dark", "high-contrast"); anything else is the light theme.
ThemeKind themeFromSetting(std::string_view setting);
const char* themeSetting(ThemeKind kind);

struct PaletteColors {
  bool dark = false;
  bool highContrast = false;
  Rgba appBg;        // behind everything
  Rgba sidebarBg;
  Rgba cardBg;       // cards, panels, popups
  Rgba cardBorder;   // soft: a card is told apart by its fill
  Rgba fieldBorder;  // the edge of fields, combos, checkboxes and buttons: 3:1 (WCAG 1.4.11)
  Rgba fieldBg;      // text fields on cards
  Rgba fieldBgHover;
  Rgba text;
  Rgba textMuted;    // captions, metadata
  Rgba textFaint;    // hints, placeholders: still text, so still 4.5:1
  Rgba accent;       // one accent: primary buttons, selection
  Rgba accentHover;
  Rgba accentActive;
  Rgba accentText;   // text on accent backgrounds
  Rgba accentSoft;   // selected rows, soft highlights
  Rgba focus;        // the keyboard focus ring
  Rgba success, warning, danger;
  Rgba dangerSoft, warningSoft, successSoft, infoSoft;
  Rgba teamMarketing, teamSales, teamLeadership, teamOther;
  Rgba statusProposed, statusDiscussing, statusAgreed, statusDeprecated;
};

const PaletteColors& paletteColors(ThemeKind kind);
// Presenter mode: near-black and white with a bright accent, readable on a washed-out projector.
const PaletteColors& presenterColors();

// How much of its colour a pill's background takes (widgets.cpp drawPill): the pill's text is
// drawn in the full colour over this tint.
float pillTint(const PaletteColors& colors);

}  // namespace gp::ui::theme
