// JavaScript side of js_bridge.h. Each function hands over to the page's glue (web/growthplan.js,
// reached as Module.gp), which owns files, storage, clipboard and the automation interface.
mergeInto(LibraryManager.library, {
  $gpString: function(text) {
    var length = lengthBytesUTF8(text) + 1;
    var pointer = _malloc(length);
    stringToUTF8(text, pointer, length);
    return pointer;
  },
  $gpString__deps: ['malloc'],

  gpjs_request_open_file: function() { Module.gp.requestOpenFile(); },
  gpjs_request_sample: function() { Module.gp.requestSample(); },
  gpjs_save_file: function(name, contents, saveAs) {
    Module.gp.saveFile(UTF8ToString(name), UTF8ToString(contents), saveAs !== 0);
  },
  gpjs_forget_save_target: function() { Module.gp.forgetSaveTarget(); },
  gpjs_download_file: function(name, mimeType, contents) {
    Module.gp.downloadFile(UTF8ToString(name), UTF8ToString(mimeType), UTF8ToString(contents));
  },
  gpjs_request_import_file: function(kind) { Module.gp.requestImportFile(UTF8ToString(kind)); },
  gpjs_load_setting__deps: ['$gpString'],
  gpjs_load_setting: function(key) { return gpString(Module.gp.loadSetting(UTF8ToString(key))); },
  gpjs_save_setting: function(key, value) { Module.gp.saveSetting(UTF8ToString(key), UTF8ToString(value)); },
  // The parts are copied out (into one Blob) before this returns: the wasm memory changes afterwards.
  gpjs_store_local_data: function(key, starts, lengths, count) {
    const parts = [];
    for (let i = 0; i < count; i++) {
      const start = HEAPU32[(starts >> 2) + i];
      parts.push(HEAPU8.subarray(start, start + HEAP32[(lengths >> 2) + i]));
    }
    Module.gp.storeLocalData(UTF8ToString(key), parts);
  },
  gpjs_request_local_data: function(key) { Module.gp.requestLocalData(UTF8ToString(key)); },
  gpjs_delete_local_data: function(key) { Module.gp.deleteLocalData(UTF8ToString(key)); },
  gpjs_set_title: function(title) { document.title = UTF8ToString(title); },
  gpjs_set_dark: function(dark) { Module.gp.setDark(dark !== 0); },
  gpjs_schedule_autosave: function() { Module.gp.scheduleAutosave(); },
  gpjs_store_autosave: function(jsonBytes, fileName, unsaved, facts) {
    Module.gp.storeAutosave(jsonBytes, UTF8ToString(fileName), unsaved !== 0, UTF8ToString(facts));
  },
  gpjs_finish_autosave_copy: function() {
    Module.gp.finishAutosaveCopy();
  },
  gpjs_take_autosave__deps: ['$gpString'],
  gpjs_take_autosave: function(fileNameOut, unsavedOut) {
    var record = Module.gp.takeAutosave();
    if (!record) return 0;
    HEAP32[fileNameOut >> 2] = gpString(record.fileName || '');
    HEAP32[unsavedOut >> 2] = record.unsaved ? 1 : 0;
    return gpString(record.json);
  },
  gpjs_quarantine_autosave: function(problem) { Module.gp.quarantineAutosave(UTF8ToString(problem)); },
  gpjs_library_switch: function(key) { Module.gp.librarySwitch(UTF8ToString(key)); },
  gpjs_request_library: function() { Module.gp.requestLibrary(); },
  gpjs_library_action: function(action, key, text) {
    Module.gp.libraryAction(UTF8ToString(action), UTF8ToString(key), UTF8ToString(text));
  },
  gpjs_write_clipboard: function(text) { Module.gp.writeClipboard(UTF8ToString(text)); },
  gpjs_take_font__deps: ['malloc'],
  gpjs_take_font: function(role, sizeOut) {
    var bytes = Module.gp.takeFont(role);
    if (!bytes) { HEAP32[sizeOut >> 2] = 0; return 0; }
    var pointer = _malloc(bytes.length);
    HEAPU8.set(bytes, pointer);
    HEAP32[sizeOut >> 2] = bytes.length;
    return pointer;
  },
  // A finger rather than a mouse is the main pointer (phones, tablets): bigger touch targets.
  gpjs_coarse_pointer: function() { return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0; },
  gpjs_canvas_css_width: function() { return Module.canvas.getBoundingClientRect().width; },
  gpjs_canvas_css_height: function() { return Module.canvas.getBoundingClientRect().height; },
  // Sizes the drawing buffer directly: glfwSetWindowSize would switch to fullscreen whenever the
  // size happens to equal the screen's.
  gpjs_set_canvas_size__deps: ['$Browser'],
  gpjs_set_canvas_size: function(width, height) { Browser.setCanvasSize(width, height); },
  gpjs_text_input: function(active, x, y, lineHeight) { Module.gp.textInput(active !== 0, x, y, lineHeight); },
  gpjs_text_fields: function(rects, count) { Module.gp.setTextFields(Array.from(HEAPF32.subarray(rects >> 2, (rects >> 2) + 4 * count))); },
  gpjs_report_error: function(message) { Module.gp.fatal(UTF8ToString(message)); },
  gpjs_first_frame: function() { Module.gp.firstFrame(); },
  gpjs_request_share_link: function(json, passphrase) {
    Module.gp.requestShareLink(UTF8ToString(json), UTF8ToString(passphrase));
  },
  gpjs_unlock_share_link: function(passphrase) { Module.gp.unlockShareLink(UTF8ToString(passphrase)); },
  gpjs_cancel_share_link: function() { Module.gp.cancelShare(); },
  gpjs_page_address__deps: ['$gpString'],
  gpjs_page_address: function() { return gpString(location.href.split('#')[0]); },
  gpjs_take_invitation__deps: ['$gpString'],
  gpjs_take_invitation: function() { return gpString(Module.gp.invitation || ''); },
  gpjs_set_tap_action: function(label, action, text) {
    Module.gp.setTapAction(UTF8ToString(label), ['', 'copy', 'share', 'type'][action] || '', UTF8ToString(text));
  },
  gpjs_can_share: function() { return navigator.share ? 1 : 0; },
  gpjs_open_document: function(name, html) { Module.gp.openDocument(UTF8ToString(name), UTF8ToString(html)); },
  gpjs_play_chime: function() { Module.gp.playChime(); },
  gpjs_accessibility_changed: function(json) { Module.gp.accessibilityChanged(UTF8ToString(json)); },
});
