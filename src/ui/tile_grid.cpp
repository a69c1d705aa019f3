// A tile's height is known only once it is drawn, so each row takes the heights its tiles needed
// the frame before; the app draws a few frames after every change, so rows settle before it rests.
#include "tile_grid.h"

#include <imgui_internal.h>

#include <algorithm>

#include "widgets.h"

namespace gp::ui {

TileGrid::TileGrid(const char* name, int perRow, float gap)
    : heights_(ImGui::GetStateStorage()), name_(ImGui::GetID(name)), perRow_(std::max(1, perRow)), gap_(gap) {}

void TileGrid::begin(const char* id, float width, const ImVec4* stripe) {
  const int row = drawn_ / perRow_;
  if (drawn_ % perRow_ != 0) {
    ImGui::SameLine(0, gap_);
  } else {
    if (drawn_ > 0) ImGui::Dummy(ImVec2(0, std::max(0.0f, gap_ - ImGui::GetStyle().ItemSpacing.y)));
    rowHeight_ = heights_->GetFloat(ImHashData(&row, sizeof row, name_));
    rowNeeded_ = 0;
  }
  beginCard(id, stripe, width);
  top_ = ImGui::GetCurrentWindow()->DC.CursorPos.y;
}

void TileGrid::end() {
  ImGuiWindow* card = ImGui::GetCurrentWindow();
  rowNeeded_ = std::max(rowNeeded_, card->DC.CursorMaxPos.y - top_);
  card->DC.CursorMaxPos.y = std::max(card->DC.CursorMaxPos.y, top_ + rowHeight_);  // the card sizes to its content
  endCard();
  const int row = drawn_ / perRow_;
  heights_->SetFloat(ImHashData(&row, sizeof row, name_), rowNeeded_);
  ++drawn_;
}

}  // namespace gp::ui
