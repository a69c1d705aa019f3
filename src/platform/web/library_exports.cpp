// The library of plans this browser keeps (web/library.js holds the storage): the platform's
// requests to the page, and the page's answers to the app. Strings returned are malloc'd;
// JavaScript frees them with _gp_free_string.
#include <emscripten.h>

#include <string>
#include <string_view>

#include "js_bridge.h"
#include "malloc_string.h"
#include "shell.h"
#include "web_platform.h"

extern "C" void gp_autosave_now();

namespace gp::web {

// Before another plan takes the open one's place: its edits not yet autosaved are written into
// its own entry now, and what comes next goes into the entry it came from, or a new one.
bool WebPlatform::keepReplacedPlan() {
  Shell& s = shell();
  if (s.app->participating()) return false;
  if (s.app->revision() != s.autosavedRevision) gp_autosave_now();
  const bool kept = s.planInLibrary;
  gpjs_library_switch(s.nextLibraryKey.c_str());
  s.nextLibraryKey.clear();
  s.planInLibrary = false;
  return kept;
}

void WebPlatform::requestLibrary() { gpjs_request_library(); }

void WebPlatform::libraryAction(const std::string& action, const std::string& key, const std::string& text) {
  gpjs_library_action(action.c_str(), key.c_str(), text.c_str());
}

}  // namespace gp::web

extern "C" {

EMSCRIPTEN_KEEPALIVE void gp_library_listing(const char* json) {
  gp::web::shell().app->libraryListing(json ? json : "");
  gp::web::wake();
}

// Every autosave ends here: only a Library on screen draws a frame for it (a countdown on a
// projector must stay at a frame a second).
EMSCRIPTEN_KEEPALIVE void gp_library_changed() {
  if (gp::web::shell().app->libraryChanged()) gp::web::wake();
}

// Opens the library entry `key` (its stored plan text) in place of the open plan. Returns "" when
// it opened, else why not (the open plan is then untouched).
EMSCRIPTEN_KEEPALIVE char* gp_library_open(const char* key, const char* bytes, int length, const char* fileName, int unsaved) {
  auto& s = gp::web::shell();
  s.nextLibraryKey = key;
  const gp::ui::OpenOutcome outcome =
      s.app->openFromLibrary(std::string_view(bytes, static_cast<size_t>(length)), fileName, unsaved != 0);
  s.nextLibraryKey.clear();
  if (outcome.ok) {
    s.autosavedRevision = s.app->revision();  // it is what the entry holds
    s.planInLibrary = true;
  }
  gp::web::wake();
  return gp::web::copyString(outcome.ok ? std::string() : outcome.error);
}

// {"json", "facts"} of the plan `bytes` renamed to `title`, or {"error"}.
EMSCRIPTEN_KEEPALIVE char* gp_library_retitle(const char* bytes, int length, const char* title) {
  return gp::web::copyString(gp::web::shell().app->retitledPlan(std::string_view(bytes, static_cast<size_t>(length)), title));
}

}  // extern "C"
