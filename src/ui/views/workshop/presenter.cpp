#include "presenter.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "core/workshop/agenda_links.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/word_wrap.h"

namespace gp::ui {
namespace {

constexpr const char* kChimeSetting = "chime";  // "off" when muted
constexpr int64_t kLastMinuteMs = 60 * 1000;    // the countdown turns amber

ImFont* orFallback(ImFont* font, ImFont* fallback) { return font ? font : fallback; }

// A button in the presenter's palette; `primary` is filled with the accent.
bool presenterButton(const char* label, bool primary = false) {
  const theme::Palette& p = theme::presenterPalette();
  ImGui::PushStyleColor(ImGuiCol_Button, primary ? p.accent : p.fieldBg);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, primary ? p.accentHover : p.fieldBgHover);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, primary ? p.accentActive : p.cardBorder);
  ImGui::PushStyleColor(ImGuiCol_Text, primary ? p.accentText : p.text);
  ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
  const bool pressed = ImGui::Button(label);
  ImGui::PopStyleColor(5);
  return pressed;
}

void wrappedText(ImFont* font, const ImVec4& color, const std::string& text) {
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  textWrappedBetweenWords(text);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

std::string minutesText(int minutes) { return std::to_string(minutes) + " min"; }

}  // namespace

void Presenter::reset() {
  workshopId_.clear();
  index_ = -1;
}

PresenterStatus Presenter::status() const {
  PresenterStatus status;
  status.active = index_ >= 0 || !workshopId_.empty();
  status.workshopId = workshopId_;
  status.itemIndex = std::max(index_, 0);
  status.itemCount = count_;
  status.remainingMs = count_ > 0 ? std::max<int64_t>(countdown_.remainingMs(nowMs_), 0) : 0;
  status.running = count_ > 0 && countdown_.running() && !countdown_.finished(nowMs_);
  status.muted = muted_.value_or(false);
  status.shown = count_ > 0 ? countdownText(countdown_.remainingMs(nowMs_)) : std::string();
  return status;
}

void Presenter::goTo(UiContext& ui, const Workshop& workshop, int index) {
  count_ = static_cast<int>(workshop.agenda.size());
  index_ = std::clamp(index, 0, std::max(count_ - 1, 0));
  chimed_ = false;
  hasPage_ = false;
  pageName_.clear();
  if (count_ == 0) {
    countdown_ = Countdown{};
    return;
  }
  const AgendaItem& item = workshop.agenda[static_cast<size_t>(index_)];
  totalMs_ = int64_t{item.minutes} * 60 * 1000;
  countdown_.start(totalMs_, nowMs_);
  // The item's page opens in the app itself, so leaving presenter mode stays on it.
  const Document& doc = ui.history().doc();
  if (const AgendaPage* page = agendaPage(item.link)) {
    hasPage_ = ui.navigate(page->name);
  } else {
    switch (agendaLinkKind(doc, item.link)) {
      case AgendaLinkKind::term: ui.showTerm(item.link), hasPage_ = true; break;
      case AgendaLinkKind::section: ui.showSection(item.link), hasPage_ = true; break;
      case AgendaLinkKind::commitment: hasPage_ = ui.navigate("Service level agreement"); break;
      default: break;
    }
  }
  if (hasPage_) pageName_ = agendaLinkLabel(doc, item.link);
}

void Presenter::togglePause() {
  if (count_ == 0 || countdown_.finished(nowMs_)) return;
  if (countdown_.running()) countdown_.pause(nowMs_);
  else countdown_.resume(nowMs_);
}

void Presenter::toggleMute(UiContext& ui) {
  muted_ = !muted_.value_or(false);
  ui.platform().saveSetting(kChimeSetting, *muted_ ? "off" : "on");
}

