// One frame of the application: menu bar, sidebar navigation, the current view, notices, modals
// and keyboard shortcuts.
#include "app_internal.h"
#include "fitted_text.h"
#include "screen_width.h"
#include "touch_targets.h"

namespace gp::ui {

// ---- Frame ------------------------------------------------------------------------------------

void App::State::draw() {
  beginFittedTextFrame();
  if (themeRequested_) {
    theme_ = *std::exchange(themeRequested_, std::nullopt);
    platform_.saveSetting("theme", theme::themeSetting(theme_));
    platform_.setTheme(theme_);  // the shell rebuilds the style at its pixel ratio
  }
  setWidgetFonts(fonts_);
  attribution_.update(platform_, session_.history().doc().plan.meta.id, session_.history().doc().attribution.settings);
  if (auto imported = attribution_.takeImportedTotals()) {
    History& history = session_.history();
    AttributionAgreement agreement = history.doc().attribution;
    agreement.results = std::move(imported->result);
    agreement.computed = imported->imported;
    history.seal();
    history.setAttribution(agreement, edit(), imported->undoLabel);
    history.seal();
  }
  if (participant_) {
    ImGui::PushFont(fonts_.body);
    participant_->draw(platform_);
    ImGui::PopFont();
    return;
  }

  // Expire transient notices and undo offers that no longer apply.
  const double now = ImGui::GetTime();
  notices_.expire(now, session_.history().revision());

  handleShortcuts();
  if (presentingWorkshopId_ && drawPresenter()) return;

  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  // A taller menu bar; on touch screens tall enough for a finger.
  const float barPadY = std::max(10 * s, (minTouchTarget() - ImGui::GetFontSize()) * 0.5f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12 * s, barPadY));
  ImGui::PushFont(fonts_.body);
  ImGui::Begin("Growth Plan Studio##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar(4);
  // The keyboard starts in the app (Tab, arrows) without a click first.
  if (!ImGui::GetIO().NavActive && ImGui::IsWindowAppearing()) ImGui::SetWindowFocus();

  drawMenuBar();
  // Narrow screens give the whole width to the page: the views move into the Menu button.
  if (!narrowScreen()) {
    drawSidebar();
    ImGui::SameLine(0, 0);
  }
  drawContent();
  drawReplaceModal();
  if (!session_.replacementPending())
    if (auto chosen = identityDialog_.draw(identitySuggestions())) setIdentity(*chosen);
  if (!session_.replacementPending() && !identityDialog_.isOpen()) {
    ShareDialogs::Actions actions = share_.draw(session_.history().doc());
    if (actions.createWithPassphrase) createShareLink(*actions.createWithPassphrase);
    if (actions.unlockWith) platform_.unlockShareLink(*actions.unlockWith);
    if (actions.cancelUnlock) platform_.cancelShareLink();
    if (actions.openAsCopy) openSharedCopy(std::move(*actions.openAsCopy));
    if (actions.mergeIn) tell(session_.mergeCopy(*actions.mergeIn, "the shared plan"));
  }
  if (!session_.replacementPending() && !identityDialog_.isOpen() && !share_.isOpen()) leadImport_.draw(*this);
  if (!session_.replacementPending() && !identityDialog_.isOpen() && !share_.isOpen() && !leadImport_.isOpen())
    attributionImport_.draw(*this, attribution_);
  if (!session_.replacementPending() && !identityDialog_.isOpen() && !share_.isOpen() && !leadImport_.isOpen() &&
      !attributionImport_.isOpen())
    if (auto answer = answerOffer_.draw(session_.history().doc())) mergeDiagnosticAnswers(*this, {*answer});

  // A thin line under the menu bar.
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImRect bar = window->MenuBarRect();
  window->DrawList->AddLine(ImVec2(bar.Min.x, bar.Max.y - 1), ImVec2(bar.Max.x, bar.Max.y - 1), theme::u32(p.cardBorder));

  ImGui::End();
  if (notices_.drawToasts()) undo();
  ImGui::PopFont();
}

void App::State::handleShortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  if (session_.replacementPending() || identityDialog_.isOpen() || share_.isOpen() || leadImport_.isOpen() ||
      attributionImport_.isOpen() || answerOffer_.isOpen())
    return;  // the modal asks first
  const bool ctrl = (io.KeyCtrl || io.KeySuper) && !io.KeyAlt;
  if (ctrl) {
    if (ImGui::IsKeyPressed(ImGuiKey_O, false)) platform_.requestOpenFile();
    if (ImGui::IsKeyPressed(ImGuiKey_S, false)) save(io.KeyShift);
    // A search box or other field outside the document undoes its own typing (ImGui's undo).
    const bool ownUndo = io.WantTextInput && !documentFieldActive();
    // One press, one step: ImGui counts a key held across a slow frame (a busy laptop) as
    // repeating, and a repeat would undo a second step nobody asked for.
    if (!ownUndo && ImGui::IsKeyPressed(ImGuiKey_Z, false)) {
      if (io.KeyShift) redo();
      else undo();
    }
    if (!ownUndo && ImGui::IsKeyPressed(ImGuiKey_Y, false)) redo();
  }
  if (io.KeyAlt && !io.KeyCtrl && !io.KeySuper && ImGui::IsKeyPressed(ImGuiKey_N, false)) newPlan();
  if (!ctrl && !io.KeyAlt && !presentingWorkshopId_ && ImGui::IsKeyPressed(ImGuiKey_F5, false)) presentFirstWorkshop();
}

