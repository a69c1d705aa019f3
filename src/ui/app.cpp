// The application frame: menu bar, sidebar navigation, notices, modals and keyboard shortcuts
// around the views in kViews. Platform-free: everything outside goes through Platform.
#include "app.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <utility>

#include "app_state.h"
#include "core/format/format.h"
#include "core/outcome/summary.h"
#include "core/session/plan_session.h"
#include "core/workshop/diagnostic_links.h"
#include "lead_import_dialog.h"
#include "modal.h"
#include "notices.h"
#include "share_dialogs.h"
#include "storage_warning.h"
#include "theme.h"
#include "views/views.h"
#include "views/workshop/answer_offer.h"
#include "views/workshop/diagnostic_merge.h"
#include "views/workshop/participant_screen.h"
#include "widgets.h"

namespace gp::ui {

namespace {

// GLFW key codes (kept as plain ints so the UI does not depend on GLFW).
constexpr int kGlfwKeyO = 79, kGlfwKeyS = 83, kGlfwKeyY = 89, kGlfwKeyZ = 90;

// The views, in navigation order. Adding a view: write views/<name>_view.cpp, declare its factory
// in views/views.h and add it here.
std::vector<std::unique_ptr<View>> makeViews() {
  std::vector<std::unique_ptr<View>> views;
  views.push_back(makeOverviewView());
  views.push_back(makeDashboardView());
  views.push_back(makeGrowthView());
  views.push_back(makeSlaView());
  views.push_back(makeCampaignsView());
  views.push_back(makeGlossaryView());
  views.push_back(makeLanguageCheckView());
  views.push_back(makeLeadFeedbackView());
  views.push_back(makeWinLossView());
  views.push_back(makeEnablementView());
  views.push_back(makeReviewView());
  views.push_back(makeDiagnosticView());
  views.push_back(makeConflictsView());
  return views;
}

// Lets go of the text field being edited without ImGui writing its text back on the next frame
// (InputText re-applies a field's last text when it is deactivated from outside): after an undo
// the field must show the document's value.
void releaseActiveField() {
  ImGuiContext* context = ImGui::GetCurrentContext();
  if (!context) return;
  ImGui::ClearActiveID();
  context->InputTextDeactivatedState.ID = 0;
}

constexpr const char* kAppName = "Growth Plan Studio";
// Views that navigation helpers open (their title()).
constexpr const char* kGlossaryTitle = "Glossary";
constexpr const char* kOverviewTitle = "Plan overview";
constexpr const char* kReviewTitle = "Review";
constexpr const char* kDiagnosticTitle = "Diagnostic";
constexpr const char* kReplacePopup = "##replace-plan";
constexpr double kToastSeconds = 4.0;
constexpr double kUndoToastSeconds = 12.0;
constexpr double kCheapCheckMs = 8.0;  // a language check this fast reruns on every keystroke

}  // namespace

struct App::State final : UiContext {
  State(Platform& platform, uint64_t idSeed)
      : platform_(platform),
        me_{platform.loadSetting("person"), teamFromName(platform.loadSetting("team"))},
        session_(idSeed, [&platform] { return platform.nowIso(); }, Editor{me_.name, me_.team}),
        views_(makeViews()) {
    recent_ = parseRecentIdentities(platform.loadSetting("recent-people"));
    if (!me_.complete()) identityDialog_.open(me_, true);
    dark_ = platform.loadSetting("theme") == "dark";
  }

  // ---- UiContext ----
  History& history() override { return session_.history(); }
  Platform& platform() override { return platform_; }
  const Fonts& fonts() const override { return fonts_; }
  EditContext edit() override { return session_.edit(); }
  const Identity& me() const override { return me_; }
  void askWhoIsEditing() override { identityDialog_.open(me_, !me_.complete()); }
  void shareAsLink() override { share_.openCreate(); }

