// Functions the page's JavaScript calls: automation (window.growthplan), file results,
// clipboard, autosave. Strings returned are malloc'd; JavaScript frees them with _gp_free_string.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <cstring>
#include <string>
#include <utility>

#include "core/glossary/search_warm_up.h"
#include "core/review/review.h"
#include "ui/attribution_workspace.h"
#include "ui/fitted_text.h"
#include "ui/notices.h"
#include "ui/views/workshop/participant_screen.h"
#include "ui/ui_scale.h"
#include "ui/views/workshop/presenter.h"
#include "browser_glyphs.h"
#include "item_rects.h"
#include "js_bridge.h"
#include "malloc_string.h"
#include "shell.h"
#include "web_platform.h"

using gp::web::copyString;

namespace {

// The file gp_import_begin / gp_import_append are receiving.
std::string& pendingImport() {
  static std::string text;
  return text;
}

// The stored value gp_local_data_begin / gp_local_data_append are receiving.
std::string& pendingLocalData() {
  static std::string value;
  return value;
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void gp_free_string(char* text) { std::free(text); }

EMSCRIPTEN_KEEPALIVE const char* gp_version() { return GP_VERSION; }

EMSCRIPTEN_KEEPALIVE void gp_wake() { gp::web::wake(); }

// The glossary search, once, on terms of its own, while the page rests (web/deferred.js): the
// browser compiles its code then instead of at the first keystroke of a real search.
EMSCRIPTEN_KEEPALIVE int gp_warm_up() { return static_cast<int>(gp::warmUpGlossarySearch()); }

// Opens plan JSON (raw bytes, so invalid UTF-8 is reported rather than silently replaced). `ask` = 1 asks before replacing unsaved work (a person's Open, drop);
// 0 replaces at once (automation). Returns "" when the file was accepted, else the error.
EMSCRIPTEN_KEEPALIVE char* gp_open_json(const char* bytes, int length, const char* fileName, int ask) {
  auto& s = gp::web::shell();
  std::string_view text(bytes, static_cast<size_t>(length));
  gp::ui::OpenOutcome outcome = ask ? s.app->openFile(text, fileName) : s.app->openJsonNow(text, fileName);
  gp::web::wake();
  return copyString(outcome.ok ? std::string() : outcome.error);
}

EMSCRIPTEN_KEEPALIVE char* gp_document_json() { return copyString(gp::web::shell().app->documentJson()); }

// The theme shown: "light", "dark" or "high-contrast" (a constant string: not to be freed).
EMSCRIPTEN_KEEPALIVE const char* gp_theme() { return gp::ui::theme::themeSetting(gp::web::shell().app->theme()); }

EMSCRIPTEN_KEEPALIVE double gp_frames_rendered() { return gp::web::shell().framesRendered; }

EMSCRIPTEN_KEEPALIVE double gp_last_frame_ms() { return gp::web::shell().lastFrameMs; }

// The longest frame since the previous call (benchmarks: a keystroke's or a scroll's cost).
EMSCRIPTEN_KEEPALIVE double gp_take_peak_frame_ms() {
  auto& s = gp::web::shell();
  const double peak = s.peakFrameMs;
  s.peakFrameMs = 0;
  return peak;
}

// A file picked for import (Platform::requestImportFile): raw bytes, handed to the app as text.
EMSCRIPTEN_KEEPALIVE void gp_import_file(const char* kind, const char* bytes, int length, const char* fileName) {
  gp::web::shell().app->importFile(kind, std::string(bytes, static_cast<size_t>(length)), fileName);
  gp::web::wake();
}

// A picked file arrives in pieces (begin, append..., end) over several tasks of the page: copying
// a large file at once into memory the app never touched stalls the page (~3 ms per MB), and
// frames keep coming between the pieces.
EMSCRIPTEN_KEEPALIVE void gp_import_begin(int length) {
  pendingImport() = std::string();
  pendingImport().reserve(static_cast<size_t>(std::max(length, 0)));
}
EMSCRIPTEN_KEEPALIVE void gp_import_append(const char* bytes, int length) {
  pendingImport().append(bytes, static_cast<size_t>(std::max(length, 0)));
}
EMSCRIPTEN_KEEPALIVE void gp_import_end(const char* kind, const char* fileName) {
  std::string text = std::exchange(pendingImport(), std::string());
  gp::web::shell().app->importFile(kind, std::move(text), fileName);
  gp::web::wake();
}

// A value kept in this browser (Platform::requestLocalData) arrives in pieces like an import.
// `found` 0: nothing is stored under `key`, or it could not be read and `why` says so.
EMSCRIPTEN_KEEPALIVE void gp_local_data_begin(int length) {
  pendingLocalData() = std::string();
  pendingLocalData().reserve(static_cast<size_t>(std::max(length, 0)));
}
EMSCRIPTEN_KEEPALIVE void gp_local_data_append(const char* bytes, int length) {
  pendingLocalData().append(bytes, static_cast<size_t>(std::max(length, 0)));
}
EMSCRIPTEN_KEEPALIVE void gp_local_data_end(const char* key, int found, const char* why) {
  std::string value = std::exchange(pendingLocalData(), std::string());
  if (!found) value = why ? why : "";
  gp::web::shell().app->localDataLoaded(key, found != 0, std::move(value));
  gp::web::wake(4, 0);  // data, not input: the frames that show it, no time-based ones
}

// {"x":..,"y":..,"width":..,"height":..} in CSS pixels, or "" when no such item is visible.
EMSCRIPTEN_KEEPALIVE char* gp_widget_rect(const char* label) {
  auto rect = gp::web::itemRect(label);
  if (!rect) return copyString("");
  float dpr = gp::web::shell().dpr > 0 ? gp::web::shell().dpr : 1.0f;
  char json[160];
  std::snprintf(json, sizeof json, "{\"x\":%.2f,\"y\":%.2f,\"width\":%.2f,\"height\":%.2f}", rect->x / dpr,
                rect->y / dpr, rect->w / dpr, rect->h / dpr);
  return copyString(json);
}

namespace {

char* noticesJson(const std::vector<gp::ui::Notice>& notices) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& notice : notices) {
    const char* kind = notice.kind == gp::ui::Notice::Kind::error     ? "error"
                       : notice.kind == gp::ui::Notice::Kind::success ? "success"
                                                                      : "info";
    list.push_back({{"kind", kind}, {"text", notice.text}});
  }
  return copyString(list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace

// [{"kind":"error","text":"..."}, ...]: what the UI shows the person right now.
EMSCRIPTEN_KEEPALIVE char* gp_notices() { return noticesJson(gp::web::shell().app->visibleNotices()); }
// [{"text","shownInFull"}]: what the last frame drew shortened with "…" (ui/fitted_text.h).
EMSCRIPTEN_KEEPALIVE char* gp_elided_texts() {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : gp::ui::elidedTexts()) out.push_back({{"text", e.text}, {"shownInFull", e.shownInFull}});
  return copyString(out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// The same for every message shown this session, oldest first, also toasts already gone.
EMSCRIPTEN_KEEPALIVE char* gp_notice_log() { return noticesJson(gp::web::shell().app->toldNotices()); }

// {"awaiting":{"marketing":n,...},"signOffs":[{"target","label","team","state","message"}]}: the
// review state of the open plan, as the Review view shows it.
EMSCRIPTEN_KEEPALIVE char* gp_review_status() {
  const gp::Document& doc = gp::web::shell().app->history().doc();
  const gp::ReviewSummary summary = gp::summarizeReview(doc);
  nlohmann::json out = nlohmann::json::object();
  nlohmann::json awaiting = nlohmann::json::object();
  for (size_t i = 0; i < std::size(gp::kSignOffTeams); ++i)
    awaiting[gp::teamName(gp::kSignOffTeams[i])] = summary.awaiting[i].size();
  out["awaiting"] = awaiting;
  out["openThreads"] = summary.openThreads;
  nlohmann::json signOffs = nlohmann::json::array();
  for (const auto& signOff : doc.signOffs) {
    const auto status = gp::signOffStatus(doc, signOff.target, signOff.team, gp::contentFingerprint(doc, signOff.target));
    const char* state = status.state == gp::SignOffState::approved ? "approved"
                        : status.state == gp::SignOffState::cleared ? "cleared" : "awaiting";
    signOffs.push_back({{"target", signOff.target}, {"label", gp::targetLabel(doc, signOff.target)},
                        {"team", gp::teamName(signOff.team)}, {"state", state},
                        {"message", status.state == gp::SignOffState::cleared ? gp::clearedMessage(status) : ""}});
  }
  out["signOffs"] = signOffs;
  return copyString(out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// {"hasRows", "readingRows", "opportunities", "touches", "models": [{"model", "computeMs"}]}: the CRM
// rows this browser holds for attribution and each model computed so far (tests and benchmarks).
EMSCRIPTEN_KEEPALIVE char* gp_attribution_status() {
  const gp::ui::AttributionWorkspace& workspace = gp::web::shell().app->attribution();
  const gp::AttributionData* data = workspace.data();
  nlohmann::json models = nlohmann::json::array();
  const auto& results = workspace.results();
  const auto& computeMs = workspace.computeMs();
  for (size_t i = 0; i < results.size(); ++i)
    models.push_back({{"model", gp::attributionModelName(results[i].settings.model)},
                      {"computeMs", i < computeMs.size() ? computeMs[i] : 0.0}});
  nlohmann::json out{{"hasRows", workspace.hasRows()}, {"readingRows", workspace.readingRows()},
                     {"opportunities", data ? data->opportunities.size() : 0}, {"touches", data ? data->touches.size() : 0},
                     {"models", models}};
  return copyString(out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// {"answered": n, "link": "…"} on a participant's page (#join=…): statements answered so far and
// the answer link once submitted ("" before); "null" on the app's own page.
EMSCRIPTEN_KEEPALIVE char* gp_participant_status() {
  const gp::ui::ParticipantScreen* participant = gp::web::shell().app->participant();
  if (!participant) return copyString("null");
  nlohmann::json out{{"answered", participant->answered()}, {"link", participant->answerLink()}};
  return copyString(out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// {"active","workshopId","itemIndex","itemCount","remainingMs","running","muted","shown"}: presenter
// mode as last drawn (web/presenter.js adds the page's chime count).
EMSCRIPTEN_KEEPALIVE char* gp_presenter_status() {
  const gp::ui::PresenterStatus status = gp::web::shell().app->presenterStatus();
  nlohmann::json out{{"active", status.active}, {"workshopId", status.workshopId}, {"itemIndex", status.itemIndex},
                     {"itemCount", status.itemCount}, {"remainingMs", status.remainingMs}, {"running", status.running},
                     {"muted", status.muted}, {"shown", status.shown}};
  return copyString(out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// {"by","at","team"} of whoever last changed the value at `path` ("plan/title"), or "null".
EMSCRIPTEN_KEEPALIVE char* gp_last_changed(const char* path) {
  const auto author = gp::web::shell().app->lastChanged(path);
  if (!author) return copyString("null");
  nlohmann::json out{{"by", author->by}, {"at", author->at}, {"team", author->team}};
  return copyString(out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// [{"kind":"not-agreed","message":"..."}, ...]: the language check of the open plan.
EMSCRIPTEN_KEEPALIVE char* gp_language_issues() {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& issue : gp::web::shell().app->languageIssues())
    list.push_back({{"kind", gp::languageIssueKindName(issue.kind)}, {"message", issue.message}});
  return copyString(list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

EMSCRIPTEN_KEEPALIVE void gp_save_result(int ok, const char* nameOrError) {
  auto& s = gp::web::shell();
  if (ok) s.app->fileSaved(nameOrError);
  else s.app->saveFailed(nameOrError);
  gp::web::wake();
}

// Share links (web/growthplan.js): a link made, a protected link needing its passphrase, and
// whether a passphrase opened it.
EMSCRIPTEN_KEEPALIVE void gp_share_link_ready(int ok, const char* linkOrError, const char* detail) {
  gp::web::shell().app->shareLinkReady(ok != 0, linkOrError, detail);
  gp::web::wake();
}
EMSCRIPTEN_KEEPALIVE void gp_share_needs_passphrase() {
  gp::web::shell().app->shareNeedsPassphrase();
  gp::web::wake();
}
EMSCRIPTEN_KEEPALIVE void gp_share_unlock_result(int ok, const char* message) {
  gp::web::shell().app->shareUnlockResult(ok != 0, message);
  gp::web::wake();
}

EMSCRIPTEN_KEEPALIVE void gp_show_error(const char* message) {
  gp::web::shell().app->showError(message);
  gp::web::wake();
}

EMSCRIPTEN_KEEPALIVE void gp_show_info(const char* message) {
  gp::web::shell().app->showInfo(message);
  gp::web::wake();
}

// A finger dragged over the canvas by (dx, dy) CSS pixels, now at (x, y): scrolls what lies under
// it by as much (a wheel step scrolls 5 lines of the font down, 2 sideways: ImGui's steps). Pages
// scroll up and down; wide tables also sideways.
EMSCRIPTEN_KEEPALIVE void gp_touch_scroll(double x, double y, double dx, double dy) {
  auto& s = gp::web::shell();
  const float dpr = s.dpr > 0 ? s.dpr : 1.0f;
  ImGuiIO& io = ImGui::GetIO();
  const float line = io.FontDefault ? io.FontDefault->LegacySize * ImGui::GetStyle().FontScaleDpi : 13 * dpr;
  const float step = std::floor(5 * line), sideStep = std::floor(2 * line);
  io.AddMousePosEvent(static_cast<float>(x) * dpr, static_cast<float>(y) * dpr);
  io.AddMouseWheelEvent(static_cast<float>(dx) * dpr / sideStep, static_cast<float>(dy) * dpr / step);
  gp::web::wake();
}

// Text typed into the page's text field while ImGui edits text (UTF-8, possibly composed).
EMSCRIPTEN_KEEPALIVE void gp_text_input(const char* text) {
  ImGui::GetIO().AddInputCharactersUTF8(text);
  gp::web::wake();
}

// The OS clipboard's text arrived with a paste event: ImGui reads it when it handles Ctrl+V.
EMSCRIPTEN_KEEPALIVE void gp_paste(const char* text) {
  gp::web::shell().clipboard = text;
  gp::web::wake();
}

// Called from the page's copy/cut event: lets ImGui handle the pending Ctrl+C/X now and returns
// what it copied, or null when the app copied nothing (the browser then does its default).
EMSCRIPTEN_KEEPALIVE char* gp_copy_text() {
  auto& s = gp::web::shell();
  s.copiedThisFrame = false;
  for (int i = 0; i < 2 && !s.copiedThisFrame; ++i) gp::web::drawFrame(true);
  return s.copiedThisFrame ? copyString(s.clipboard) : nullptr;
}

// The autosave's text stays in the app's save cache while the page copies it out, a slice per
// task (a big plan's megabytes in one go would stall the page); the next autosave has the copy
// finished first.
EMSCRIPTEN_KEEPALIVE void gp_autosave_now() {
  auto& s = gp::web::shell();
  gpjs_finish_autosave_copy();
  s.autosaveText = &s.app->documentText();
  gpjs_store_autosave(s.autosaveText->bytes, s.app->fileName().c_str(), s.app->hasUnsavedChanges() ? 1 : 0,
                      s.app->libraryFacts().c_str());
  s.autosavedRevision = s.app->revision();
  s.planInLibrary = true;
}

// The next slice of the autosave's text, from byte `from` on, at most `max` bytes: its bytes stay
// where the result points until the next call; 0 when there is no autosave being copied.
EMSCRIPTEN_KEEPALIVE const char* gp_autosave_slice(double from, double max, double* bytes) {
  auto& s = gp::web::shell();
  s.autosaveSlice.clear();
  *bytes = 0;
  if (!s.autosaveText) return nullptr;
  *bytes = static_cast<double>(s.autosaveText->copy(static_cast<size_t>(from), static_cast<size_t>(max), s.autosaveSlice));
  return s.autosaveSlice.data();
}

// The page has copied the whole autosave.
EMSCRIPTEN_KEEPALIVE void gp_autosave_copied() {
  auto& s = gp::web::shell();
  s.autosaveText = nullptr;
  std::string().swap(s.autosaveSlice);
}

// Whether this browser's storage kept the latest autosave (web/growthplan.js); `why` says what failed.
EMSCRIPTEN_KEEPALIVE void gp_storage_status(int ok, const char* why) {
  gp::web::shell().app->storageStatus(ok != 0, why ? why : "");
  gp::web::wake();
}

// 1 when every input the page received has been applied and drawn (at least 4 frames after it) and
// no frame is pending: automation waits for this instead of sleeping.
// Ctrl/Cmd + / - / 0 on the canvas (the page keeps the browser from zooming for them).
EMSCRIPTEN_KEEPALIVE void gp_ui_scale_step(int direction) {
  gp::ui::stepUiScale(*gp::web::shell().platform, direction);
  gp::web::wake();
}

// The page's card at the bottom of the screen (web/offline.js): `cssPixels` from the bottom edge are
// taken, and toasts float above them (0: nothing there).
EMSCRIPTEN_KEEPALIVE void gp_reserve_bottom(double cssPixels) {
  gp::ui::setToastsBottomInset(static_cast<float>(cssPixels * emscripten_get_device_pixel_ratio()));
  gp::web::wake();
}

EMSCRIPTEN_KEEPALIVE double gp_ui_scale() { return gp::ui::uiScale(); }

// Distinct characters drawn as the fallback glyph since the page loaded (no font could draw them).
EMSCRIPTEN_KEEPALIVE int gp_glyph_fallbacks() { return gp::web::glyphFallbacks(); }

EMSCRIPTEN_KEEPALIVE int gp_idle() { return gp::web::idle() ? 1 : 0; }

}  // extern "C"
