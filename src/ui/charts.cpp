#include "charts.h"

#include <algorithm>
#include <cmath>

#include "core/text/number_text.h"
#include "accessible_text.h"
#include "fitted_text.h"
#include "term_text.h"
#include "theme.h"
#include "widgets.h"

namespace gp::ui::charts {

namespace {

float sc() { return theme::scale(); }

ImVec4 hex(unsigned rgb) { return ImVec4(((rgb >> 16) & 0xFF) / 255.0f, ((rgb >> 8) & 0xFF) / 255.0f, (rgb & 0xFF) / 255.0f, 1); }

// Whether the mouse is over the chart being drawn (tooltips change the "last item").
bool gChartHovered = false;

// Reserves the chart's area as one hoverable item; returns its top-left corner.
ImVec2 reserve(const char* id, ImVec2 size) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(id, size);
  gChartHovered = ImGui::IsItemHovered();
  return origin;
}

bool hovering(ImVec2 min, ImVec2 max) { return gChartHovered && ImGui::IsMouseHoveringRect(min, max, false); }

void tooltip(const std::string& text) {
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(text.c_str());
  ImGui::EndTooltip();
}

void smallText(ImDrawList* dl, ImVec2 pos, ImU32 color, const std::string& text) {
  ImFont* font = smallFont();
  dl->AddText(font, scaledSize(font), pos, color, text.c_str());
}

ImVec2 smallSize(const std::string& text) {
  ImFont* font = smallFont();
  return font->CalcTextSizeA(scaledSize(font), FLT_MAX, 0, text.c_str());
}

// Round axis steps: 1, 2, 2.5 or 5 times a power of ten, about `count` of them up to `max`.
double niceStep(double max, int count) {
  if (!(max > 0)) return 1;
  const double raw = max / count;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (raw <= m * power) return m * power;
  return 10 * power;
}

void dashedLine(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 color, float thickness) {
  const float len = std::hypot(b.x - a.x, b.y - a.y);
  const float dash = 5 * sc(), gap = 4 * sc();
  for (float t = 0; t < len; t += dash + gap) {
    const float t2 = std::min(len, t + dash);
    dl->AddLine(ImVec2(a.x + (b.x - a.x) * t / len, a.y + (b.y - a.y) * t / len),
                ImVec2(a.x + (b.x - a.x) * t2 / len, a.y + (b.y - a.y) * t2 / len), color, thickness);
  }
}

}  // namespace

ImVec4 seriesColor(size_t index) {
  static const unsigned light[] = {0x0F766E, 0x7048E8, 0xD9480F, 0x1971C2, 0xC2255C, 0x5C940D, 0xE67700, 0x495057};
  static const unsigned dark[] = {0x2BB5A8, 0xB197FC, 0xFFA94D, 0x74C0FC, 0xF783AC, 0x94D82D, 0xFFD43B, 0xADB5BD};
  return hex((theme::palette().dark ? dark : light)[index % 8]);
}

std::string compactNumber(double value) {
  const double a = std::fabs(value);
  if (a >= 1e9) return formatNumber(value / 1e9, 1) + "bn";
  if (a >= 1e6) return formatNumber(value / 1e6, 1) + "M";
  if (a >= 1e4) return formatNumber(value / 1e3, 0) + "k";
  if (a >= 1e3) return formatNumber(value / 1e3, 1) + "k";
  return formatNumber(value, a < 10 ? 1 : 0);
}

