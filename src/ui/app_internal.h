// The application's state shared by app.cpp (what the platform calls) and app_frame.cpp (one
// frame: menu bar, sidebar, views, modals, shortcuts). Only those two files include it.
#pragma once

#include "app.h"
#include "ui_scale.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <utility>

#include "accessible_text.h"
#include "app_state.h"
#include "core/format/format.h"
#include "core/library/library.h"
#include "core/outcome/summary.h"
#include "core/session/plan_session.h"
#include "core/workshop/diagnostic_links.h"
#include "attribution_import_dialog.h"
#include "attribution_workspace.h"
#include "lead_import_dialog.h"
#include "library_shelf.h"
#include "modal.h"
#include "notices.h"
#include "share_dialogs.h"
#include "storage_warning.h"
#include "theme.h"
#include "views/views.h"
#include "views/workshop/activity_panels.h"
#include "views/workshop/answer_offer.h"
#include "views/workshop/diagnostic_merge.h"
#include "views/workshop/participant_screen.h"
#include "views/workshop/presenter.h"
#include "widgets.h"

namespace gp::ui {

namespace app_detail {
// GLFW key codes (kept as plain ints so the UI does not depend on GLFW).
constexpr int kGlfwKeyO = 79, kGlfwKeyS = 83, kGlfwKeyY = 89, kGlfwKeyZ = 90;

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

// The views, in navigation order.
std::vector<std::unique_ptr<View>> makeViews();
// Lets go of the text field being edited without ImGui writing its text back (see app.cpp).
void releaseActiveField();
}  // namespace app_detail

using namespace app_detail;

struct App::State final : UiContext {
  State(Platform& platform, uint64_t idSeed)
      : platform_(platform),
        me_{platform.loadSetting("person"), teamFromName(platform.loadSetting("team"))},
        session_(idSeed, [&platform] { return platform.nowIso(); }, Editor{me_.name, me_.team}),
        views_(makeViews()) {
    recent_ = parseRecentIdentities(platform.loadSetting("recent-people"));
    if (!me_.complete()) identityDialog_.open(me_, true);
    theme_ = theme::themeFromSetting(platform.loadSetting("theme"));
    loadUiScale(platform);
    session_.setBeforeReplace([this] {
      keptPlan_ = platform_.keepReplacedPlan() ? std::optional(shownTitle(session_.doc().plan.title)) : std::nullopt;
    });
  }

  // ---- UiContext ----
  History& history() override { return session_.history(); }
  Platform& platform() override { return platform_; }
  const Fonts& fonts() const override { return fonts_; }
  EditContext edit() override { return session_.edit(); }
  const Identity& me() const override { return me_; }
  void askWhoIsEditing() override { identityDialog_.open(me_, !me_.complete()); }
  void shareAsLink() override { share_.openCreate(); }
  AttributionWorkspace& attribution() override { return attribution_; }
  void openAttributionImport() override { attributionImport_.open(); }
  LibraryShelf& library() override { return library_; }

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
  void startPresenting(const std::string& workshopId) override { presentingWorkshopId_ = workshopId; }
  void stopPresenting() override {
    presentingWorkshopId_.reset();
    presenter_.reset();
  }
  // View ▸ Present workshop (F5): the plan's first workshop, or how to make one.
  void presentFirstWorkshop() {
    const auto& workshops = session_.history().doc().workshops;
    if (workshops.empty()) {
      notify(Notice::Kind::info, "There is no workshop to present yet: create one on the Workshop page, then press F5.", kToastSeconds * 2);
      return;
    }
    startPresenting(workshops.front().meta.id);
  }

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