bool Presenter::handleKeys(UiContext& ui, const Workshop& workshop) {
  const ImGuiIO& io = ImGui::GetIO();
  // Typing into a field of the page underneath: the keys are the field's.
  if (io.WantTextInput || io.KeyCtrl || io.KeySuper || io.KeyAlt) return true;
  const auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(key, false); };
  if (pressed(ImGuiKey_Escape)) return false;
  if (pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_PageDown) || pressed(ImGuiKey_Space))
    if (index_ + 1 < count_) goTo(ui, workshop, index_ + 1);
  if (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_PageUp))
    if (index_ > 0) goTo(ui, workshop, index_ - 1);
  if (pressed(ImGuiKey_P)) togglePause();
  if ((pressed(ImGuiKey_Equal) || pressed(ImGuiKey_KeypadAdd)) && count_ > 0) {
    countdown_.addMs(kExtraMs);
    totalMs_ += kExtraMs;
  }
  if (pressed(ImGuiKey_M)) toggleMute(ui);
  return true;
}

bool Presenter::draw(UiContext& ui, const Workshop& workshop, const DrawPage& drawPage) {
  nowMs_ = static_cast<int64_t>(std::llround(ImGui::GetTime() * 1000.0));
  if (!muted_) muted_ = ui.platform().loadSetting(kChimeSetting) == "off";
  if (workshop.meta.id != workshopId_ || index_ < 0) {
    workshopId_ = workshop.meta.id;
    goTo(ui, workshop, 0);
  } else if (static_cast<int>(workshop.agenda.size()) != count_) {
    goTo(ui, workshop, index_);  // someone edited the agenda meanwhile
  }
  bool staying = handleKeys(ui, workshop);

  // Time is up: one chime per item (again after "+2 min" runs out in turn).
  if (count_ > 0 && countdown_.finished(nowMs_)) {
    if (!chimed_ && !*muted_) ui.platform().playChime();
    chimed_ = true;
  } else {
    chimed_ = false;
  }

  const theme::Palette& p = theme::presenterPalette();
  const float s = theme::scale();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, p.appBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(40 * s, 28 * s));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  // No keyboard navigation: arrows, Space and Esc belong to the presenter.
  ImGui::Begin("Presenter##presenter", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNavInputs | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar(3);
  ImGui::PopStyleColor();

  drawHeader(ui, workshop);
  if (!drawControls(ui, workshop)) staying = false;

  // Underneath: the page the item is about, in the app's own colors, or else the whole agenda.
  ImGui::Dummy(ImVec2(0, 6 * s));
  const Fonts& fonts = ui.fonts();
  ImGui::PushFont(fonts.small);
  ImGui::PushStyleColor(ImGuiCol_Text, p.textMuted);
  ImGui::TextUnformatted(hasPage_ ? ("ON SCREEN \xC2\xB7 " + pageName_).c_str() : count_ > 0 ? "AGENDA" : "");
  ImGui::PopStyleColor();
  ImGui::PopFont();
  if (hasPage_) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::palette().appBg);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 12 * s);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("##presenter-page", ImVec2(0, 0), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    drawPage();
    ImGui::EndChild();
  } else if (count_ > 0) {
    ImGui::PushFont(orFallback(fonts.heading, fonts.body));
    for (int i = 0; i < count_; ++i) {
      const AgendaItem& item = workshop.agenda[static_cast<size_t>(i)];
      const ImVec4 color = i == index_ ? p.accent : i < index_ ? p.textFaint : p.textMuted;
      ImGui::PushStyleColor(ImGuiCol_Text, color);
      ImGui::Text("%d", i + 1);
      ImGui::SameLine(48 * s + 40 * s);
      ImGui::TextUnformatted(item.title.c_str());
      ImGui::SameLine(ImGui::GetWindowWidth() - 40 * s - ImGui::CalcTextSize(minutesText(item.minutes).c_str()).x);
      ImGui::TextUnformatted(minutesText(item.minutes).c_str());
      ImGui::PopStyleColor();
    }
    ImGui::PopFont();
  }
  ImGui::End();

  // Draw again when the shown second changes, and not at all while paused or over.
  if (count_ > 0)
    if (const int64_t wait = countdown_.msUntilNextSecond(nowMs_); wait > 0) ui.platform().requestFrameIn(static_cast<double>(wait) + 15);
  return staying;
}