void funnel(const char* id, const std::vector<Bar>& stages, const std::vector<std::string>& between, ImVec2 size) {
  const theme::Palette& p = theme::palette();
  const ImVec2 o = reserve(id, size);
  if (stages.empty()) return;
  std::string spoken = "The funnel, drawn to scale:";  // what a screen reader hears on the chart
  for (size_t i = 0; i < stages.size(); ++i) {
    spoken += " " + stages[i].label + " " + stages[i].valueText + (i + 1 < stages.size() ? "," : ".");
    if (i < between.size() && i + 1 < stages.size()) spoken += " " + between[i] + " convert;";
  }
  accessible::nameLastItem(spoken);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // Names on the left; on the right, room for the conversion rate beside the widest bar.
  float nameW = 0, rateW = 0;
  for (const auto& s : stages) nameW = std::max(nameW, ImGui::CalcTextSize(s.label.c_str()).x + 10 * sc());
  for (const auto& b : between) rateW = std::max(rateW, smallSize(b + " convert").x + 12 * sc());
  nameW = std::min(nameW, size.x * 0.3f);
  rateW = std::min(rateW, size.x * 0.2f);
  const float left = o.x + nameW, right = o.x + size.x - rateW;
  const float centre = (left + right) * 0.5f, maxW = right - left;
  const float rowH = size.y / stages.size();
  const float bandH = std::min(rowH * 0.7f, 40 * sc());
  double maxValue = 0;
  for (const auto& s : stages) maxValue = std::max(maxValue, s.value);
  // To scale: a stage of 1% of the widest is 1% wide (a hairline, never nothing, when above zero).
  auto widthOf = [&](double v) {
    if (!(v > 0) || !(maxValue > 0)) return 0.0f;
    return std::max(2 * sc(), static_cast<float>(maxW * (v / maxValue)));
  };
  auto topOf = [&](size_t i) { return o.y + i * rowH + (rowH - bandH) * 0.5f; };

  for (size_t i = 0; i < stages.size(); ++i) {
    const Bar& s = stages[i];
    const float top = topOf(i), bottom = top + bandH, w = widthOf(s.value);
    const bool hot = hovering(ImVec2(o.x, o.y + i * rowH), ImVec2(o.x + size.x, o.y + (i + 1) * rowH));
    if (i + 1 < stages.size()) {
      // A faint flow from this bar into the next one shows what moves on.
      const float wNext = widthOf(stages[i + 1].value), nextTop = topOf(i + 1);
      const ImVec2 flow[4] = {ImVec2(centre - w / 2, bottom), ImVec2(centre + w / 2, bottom), ImVec2(centre + wNext / 2, nextTop),
                              ImVec2(centre - wNext / 2, nextTop)};
      if (w > 0 && wNext > 0) dl->AddConvexPolyFilled(flow, 4, theme::u32(s.color, 0.16f));
    }
    const ImRect bar(ImVec2(centre - w / 2, top), ImVec2(centre + w / 2, bottom));
    if (w > 0) dl->AddRectFilled(bar.Min, bar.Max, theme::u32(s.color, hot ? 1.0f : 0.9f), std::min(3 * sc(), w / 2));
    exposeRect(w > 0 ? bar : ImRect(ImVec2(centre, top), ImVec2(centre + 1, bottom)),
               s.label + ": " + s.valueText + "##funnel-bar-" + std::to_string(i));
    // Name on the left, the count in the bar (or beside it when the bar is narrow).
    const float textY = (top + bottom - ImGui::GetTextLineHeight()) * 0.5f;
    fittedTextAt(dl, ImVec2(o.x, textY), s.label, nameW - 8 * sc(), theme::u32(p.text));
    const ImVec2 vs = ImGui::CalcTextSize(s.valueText.c_str());
    if (vs.x + 16 * sc() < w)
      dl->AddText(ImVec2(centre - vs.x / 2, textY), IM_COL32_WHITE, s.valueText.c_str());
    else
      dl->AddText(ImVec2(centre + w / 2 + 8 * sc(), textY), theme::u32(p.text), s.valueText.c_str());
    // The conversion rate beside the flow into the next bar, halfway between the two.
    if (i < between.size() && i + 1 < stages.size()) {
      const float x = centre + w / 2 + 10 * sc();
      const float room = o.x + size.x - x;
      const std::string text = smallSize(between[i] + " convert").x <= room ? between[i] + " convert" : between[i];
      const ImVec2 ts = smallSize(text);
      const ImVec2 at(std::min(x, o.x + size.x - ts.x), (bottom + topOf(i + 1) - ts.y) * 0.5f);
      smallText(dl, at, theme::u32(p.textMuted), text);
      exposeRect(ImRect(at, ImVec2(at.x + ts.x, at.y + ts.y)), text + "##funnel-rate-" + std::to_string(i));
    }
    if (hot) tooltip(s.tooltip.empty() ? s.label + ": " + s.valueText : s.tooltip);
  }
}

