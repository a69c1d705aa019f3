// Screen rectangles of visible ImGui items by label, recorded through ImGui's test-engine item
// hooks (IMGUI_ENABLE_TEST_ENGINE, without the Test Engine itself), so automation and end-to-end
// tests click what a person sees.
#include "item_rects.h"

#include "accessibility_mirror.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <unordered_map>
#include <vector>

#include "js_bridge.h"

namespace gp::web {
namespace {

struct Frames {
  std::unordered_map<std::string, ImRect> building;   // this frame, filled as items are submitted
  std::unordered_map<std::string, ImRect> published;  // the last complete frame
  std::vector<float> textFields;                      // this frame's text fields: x, y, w, h each
  std::vector<float> sentTextFields;                  // what the page has
};

Frames& frames() {
  static Frames f;
  return f;
}

void remember(const std::string& key, const ImRect& rect) {
  // First one wins: the topmost duplicate label is usually the one meant.
  frames().building.emplace(key, rect);
}

}  // namespace

void rememberTextField(const ImRect& rect) {
  frames().textFields.insert(frames().textFields.end(), {rect.Min.x, rect.Min.y, rect.GetWidth(), rect.GetHeight()});
}

void publishTextFieldRects(float dpr) {
  Frames& f = frames();
  if (f.textFields != f.sentTextFields) {
    f.sentTextFields = f.textFields;
    std::vector<float> css(f.textFields);
    for (float& v : css) v /= dpr > 0 ? dpr : 1.0f;
    gpjs_text_fields(css.data(), static_cast<int>(css.size() / 4));
  }
  f.textFields.clear();
}

void publishItemRects() {
  Frames& f = frames();
  f.published.swap(f.building);
  f.building.clear();
}

std::optional<ItemRect> itemRect(const std::string& label) {
  Frames& f = frames();
  auto it = f.published.find(label);
  if (it == f.published.end()) return std::nullopt;
  return ItemRect{it->second.Min.x, it->second.Min.y, it->second.GetWidth(), it->second.GetHeight()};
}

}  // namespace gp::web

namespace {
// Tab items report their label before they are added (ImGui 1.90 to 1.92 TabItemEx): kept for their ItemAdd.
ImGuiID pendingTabId = 0;
std::string pendingTabLabel;
}  // namespace

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags);

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect&, const ImGuiLastItemData*) {
  gp::web::noteItemAddedForScreenReader(ctx, id);
  if (id == 0 || id != pendingTabId) return;
  pendingTabId = 0;
  ctx->LastItemData.ID = id;  // ItemAdd sets it after this hook; the rect is already in place
  ImGuiTestEngineHook_ItemInfo(ctx, id, pendingTabLabel.c_str(), 0);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  gp::web::noteItemForScreenReader(ctx, id, label, flags);
  if (label && ctx->LastItemData.ID != id && ctx->CurrentTabBar) {
    pendingTabId = id;
    pendingTabLabel = label;
  }
  if (!label || ctx->LastItemData.ID != id) return;
  ImGuiWindow* window = ctx->CurrentWindow;
  ImRect rect = ctx->LastItemData.Rect;
  if (window) {
    ImRect visible = rect;
    visible.ClipWithFull(window->ClipRect);
    if (visible.GetWidth() <= 0 || visible.GetHeight() <= 0) return;  // scrolled out or clipped
    rect = visible;
  }
  if (flags & ImGuiItemStatusFlags_Inputable) gp::web::rememberTextField(rect);
  std::string full(label);
  gp::web::remember(full, rect);
  size_t hidden = full.find("##");
  if (hidden != std::string::npos && hidden > 0) gp::web::remember(full.substr(0, hidden), rect);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
