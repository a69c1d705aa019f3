#include "panel_toggles.h"

#include <imgui.h>

#include <cmath>

#include "ui/theme.h"
#include "ui/widgets.h"

namespace gp::ui {

void drawPanelToggles(ActivityPanel& open, const PanelToggle (&toggles)[3], float width, bool stacked, float height) {
  const float gap = 10 * theme::scale();
  const float buttonW = stacked ? width : std::floor((width - 2 * gap) / 3);
  bool first = true;
  for (const auto& each : toggles) {
    if (!first && !stacked) ImGui::SameLine(0, gap);
    first = false;
    const bool on = open == each.panel;
    if (button(each.text, each.id, on ? ButtonKind::primary : ButtonKind::normal, ImVec2(buttonW, height)))
      open = on ? ActivityPanel::none : each.panel;
  }
}

}  // namespace gp::ui
