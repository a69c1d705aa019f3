// The application frame: menu bar, sidebar navigation, notices, modals and keyboard shortcuts
// around the views in kViews. Platform-free: everything outside goes through Platform.
#include "app_internal.h"
#include "focus_ring.h"

#include <functional>

#include <nlohmann/json.hpp>

#include "core/library/plan_retitle.h"

namespace gp::ui {

namespace app_detail {

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
  views.push_back(makeAttributionView());
  views.push_back(makeEnablementView());
  views.push_back(makeReviewView());
  views.push_back(makeWorkshopView());
  views.push_back(makeDiagnosticView());
  views.push_back(makeConflictsView());
  views.push_back(makeLibraryView());
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

}  // namespace app_detail

// ---- App ------------------------------------------------------------------------------------

App::App(Platform& platform, uint64_t idSeed) : state_(std::make_unique<State>(platform, idSeed)) {}
App::~App() = default;

void App::setFonts(const Fonts& fonts) { state_->fonts_ = fonts; }
void App::draw() {
  state_->draw();
  drawFocusRing();
}

OpenOutcome App::openFile(std::string_view text, const std::string& fileName) { return state_->open(text, fileName, true); }
OpenOutcome App::openJsonNow(std::string_view text, const std::string& fileName) {
  return state_->open(text, fileName, false);
}

OpenOutcome App::restore(std::string_view text, const std::string& fileName, bool unsaved) {
  const OpenResult result = state_->session_.restore(text, fileName, unsaved);
  return OpenOutcome{result.result == OpenResult::Result::opened, result.error};
}

void App::libraryListing(std::string_view json) {
  LibraryShelf& shelf = state_->library_;
  shelf.asked = false;
  std::string error;
  std::optional<LibraryListing> listing = readLibraryListing(json, error);
  if (!listing) {
    showError("The list of plans in this browser could not be read: " + error);
    return;
  }
  // Deleted plans whose 30 days are over go for good (tabs may ask twice: the second finds nothing).
  for (const std::string& key : expiredTrash(*listing, state_->platform_.nowIso()))
    state_->platform_.libraryAction("purge", key, {});
  shelf.listing = std::move(listing);
}

bool App::libraryChanged() {
  state_->library_.stale = true;
  return std::string_view(state_->views_[state_->currentView_]->title()) == "Library";
}

OpenOutcome App::openFromLibrary(std::string_view text, const std::string& fileName, bool unsaved) {
  const OpenResult result = state_->session_.openKept(text, fileName, unsaved);
  state_->keptPlan_.reset();  // switching within the library: where the previous plan went is plain
  if (result.result != OpenResult::Result::opened) {
    showError("This plan could not be opened (" + result.error + "). It stays in the library, listed as damaged.");
    return OpenOutcome{false, result.error};
  }
  state_->afterReplace();
  showInfo("Opened \xE2\x80\x9C" + shownTitle(state_->session_.doc().plan.title) + "\xE2\x80\x9D from the library.");
  return OpenOutcome{true, {}};
}

std::string App::retitledPlan(std::string_view text, const std::string& title) {
  PlanSession& session = state_->session_;
  auto result = retitlePlan(text, title, std::hash<std::string>{}(session.replica() + title + session.edit().now),
                            [this] { return state_->platform_.nowIso(); }, session.editor());
  if (auto* error = std::get_if<std::string>(&result)) return nlohmann::json{{"error", *error}}.dump();
  RetitledPlan& plan = std::get<RetitledPlan>(result);
  return "{\"json\":" + nlohmann::json(plan.json).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
         ",\"facts\":" + libraryFactsJson(plan.facts) + "}";
}

std::string App::libraryFacts() const { return libraryFactsJson(gp::libraryFacts(state_->session_.doc())); }

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
  if (kind == kOpportunitiesCsvKind || kind == kTouchpointsCsvKind) {
    state_->attributionImport_.receive(kind, std::move(text), fileName);
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

void App::localDataLoaded(const std::string& key, bool found, std::string value) {
  const std::string problem = state_->attribution_.localDataLoaded(key, found, std::move(value));
  if (!problem.empty()) state_->notify(Notice::Kind::error, problem);
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
const gp::SavedText& App::documentText() { return state_->session_.documentText(); }
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
  title += shownTitle(plan.title);
  if (!plan.company.empty()) title += " \xE2\x80\x94 " + plan.company;
  title += " \xE2\x80\x94 ";
  title += kAppName;
  return title;
}

theme::ThemeKind App::theme() const { return state_->theme_; }
bool App::busy() const {
  return state_->leadImport_.working() || state_->attributionImport_.working() || state_->attribution_.readingRows() ||
         state_->attribution_.computing();
}

bool App::isAppShortcut(int glfwKey, bool ctrlOrCmd, bool shift) {
  (void)shift;
  if (!ctrlOrCmd) return false;
  return glfwKey == kGlfwKeyO || glfwKey == kGlfwKeyS || glfwKey == kGlfwKeyZ || glfwKey == kGlfwKeyY;
}

History& App::history() { return state_->session_.history(); }
const AttributionWorkspace& App::attribution() const { return state_->attribution_; }
PlanSession& App::session() { return state_->session_; }

}  // namespace gp::ui