void barsAgainst(const char* id, const std::vector<Bar>& bars, double marker, const std::string& markerLabel, ImVec2 size) {
  const theme::Palette& p = theme::palette();
  const ImVec2 o = reserve(id, size);
  if (bars.empty()) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float nameW = 0, valueW = 0;
  for (const auto& b : bars) {
    nameW = std::max(nameW, ImGui::CalcTextSize(b.label.c_str()).x + 12 * sc());
    valueW = std::max(valueW, ImGui::CalcTextSize(b.valueText.c_str()).x + 12 * sc());
  }
  // Without room for name, bar and value on one line, each name goes over its bar.
  const bool namesAbove = size.x - nameW - valueW < std::max(120 * sc(), size.x * 0.35f);
  if (namesAbove) nameW = 0;
  const float top = o.y + 22 * sc();  // room for the marker's label
  const float left = o.x + nameW, right = o.x + size.x - valueW;
  double maxValue = marker;
  for (const auto& b : bars) maxValue = std::max(maxValue, b.value);
  if (!(maxValue > 0)) maxValue = 1;
  const float scaleX = (right - left) / static_cast<float>(maxValue * 1.05);
  const float rowH = (o.y + size.y - top) / bars.size();
  const float lineH = ImGui::GetTextLineHeight();
  const float barH = namesAbove ? std::max(6 * sc(), std::min(rowH - lineH - 8 * sc(), 26 * sc())) : std::min(rowH * 0.62f, 34 * sc());

  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const float y0 = namesAbove ? top + i * rowH + lineH + 4 * sc() : top + i * rowH + (rowH - barH) * 0.5f;
    const bool hot = hovering(ImVec2(o.x, top + i * rowH), ImVec2(o.x + size.x, top + (i + 1) * rowH));
    dl->AddRectFilled(ImVec2(left, y0), ImVec2(right, y0 + barH), theme::u32(p.fieldBg), 4 * sc());
    const float x1 = left + std::max(0.0f, static_cast<float>(b.value) * scaleX);
    if (x1 > left) dl->AddRectFilled(ImVec2(left, y0), ImVec2(x1, y0 + barH), theme::u32(b.color, hot ? 1.0f : 0.88f), 4 * sc());
    const float textY = y0 + (barH - ImGui::GetTextLineHeight()) * 0.5f;
    if (namesAbove) fittedTextAt(dl, ImVec2(o.x, y0 - lineH - 2 * sc()), b.label, size.x, theme::u32(p.text));
    else fittedTextAt(dl, ImVec2(o.x, textY), b.label, nameW - 10 * sc(), theme::u32(p.text));
    dl->AddText(ImVec2(right + 10 * sc(), textY), theme::u32(p.text), b.valueText.c_str());
    if (hot) tooltip(b.tooltip.empty() ? b.label + ": " + b.valueText : b.tooltip);
  }
  if (marker > 0) {
    const float x = left + static_cast<float>(marker) * scaleX;
    dashedLine(dl, ImVec2(x, top - 4 * sc()), ImVec2(x, o.y + size.y), theme::u32(p.text, 0.7f), 1.5f * sc());
    const ImVec2 ts = smallSize(markerLabel);
    smallText(dl, ImVec2(std::min(x - ts.x * 0.5f, o.x + size.x - ts.x), o.y), theme::u32(p.textMuted), markerLabel);
  }
}

void columns(const char* id, const std::vector<std::string>& categories, const std::vector<Series>& series, ImVec2 size) {
  const theme::Palette& p = theme::palette();
  const ImVec2 o = reserve(id, size);
  if (categories.empty() || series.empty()) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float lineH = smallSize("0").y;
  const bool legend = series.size() > 1;
  const float top = o.y + (legend ? lineH + 14 * sc() : 6 * sc());
  const float bottom = o.y + size.y - lineH - 10 * sc();

  double maxValue = 0;
  for (const auto& s : series)
    for (double v : s.values)
      if (std::isfinite(v)) maxValue = std::max(maxValue, v);
  const double step = niceStep(maxValue, 4);
  const double axisMax = std::max(step, std::ceil(maxValue / step) * step);

  // Value axis: gridlines with labels.
  float axisW = 0;
  for (double v = 0; v <= axisMax + step * 0.5; v += step) axisW = std::max(axisW, smallSize(compactNumber(v)).x);
  const float left = o.x + axisW + 10 * sc(), right = o.x + size.x;
  auto yOf = [&](double v) { return bottom - static_cast<float>(v / axisMax) * (bottom - top); };
  for (double v = 0; v <= axisMax + step * 0.5; v += step) {
    const float y = yOf(v);
    dl->AddLine(ImVec2(left, y), ImVec2(right, y), theme::u32(p.cardBorder, v == 0 ? 1.0f : 0.7f), 1);
    const std::string text = compactNumber(v);
    smallText(dl, ImVec2(left - 8 * sc() - smallSize(text).x, y - lineH * 0.5f), theme::u32(p.textMuted), text);
  }

  const float slot = (right - left) / categories.size();
  const float groupW = std::min(slot * 0.72f, 26 * sc() * series.size() + 8 * sc());
  const float barW = groupW / series.size();
  const size_t labelEvery = std::max<size_t>(1, static_cast<size_t>(std::ceil(categories.size() * 70 * sc() / (right - left))));
  for (size_t c = 0; c < categories.size(); ++c) {
    const float x0 = left + c * slot;
    const bool hot = hovering(ImVec2(x0, top), ImVec2(x0 + slot, bottom + lineH + 10 * sc()));
    if (hot) dl->AddRectFilled(ImVec2(x0, top), ImVec2(x0 + slot, bottom), theme::u32(p.accentSoft, 0.6f), 4 * sc());
    const float gx = x0 + (slot - groupW) * 0.5f;
    for (size_t s = 0; s < series.size(); ++s) {
      if (c >= series[s].values.size() || !std::isfinite(series[s].values[c])) continue;
      const float y = yOf(series[s].values[c]);
      const float bx = gx + s * barW;
      dl->AddRectFilled(ImVec2(bx + 1 * sc(), y), ImVec2(bx + barW - 1 * sc(), bottom), theme::u32(series[s].color), 3 * sc(),
                        ImDrawFlags_RoundCornersTop);
    }
    if (c % labelEvery == 0) {
      const ImVec2 ts = smallSize(categories[c]);
      smallText(dl, ImVec2(x0 + (slot - ts.x) * 0.5f, bottom + 6 * sc()), theme::u32(p.textMuted), categories[c]);
    }
    if (hot) {
      ImGui::BeginTooltip();
      ImGui::TextUnformatted(categories[c].c_str());
      for (const auto& s : series) {
        if (c >= s.values.size()) continue;
        const std::string value = std::isfinite(s.values[c]) ? formatNumber(s.values[c], 0) : std::string("\xE2\x80\x94");
        ImGui::TextColored(s.color, "%s:", s.name.c_str());
        ImGui::SameLine();
        ImGui::TextUnformatted(value.c_str());
      }
      ImGui::EndTooltip();
    }
  }
  if (legend) {
    float x = left;
    for (const auto& s : series) {
      const float box = lineH * 0.7f;
      dl->AddRectFilled(ImVec2(x, o.y + (lineH - box) * 0.5f), ImVec2(x + box, o.y + (lineH + box) * 0.5f), theme::u32(s.color), 2 * sc());
      smallText(dl, ImVec2(x + box + 6 * sc(), o.y), theme::u32(p.textMuted), s.name);
      x += box + 6 * sc() + smallSize(s.name).x + 18 * sc();
    }
  }
}