void Presenter::drawHeader(UiContext& ui, const Workshop& workshop) {
  const theme::Palette& p = theme::presenterPalette();
  const float s = theme::scale();
  const Fonts& fonts = ui.fonts();
  ImFont* heading = orFallback(fonts.heading, fonts.body);
  ImFont* display = orFallback(fonts.display, heading);
  const float width = ImGui::GetContentRegionAvail().x;
  const float right = ImGui::GetWindowContentRegionMax().x;

  // The workshop, and where the room is in its agenda.
  ImGui::PushFont(heading);
  std::string title = workshop.title.empty() ? std::string("Workshop") : workshop.title;
  if (!workshop.date.empty()) title += "  \xC2\xB7  " + workshop.date;
  ImGui::PushStyleColor(ImGuiCol_Text, p.textMuted);
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopStyleColor();
  if (count_ > 0) {
    const std::string of = "Item " + std::to_string(index_ + 1) + " of " + std::to_string(count_);
    ImGui::SameLine();
    ImGui::SetCursorPosX(right - ImGui::CalcTextSize(of.c_str()).x);
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
    ImGui::TextUnformatted(of.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PopFont();

  // One segment per item: done, current, still to come.
  ImGui::Dummy(ImVec2(0, 4 * s));
  {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float gap = 6 * s, height = 6 * s;
    const int segments = std::max(count_, 1);
    const float segment = (width - gap * static_cast<float>(segments - 1)) / static_cast<float>(segments);
    for (int i = 0; i < segments; ++i) {
      const float x = at.x + static_cast<float>(i) * (segment + gap);
      const ImVec4 color = count_ == 0 ? p.cardBorder : i < index_ ? theme::presenterPalette().accentActive : i == index_ ? p.text : p.cardBorder;
      dl->AddRectFilled(ImVec2(x, at.y), ImVec2(x + segment, at.y + height), theme::u32(color, i < index_ ? 0.6f : 1.0f), height * 0.5f);
    }
    ImGui::Dummy(ImVec2(width, height));
  }
  ImGui::Dummy(ImVec2(0, 14 * s));

  if (count_ == 0) {
    wrappedText(display, p.text, "This workshop has no agenda yet");
    wrappedText(heading, p.textMuted, "Add its items on the Workshop page, then present it again.");
    return;
  }

  // The item, and its countdown on the right.
  const AgendaItem& item = workshop.agenda[static_cast<size_t>(index_)];
  ImFont* clock = orFallback(fonts.clock, orFallback(fonts.figures, heading));
  ImGui::PushFont(clock);
  const float clockWidth = ImGui::CalcTextSize("00:00").x + 8 * s;
  ImGui::PopFont();
  const float blockHeight = scaledSize(clock) + 44 * s;
  const float textWidth = width - clockWidth - 56 * s;
  ImGui::BeginChild("##presenter-item", ImVec2(textWidth, blockHeight), ImGuiChildFlags_None,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNavInputs |
                        ImGuiWindowFlags_NoBackground);
  wrappedText(display, p.text, item.title.empty() ? std::string("Untitled item") : item.title);
  ImGui::Dummy(ImVec2(0, 6 * s));
  if (!item.notes.empty()) wrappedText(heading, p.textMuted, item.notes);
  if (index_ + 1 < count_) {
    const AgendaItem& next = workshop.agenda[static_cast<size_t>(index_ + 1)];
    ImGui::Dummy(ImVec2(0, 6 * s));
    wrappedText(fonts.body, p.textFaint, "Up next: " + next.title + " \xC2\xB7 " + minutesText(next.minutes));
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::SetCursorPosX(right - clockWidth);
  drawCountdown(ui, clockWidth);
}

void Presenter::drawCountdown(UiContext& ui, float width) {
  const theme::Palette& p = theme::presenterPalette();
  const float s = theme::scale();
  const Fonts& fonts = ui.fonts();
  ImFont* clock = orFallback(fonts.clock, orFallback(fonts.figures, fonts.heading));
  const int64_t left = countdown_.remainingMs(nowMs_);
  const bool over = left <= 0;
  const ImVec4 color = over ? p.danger : !countdown_.running() ? p.textMuted : left <= kLastMinuteMs ? p.warning : p.text;

  ImGui::BeginGroup();
  ImGui::PushFont(fonts.body);
  ImGui::PushStyleColor(ImGuiCol_Text, over ? p.danger : countdown_.running() ? p.textFaint : p.warning);
  const char* caption = over ? "TIMEBOX OVER" : countdown_.running() ? "TIME LEFT" : "PAUSED";
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + width - ImGui::CalcTextSize(caption).x);
  ImGui::TextUnformatted(caption);
  ImGui::PopStyleColor();
  ImGui::PopFont();

  // Drawn at the font's own size, so the digits stay crisp; "Time is up" is set smaller to fit.
  const std::string text = countdownText(left);
  const float size = over ? scaledSize(clock) * 0.5f : scaledSize(clock);
  const ImVec2 textSize = clock->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str());
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float top = at.y + (scaledSize(clock) - textSize.y) * 0.5f;
  dl->AddText(clock, size, ImVec2(at.x + width - textSize.x, top), theme::u32(color), text.c_str());
  ImGui::Dummy(ImVec2(width, scaledSize(clock)));

  // Time used against the timebox.
  const ImVec2 bar = ImGui::GetCursorScreenPos();
  const float height = 8 * s;
  const float share = totalMs_ > 0 ? std::clamp(static_cast<float>(left) / static_cast<float>(totalMs_), 0.0f, 1.0f) : 0.0f;
  dl->AddRectFilled(bar, ImVec2(bar.x + width, bar.y + height), theme::u32(p.cardBorder), height * 0.5f);
  if (share > 0)
    dl->AddRectFilled(bar, ImVec2(bar.x + width * share, bar.y + height), theme::u32(over ? p.danger : color), height * 0.5f);
  ImGui::Dummy(ImVec2(width, height));
  ImGui::EndGroup();
}

bool Presenter::drawControls(UiContext& ui, const Workshop& workshop) {
  const theme::Palette& p = theme::presenterPalette();
  const float s = theme::scale();
  const Fonts& fonts = ui.fonts();
  bool staying = true;
  ImGui::Dummy(ImVec2(0, 10 * s));
  ImGui::PushFont(fonts.body);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(16 * s, 10 * s));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 8 * s);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(10 * s, 10 * s));
  const bool items = count_ > 0;
  ImGui::BeginDisabled(!items || index_ == 0);
  if (presenterButton("Previous")) goTo(ui, workshop, index_ - 1);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!items || index_ + 1 >= count_);
  if (presenterButton("Next", true)) goTo(ui, workshop, index_ + 1);
  ImGui::EndDisabled();
  ImGui::SameLine(0, 24 * s);
  ImGui::BeginDisabled(!items || countdown_.finished(nowMs_));
  if (presenterButton(countdown_.running() ? "Pause###presenter-pause" : "Resume###presenter-pause")) togglePause();
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!items);
  if (presenterButton("+2 min")) {
    countdown_.addMs(kExtraMs);
    totalMs_ += kExtraMs;
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (presenterButton(muted_.value_or(false) ? "Unmute chime###presenter-mute" : "Mute chime###presenter-mute")) toggleMute(ui);

  // The keys, for whoever stands at the laptop; then the way out, on the right.
  const char* exitLabel = "Exit presenter";
  const float exitWidth = ImGui::CalcTextSize(exitLabel).x + 2 * ImGui::GetStyle().FramePadding.x;
  const float right = ImGui::GetWindowContentRegionMax().x;
  ImGui::SameLine(0, 24 * s);
  const char* keys = "Keys:  Right or Space next  \xC2\xB7  Left previous  \xC2\xB7  P pause  \xC2\xB7  + two minutes  \xC2\xB7  M mute  \xC2\xB7  Esc exit";
  ImFont* small = orFallback(fonts.small, fonts.body);
  const ImVec2 keysSize = small->CalcTextSizeA(scaledSize(small), FLT_MAX, 0.0f, keys);
  if (ImGui::GetCursorPosX() + keysSize.x < right - exitWidth - 24 * s) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddText(small, scaledSize(small), ImVec2(at.x, at.y + (ImGui::GetFrameHeight() - keysSize.y) * 0.5f),
                                        theme::u32(p.textFaint), keys);
  }
  ImGui::SetCursorPosX(right - exitWidth);
  if (presenterButton(exitLabel)) staying = false;
  ImGui::PopStyleVar(3);
  ImGui::PopFont();
  return staying;
}

}  // namespace gp::ui
