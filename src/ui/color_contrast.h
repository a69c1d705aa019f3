// WCAG 2.2 contrast between two colours (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
#pragma once

#include "palette_colors.h"

namespace gp::ui::theme {

constexpr double kNormalTextContrast = 4.5;   // WCAG AA, body-size text
constexpr double kNonTextContrast = 3.0;      // WCAG AA, large text and UI components (borders, focus rings)

double relativeLuminance(const Rgba& color);
// 1 (same) to 21 (black on white); both colours are taken as opaque.
double contrastRatio(const Rgba& a, const Rgba& b);
// `top` painted with its alpha over an opaque `bottom`: what the eye sees.
Rgba over(const Rgba& top, const Rgba& bottom);
// White or near-black, whichever reads better on `background` (text on a button of any colour).
Rgba readableTextOn(const Rgba& background);

}  // namespace gp::ui::theme
