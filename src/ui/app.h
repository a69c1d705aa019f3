// The application: menus, shortcuts, views and dialogs over one History. Platform-free:
// the shell calls draw() once per frame between ImGui::NewFrame() and ImGui::Render().
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/format/save_cache.h"
#include "core/session/history.h"
#include "core/session/plan_session.h"
#include "core/glossary/language_check.h"
#include "notices.h"
#include "palette_colors.h"
#include "platform.h"

struct ImFont;

namespace gp::ui {

class AttributionWorkspace;
class ParticipantScreen;
struct PresenterStatus;

struct Fonts {
  ImFont* body = nullptr;     // default UI text
  ImFont* heading = nullptr;  // view titles, section headings (larger, bold where available)
  ImFont* small = nullptr;    // captions, metadata lines
  ImFont* figures = nullptr;  // key figures, large (digits and their punctuation only)
  // Presenter mode, read from the back of the room: titles (Latin scripts), and the countdown
  // (digits, colon and "Time is up" only). Null where the shell has none: heading/figures then.
  ImFont* display = nullptr;
  ImFont* clock = nullptr;
};

struct OpenOutcome {
  bool ok = false;
  std::string error;  // human-readable, with line/column or field path; empty when ok
};

class App {
 public:
  App(Platform& platform, uint64_t idSeed);
  ~App();

  void setFonts(const Fonts& fonts);
  void draw();  // one frame of UI

  // A file's text arrived (Open…, drag and drop, sample). On error the plan is untouched and the
  // error is shown in the UI. When the open plan has unsaved changes the UI asks first, so the
  // outcome may be ok with the replacement still pending the person's confirmation.
  OpenOutcome openFile(std::string_view text, const std::string& fileName);
  // Same as openFile but replaces without asking (automation, crash recovery).
  OpenOutcome openJsonNow(std::string_view text, const std::string& fileName);
  // Crash recovery: reopens the autosaved plan, keeping its file name and unsaved state.
  OpenOutcome restore(std::string_view text, const std::string& fileName, bool unsaved);
  // The library (Platform::requestLibrary): its listing arrived; something in it changed; one of
  // its plans opens in place of this one (the replaced one is kept first; a plan that cannot be
  // read leaves the open one untouched and says why).
  void libraryListing(std::string_view json);
  // Returns whether the Library is on screen (and so needs a frame to ask for the new listing).
  bool libraryChanged();
  OpenOutcome openFromLibrary(std::string_view text, const std::string& fileName, bool unsaved);
  // A plan of the library that is not open, renamed to `title` by this person (for renaming and
  // duplicating): {"json", "facts"} or {"error"}.
  std::string retitledPlan(std::string_view text, const std::string& title);
  // What the library lists of the open plan (libraryFactsJson), stored with its autosave.
  std::string libraryFacts() const;
  // A file picked through Platform::requestImportFile arrived; the view that asked shows it.
  void importFile(const std::string& kind, std::string text, const std::string& fileName);
  // Share links: a link was made (or why not), a protected link needs its passphrase, and
  // whether the passphrase opened it. The plan itself arrives as importFile("share-link").
  void shareLinkReady(bool ok, const std::string& linkOrError, const std::string& detail);
  void shareNeedsPassphrase();
  void shareUnlockResult(bool ok, const std::string& message);
  // The page was opened with a diagnostic invitation (#join=…): from now on the app shows only
  // the participant's answer form (no plan, no menus), and the shell neither restores nor
  // autosaves a plan.
  void joinDiagnostic(std::string_view invitationCodeOrLink);
  bool participating() const;
  // The participant's form while participating, else null (automation).
  const ParticipantScreen* participant() const;
  void fileSaved(const std::string& fileName);
  void saveFailed(const std::string& message);
  // Shows a message (e.g. a platform error) in the UI.
  void showError(const std::string& message);
  void showInfo(const std::string& message);  // for a while, then gone
  // Whether this browser kept the latest autosave; while not, a banner says so and offers Save.
  void storageStatus(bool keeping, const std::string& why);
  // Platform::requestLocalData's answer: `found` false when nothing is stored under `key` (or the
  // browser's storage cannot be read; then `value` says why).
  void localDataLoaded(const std::string& key, bool found, std::string value);

  // Messages currently on screen, for automation (window.growthplan.notices()) and tests.
  std::vector<Notice> visibleNotices() const;
  // Every message shown this session, oldest first, also those already gone (notices.h).
  const std::vector<Notice>& toldNotices() const;

  // The plan as a Save writes it (records version information for merging first).
  std::string documentJson();
  // The same, in pieces valid until the next call (the autosave copies them out a slice at a time).
  const gp::SavedText& documentText();
  // The language check of the open plan, as the Language check view lists it (automation).
  std::vector<LanguageIssue> languageIssues() const;
  // Who last changed the value at `path` ("plan/title", "sections/<id>/body"), once recorded.
  std::optional<WriteAuthor> lastChanged(const std::string& path);
  uint64_t revision() const;      // changes whenever the document changes
  bool hasUnsavedChanges() const;
  const std::string& fileName() const;  // name of the file last opened or saved ("" for a new plan)
  std::string windowTitle() const;  // "Plan title — Company •" style, with unsaved mark
  theme::ThemeKind theme() const;
  // Work is under way across frames (a lead import reading its file): keep drawing frames.
  bool busy() const;
  // Presenter mode's state (views/workshop/presenter.h), for automation; inactive when not presenting.
  PresenterStatus presenterStatus() const;
  // Keyboard shortcuts the shell must keep from the browser (Ctrl/Cmd+O, S, N...).
  static bool isAppShortcut(int glfwKey, bool ctrlOrCmd, bool shift);

  History& history();
  // The CRM rows behind attribution in this browser (hooks for tests and benchmarks).
  const AttributionWorkspace& attribution() const;
  PlanSession& session();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Style for a theme at a pixel ratio (sizes scaled by dpr).
void applyTheme(theme::ThemeKind kind, float dpr);

}  // namespace gp::ui