void stackedShares(const char* id, const std::vector<StackedRow>& rows, ImVec2 size) {
  const theme::Palette& p = theme::palette();
  const ImVec2 o = reserve(id, size);
  if (rows.empty()) return;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float nameW = 110 * sc();
  const float left = o.x + nameW, right = o.x + size.x;
  const float rowH = size.y / rows.size();
  const float barH = std::min(rowH * 0.6f, 38 * sc());
  for (size_t r = 0; r < rows.size(); ++r) {
    const StackedRow& row = rows[r];
    double total = 0;
    for (const auto& s : row.segments) total += std::max(0.0, s.value);
    const float y0 = o.y + r * rowH + (rowH - barH) * 0.5f;
    dl->AddText(ImVec2(o.x, y0 + (barH - ImGui::GetTextLineHeight()) * 0.5f), theme::u32(p.text), row.label.c_str());
    if (!(total > 0)) {
      dl->AddRectFilled(ImVec2(left, y0), ImVec2(right, y0 + barH), theme::u32(p.fieldBg), 4 * sc());
      continue;
    }
    float x = left;
    for (size_t i = 0; i < row.segments.size(); ++i) {
      const Segment& s = row.segments[i];
      const float w = static_cast<float>(std::max(0.0, s.value) / total) * (right - left);
      if (w <= 0) continue;
      const ImDrawFlags corners = (i == 0 ? ImDrawFlags_RoundCornersLeft : 0) | (i + 1 == row.segments.size() ? ImDrawFlags_RoundCornersRight : 0);
      const bool hot = hovering(ImVec2(x, y0), ImVec2(x + w, y0 + barH));
      dl->AddRectFilled(ImVec2(x, y0), ImVec2(x + w, y0 + barH), theme::u32(s.color, hot ? 1.0f : 0.88f), 4 * sc(),
                        corners ? corners : ImDrawFlags_RoundCornersNone);
      if (x > left) dl->AddLine(ImVec2(x, y0), ImVec2(x, y0 + barH), theme::u32(p.cardBg), 2 * sc());
      const std::string share = formatPercent(s.value / total, 0);
      const ImVec2 ts = ImGui::CalcTextSize(share.c_str());
      if (ts.x + 10 * sc() < w)
        dl->AddText(ImVec2(x + (w - ts.x) * 0.5f, y0 + (barH - ts.y) * 0.5f), IM_COL32_WHITE, share.c_str());
      if (hot) tooltip(s.tooltip.empty() ? s.label + ": " + share : s.tooltip);
      x += w;
    }
  }
}

}  // namespace gp::ui::charts