  void setIdentity(const Identity& identity) {
    session_.setEditor(Editor{identity.name, identity.team});  // records the previous person's edits first
    const bool switched = me_.complete() && identity.name != me_.name;
    me_ = identity;
    rememberIdentity(recent_, identity);
    platform_.saveSetting("person", identity.name);
    platform_.saveSetting("team", teamName(*identity.team));
    platform_.saveSetting("recent-people", recentIdentitiesSetting(recent_));
    notify(Notice::Kind::success, (switched ? "Now editing: " : "Editing as ") + identity.label(), kToastSeconds);
  }

  // People to offer in "Who is editing?": this browser's recent ones, then the plan's people.
  std::vector<Identity> identitySuggestions() const {
    std::vector<Identity> list;
    const auto known = [&](const std::string& name) {
      return std::any_of(list.begin(), list.end(), [&](const Identity& i) { return i.name == name; });
    };
    for (const auto& identity : recent_)
      if (!known(identity.name)) list.push_back(identity);
    for (const auto& person : session_.history().doc().people)
      if (!person.name.empty() && !known(person.name) && list.size() < 6) list.push_back(Identity{person.name, person.team});
    if (list.size() > 6) list.resize(6);
    return list;
  }

  void notify(Notice::Kind kind, std::string text, double seconds = 0) override {
    notices_.add(kind, std::move(text), seconds);
  }
  void notifyUndoable(std::string text) override {
    notices_.addUndoable(std::move(text), session_.history().revision(), kUndoToastSeconds);
  }

  bool navigate(std::string_view viewTitle) override {
    for (size_t i = 0; i < views_.size(); ++i) {
      if (viewTitle != views_[i]->title()) continue;
      if (i != currentView_) session_.history().seal();
      currentView_ = i;
      return true;
    }
    return false;
  }
  void showTerm(const std::string& termId) override {
    termToShow_ = termId;
    navigate(kGlossaryTitle);
  }
  void showSection(const std::string& sectionId) override {
    sectionToShow_ = sectionId;
    navigate(kOverviewTitle);
  }
  std::optional<std::string> takeTermToShow() override { return std::exchange(termToShow_, std::nullopt); }
  std::optional<std::string> takeSectionToShow() override { return std::exchange(sectionToShow_, std::nullopt); }
  void showComments(const std::string& target) override {
    commentsToShow_ = target;
    navigate(kReviewTitle);
  }
  std::optional<std::string> takeCommentsToShow() override { return std::exchange(commentsToShow_, std::nullopt); }
  void showDiagnosticRound(const std::string& roundId) override {
    roundToShow_ = roundId;
    navigate(kDiagnosticTitle);
  }
  std::optional<std::string> takeDiagnosticRoundToShow() override { return std::exchange(roundToShow_, std::nullopt); }

  const std::vector<LanguageIssue>& languageIssues() override {
    // A check that costs more than a few milliseconds (thousands of terms) waits while a field
    // is being typed in, so every keystroke stays smooth; it runs when the field lets go.
    const bool typing = ImGui::GetActiveID() != 0 && ImGui::GetIO().WantTextInput;
    if (issuesRevision_ != session_.history().revision() && (!issuesRevision_ || !typing || issuesCheckMs_ < kCheapCheckMs)) {
      const auto start = std::chrono::steady_clock::now();
      issues_ = runLanguageCheck(session_.history().doc());
      issuesCheckMs_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      issuesRevision_ = session_.history().revision();
    }
    return issues_;
  }

  std::string fileStem() const override {
    std::string name = suggestedFileName();
    if (name.size() > 5 && name.ends_with(".json")) name.resize(name.size() - 5);
    return name;
  }

  std::optional<ImportedFile> takeImportedFile(std::string_view kind) override {
    if (!imported_ || imported_->kind != kind) return std::nullopt;
    return std::exchange(imported_, std::nullopt);
  }

  // ---- Document life cycle (plan_session.h), told to the person ----
  bool unsaved() const { return session_.unsaved(); }
  std::string suggestedFileName() const { return session_.suggestedFileName(); }

