#include "notices.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "screen_width.h"
#include "theme.h"
#include "widgets.h"

namespace gp::ui {

namespace {

float toastsBottomInset = 0;

ImVec4 noticeColor(Notice::Kind kind) {
  const theme::Palette& p = theme::palette();
  switch (kind) {
    case Notice::Kind::error: return p.danger;
    case Notice::Kind::success: return p.success;
    case Notice::Kind::info: break;
  }
  return p.accent;
}

}  // namespace

void setToastsBottomInset(float pixels) { toastsBottomInset = std::max(0.0f, pixels); }

void Notices::add(Notice::Kind kind, std::string text, double seconds) {
  std::erase_if(shown_, [&](const Shown& s) { return s.notice.text == text; });
  Shown shown;
  shown.id = ++nextId_;
  shown.notice = Notice{kind, std::move(text)};
  shown.seconds = seconds;
  if (told_.size() == kMaxTold) told_.erase(told_.begin());
  told_.push_back(shown.notice);
  shown_.push_back(std::move(shown));
}

void Notices::addUndoable(std::string text, uint64_t revision, double seconds) {
  std::erase_if(shown_, [](const Shown& s) { return s.undoRevision.has_value(); });
  add(Notice::Kind::info, std::move(text), seconds);
  shown_.back().undoRevision = revision;
}

void Notices::expire(double now, uint64_t revision) {
  std::erase_if(shown_, [&](const Shown& s) {
    if (s.undoRevision && *s.undoRevision != revision) return true;
    return s.seconds > 0 && s.shownAt >= 0 && now - s.shownAt > s.seconds;
  });
}

void Notices::dropErrorsAndUndoOffers() {
  std::erase_if(shown_, [](const Shown& s) { return s.notice.kind == Notice::Kind::error || s.undoRevision; });
}

void Notices::dropStartingWith(std::string_view prefix) {
  std::erase_if(shown_, [&](const Shown& s) { return s.notice.text.starts_with(prefix); });
}

std::vector<Notice> Notices::visible() const {
  std::vector<Notice> out;
  for (const auto& shown : shown_) out.push_back(shown.notice);
  return out;
}

namespace {
constexpr float kMargin = 24, kPad = 14, kEdge = 6, kGap = 12;  // unscaled pixels
}  // namespace

BannerPlace beginBanner(const std::string& text, float buttonW, const BannerLook& look) {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const float margin = kMargin * s, pad = kPad * s, gap = kGap * s;
  const float lead = look.markWidth > 0 ? look.markWidth + gap : 0;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x - 2 * margin;
  const float textW = std::max(50.0f, width - 2 * pad - kEdge * s - lead - buttonW - 2 * gap);
  const ImVec2 textSize = ImGui::CalcTextSize(text.c_str(), nullptr, false, textW);
  const float h = std::max(textSize.y, ImGui::GetFrameHeight()) + 2 * pad;
  const ImVec2 min(origin.x + margin, origin.y), max(origin.x + margin + width, origin.y + h);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(min, max, theme::u32(look.soft), 8 * s);
  dl->AddRect(min, max, theme::u32(look.edge, look.edgeAlpha), 8 * s);
  dl->AddRectFilled(min, ImVec2(min.x + 4 * s, max.y), theme::u32(look.edge), 8 * s, ImDrawFlags_RoundCornersLeft);

  const ImVec2 textAt(min.x + pad + kEdge * s + lead, std::floor(min.y + (h - textSize.y) * 0.5f));
  ImGui::SetCursorScreenPos(textAt);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + textW);
  ImGui::PushStyleColor(ImGuiCol_Text, p.dark ? p.text : look.lightInk);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
  ImGui::PopTextWrapPos();
  return BannerPlace{origin, min, max, textAt};
}

ImVec2 bannerButtonAt(const BannerPlace& place, float buttonW) {
  const float h = place.max.y - place.min.y;
  return ImVec2(place.max.x - kPad * theme::scale() - buttonW, place.min.y + (h - ImGui::GetFrameHeight()) * 0.5f);
}

void endBanner(const BannerPlace& place) {
  ImGui::SetCursorScreenPos(ImVec2(place.origin.x, place.max.y + 8 * theme::scale()));
  ImGui::Dummy(ImVec2(0, 0));
}

// Errors stay at the top of the content until dismissed.
void Notices::drawBanners() {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  bool any = false;
  uint64_t dismiss = 0;
  for (Shown& shown : shown_) {
    if (shown.notice.kind != Notice::Kind::error) continue;
    if (!any) ImGui::Dummy(ImVec2(0, 12 * s));
    any = true;
    if (shown.shownAt < 0) shown.shownAt = ImGui::GetTime();
    const float dismissW = buttonWidth("Dismiss");
    const BannerPlace place =
        beginBanner(shown.notice.text, dismissW, BannerLook{p.dangerSoft, p.danger, 0.35f, ImVec4(0.45f, 0.07f, 0.07f, 1)});
    ImGui::SetCursorScreenPos(bannerButtonAt(place, dismissW));
    const std::string label = "Dismiss##notice-" + std::to_string(shown.id);
    if (ImGui::Button(label.c_str())) dismiss = shown.id;
    endBanner(place);
  }
  if (dismiss) std::erase_if(shown_, [&](const Shown& n) { return n.id == dismiss; });
}

bool Notices::drawToasts() {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  float y = viewport->WorkPos.y + viewport->WorkSize.y - std::max(24 * s, toastsBottomInset > 0 ? toastsBottomInset + 10 * s : 0.0f);
  bool undoClicked = false;
  uint64_t dismiss = 0;
  int index = 0;
  for (auto it = shown_.rbegin(); it != shown_.rend(); ++it) {
    Shown& shown = *it;
    if (shown.notice.kind == Notice::Kind::error) continue;
    if (shown.shownAt < 0) shown.shownAt = ImGui::GetTime();
    const std::string windowId = "##toast-" + std::to_string(shown.id);
    // Centred under the page (beside the sidebar when there is one), never wider than the screen.
    const float centre = viewport->WorkPos.x + viewport->WorkSize.x * 0.5f + (narrowScreen() ? 0 : 110 * s);
    ImGui::SetNextWindowPos(ImVec2(centre, y), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, p.cardBg);
    ImGui::PushStyleColor(ImGuiCol_Border, p.cardBorder);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 10 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18 * s, 12 * s));
    ImGui::Begin(windowId.c_str(), nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove);
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(2);
    colorDot(noticeColor(shown.notice.kind));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttonsW = buttonWidth("Dismiss") + (shown.undoRevision ? buttonWidth("Undo") + style.ItemSpacing.x : 0);
    const float textMax = viewport->WorkSize.x - 24 * s - 36 * s - ImGui::GetCursorPosX() - buttonsW - 2 * style.ItemSpacing.x;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(textMax, 80 * s));
    ImGui::TextUnformatted(shown.notice.text.c_str());
    ImGui::PopTextWrapPos();
    if (shown.undoRevision) {
      ImGui::SameLine();
      if (button("Undo", nullptr, ButtonKind::primary)) undoClicked = true;
    }
    ImGui::SameLine();
    const std::string close = "Dismiss##toast-" + std::to_string(shown.id);
    if (ImGui::Button(close.c_str())) dismiss = shown.id;
    y -= ImGui::GetWindowHeight() + 10 * s;
    ImGui::End();
    if (++index >= 3) break;
  }
  if (dismiss) std::erase_if(shown_, [&](const Shown& n) { return n.id == dismiss; });
  return undoClicked;
}

}  // namespace gp::ui
