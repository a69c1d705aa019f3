// The row of three large toggles over a workshop activity (the diagnostic, a dot vote, a draft):
// invite by link, answer on this screen, add answers. One panel is open at a time; clicking the
// open one closes it.
#pragma once

namespace gp::ui {

enum class ActivityPanel { none, invite, screen, paste };

struct PanelToggle {
  ActivityPanel panel;
  const char* text;
  const char* id;  // stable, for tests: "##vote-panel-invite"
};

// Side by side across `width`, or one under the other when `stacked` (narrow screens).
void drawPanelToggles(ActivityPanel& open, const PanelToggle (&toggles)[3], float width, bool stacked, float height);

}  // namespace gp::ui