// Presenter mode covers the whole window (no menus, no sidebar); false when the workshop is gone.
bool App::State::drawPresenter() {
  const auto& workshops = session_.history().doc().workshops;
  const auto found = std::find_if(workshops.begin(), workshops.end(),
                                  [&](const Workshop& w) { return w.meta.id == *presentingWorkshopId_; });
  if (found == workshops.end()) {
    stopPresenting();
    return false;
  }
  const Workshop workshop = *found;  // a copy: the page drawn underneath may edit the plan
  ImGui::PushFont(fonts_.body);
  const bool staying = presenter_.draw(*this, workshop, [this] { drawCurrentView(); });
  if (notices_.drawToasts()) undo();
  ImGui::PopFont();
  if (!staying) stopPresenting();
  return true;
}

PresenterStatus App::presenterStatus() const {
  if (!state_->presentingWorkshopId_) return {};
  PresenterStatus status = state_->presenter_.status();
  status.active = true;
  status.workshopId = *state_->presentingWorkshopId_;
  return status;
}

void App::State::drawMenuBar() {
  if (!ImGui::BeginMenuBar()) return;
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(10 * s, std::max(6 * s, (minTouchTarget() - ImGui::GetFontSize()) * 0.5f)));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8 * s, 8 * s));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(12 * s, 10 * s));

  if (narrowScreen()) drawNavigationButton();
  // Brand, aligned with the sidebar (after the Menu button on narrow screens).
  {
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 6 * s);
    const float mark = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float top = at.y + (ImGui::GetFrameHeight() - mark) * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + mark, top + mark), theme::u32(p.accent), 5 * s);
    dl->AddRectFilled(ImVec2(at.x + mark * 0.25f, top + mark * 0.55f), ImVec2(at.x + mark * 0.4f, top + mark * 0.78f),
                      theme::u32(p.accentText));
    dl->AddRectFilled(ImVec2(at.x + mark * 0.45f, top + mark * 0.4f), ImVec2(at.x + mark * 0.6f, top + mark * 0.78f),
                      theme::u32(p.accentText));
    dl->AddRectFilled(ImVec2(at.x + mark * 0.65f, top + mark * 0.22f), ImVec2(at.x + mark * 0.8f, top + mark * 0.78f),
                      theme::u32(p.accentText));
    ImGui::Dummy(ImVec2(mark, ImGui::GetFrameHeight()));
    if (!phoneScreen()) {
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(kAppName);
    }
    if (!narrowScreen()) ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), 232 * s));
    else ImGui::SameLine();
  }

  if (ImGui::BeginMenu("File")) {
    drawFileMenu();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Edit")) {
    drawEditMenu();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    drawViewMenu();
    ImGui::EndMenu();
  }

  // Right side: who is editing, the file name and whether the work is saved.
  const std::string& fileName = session_.fileName();
  const char* status = unsaved() ? "Unsaved changes" : fileName.empty() ? "New plan" : "Saved";
  const ImVec4 statusColor = unsaved() ? p.warning : fileName.empty() ? p.textMuted : p.success;
  const std::string name = fileName.empty() ? std::string("Not saved to a file yet") : fileName;
  const std::string who = me_.complete() ? me_.label() : std::string("Who is editing?");
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float whoW = ImGui::CalcTextSize(who.c_str()).x + ImGui::GetTextLineHeight() + 2 * ImGui::GetStyle().FramePadding.x;
  const float nameW = ImGui::CalcTextSize(name.c_str()).x;
  const float pillW = pillSize(status).x;
  const float right = ImGui::GetWindowContentRegionMax().x - 16 * s;
  float x = right - pillW - nameW - spacing;
  const bool showWho = x - whoW - 2 * spacing > ImGui::GetCursorPosX();
  if (showWho) x -= whoW + 2 * spacing;
  if (x > ImGui::GetCursorPosX()) {
    ImGui::SetCursorPosX(x);
    if (showWho) {
      // A button with the team's dot: click to pass the laptop to someone else.
      const ImVec2 at = ImGui::GetCursorScreenPos();
      ImGui::PushStyleColor(ImGuiCol_Button, p.fieldBg);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.fieldBgHover);
      if (ImGui::Button("##who-is-editing", ImVec2(whoW, 0))) askWhoIsEditing();
      accessible::nameLastItem("Editing as " + who + ". Switch person");
      ImGui::PopStyleColor(2);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Editing as %s. Click to switch person.", who.c_str());
      const float r = ImGui::GetTextLineHeight() * 0.22f;
      const float padX = ImGui::GetStyle().FramePadding.x;
      const float midY = at.y + ImGui::GetFrameHeight() * 0.5f;
      ImDrawList* dl = ImGui::GetWindowDrawList();
      dl->AddCircleFilled(ImVec2(at.x + padX + r + 2 * s, midY), r,
                          theme::u32(me_.team ? theme::teamColor(*me_.team) : p.textMuted));
      dl->AddText(ImVec2(at.x + padX + ImGui::GetTextLineHeight(), midY - ImGui::GetTextLineHeight() * 0.5f),
                  theme::u32(p.text), who.c_str());
      ImGui::SameLine(0, 2 * spacing);
    }
    ImGui::PushStyleColor(ImGuiCol_Text, p.textMuted);
    ImGui::TextUnformatted(name.c_str());
    ImGui::PopStyleColor();
    pill(status, statusColor);
  }

  ImGui::PopStyleVar(3);
  ImGui::EndMenuBar();
}

