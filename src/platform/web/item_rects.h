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

// Where text fields are (physical pixels), so the page can give a click on one its text field at
// once: what is typed before the next frame (an emoji, an IME word) then lands in it.
// The list goes to the page only when it changes.
void publishTextFieldRects(float dpr);

// `label` is the full label ("Save##menu", "##plan-title") or its visible part ("Save").
std::optional<ItemRect> itemRect(const std::string& label);

}  // namespace gp::web
