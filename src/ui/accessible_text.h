// What a screen reader should hear that ImGui's item labels leave out: the text a button draws
// beside its "##id" label, the caption above a field, a field's text, the current view and the
// open dialog's title. Views and widgets tell it while they draw; the web shell reads it after
// the frame and mirrors the focused item into the page (platform/web/accessibility_mirror).
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

struct ImGuiWindow;

namespace gp::ui::accessible {

// For the app's frame, page and card child windows: Tab and the arrow keys go through their items
// as if they were the parent's, so the whole screen is reachable by keyboard without a click.
// (ImGui 1.92 moves this to ImGuiChildFlags_NavFlattened.)
constexpr ImGuiWindowFlags kKeyboardFlows = ImGuiWindowFlags_NavFlattened;

// The item that has the keyboard: the text field being edited, else ImGui's navigation focus.
ImGuiID focusedItem();

// Called by the shell after ImGui::NewFrame(): forgets what the previous frame said.
void beginFrame();

// About the item just drawn (ImGui's last item); only the focused item's words are kept.
void nameLastItem(std::string_view name);
void valueOfLastItem(std::string_view value);
// An ARIA role ("link", "combobox", "radio"...) when ImGui's own kind of widget says otherwise;
// `selected`: the link to the page shown (aria-current), the radio checked, the tab selected.
void roleOfLastItem(const char* role, bool selected = false);

// A caption drawn in the current window: it names the next item there that has no visible label.
void caption(std::string_view text);
// The caption waiting for `window`'s next item, taken (empty when none).
std::string takeCaption(const ImGuiWindow* window);

// A heading drawn: while a modal dialog is drawn, its first heading is the dialog's title.
void heading(std::string_view text);
void viewTitle(std::string_view title);

struct FocusedWords {
  ImGuiID id = 0;
  std::string name, value, role;
  bool hasValue = false;
  bool selected = false;
};
struct FrameWords {
  FocusedWords focused;
  std::string viewTitle;
  std::string dialogTitle;
};
// What the frame drawn last said.
const FrameWords& frameWords();

}  // namespace gp::ui::accessible