void App::State::drawFileMenu() {
  if (ImGui::MenuItem("New plan", "Alt+N")) newPlan();
  if (ImGui::MenuItem("Open\xE2\x80\xA6", "Ctrl+O")) platform_.requestOpenFile();
  if (ImGui::MenuItem("Open sample plan")) platform_.requestSample();
  if (ImGui::MenuItem("Plans in this browser\xE2\x80\xA6")) navigate("Library");
  ImGui::Separator();
  if (ImGui::MenuItem("Save", "Ctrl+S")) save(false);
  if (ImGui::MenuItem("Save As\xE2\x80\xA6", "Ctrl+Shift+S")) save(true);
  ImGui::Separator();
  if (ImGui::MenuItem("Merge a colleague's copy\xE2\x80\xA6")) platform_.requestImportFile("plan-merge");
  if (ImGui::MenuItem("Import lead outcomes\xE2\x80\xA6")) platform_.requestImportFile("lead-outcomes-csv");
  if (ImGui::MenuItem("Import touchpoints\xE2\x80\xA6")) attributionImport_.open();
  if (ImGui::MenuItem("Copy share link\xE2\x80\xA6")) shareAsLink();
  ImGui::Separator();
  if (ImGui::MenuItem("Print summary\xE2\x80\xA6")) printSummary();
}

void App::State::drawEditMenu() {
  const std::string undoText = session_.history().canUndo() ? "Undo " + session_.history().undoLabel() + "###undo" : std::string("Undo###undo");
  const std::string redoText = session_.history().canRedo() ? "Redo " + session_.history().redoLabel() + "###redo" : std::string("Redo###redo");
  if (ImGui::MenuItem(undoText.c_str(), "Ctrl+Z", false, session_.history().canUndo())) undo();
  if (ImGui::MenuItem(redoText.c_str(), "Ctrl+Y", false, session_.history().canRedo())) redo();
  ImGui::Separator();
  if (ImGui::MenuItem("Switch person\xE2\x80\xA6")) askWhoIsEditing();
}

