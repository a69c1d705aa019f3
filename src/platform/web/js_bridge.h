// Functions implemented in JavaScript (library_growthplan.js), called from the web shell.
#pragma once

extern "C" {
void gpjs_request_open_file();
void gpjs_request_sample();
void gpjs_save_file(const char* fileName, const char* contents, int saveAs);
void gpjs_forget_save_target();
void gpjs_download_file(const char* fileName, const char* mimeType, const char* contents);
void gpjs_request_import_file(const char* kind);
char* gpjs_load_setting(const char* key);  // malloc'd, "" when absent; caller frees
void gpjs_save_setting(const char* key, const char* value);
// This browser's IndexedDB (imported CRM rows); a read's value arrives via gp_local_data_* (exports.cpp).
// The value is `count` parts (start, length), copied into one Blob before this returns.
void gpjs_store_local_data(const char* key, const char* const* starts, const int* lengths, int count);
void gpjs_request_local_data(const char* key);
void gpjs_delete_local_data(const char* key);
void gpjs_set_title(const char* title);
void gpjs_set_dark(int dark);
void gpjs_schedule_autosave();
// Into this tab's entry of the library, with the facts it lists (library.h's libraryFactsJson).
// Tells the page an autosave of `jsonBytes` bytes is ready: it copies the text out over the next
// tasks (gp_autosave_slice), then calls gp_autosave_copied.
void gpjs_store_autosave(size_t jsonBytes, const char* fileName, int unsaved, const char* factsJson);
// Copies the rest of an autosave's text now, if the page is still copying one.
void gpjs_finish_autosave_copy();
char* gpjs_take_autosave(char** fileName, int* unsaved);  // malloc'd plan JSON or null; caller frees both
// An unreadable autosave stays in the library, listed as damaged because of `problem`.
void gpjs_quarantine_autosave(const char* problem);
// From now on this tab autosaves into the library entry `key` ("": a new entry).
void gpjs_library_switch(const char* key);
void gpjs_request_library();  // the listing arrives via gp_library_listing
void gpjs_library_action(const char* action, const char* key, const char* text);
void gpjs_write_clipboard(const char* text);
unsigned char* gpjs_take_font(int role, int* size);  // malloc'd bytes or null
int gpjs_coarse_pointer();  // 1 when the main pointer is a finger
double gpjs_canvas_css_width();
double gpjs_canvas_css_height();
void gpjs_set_canvas_size(int width, int height);  // drawing-buffer size in physical pixels
// The WebGL context was just made: the state library_gl_state.js keeps starts at WebGL's initial values.
void gpjs_gl_context_made();
void gpjs_text_input(int active, double x, double y, double lineHeight);  // CSS pixels
void gpjs_text_fields(const float* rects, int count);  // x, y, w, h per field, CSS pixels
void gpjs_report_error(const char* message);
void gpjs_first_frame();
void gpjs_request_share_link(const char* json, const char* passphrase);
void gpjs_unlock_share_link(const char* passphrase);
void gpjs_cancel_share_link();
char* gpjs_page_address();     // malloc'd: the page's URL without its fragment; caller frees
char* gpjs_take_invitation();  // malloc'd: the #join=… code the page was opened with, or ""; caller frees
void gpjs_set_tap_action(const char* widgetLabel, int action, const char* text);  // 0 none, 1 copy, 2 share, 3 type
int gpjs_can_share();
void gpjs_open_document(const char* fileName, const char* html);
void gpjs_play_chime();
void gpjs_accessibility_changed(const char* json);  // what a screen reader should know (accessibility_mirror.h)
}