  // " Your previous plan, “X”, stays in the Library." when the library kept the plan just
  // replaced (said once), else "".
  std::string takeKeptPlanNote() {
    const auto kept = std::exchange(keptPlan_, std::nullopt);
    return kept ? " Your previous plan, \xE2\x80\x9C" + *kept + "\xE2\x80\x9D, stays in the Library." : std::string();
  }

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
      const std::string kept = takeKeptPlanNote();
      const std::string said = result.message.empty() ? std::string("Started a new plan.") : result.message + ".";
      if (!result.message.empty() || !kept.empty())
        notify(Notice::Kind::success, kept.empty() ? result.message : said + kept, kept.empty() ? kToastSeconds : kToastSeconds * 2);
    }
    return OpenOutcome{true, {}};
  }

  OpenOutcome open(std::string_view text, const std::string& fileName, bool ask) {
    // An answer file of the diagnostic (opened or dropped) goes into the open plan, not over it.
    if (looksLikeAnswerFile(text)) {
      mergeAnswerFile(*this, text, fileName);
      return OpenOutcome{true, {}};
    }
    // Where this browser keeps the replaced plan in its library, nothing needs confirming.
    return tell(session_.openText(text, fileName, ask && !storageWarning_.keeping()));
  }

  // ---- Diagnostic answers arriving from outside the Diagnostic page ----
  void offerAnswerLink(std::string_view codeOrLink) {
    // A dot vote's ballot or a draft answer (gpb1 / gpr1) goes into its vote or prompt.
    if (holdsActivityAnswer(codeOrLink)) return mergeActivityAnswers(*this, codeOrLink, "the answer link");
    std::string problem;
    if (auto answer = readAnswer(codeOrLink, problem)) answerOffer_.offer(std::move(*answer));
    else notify(Notice::Kind::error, "This answer link cannot be read: " + problem);
  }

  // File ▸ Print summary: the one-page outcome in a tab of its own, for the browser's Print.
  void printSummary() {
    const std::string now = platform_.nowIso();
    platform_.openDocument(fileStem() + "-summary.html", summaryHtml(session_.history().doc(), SummaryOptions{now.substr(0, 10), now}));
  }
  void newPlan() override { tell(session_.startNewPlan(!storageWarning_.keeping())); }

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

  // The shared plan replaces the open one, which the library keeps.
  void openSharedCopy(Document shared) {
    std::string message = session_.openSharedCopy(std::move(shared));
    afterReplace();
    notify(Notice::Kind::success, message + takeKeptPlanNote(), kToastSeconds * 2);
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

  // Applied at the start of the next frame, so this frame finishes in the style it began with.
  void chooseTheme(theme::ThemeKind kind) { themeRequested_ = kind; }
  // The quick switch beside the menu: light to dark, and back to light from the others.
  void toggleTheme() { chooseTheme(theme_ == theme::ThemeKind::light ? theme::ThemeKind::dark : theme::ThemeKind::light); }
  const char* themeToggleLabel() const { return theme_ == theme::ThemeKind::light ? "Dark theme" : "Light theme"; }

  // ---- Frame ----
  // The frame's parts, and each menu, stay functions of their own (noinline). Inlined, they made
  // one 48 KB function that the browser compiled whole before the first frame, menus and all, and
  // the browser's first compile takes longer per byte the bigger a function is (issue 14).
  [[gnu::noinline]] void draw();
  [[gnu::noinline]] void handleShortcuts();
  [[gnu::noinline]] void drawMenuBar();
  [[gnu::noinline]] void drawFileMenu();
  [[gnu::noinline]] void drawEditMenu();
  [[gnu::noinline]] void drawViewMenu();
  [[gnu::noinline]] void drawSidebar();
  void drawNavigationButton();
  void chooseView(size_t index);
  [[gnu::noinline]] void drawContent();
  void drawCurrentView();
  bool drawPresenter();
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
  AttributionWorkspace attribution_;
  AttributionImportDialog attributionImport_;
  StorageWarning storageWarning_;
  LibraryShelf library_;
  std::optional<std::string> keptPlan_;  // the title of the plan just replaced, when the library kept it
  theme::ThemeKind theme_ = theme::ThemeKind::light;
  std::optional<theme::ThemeKind> themeRequested_;
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
  // Set while presenter mode shows this workshop's agenda on the projector.
  std::optional<std::string> presentingWorkshopId_;
  Presenter presenter_;
  // Set when the page was opened with a diagnostic invitation: then it shows only that form.
  std::unique_ptr<ParticipantScreen> participant_;
};

}  // namespace gp::ui