void App::State::drawViewMenu() {
  for (size_t i = 0; i < views_.size(); ++i)
    if (ImGui::MenuItem(views_[i]->title(), nullptr, currentView_ == i)) chooseView(i);
  ImGui::Separator();
  if (ImGui::MenuItem("Present workshop", "F5")) presentFirstWorkshop();
  if (ImGui::BeginMenu("Theme")) {
    if (ImGui::MenuItem("Light", nullptr, theme_ == theme::ThemeKind::light)) chooseTheme(theme::ThemeKind::light);
    if (ImGui::MenuItem("Dark", nullptr, theme_ == theme::ThemeKind::dark)) chooseTheme(theme::ThemeKind::dark);
    if (ImGui::MenuItem("High contrast", nullptr, theme_ == theme::ThemeKind::highContrast)) chooseTheme(theme::ThemeKind::highContrast);
    ImGui::EndMenu();
  }
  drawUiScaleMenu(platform_);
}

void App::State::drawSidebar() {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const float width = 220 * s;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, p.sidebarBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * s, 18 * s));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0.0f);
  ImGui::BeginChild("##sidebar", ImVec2(width, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | accessible::kKeyboardFlows);
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();

  ImGuiWindow* window = ImGui::GetCurrentWindow();
  window->DrawList->AddLine(ImVec2(window->Rect().Max.x - 1, window->Rect().Min.y),
                            ImVec2(window->Rect().Max.x - 1, window->Rect().Max.y), theme::u32(p.cardBorder));

  caption("VIEWS");
  ImGui::Spacing();
  // Rows close up where the window is too short for all of them and the theme switch under them
  // (a 768 px laptop screen), down to a comfortable minimum; below that the sidebar scrolls.
  const float spacingY = ImGui::GetStyle().ItemSpacing.y;
  const float room = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeight() - 18 * s - spacingY;
  const float itemH = std::clamp(room / static_cast<float>(views_.size()) - spacingY, ImGui::GetTextLineHeight() + 8 * s,
                                 ImGui::GetTextLineHeight() + 22 * s);
  for (size_t i = 0; i < views_.size(); ++i) {
    View& view = *views_[i];
    const bool selected = currentView_ == i;
    // The Selectable's own text is hidden: we draw it with padding, an accent bar and a badge.
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 8 * s);
    if (ImGui::Selectable(view.title(), selected, 0, ImVec2(0, itemH))) chooseView(i);
    accessible::roleOfLastItem("link", selected);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (selected)
      dl->AddRectFilled(ImVec2(min.x, min.y + 8 * s), ImVec2(min.x + 3 * s, max.y - 8 * s), theme::u32(p.accent), 2 * s);
    const float textY = std::floor((min.y + max.y - ImGui::GetTextLineHeight()) * 0.5f);
    dl->AddText(ImVec2(min.x + 14 * s, textY), theme::u32(selected ? p.accent : p.text), view.title());
    bool alert = false;
    const int badge = view.navigationBadge(*this, alert);
    if (badge >= 0) {
      const std::string count = std::to_string(badge);
      const ImVec2 size = pillSize(count.c_str());
      drawPill(dl, ImVec2(max.x - size.x - 8 * s, std::floor((min.y + max.y - size.y) * 0.5f)), count.c_str(),
               alert && badge > 0 ? p.warning : selected ? p.accent : p.textMuted);
    }
  }

  // Theme switch at the bottom.
  const float bottom = ImGui::GetWindowHeight() - ImGui::GetFrameHeight() - 18 * s;
  if (ImGui::GetCursorPosY() < bottom) ImGui::SetCursorPosY(bottom);
  if (button(themeToggleLabel(), "##theme-toggle", ButtonKind::subtle)) toggleTheme();
  ImGui::EndChild();
}

void App::State::chooseView(size_t index) {
  if (index != currentView_) session_.history().seal();
  currentView_ = index;
}

