// The screen-reader path: a canvas says nothing to assistive technology, so after each drawn frame
// the shell tells the page (web/a11y.js) what a screen reader should know: the focused item (role,
// name, value, state), the current view, the open dialog and the notices on screen. Only changes
// are sent, and nothing here asks for frames: an idle app stays idle.
#pragma once

#include <imgui.h>

#include <string>

struct ImGuiContext;

namespace gp::web {

// After ImGui::NewFrame(): starts recording the frame's focused item.
void beginAccessibleFrame();

// From ImGui's item-add hook (item_rects.cpp): any item, labelled or not (child windows).
void noteItemAddedForScreenReader(ImGuiContext* ctx, ImGuiID id);

// From ImGui's item-info hook (item_rects.cpp): a widget with its label and status.
void noteItemForScreenReader(ImGuiContext* ctx, ImGuiID id, const char* label, int statusFlags);

// After a frame is drawn: sends the page what changed since the last time.
void publishAccessibility();

// The document's title: the current view, then the plan's window title.
std::string pageTitle(const std::string& windowTitle);

}  // namespace gp::web