  // The open plan was replaced: fields, save target and messages of the old one let go.
  void afterReplace() {
    releaseActiveField();  // a field being edited must not write into the new plan
    platform_.forgetSaveTarget();
    notices_.dropErrorsAndUndoOffers();
  }

  OpenOutcome tell(const OpenResult& result) {
    if (result.result == OpenResult::Result::failed) {
      notify(Notice::Kind::error, result.message);
      return OpenOutcome{false, result.error};
    }
    if (result.result == OpenResult::Result::needsConfirmation) openReplacePopup_ = true;
    if (result.result == OpenResult::Result::opened) {
      afterReplace();
      if (!result.message.empty()) notify(Notice::Kind::success, result.message, kToastSeconds);
    }
    return OpenOutcome{true, {}};
  }

  OpenOutcome open(std::string_view text, const std::string& fileName, bool ask) {
    // An answer file of the diagnostic (opened or dropped) goes into the open plan, not over it.
    if (looksLikeAnswerFile(text)) {
      mergeAnswerFile(*this, text, fileName);
      return OpenOutcome{true, {}};
    }
    return tell(session_.openText(text, fileName, ask));
  }

  // ---- Diagnostic answers arriving from outside the Diagnostic page ----
  void offerAnswerLink(std::string_view codeOrLink) {
    std::string problem;
    if (auto answer = readAnswer(codeOrLink, problem)) answerOffer_.offer(std::move(*answer));
    else notify(Notice::Kind::error, "This answer link cannot be read: " + problem);
  }

  // File ▸ Print summary: the one-page outcome in a tab of its own, for the browser's Print.
  void printSummary() {
    const std::string now = platform_.nowIso();
    platform_.openDocument(fileStem() + "-summary.html", summaryHtml(session_.history().doc(), SummaryOptions{now.substr(0, 10), now}));
  }
  void newPlan() { tell(session_.startNewPlan(true)); }

  void tell(const MergeResult& result) {
    if (result.result == MergeResult::Result::merged) releaseActiveField();
    if (result.message.empty()) return;
    if (result.result == MergeResult::Result::refused) notify(Notice::Kind::error, result.message);
    else if (result.result == MergeResult::Result::nothingNew) notify(Notice::Kind::info, result.message, kToastSeconds);
    else notify(Notice::Kind::success, result.message, kToastSeconds * 2);
    if (result.conflicts) navigate("Conflicts");
  }

  // Another tab of this browser autosaved: take its changes in, so both tabs show one plan.
  void mergeOtherTab(std::string_view text) {
    const MergeResult result = session_.mergeOtherTab(text);
    if (result.theyLackOurs) platform_.requestAutosave();  // so that the other tab takes ours in turn
    if (result.result != MergeResult::Result::merged) {
      if (!result.message.empty()) notify(Notice::Kind::error, result.message);
      return;
    }
    if (!ImGui::GetIO().WantTextInput) releaseActiveField();  // the field being typed in stays active
    notify(Notice::Kind::info, result.message, kToastSeconds);
    if (result.conflicts) navigate("Conflicts");
  }

  // ---- Share links ----
  void createShareLink(const std::string& passphrase) { platform_.requestShareLink(session_.documentJson(), passphrase); }

  void receiveSharedPlan(std::string_view text) {
    LoadResult loaded = loadDocument(text);
    if (auto* error = std::get_if<LoadError>(&loaded)) {
      notify(Notice::Kind::error, "Could not open the shared plan: " + error->message);
      return;
    }
    share_.offer(std::get<Document>(std::move(loaded)));
  }

  // The shared plan replaces the open one as one undo step: local work stays one Undo away.
  void openSharedCopy(Document shared) {
    releaseActiveField();
    platform_.forgetSaveTarget();
    notifyUndoable(session_.openSharedCopy(std::move(shared)));
  }

  void save(bool saveAs) {
    const std::string text = session_.startSave();
    platform_.saveFile(session_.suggestedFileName(), text, saveAs);
  }

