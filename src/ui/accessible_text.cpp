#include "accessible_text.h"

#include <imgui_internal.h>

#include <utility>

namespace gp::ui::accessible {

namespace {

struct State {
  FrameWords words;
  const ImGuiWindow* captionWindow = nullptr;
  std::string caption;
};

State& state() {
  static State s;
  return s;
}

bool lastItemFocused() {
  const ImGuiID id = ImGui::GetItemID();
  return id != 0 && id == state().words.focused.id;
}

bool inModalDialog() {
  const ImGuiWindow* window = GImGui->CurrentWindow;
  return window && (window->RootWindow->Flags & ImGuiWindowFlags_Modal);
}

}  // namespace

ImGuiID focusedItem() {
  const ImGuiContext& g = *GImGui;
  if (g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID) return g.ActiveId;  // typing here
  return g.NavId;
}

void beginFrame() {
  State& s = state();
  s.words = FrameWords{};
  s.words.focused.id = focusedItem();
  s.captionWindow = nullptr;
  s.caption.clear();
}

void nameLastItem(std::string_view name) {
  if (lastItemFocused()) state().words.focused.name = name;
}

void valueOfLastItem(std::string_view value) {
  if (!lastItemFocused()) return;
  state().words.focused.value = value;
  state().words.focused.hasValue = true;
}

void roleOfLastItem(const char* role, bool selected) {
  if (!lastItemFocused()) return;
  state().words.focused.role = role;
  state().words.focused.selected = selected;
}

void caption(std::string_view text) {
  State& s = state();
  s.captionWindow = GImGui->CurrentWindow;
  s.caption = text;
}

std::string takeCaption(const ImGuiWindow* window) {
  State& s = state();
  if (!s.captionWindow || s.captionWindow != window) return {};
  s.captionWindow = nullptr;
  return std::move(s.caption);
}

void heading(std::string_view text) {
  FrameWords& words = state().words;
  if (words.dialogTitle.empty() && inModalDialog()) words.dialogTitle = text;
}

void viewTitle(std::string_view title) { state().words.viewTitle = title; }

const FrameWords& frameWords() { return state().words; }

}  // namespace gp::ui::accessible
