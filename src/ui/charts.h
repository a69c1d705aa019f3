// Charts drawn with ImGui's draw list in the app's palette: a tapered funnel, bars against a target
// line, bars per period with an axis, and stacked shares. Each reserves its area as one item
// (labelled by `id`) and shows exact numbers in a tooltip under the mouse.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace gp::ui::charts {

// A categorical colour for series/segment `index`, readable in both themes.
ImVec4 seriesColor(size_t index);
// Short axis labels: 1,200,000 -> "1.2M", 30,000 -> "30k", 950 -> "950".
std::string compactNumber(double value);

struct Bar {
  std::string label;
  double value = 0;
  ImVec4 color;
  std::string valueText;  // shown on the chart, e.g. "4,000"
  std::string tooltip;    // exact figures under the mouse; defaults to label and valueText
};

// The funnel, widest stage on top, drawn to scale: each stage a centred bar whose width is its
// count's share of the largest, a faint flow into the next bar, and the conversion rate beside it
// (`between[i]`: stage i to i + 1). Each bar and rate is exposed to automation
// ("Leads: 4,000##funnel-bar-0", "30% convert##funnel-rate-0").
void funnel(const char* id, const std::vector<Bar>& stages, const std::vector<std::string>& between, ImVec2 size);

// Horizontal bars from a common zero, with a dashed line at `marker` (e.g. the target).
void barsAgainst(const char* id, const std::vector<Bar>& bars, double marker, const std::string& markerLabel, ImVec2 size);

struct Series {
  std::string name;
  ImVec4 color;
  std::vector<double> values;  // one per category; NaN for "no value"
};

// Vertical bars per category (e.g. per period), series side by side, with a value axis,
// gridlines and a legend when there is more than one series.
void columns(const char* id, const std::vector<std::string>& categories, const std::vector<Series>& series, ImVec2 size);

struct Segment {
  std::string label;
  double value = 0;
  ImVec4 color;
  std::string tooltip;
};
struct StackedRow {
  std::string label;  // e.g. "Budget"
  std::vector<Segment> segments;
};

// One 100% bar per row, split into its segments, with the shares written on wide segments.
void stackedShares(const char* id, const std::vector<StackedRow>& rows, ImVec2 size);

}  // namespace gp::ui::charts