  // One history: undo in a field takes back its typing burst (and earlier steps) through History;
  // the field keeps the keyboard and shows the result, so what is typed next lands in it.
  void undo() {
    if (!session_.history().canUndo()) return;
    session_.history().seal();
    session_.history().undo();
    reloadActiveField();
  }

  void redo() {
    if (!session_.history().canRedo()) return;
    session_.history().seal();
    session_.history().redo();
    reloadActiveField();
  }

  void toggleTheme() { themeToggleRequested_ = true; }

  // ---- Frame ----
  void draw();
  void handleShortcuts();
  void drawMenuBar();
  void drawSidebar();
  void drawContent();
  void drawReplaceModal();

  Platform& platform_;
  Identity me_;  // before session_, which starts a plan in this person's name
  PlanSession session_;
  std::vector<std::unique_ptr<View>> views_;
  Fonts fonts_;
  std::vector<Identity> recent_;
  IdentityDialog identityDialog_;
  ShareDialogs share_;
  LeadImportDialog leadImport_;
  StorageWarning storageWarning_;
  bool dark_ = false;
  bool themeToggleRequested_ = false;
  size_t currentView_ = 0;

  Notices notices_;

  std::optional<std::string> termToShow_, sectionToShow_, commentsToShow_;
  std::optional<ImportedFile> imported_;
  std::vector<LanguageIssue> issues_;
  std::optional<uint64_t> issuesRevision_;
  double issuesCheckMs_ = 0;  // how long the last language check took

  bool openReplacePopup_ = false;
  AnswerOffer answerOffer_;
  std::optional<std::string> roundToShow_;
  // Set when the page was opened with a diagnostic invitation: then it shows only that form.
  std::unique_ptr<ParticipantScreen> participant_;
};

// ---- Frame ------------------------------------------------------------------------------------

void App::State::draw() {
  if (themeToggleRequested_) {
    themeToggleRequested_ = false;
    dark_ = !dark_;
    platform_.saveSetting("theme", dark_ ? "dark" : "light");
    platform_.setDarkTheme(dark_);  // the shell rebuilds the style at its pixel ratio
  }
  setWidgetFonts(fonts_);
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

  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12 * s, 10 * s));  // a taller menu bar
  ImGui::PushFont(fonts_.body);
  ImGui::Begin("Growth Plan Studio##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar(4);

  drawMenuBar();
  drawSidebar();
  ImGui::SameLine(0, 0);
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
  if (session_.replacementPending() || identityDialog_.isOpen() || share_.isOpen() || leadImport_.isOpen() || answerOffer_.isOpen())
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
}

void App::State::drawMenuBar() {
  if (!ImGui::BeginMenuBar()) return;
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(10 * s, 6 * s));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8 * s, 8 * s));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(12 * s, 10 * s));

  // Brand, aligned with the sidebar.
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
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(kAppName);
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), 232 * s));
  }

  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("New plan", "Alt+N")) newPlan();
    if (ImGui::MenuItem("Open\xE2\x80\xA6", "Ctrl+O")) platform_.requestOpenFile();
    if (ImGui::MenuItem("Open sample plan")) platform_.requestSample();
    ImGui::Separator();
    if (ImGui::MenuItem("Save", "Ctrl+S")) save(false);
    if (ImGui::MenuItem("Save As\xE2\x80\xA6", "Ctrl+Shift+S")) save(true);
    ImGui::Separator();
    if (ImGui::MenuItem("Merge a colleague's copy\xE2\x80\xA6")) platform_.requestImportFile("plan-merge");
    if (ImGui::MenuItem("Import lead outcomes\xE2\x80\xA6")) platform_.requestImportFile("lead-outcomes-csv");
    if (ImGui::MenuItem("Copy share link\xE2\x80\xA6")) shareAsLink();
    ImGui::Separator();
    if (ImGui::MenuItem("Print summary\xE2\x80\xA6")) printSummary();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Edit")) {
    const std::string undoText = session_.history().canUndo() ? "Undo " + session_.history().undoLabel() + "###undo" : std::string("Undo###undo");
    const std::string redoText = session_.history().canRedo() ? "Redo " + session_.history().redoLabel() + "###redo" : std::string("Redo###redo");
    if (ImGui::MenuItem(undoText.c_str(), "Ctrl+Z", false, session_.history().canUndo())) undo();
    if (ImGui::MenuItem(redoText.c_str(), "Ctrl+Y", false, session_.history().canRedo())) redo();
    ImGui::Separator();
    if (ImGui::MenuItem("Switch person\xE2\x80\xA6")) askWhoIsEditing();
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    for (size_t i = 0; i < views_.size(); ++i)
      if (ImGui::MenuItem(views_[i]->title(), nullptr, currentView_ == i)) currentView_ = i;
    ImGui::Separator();
    if (ImGui::MenuItem("Dark theme", nullptr, dark_)) toggleTheme();
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

