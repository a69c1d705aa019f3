// The app's palette and sizes, shared by App and the views so colors stay consistent everywhere.
#pragma once

#include <imgui.h>

#include "core/model/document.h"
#include "palette_colors.h"

namespace gp::ui::theme {

// The current theme's colours as ImGui takes them (see palette_colors.h for what each is for).
struct Palette {
  bool dark = false;
  bool highContrast = false;
  ImVec4 appBg;        // behind everything
  ImVec4 sidebarBg;
  ImVec4 cardBg;       // cards, panels, popups
  ImVec4 cardBorder;   // soft: a card is told apart by its fill
  ImVec4 fieldBorder;  // fields, combos, checkboxes, buttons: 3:1 against what is behind them
  ImVec4 fieldBg;      // text fields on cards
  ImVec4 fieldBgHover;
  ImVec4 text;
  ImVec4 textMuted;    // captions, metadata
  ImVec4 textFaint;    // hints, placeholders
  ImVec4 accent;       // one accent: primary buttons, selection, focus
  ImVec4 accentHover;
  ImVec4 accentActive;
  ImVec4 accentText;   // text on accent backgrounds
  ImVec4 accentSoft;   // selected rows, soft highlights
  ImVec4 focus;        // the keyboard focus ring
  ImVec4 success, warning, danger;
  ImVec4 dangerSoft, warningSoft, successSoft, infoSoft;
};

const Palette& palette();
// Presenter mode: near-black and white with a bright accent, readable on a washed-out projector.
const Palette& presenterPalette();
float scale();  // device pixel ratio the style was built for
ThemeKind kind();

// Team and term-status colors, readable on cards in every theme.
ImVec4 teamColor(Team team);
ImVec4 statusColor(TermStatus status);

// White or near-black, whichever reads better on a button filled with `background`.
ImVec4 readableTextOn(const ImVec4& background);

ImU32 u32(const ImVec4& color, float alphaScale = 1.0f);

}  // namespace gp::ui::theme
