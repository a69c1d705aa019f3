// Where a visible ImGui item was drawn in the last complete frame, by label (physical pixels).
#pragma once

#include <optional>
#include <string>

namespace gp::web {

struct ItemRect {
  float x, y, w, h;
};

// Called once a frame is complete: its items become the ones itemRect() answers from.
void publishItemRects();

// `label` is the full label ("Save##menu", "##plan-title") or its visible part ("Save").
std::optional<ItemRect> itemRect(const std::string& label);

}  // namespace gp::web