void App::State::drawSidebar() {
  const theme::Palette& p = theme::palette();
  const float s = theme::scale();
  const float width = 220 * s;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, p.sidebarBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14 * s, 18 * s));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0.0f);
  ImGui::BeginChild("##sidebar", ImVec2(width, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();

  ImGuiWindow* window = ImGui::GetCurrentWindow();
  window->DrawList->AddLine(ImVec2(window->Rect().Max.x - 1, window->Rect().Min.y),
                            ImVec2(window->Rect().Max.x - 1, window->Rect().Max.y), theme::u32(p.cardBorder));

  caption("VIEWS");
  ImGui::Spacing();
  const float itemH = ImGui::GetTextLineHeight() + 22 * s;
  for (size_t i = 0; i < views_.size(); ++i) {
    View& view = *views_[i];
    const bool selected = currentView_ == i;
    // The Selectable's own text is hidden: we draw it with padding, an accent bar and a badge.
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 8 * s);
    if (ImGui::Selectable(view.title(), selected, 0, ImVec2(0, itemH))) currentView_ = i;
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
  if (button(dark_ ? "Light theme" : "Dark theme", "##theme-toggle", ButtonKind::subtle)) toggleTheme();
  ImGui::EndChild();
}

void App::State::drawContent() {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild("##content", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  notices_.drawBanners();
  if (storageWarning_.draw()) save(false);
  if (currentView_ >= views_.size()) currentView_ = 0;
  ImGui::PushID(views_[currentView_]->title());
  views_[currentView_]->draw(*this);
  ImGui::PopID();
  ImGui::EndChild();
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

// ---- App ------------------------------------------------------------------------------------

App::App(Platform& platform, uint64_t idSeed) : state_(std::make_unique<State>(platform, idSeed)) {}
App::~App() = default;

void App::setFonts(const Fonts& fonts) { state_->fonts_ = fonts; }
void App::draw() { state_->draw(); }

OpenOutcome App::openFile(std::string_view text, const std::string& fileName) { return state_->open(text, fileName, true); }
OpenOutcome App::openJsonNow(std::string_view text, const std::string& fileName) {
  return state_->open(text, fileName, false);
}

OpenOutcome App::restore(std::string_view text, const std::string& fileName, bool unsaved) {
  const OpenResult result = state_->session_.restore(text, fileName, unsaved);
  return OpenOutcome{result.result == OpenResult::Result::opened, result.error};
}

void App::importFile(const std::string& kind, std::string text, const std::string& fileName) {
  if (kind == "plan-merge") {
    state_->tell(state_->session_.mergeCopyText(text, fileName.empty() ? std::string("the copy") : fileName));
    return;
  }
  if (kind == "tab-sync") {
    state_->mergeOtherTab(text);
    return;
  }
  if (kind == "share-link") {
    state_->receiveSharedPlan(text);
    return;
  }
  if (kind == "diagnostic-answer") {
    state_->offerAnswerLink(text);
    return;
  }
  if (kind == "lead-outcomes-csv") {
    state_->leadImport_.open(std::move(text), fileName, state_->session_.history().doc().reasons.leadRejection);
    return;
  }
  state_->imported_ = UiContext::ImportedFile{kind, std::move(text), fileName};
  if (kind == "glossary-csv") state_->navigate(kGlossaryTitle);
}

void App::shareLinkReady(bool ok, const std::string& linkOrError, const std::string& detail) {
  state_->share_.linkReady(ok, linkOrError, detail);
}
void App::shareNeedsPassphrase() { state_->share_.needPassphrase(); }
void App::shareUnlockResult(bool ok, const std::string& message) { state_->share_.unlockResult(ok, message); }

void App::fileSaved(const std::string& fileName) {
  State& s = *state_;
  s.session_.saveSucceeded(fileName);
  s.notices_.dropStartingWith("Could not save");
  s.notify(Notice::Kind::success, "Saved to " + (fileName.empty() ? s.suggestedFileName() : fileName), kToastSeconds);
}

void App::saveFailed(const std::string& message) {
  state_->session_.saveFailed();
  state_->notify(Notice::Kind::error, "Could not save: " + message);
}

void App::showError(const std::string& message) { state_->notify(Notice::Kind::error, message); }
void App::showInfo(const std::string& message) { state_->notify(Notice::Kind::info, message, kToastSeconds * 2); }

void App::storageStatus(bool keeping, const std::string& why) {
  if (state_->storageWarning_.report(keeping, why))
    state_->notify(Notice::Kind::success, "This browser keeps your changes again", kToastSeconds);
}

const std::vector<Notice>& App::toldNotices() const { return state_->notices_.told(); }

std::vector<Notice> App::visibleNotices() const {
  std::vector<Notice> out = state_->notices_.visible();
  if (auto warning = state_->storageWarning_.notice()) out.push_back(*warning);
  if (state_->session_.replacementPending()) out.push_back(Notice{Notice::Kind::info, "Replace the open plan? It has unsaved changes."});
  if (const std::string problem = state_->share_.problem(); !problem.empty())
    out.push_back(Notice{Notice::Kind::error, problem});
  return out;
}

std::string App::documentJson() { return state_->session_.documentJson(); }
std::optional<WriteAuthor> App::lastChanged(const std::string& path) { return state_->session_.lastChanged(path); }

std::vector<LanguageIssue> App::languageIssues() const { return runLanguageCheck(state_->session_.history().doc()); }
uint64_t App::revision() const { return state_->session_.history().revision(); }
bool App::hasUnsavedChanges() const { return state_->unsaved(); }
const std::string& App::fileName() const { return state_->session_.fileName(); }

void App::joinDiagnostic(std::string_view invitationCodeOrLink) {
  state_->participant_ = std::make_unique<ParticipantScreen>(invitationCodeOrLink);
}

bool App::participating() const { return state_->participant_ != nullptr; }
const ParticipantScreen* App::participant() const { return state_->participant_.get(); }

std::string App::windowTitle() const {
  if (state_->participant_) return state_->participant_->windowTitle();
  const PlanInfo& plan = state_->session_.history().doc().plan;
  std::string title = state_->unsaved() ? "\xE2\x80\xA2 " : "";
  title += plan.title.empty() ? "Untitled plan" : plan.title;
  if (!plan.company.empty()) title += " \xE2\x80\x94 " + plan.company;
  title += " \xE2\x80\x94 ";
  title += kAppName;
  return title;
}

bool App::darkTheme() const { return state_->dark_; }
bool App::busy() const { return state_->leadImport_.working(); }

bool App::isAppShortcut(int glfwKey, bool ctrlOrCmd, bool shift) {
  (void)shift;
  if (!ctrlOrCmd) return false;
  return glfwKey == kGlfwKeyO || glfwKey == kGlfwKeyS || glfwKey == kGlfwKeyZ || glfwKey == kGlfwKeyY;
}

History& App::history() { return state_->session_.history(); }
PlanSession& App::session() { return state_->session_; }

}  // namespace gp::ui
