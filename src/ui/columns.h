// How many columns (tiles, fields) of a minimum width fit a row, so a layout that is four across
// on a desk becomes two or one across on a phone instead of squeezing its content.
#pragma once

#include <algorithm>
#include <cmath>

namespace gp::ui {

// Columns of at least `minWidth` with `gap` between them that fit `width`: 1 to `most`.
inline int columnsFitting(float width, float minWidth, float gap, int most) {
  return std::clamp(static_cast<int>((width + gap) / (minWidth + gap)), 1, std::max(1, most));
}

// The width of each of `columns` sharing `width`.
inline float columnWidth(float width, int columns, float gap) {
  return std::floor((width - gap * static_cast<float>(columns - 1)) / static_cast<float>(std::max(1, columns)));
}

}  // namespace gp::ui
