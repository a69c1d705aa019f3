// The diagnostic's two charts, drawn with ImGui's draw list in the app's palette: the teams'
// profiles across the 20 statements, and each team's mean total across the rounds.
#pragma once

#include <imgui.h>

#include <array>
#include <string>
#include <vector>

#include "core/model/workshop.h"

namespace gp::ui::diagnostic_charts {

struct Profile {
  std::string team;
  ImVec4 color;
  std::array<double, kDiagnosticStatementCount> means{};  // 1-5
};
// One line per team across the statements on the 1-5 scale, with a bar between the lines where
// they part (warm where the gap is a point or more); hovering a statement shows its words and means.
void profile(const char* id, const std::vector<Profile>& teams, ImVec2 size);

struct Trend {
  std::string team;
  ImVec4 color;
  std::vector<double> totals;  // per round; NaN where the team did not answer
};
// The mean total (20-100) of each team per round, over the bands of the four stages.
void trend(const char* id, const std::vector<std::string>& rounds, const std::vector<Trend>& teams, ImVec2 size);

}  // namespace gp::ui::diagnostic_charts
