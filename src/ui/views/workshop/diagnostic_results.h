// The results of one diagnostic round, as a workshop projects them: a tile per team (respondents,
// mean total, stage), both teams' profiles across the statements, the statements by how far the
// teams' views part, the trend across rounds, and next steps for the weakest statements. Only
// means are shown, never who answered what.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/workshop/diagnostic.h"
#include "ui/app_state.h"

namespace gp::ui {

class DiagnosticResults {
 public:
  void draw(UiContext& ui, const DiagnosticRound& round, float width);

 private:
  void refresh(const Document& doc, uint64_t revision, const DiagnosticRound& round);
  void drawTiles(float width);
  void drawProfile(float width);
  void drawGaps(float width);
  void drawTrend(float width);
  void drawNextSteps(UiContext& ui, float width);

  uint64_t builtRevision_ = 0;
  std::string builtRound_;
  DiagnosticReport report_;
  std::vector<int> weak_;
  // Mean total per team (kDiagnosticTeams order) per round with answers, oldest round first.
  std::vector<std::string> trendRounds_;
  std::vector<std::vector<double>> trendTotals_;
  bool allGaps_ = false;
};

}  // namespace gp::ui