// The sidebar's views behind a "Menu" button at the top left (narrow screens). ImGui's popup
// takes the keyboard when it opens (arrows, Enter, Escape) and closes once a view is chosen.
void App::State::drawNavigationButton() {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const float line = ImGui::GetTextLineHeight();
  const float iconW = line * 0.9f;
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float w = iconW + style.ItemInnerSpacing.x + ImGui::CalcTextSize("Menu").x + 2 * style.FramePadding.x;
  const float h = std::max(ImGui::GetFrameHeight(), minTouchTarget());
  if (ImGui::Button("##navigation-menu", ImVec2(w, h))) ImGui::OpenPopup("##navigation");
  nameLastItem("Menu");
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float midY = at.y + h * 0.5f;
  const float x0 = at.x + style.FramePadding.x;
  for (int bar = -1; bar <= 1; ++bar) {
    const float y = std::floor(midY + bar * line * 0.28f);
    dl->AddRectFilled(ImVec2(x0, y - 1 * s), ImVec2(x0 + iconW, y + 1 * s), theme::u32(p.text), 1 * s);
  }
  dl->AddText(ImVec2(x0 + iconW + style.ItemInnerSpacing.x, midY - line * 0.5f), theme::u32(p.text), "Menu");
  ImGui::SameLine();

  ImGui::SetNextWindowPos(ImVec2(at.x, ImGui::GetItemRectMax().y + 4 * s));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10 * s, 10 * s));
  if (ImGui::BeginPopup("##navigation")) {
    const float rowH = std::max(ImGui::GetFrameHeight(), ImGui::GetTextLineHeight() + 22 * s);
    const float rowW = std::max(240 * s, ImGui::GetMainViewport()->Size.x * 0.6f);
    for (size_t i = 0; i < views_.size(); ++i) {
      View& view = *views_[i];
      if (ImGui::Selectable(view.title(), currentView_ == i, 0, ImVec2(rowW, rowH))) chooseView(i);
      accessible::roleOfLastItem("link", currentView_ == i);
      if (i == currentView_ && ImGui::IsWindowAppearing()) ImGui::SetItemDefaultFocus();
      bool alert = false;
      const int badge = view.navigationBadge(*this, alert);
      if (badge >= 0) {
        const std::string count = std::to_string(badge);
        const ImVec2 size = pillSize(count.c_str());
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        drawPill(ImGui::GetWindowDrawList(), ImVec2(max.x - size.x - 8 * s, std::floor((min.y + max.y - size.y) * 0.5f)),
                 count.c_str(), alert && badge > 0 ? p.warning : p.textMuted);
      }
    }
    ImGui::Separator();
    if (ImGui::Selectable(themeToggleLabel(), false, 0, ImVec2(rowW, rowH))) toggleTheme();
    ImGui::EndPopup();
  }
  ImGui::PopStyleVar();
}

void App::State::drawContent() {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild("##content", ImVec2(0, 0), ImGuiChildFlags_None,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | accessible::kKeyboardFlows);
  ImGui::PopStyleVar();
  notices_.drawBanners();
  if (storageWarning_.draw()) save(false);
  drawCurrentView();
  ImGui::EndChild();
}

void App::State::drawCurrentView() {
  if (currentView_ >= views_.size()) currentView_ = 0;
  accessible::viewTitle(views_[currentView_]->title());
  ImGui::PushID(views_[currentView_]->title());
  views_[currentView_]->draw(*this);
  ImGui::PopID();
}

void App::State::drawReplaceModal() {
  const float s = theme::scale();
  if (!session_.replacementPending()) return;
  const bool open = beginModal(kReplacePopup, 480 * s, &openReplacePopup_);
  if (!open) {
    // Closed some other way (never expected): keep the plan.
    if (!ImGui::IsPopupOpen(kReplacePopup)) session_.cancelReplacement();
    return;
  }
  heading("Replace the open plan?");
  ImGui::Spacing();
  std::string detail = "It has unsaved changes. ";
  if (session_.pendingIsNew())
    detail += "Starting a new plan discards them.";
  else
    detail += "Opening " + (session_.pendingFileName().empty() ? std::string("this file") : "\xE2\x80\x9C" + session_.pendingFileName() + "\xE2\x80\x9D") +
              " discards them.";
  detail += " Save first if you want to keep them.";
  textWrappedMuted(detail.c_str());
  ImGui::Dummy(ImVec2(0, 12 * s));
  const float total = buttonWidth("Keep my plan") + buttonWidth("Replace") + ImGui::GetStyle().ItemSpacing.x;
  alignRight(total);
  bool keep = button("Keep my plan") || ImGui::IsKeyPressed(ImGuiKey_Escape, false);
  ImGui::SameLine();
  const bool replace = button("Replace", nullptr, ButtonKind::danger);
  if (replace) {
    tell(session_.confirmReplacement());
    ImGui::CloseCurrentPopup();
  } else if (keep) {
    session_.cancelReplacement();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace gp::ui
