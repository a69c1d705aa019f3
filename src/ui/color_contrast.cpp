#include "color_contrast.h"

#include <algorithm>
#include <cmath>

namespace gp::ui::theme {
namespace {

double linear(float channel) {
  return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

}  // namespace

double relativeLuminance(const Rgba& c) { return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b); }

double contrastRatio(const Rgba& a, const Rgba& b) {
  const double la = relativeLuminance(a), lb = relativeLuminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgba over(const Rgba& top, const Rgba& bottom) {
  const auto mix = [&](float t, float b) { return t * top.a + b * (1 - top.a); };
  return Rgba{mix(top.r, bottom.r), mix(top.g, bottom.g), mix(top.b, bottom.b), 1};
}

Rgba readableTextOn(const Rgba& background) {
  const Rgba white = hex(0xFFFFFF), ink = hex(0x0B1513);
  return contrastRatio(white, background) >= contrastRatio(ink, background) ? white : ink;
}

}  // namespace gp::ui::theme
