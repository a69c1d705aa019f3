#include "qr_code.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"

extern "C" {
#include "qrcodegen.h"
}

namespace gp::ui {
namespace {

constexpr int kQuietZoneModules = 2;  // scanners need a light margin; 2 is enough on a white card

// The last code made: frames redraw the same invitation, and encoding costs a few milliseconds.
struct EncodedCode {
  std::string text;
  std::vector<uint8_t> modules;  // qrcodegen's buffer
  bool ok = false;
};

const EncodedCode& encode(std::string_view text) {
  static EncodedCode cached;
  if (!cached.modules.empty() && cached.text == text) return cached;
  cached.text.assign(text);
  cached.modules.assign(qrcodegen_BUFFER_LEN_MAX, 0);
  std::vector<uint8_t> scratch(qrcodegen_BUFFER_LEN_MAX, 0);
  // Medium error correction survives a projector's glare; boostEcl raises it when it costs nothing.
  cached.ok = cached.text.find('\0') == std::string::npos &&
              qrcodegen_encodeText(cached.text.c_str(), scratch.data(), cached.modules.data(), qrcodegen_Ecc_MEDIUM,
                                   qrcodegen_VERSION_MIN, qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, true);
  return cached;
}

}  // namespace

bool drawQrCode(std::string_view text, float sidePx) {
  const EncodedCode& code = encode(text);
  if (!code.ok) return false;
  const int size = qrcodegen_getSize(code.modules.data());
  const int span = size + 2 * kQuietZoneModules;
  // Whole pixels per module keep the edges sharp, which scanners need.
  const float module = std::max(1.0f, std::floor(sidePx / static_cast<float>(span)));
  const float side = module * static_cast<float>(span);

  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImVec2 origin = window->DC.CursorPos;
  const ImRect box(origin, ImVec2(origin.x + side, origin.y + side));
  ImGui::ItemSize(box);
  if (!ImGui::ItemAdd(box, ImGui::GetID("##qr"))) return true;  // clipped: laid out, not drawn

  ImDrawList* draw = window->DrawList;
  draw->AddRectFilled(box.Min, box.Max, IM_COL32(255, 255, 255, 255));
  const ImU32 dark = IM_COL32(0, 0, 0, 255);
  for (int y = 0; y < size; ++y) {
    // One rectangle per run of dark modules keeps the draw list small.
    for (int x = 0; x < size;) {
      if (!qrcodegen_getModule(code.modules.data(), x, y)) {
        ++x;
        continue;
      }
      int end = x;
      while (end < size && qrcodegen_getModule(code.modules.data(), end, y)) ++end;
      const float left = origin.x + module * static_cast<float>(x + kQuietZoneModules);
      const float top = origin.y + module * static_cast<float>(y + kQuietZoneModules);
      draw->AddRectFilled(ImVec2(left, top), ImVec2(left + module * static_cast<float>(end - x), top + module), dark);
      x = end;
    }
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Scan with a phone's camera to open the link");
  return true;
}

}  // namespace gp::ui
