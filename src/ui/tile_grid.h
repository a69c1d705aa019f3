// Summary tiles in rows, where the tiles of a row share the height of its tallest: a note or a
// title that wraps in one tile must not leave its neighbours short.
#pragma once

#include <imgui.h>

namespace gp::ui {

class TileGrid {
 public:
  // `name` identifies the grid in the current window (row heights are remembered under it).
  TileGrid(const char* name, int perRow, float gap);

  // Starts a tile card on the current row or the next; draw its content, then end().
  void begin(const char* id, float width, const ImVec4* stripe = nullptr);
  void end();

 private:
  ImGuiStorage* heights_;
  ImGuiID name_;
  int perRow_;
  float gap_;
  int drawn_ = 0;
  float rowHeight_ = 0;   // what the row's tallest tile needed last frame
  float rowNeeded_ = 0;   // what the row's tiles need this frame
  float top_ = 0;
};

}  // namespace gp::ui
