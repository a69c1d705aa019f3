#include "web_platform.h"

#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "js_bridge.h"
#include "shell.h"
#include "ui/touch_targets.h"

namespace gp::web {

void WebPlatform::requestOpenFile() { gpjs_request_open_file(); }
void WebPlatform::requestSample() { gpjs_request_sample(); }

void WebPlatform::saveFile(const std::string& fileName, const std::string& contents, bool saveAs) {
  gpjs_save_file(fileName.c_str(), contents.c_str(), saveAs ? 1 : 0);
}

void WebPlatform::downloadFile(const std::string& fileName, const std::string& mimeType, const std::string& contents) {
  gpjs_download_file(fileName.c_str(), mimeType.c_str(), contents.c_str());
}

void WebPlatform::requestImportFile(const std::string& kind) { gpjs_request_import_file(kind.c_str()); }

void WebPlatform::forgetSaveTarget() { gpjs_forget_save_target(); }

std::string isoFromMilliseconds(double ms) {
  std::time_t seconds = static_cast<std::time_t>(ms / 1000.0);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

std::string WebPlatform::nowIso() { return isoFromMilliseconds(emscripten_date_now()); }

std::string WebPlatform::loadSetting(const std::string& key) {
  char* value = gpjs_load_setting(key.c_str());
  std::string result = value ? value : "";
  std::free(value);
  return result;
}

void WebPlatform::saveSetting(const std::string& key, const std::string& value) {
  gpjs_save_setting(key.c_str(), value.c_str());
}

// IndexedDB via web/growthplan.js; the value is copied out with its length (it may be ~100 MB).
void WebPlatform::storeLocalData(const std::string& key, const std::vector<std::string_view>& parts) {
  std::vector<const char*> starts;
  std::vector<int> lengths;
  for (const std::string_view part : parts) {
    starts.push_back(part.data());
    lengths.push_back(static_cast<int>(part.size()));
  }
  gpjs_store_local_data(key.c_str(), starts.data(), lengths.data(), static_cast<int>(parts.size()));
}
void WebPlatform::requestLocalData(const std::string& key) { gpjs_request_local_data(key.c_str()); }
void WebPlatform::deleteLocalData(const std::string& key) { gpjs_delete_local_data(key.c_str()); }

void WebPlatform::setTheme(ui::theme::ThemeKind kind) {
  Shell& s = shell();
  s.theme = kind;
  s.uiScale = 0;  // the next frame rebuilds the style (colours, sizes, touch targets, font scale)
  gpjs_set_dark(ui::theme::paletteColors(kind).dark ? 1 : 0);
  wake();
}

void WebPlatform::requestAutosave() { gpjs_schedule_autosave(); }

void WebPlatform::requestShareLink(const std::string& json, const std::string& passphrase) {
  gpjs_request_share_link(json.c_str(), passphrase.c_str());
}
void WebPlatform::unlockShareLink(const std::string& passphrase) { gpjs_unlock_share_link(passphrase.c_str()); }
void WebPlatform::cancelShareLink() { gpjs_cancel_share_link(); }

std::string WebPlatform::pageAddress() {
  char* address = gpjs_page_address();
  std::string result = address ? address : "";
  std::free(address);
  return result;
}

void WebPlatform::setTapAction(const std::string& widgetLabel, TapAction action, const std::string& text) {
  const int code = action == TapAction::copy ? 1 : action == TapAction::share ? 2 : action == TapAction::type ? 3 : 0;
  gpjs_set_tap_action(widgetLabel.c_str(), code, text.c_str());
}

bool WebPlatform::canShare() { return gpjs_can_share() != 0; }

namespace {
// At most one timed frame waits; an earlier request replaces a later one.
long timedFrame = 0;
double timedFrameDueMs = 0;
void drawTimedFrame(void*) {
  timedFrame = 0;
  wake(1, 0);
}
}  // namespace

void WebPlatform::requestFrameIn(double ms) {
  const double due = emscripten_get_now() + ms;
  if (timedFrame) {
    if (timedFrameDueMs <= due) return;
    emscripten_clear_timeout(timedFrame);
  }
  timedFrameDueMs = due;
  timedFrame = emscripten_set_timeout(drawTimedFrame, ms, nullptr);
}

void WebPlatform::playChime() { gpjs_play_chime(); }

void WebPlatform::openDocument(const std::string& fileName, const std::string& html) {
  gpjs_open_document(fileName.c_str(), html.c_str());
}

}  // namespace gp::web
