// The one rounding rule for every count the app shows: the exact value rounded up to a whole
// number, after forgiving floating-point noise (350 / 0.35 is 1000.0000000000001 in floating
// point; 1000 people are needed, not 1001).
#pragma once

#include <cmath>

namespace gp {

// Values within this relative distance of a whole number count as that whole number.
inline constexpr double kRoundingTolerance = 1e-9;

// The exact value rounded up; 0 for zero, negative, NaN or infinite input (callers validate first).
inline double requiredCount(double exact) {
  if (!std::isfinite(exact) || exact <= 0) return 0;
  const double nearest = std::round(exact);
  if (std::fabs(exact - nearest) <= kRoundingTolerance * std::fmax(1.0, nearest)) return nearest;
  return std::ceil(exact);
}

// The exact value rounded down with the same tolerance (how many whole things a budget affords).
inline double affordableCount(double exact) {
  if (!std::isfinite(exact) || exact <= 0) return 0;
  const double nearest = std::round(exact);
  if (std::fabs(exact - nearest) <= kRoundingTolerance * std::fmax(1.0, nearest)) return nearest;
  return std::floor(exact);
}

}  // namespace gp
