// What the UI asks of the platform shell (web or native). Results of asynchronous requests come
// back through App's methods (openFile, fileSaved, saveFailed).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "palette_colors.h"

namespace gp::ui {

class Platform {
 public:
  virtual ~Platform() = default;

  // Shows the system file picker for a .json plan; the chosen file arrives via App::openFile.
  virtual void requestOpenFile() = 0;
  // Loads assets/sample-plan.json; arrives via App::openFile.
  virtual void requestSample() = 0;
  // Saves `contents`: in place where the platform can (File System Access API) unless saveAs,
  // otherwise as a download named `fileName`. Completion arrives via App::fileSaved / saveFailed.
  virtual void saveFile(const std::string& fileName, const std::string& contents, bool saveAs) = 0;
  // Offers `contents` as a download named `fileName` (exports: CSV, Markdown); never asks where.
  virtual void downloadFile(const std::string& fileName, const std::string& mimeType, const std::string& contents) = 0;
  // Shows the system file picker for a file to import; `kind` says which ("glossary-csv") and
  // chooses the accepted file types. The chosen file's text arrives via App::importFile.
  virtual void requestImportFile(const std::string& kind) = 0;
  // Forget the in-place file handle (after New / Open), so the next Save asks again.
  virtual void forgetSaveTarget() = 0;

  // Current time, ISO 8601 UTC ("2027-01-05T09:30:00Z").
  virtual std::string nowIso() = 0;

  // Small persistent settings (theme, person's name); empty string when absent.
  virtual std::string loadSetting(const std::string& key) = 0;
  virtual void saveSetting(const std::string& key, const std::string& value) = 0;

  // Larger data that stays in this browser and never enters a plan file (imported CRM rows):
  // IndexedDB on the web. Writing is asynchronous; a failure arrives via App::showError.
  // The value is the parts joined; they are copied before this returns.
  virtual void storeLocalData(const std::string& key, const std::vector<std::string_view>& parts) = 0;
  // The value arrives via App::localDataLoaded(key, found, value).
  virtual void requestLocalData(const std::string& key) = 0;
  virtual void deleteLocalData(const std::string& key) = 0;

  // Writes the autosave soon even though nothing changed (another tab needs what this one has).
  virtual void requestAutosave() = 0;

  // ---- The library: every plan this browser keeps, each with its own autosave ----
  // Another plan is about to replace the open one: the open one's latest edits are kept in its
  // library entry, and the plan that comes next gets an entry of its own. Returns whether the
  // library has the replaced plan (false for a plan never changed, which was never kept).
  virtual bool keepReplacedPlan() = 0;
  // The listing arrives via App::libraryListing.
  virtual void requestLibrary() = 0;
  // "open", "duplicate" or "rename" (text: the new title), "delete" (to the trash), "restore",
  // "purge" (for good), "export" and "download-raw" (text: the file name), "persist" (ask the
  // browser to keep the storage). What changed arrives via App::libraryChanged.
  virtual void libraryAction(const std::string& action, const std::string& key, const std::string& text) = 0;

  // Share links: `json` compressed (and with a non-empty passphrase encrypted) into a link, copied
  // to the clipboard where allowed; the result arrives via App::shareLinkReady.
  virtual void requestShareLink(const std::string& json, const std::string& passphrase) = 0;
  // The protected link this page was opened with: the plan arrives via App::importFile("share-link")
  // when the passphrase opens it; App::shareUnlockResult says whether it did.
  virtual void unlockShareLink(const std::string& passphrase) = 0;
  virtual void cancelShareLink() = 0;

  // Theme change: the shell rebuilds the style at the current pixel ratio.
  virtual void setTheme(theme::ThemeKind kind) = 0;

  // This page's address without its fragment ("https://example.org/studio/"): links the app
  // makes (diagnostic invitations and answers) start with it.
  virtual std::string pageAddress() = 0;
  // Some browsers (Safari) copy to the clipboard, open the share sheet or show the phone's keyboard
  // only inside the person's own tap or click, not a frame later: the page itself runs `action`
  // (with `text`) when a click lands on the widget labelled `widgetLabel`; `type` readies the
  // keyboard for the text field tapped. TapAction::none forgets the widget.
  enum class TapAction { none, copy, share, type };
  virtual void setTapAction(const std::string& widgetLabel, TapAction action, const std::string& text) = 0;
  // Whether the browser has a share sheet (navigator.share), so a Share button can be offered.
  virtual bool canShare() = 0;
  // Opens `html` as a page of its own in a new tab, to read and print; where the browser blocks
  // new tabs, offers it as a download named `fileName` instead.
  virtual void openDocument(const std::string& fileName, const std::string& html) = 0;

  // The app draws only when something happens; a running countdown asks for one frame about
  // `ms` from now (its next second) instead of drawing every frame.
  virtual void requestFrameIn(double ms) = 0;
  // A gentle two-note chime: a workshop item's time is up.
  virtual void playChime() = 0;
};

}  // namespace gp::ui
