// Tables that stay readable from a phone to a projector. A column is never narrower than the
// longest word drawn in it (a quarter "2027-Q1" or an amount is one word), nor than text drawn on
// one line (a header), and a column of names no narrower than `readable` unless its names are
// shorter or the table would otherwise scroll. When the columns need more than the page has, they
// keep those widths and the table scrolls sideways instead of breaking words.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

struct ImGuiTable;

namespace gp::ui {

struct WideColumn {
  const char* header;
  float weight = 1.0f;   // its share of spare width while the table fits the page; 0: none
  float readable = 0;    // text wrapped between words: the width it prefers before wrapping
  float least = 0;       // at least this wide whatever it measured (buttons, pills)
};

// What a table's text needs is known only once it is drawn, so each frame lays the table out by
// what the previous frame measured (the app draws a few frames after every change, so the table
// settles before the app rests), as TileGrid does with row heights.
class WideTable {
 public:
  // `id` names the table in the current window; what it measured is remembered under it.
  WideTable(const char* id, float width);

  // ImGui::BeginTable with `flags` and the columns set up; false: draw nothing, skip end().
  bool begin(const std::vector<WideColumn>& columns, ImGuiTableFlags flags);
  void end();
  bool scrolls() const { return scrolls_; }

  // Text in the current column, wrapped between words, `indent` from the column's left: its
  // longest word must fit.
  void fitWords(std::string_view text, float indent = 0);
  // Text in the current column on one line (a header, a number): all of it must fit.
  void fitLine(std::string_view text);
  // Anything else in the current column that needs `width`.
  void fitWidth(float width);

 private:
  void fit(float width, float preferred);
  float remembered(int slot) const;
  void remember(int slot, float value);

  ImGuiStorage* storage_;
  ImGuiID id_;
  std::string name_;
  float width_;
  bool scrolls_ = false;
  std::vector<float> needed_;    // this frame's measurements, per column: names at their readable width
  std::vector<float> words_;     // and names wrapped at every space
  std::vector<float> readable_;  // per column
  ImGuiTable* table_ = nullptr;
};

}  // namespace gp::ui
