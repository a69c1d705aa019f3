#include "accessibility_mirror.h"

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <cstring>

#include "js_bridge.h"
#include "shell.h"
#include "ui/accessible_text.h"

namespace gp::web {

namespace {

// What ImGui's hook said about the focused item this frame.
struct FocusedItem {
  ImGuiID id = 0;
  bool seen = false;
  std::string label;    // visible part of the ImGui label
  std::string caption;  // the caption drawn just before it
  std::string hiddenId; // the "##id" part, last resort for a name
  int flags = 0;
  bool disabled = false, inMenu = false, inMenuBar = false, tab = false, tabSelected = false;
  int tableRow = -1, tableColumn = -1;
  std::string pane;  // set when the item is a child window (a pane one enters with Enter)
};

struct Mirror {
  FocusedItem focused;
  std::string published;  // the JSON last sent to the page
  std::string viewTitle;  // of the last drawn frame
};

Mirror& mirror() {
  static Mirror m;
  return m;
}

std::string visiblePart(const char* label) {
  const char* end = ImGui::FindRenderedTextEnd(label);
  return std::string(label, static_cast<size_t>(end - label));
}

// "##plan-company" -> "plan company": better than silence when a widget names nothing else.
std::string readableId(const char* label) {
  const char* hidden = std::strstr(label, "##");
  if (!hidden) return {};
  std::string words;
  for (const char* c = hidden; *c; ++c) {
    if (*c == '#') continue;
    words += (*c == '-' || *c == '_') ? ' ' : *c;
  }
  while (!words.empty() && (words.back() == ' ' || std::isdigit(static_cast<unsigned char>(words.back())))) words.pop_back();
  return words;
}

// A child window's name, "Parent/##glossary-list_1A2B3C4D" -> "glossary list".
std::string paneName(const ImGuiWindow* child) {
  std::string name = child->Name;
  name = name.substr(name.rfind('/') + 1);
  const size_t suffix = name.rfind('_');
  if (suffix != std::string::npos && name.size() - suffix == 9) name.resize(suffix);
  const std::string visible = visiblePart(name.c_str());
  return visible.empty() ? readableId(name.c_str()) : visible;
}

nlohmann::json focusedJson(const FocusedItem& item, const ui::accessible::FocusedWords& words) {
  using nlohmann::json;
  if (!item.pane.empty() && !item.seen)
    return {{"role", "group"}, {"name", item.pane}, {"description", "Enter goes in, Escape comes back out"}, {"disabled", false}};
  if (!item.seen) return nullptr;
  const bool inputable = item.flags & ImGuiItemStatusFlags_Inputable;
  const bool checkable = item.flags & ImGuiItemStatusFlags_Checkable;
  const bool checked = item.flags & ImGuiItemStatusFlags_Checked;
  const bool openable = item.flags & ImGuiItemStatusFlags_Openable;
  json out = json::object();
  std::string role = words.role;
  if (role.empty()) {
    if (inputable) role = "textbox";
    else if (item.inMenu || item.inMenuBar) role = checked ? "menuitemcheckbox" : "menuitem";
    else if (item.tab) role = "tab";
    else if (checkable) role = "checkbox";
    else role = "button";
  }
  out["role"] = role;
  std::string name = !item.label.empty() ? item.label : !words.name.empty() ? words.name : item.caption;
  if (name.empty()) name = item.hiddenId;
  out["name"] = name;
  if (words.hasValue) out["value"] = words.value;
  if (role == "checkbox" || role == "menuitemcheckbox") out["checked"] = checked;
  if (role == "radio") out["checked"] = words.selected;
  if (role == "link" && words.selected) out["current"] = "page";
  if (role == "tab") out["selected"] = item.tabSelected;
  if (openable) out["expanded"] = bool(item.flags & ImGuiItemStatusFlags_Opened);
  if (role == "combobox") out["expanded"] = words.selected;
  if (openable && (item.inMenu || item.inMenuBar)) out["haspopup"] = "menu";
  out["disabled"] = item.disabled;
  if (item.tableRow >= 0) out["description"] = "row " + std::to_string(item.tableRow + 1) + ", column " + std::to_string(item.tableColumn + 1);
  else if (!item.caption.empty() && item.caption != name) out["description"] = item.caption;
  return out;
}

std::string dialogTitle() {
  const ImGuiWindow* modal = ImGui::GetTopMostPopupModal();
  if (!modal) return {};
  const std::string& title = ui::accessible::frameWords().dialogTitle;
  if (!title.empty()) return title;
  const std::string visible = visiblePart(modal->Name);
  return visible.empty() ? readableId(modal->Name) : visible;
}

}  // namespace

void beginAccessibleFrame() {
  ui::accessible::beginFrame();
  mirror().focused = FocusedItem{};
  mirror().focused.id = ui::accessible::focusedItem();
}

void noteItemAddedForScreenReader(ImGuiContext* ctx, ImGuiID id) {
  FocusedItem& item = mirror().focused;
  if (id != item.id || item.seen || !item.pane.empty()) return;
  // Widgets tell their label later (item info); a child window never does: find it by its id.
  for (const ImGuiWindow* window : ctx->Windows)
    if (window->ChildId == id && (window->Flags & ImGuiWindowFlags_ChildWindow)) item.pane = paneName(window);
}

void noteItemForScreenReader(ImGuiContext* ctx, ImGuiID id, const char* label, int statusFlags) {
  // Every item takes the caption waiting in its window, so a caption never names a later item.
  std::string caption = label ? ui::accessible::takeCaption(ctx->CurrentWindow) : std::string();
  FocusedItem& item = mirror().focused;
  if (id == 0 || id != item.id || !label) return;
  const std::string visible = visiblePart(label);
  if (item.seen) {  // the same item again (BeginMenu after its Selectable, a widget naming itself)
    if (!visible.empty()) item.label = visible;
    item.flags |= statusFlags;
    return;
  }
  const ImGuiWindow* window = ctx->CurrentWindow;
  item.seen = true;
  item.label = visible;
  item.caption = std::move(caption);
  item.hiddenId = readableId(label);
  item.flags = statusFlags;
  item.disabled = (ctx->CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
  item.inMenu = window && (window->Flags & ImGuiWindowFlags_ChildMenu);
  item.inMenuBar = window && window->DC.NavLayerCurrent == ImGuiNavLayer_Menu;
  if (ImGuiTabBar* bar = ctx->CurrentTabBar; bar && ctx->LastItemData.ID != id) {  // tabs tell before they are added
    item.tab = true;
    item.tabSelected = bar->SelectedTabId == id;
  }
  if (ImGuiTable* table = ctx->CurrentTable; table && window == table->InnerWindow) {
    item.tableRow = table->CurrentRow;
    item.tableColumn = table->CurrentColumn;
  }
}

void publishAccessibility() {
  Mirror& m = mirror();
  const ui::accessible::FrameWords& words = ui::accessible::frameWords();
  m.viewTitle = words.viewTitle;
  nlohmann::json description = {
      {"focused", focusedJson(m.focused, words.focused)},
      {"view", words.viewTitle},
      {"dialog", dialogTitle()},
      {"notices", nlohmann::json::array()},
  };
  for (const ui::Notice& notice : shell().app->visibleNotices())
    description["notices"].push_back({{"kind", notice.kind == ui::Notice::Kind::error ? "error" : "status"}, {"text", notice.text}});
  std::string text = description.dump();
  if (text == m.published) return;
  m.published = std::move(text);
  gpjs_accessibility_changed(m.published.c_str());
}

std::string pageTitle(const std::string& windowTitle) {
  const std::string& view = mirror().viewTitle;
  return view.empty() ? windowTitle : view + " \xE2\x80\x93 " + windowTitle;
}

}  // namespace gp::web
