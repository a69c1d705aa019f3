#include "wide_table.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "widgets.h"

namespace gp::ui {

namespace {

// Remembered per table: the rows' height, and per column what it needs with its names at their
// readable width (slot c) and with them wrapped at every space (slot kWordSlots + c).
constexpr int kHeightSlot = -1;
constexpr int kWordSlots = 1 << 16;

float textWidth(std::string_view text) {
  ImFont* font = ImGui::GetFont();
  return font->CalcTextSizeA(scaledSize(font), FLT_MAX, 0, text.data(), text.data() + text.size()).x;
}

}  // namespace

WideTable::WideTable(const char* id, float width)
    : storage_(ImGui::GetStateStorage()), id_(ImGui::GetID(id)), name_(id), width_(width) {}

float WideTable::remembered(int slot) const { return storage_->GetFloat(ImHashData(&slot, sizeof slot, id_)); }

void WideTable::remember(int slot, float value) { storage_->SetFloat(ImHashData(&slot, sizeof slot, id_), value); }

bool WideTable::begin(const std::vector<WideColumn>& columns, ImGuiTableFlags flags) {
  const int count = static_cast<int>(columns.size());
  const ImGuiStyle& style = ImGui::GetStyle();
  needed_.assign(columns.size(), 0.0f);
  words_.assign(columns.size(), 0.0f);
  readable_.clear();
  for (const WideColumn& column : columns) readable_.push_back(column.readable);
  // Whole pixels, and two to spare, so rounding never takes a pixel from a word.
  std::vector<float> need(columns.size()), words(columns.size());
  float needSum = 0, wordsSum = 0;
  for (int c = 0; c < count; ++c) {
    needSum += need[c] = std::ceil(std::max(remembered(c), columns[c].least)) + 2;
    wordsSum += words[c] = std::ceil(std::max(remembered(kWordSlots + c), columns[c].least)) + 2;
  }
  // What ImGui adds around the cells' content: padding in each cell and at both ends, a border.
  const float room = width_ - 2 * style.CellPadding.x * static_cast<float>(count + 1) - static_cast<float>(count);
  // Names give up their readable width before the table scrolls.
  if (needSum > room && wordsSum <= room) {
    need = words;
    needSum = wordsSum;
  }
  scrolls_ = needSum > room;

  // Columns whose share of the width would be less than they need keep what they need; the rest
  // share what is left by weight.
  std::vector<bool> pinned;
  for (const WideColumn& column : columns) pinned.push_back(scrolls_ || column.weight <= 0);
  for (bool changed = !scrolls_; changed;) {
    changed = false;
    float weights = 0, pinnedWidth = 0;
    for (int c = 0; c < count; ++c) {
      if (pinned[c]) pinnedWidth += need[c];
      else weights += columns[c].weight;
    }
    for (int c = 0; c < count; ++c) {
      if (pinned[c] || (room - pinnedWidth) * columns[c].weight / weights >= need[c]) continue;
      pinned[c] = changed = true;
    }
  }

  ImVec2 size(width_, 0);
  if (scrolls_) {
    flags |= ImGuiTableFlags_ScrollX | ImGuiTableFlags_NoSavedSettings;
    // A scrolling table is a child window, which needs its height up front.
    const float rows = remembered(kHeightSlot);
    size.y = (rows > 0 ? rows : ImGui::GetTextLineHeightWithSpacing() * 4) + style.ScrollbarSize;
  }
  if (!ImGui::BeginTable(name_.c_str(), count, flags, size)) return false;
  table_ = ImGui::GetCurrentTable();
  for (int c = 0; c < count; ++c) {
    ImGui::TableSetupColumn(columns[c].header, pinned[c] ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch,
                            pinned[c] ? need[c] : columns[c].weight);
  }
  return true;
}

void WideTable::end() {
  ImGuiTable* table = table_;
  ImGui::EndTable();
  for (size_t c = 0; c < needed_.size(); ++c) {
    remember(static_cast<int>(c), needed_[c]);
    remember(kWordSlots + static_cast<int>(c), words_[c]);
  }
  if (scrolls_) remember(kHeightSlot, table->RowPosY2 - table->InnerWindow->DC.CursorStartPos.y);
}

void WideTable::fit(float width, float preferred) {
  const int column = ImGui::TableGetColumnIndex();
  if (column < 0 || column >= static_cast<int>(needed_.size())) return;
  const size_t c = static_cast<size_t>(column);
  words_[c] = std::max(words_[c], width);
  needed_[c] = std::max(needed_[c], preferred);
}

void WideTable::fitWidth(float width) { fit(width, width); }

void WideTable::fitLine(std::string_view text) { fitWidth(textWidth(text)); }

void WideTable::fitWords(std::string_view text, float indent) {
  float longestWord = 0;
  for (size_t start = 0; start <= text.size();) {
    const size_t end = std::min(text.find_first_of(" \n", start), text.size());
    longestWord = std::max(longestWord, textWidth(text.substr(start, end - start)));
    start = end + 1;
  }
  const int column = ImGui::TableGetColumnIndex();
  const float readable = column >= 0 && column < static_cast<int>(readable_.size()) ? readable_[static_cast<size_t>(column)] : 0;
  fit(indent + longestWord, indent + std::max(longestWord, std::min(textWidth(text), readable)));
}

}  // namespace gp::ui
