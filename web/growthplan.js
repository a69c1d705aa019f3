// Page glue for the wasm app: boot (fonts, autosave), files, drag and drop, storage, clipboard,
// and the automation interface window.growthplan. Loaded before app.js.
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  // The wheel handlers of emscripten's GLFW (on the canvas) and of ImGui's backend (on the document)
  // call preventDefault(): the app scrolls, not the page. Chromium takes wheel listeners on the
  // document as passive unless told otherwise, and logs an error for every wheel event.
  for (const target of [canvas, document]) {
    const add = target.addEventListener.bind(target);
    target.addEventListener = (type, listener, options) => add(type, listener,
      type === 'wheel' || type === 'mousewheel' ? { capture: options === true || !!(options && options.capture), passive: false } : options);
  }
  const loading = document.getElementById('loading');
  const fileInput = document.getElementById('file-input');
  const importInput = document.getElementById('import-input');
  const MAX_FILE_BYTES = 32 * 1024 * 1024;
  // CRM exports run far larger than a plan or a glossary; their rows stay in this browser
  // (IndexedDB, see "Data kept in this browser"), never in the plan file.
  const LARGE_IMPORT_KINDS = new Set(['attribution-opportunities-csv', 'attribution-touchpoints-csv']);
  const MAX_LARGE_IMPORT_BYTES = 256 * 1024 * 1024;
  const SETTING_PREFIX = 'growthplan.setting.';
  // An invitation (#join=…: the diagnostic, a dot vote, a draft prompt) opens the participant's
  // form only: this browser's stored plan (maybe the person's own) is then neither read nor written.
  const JOIN_PREFIX = '#join=';
  const invitation = location.hash.startsWith(JOIN_PREFIX) ? location.hash.slice(JOIN_PREFIX.length) : null;

  let readyResolve, readyReject;
  const ready = new Promise((resolve, reject) => { readyResolve = resolve; readyReject = reject; });
  let started = false;
  let fatalShown = false;

  function fatal(message) {
    if (fatalShown) return;
    fatalShown = true;
    loading.hidden = true;
    document.getElementById('fatal-message').textContent = message;
    document.getElementById('fatal').hidden = false;
    readyReject(new Error(message));
  }
  document.getElementById('fatal-reload').addEventListener('click', () => location.reload());
  window.addEventListener('error', (e) => { if (!started) fatal('The app could not start: ' + (e.message || 'unknown error')); });

  // ---- Browser storage: IndexedDB for the plans (library.js), localStorage for settings.
  // Storage can be missing, blocked (privacy settings) or full; the app then says so and offers
  // Save (StorageWarning), and each later autosave tries again.
  const library = window.GrowthPlanLibrary;
  let databaseTrouble = null;  // why the database could not be opened at boot, told once the app runs
  // In the person's words, for the banner; the browser's own message goes to the console.
  function storageTrouble(error) {
    console.warn('Browser storage did not keep the autosave:', error);
    if (error && error.name === 'QuotaExceededError') return 'storage is full';
    if (!window.indexedDB || (error && error.name === 'SecurityError')) return 'storage is blocked or turned off';
    return 'storage is full or blocked';
  }
  let storageFailing = false;
  function storageStatus(ok, why) { withString(why, (w) => Module._gp_storage_status(ok ? 1 : 0, w)); }

  // ---- Boot: fonts and the autosave are fetched while the wasm downloads; main() starts after.
  const fontFiles = ['fonts/body.ttf', 'fonts/heading.ttf'];
  const fonts = [null, null];
  let autosave = null;
  let needsFacts = false;  // a plan kept by an earlier version: its facts for the library are written once it runs
  const boot = Promise.all([
    ...fontFiles.map((url, role) => fetch(url)
      .then((r) => (r.ok ? r.arrayBuffer() : null))
      .then((buffer) => { fonts[role] = buffer ? new Uint8Array(buffer) : null; })
      .catch(() => { fonts[role] = null; })),  // no font file: ImGui's built-in font is used
    invitation === null ? library.boot().then((record) => { autosave = record; needsFacts = !!record && !record.facts; })
      .catch((e) => { autosave = null; databaseTrouble = e; }) : null,
  ]);

  // ---- Passing text to C++ as UTF-8 bytes with an explicit length.
  function withBytes(text, fn) {
    const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
    const pointer = Module._malloc(bytes.length + 1);
    Module.HEAPU8.set(bytes, pointer);
    Module.HEAPU8[pointer + bytes.length] = 0;
    try { return fn(pointer, bytes.length); } finally { Module._free(pointer); }
  }
  function withString(text, fn) { return withBytes(String(text), (pointer) => fn(pointer)); }
  function takeString(pointer) {
    if (!pointer) return null;
    const text = Module.UTF8ToString(pointer);
    Module._gp_free_string(pointer);
    return text;
  }
  function openBytes(bytes, fileName, ask) {
    if (bytes.length > MAX_FILE_BYTES) {
      const message = `${fileName} is too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is 32 MB)`;
      withString(message, (m) => Module._gp_show_error(m));
      return { ok: false, error: message };
    }
    const error = withBytes(bytes, (pointer, length) =>
      withString(fileName, (name) => takeString(Module._gp_open_json(pointer, length, name, ask ? 1 : 0))));
    return error ? { ok: false, error } : { ok: true, error: '' };
  }

  // Work the page does after an event, outside the app's frames (reading a file, making or opening
  // a share link, taking in another tab's changes): window.growthplan.isIdle() waits for it.
  let pageWork = 0;
  function tracked(work) {
    return async (...args) => {
      pageWork += 1;
      try { return await work(...args); } finally { pageWork -= 1; }
    };
  }

  // ---- Files: open (picker, drop), save (in place where the File System Access API exists, else download).
  let saveHandle = null;
  const openFileObject = tracked(async (file, handle) => {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = openBytes(bytes, file.name, true);
      if (result.ok) saveHandle = handle || null;
    } catch (e) {
      withString(`Could not read ${file.name}: ${e.message}`, (m) => Module._gp_show_error(m));
    }
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = '';
    if (file) openFileObject(file, null);
  });
  async function requestOpenFile() {
    if (window.showOpenFilePicker) {
      try {
        const [handle] = await window.showOpenFilePicker({
          types: [{ description: 'Growth plan', accept: { 'application/json': ['.json'] } }] });
        await openFileObject(await handle.getFile(), handle);
        return;
      } catch (e) {
        if (e.name === 'AbortError') return;  // the person cancelled
      }
    }
    fileInput.click();
  }
  function download(fileName, contents, mimeType = 'application/json') {
    const url = URL.createObjectURL(new Blob([contents], { type: mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
  function saveResult(ok, text) { withString(text, (t) => Module._gp_save_result(ok ? 1 : 0, t)); }
  async function saveFile(fileName, contents, saveAs) {
    try {
      if (window.showSaveFilePicker && (saveAs || !saveHandle)) {
        try {
          saveHandle = await window.showSaveFilePicker({ suggestedName: fileName,
            types: [{ description: 'Growth plan', accept: { 'application/json': ['.json'] } }] });
        } catch (e) {
          if (e.name === 'AbortError') return;
          saveHandle = null;  // e.g. no user gesture any more: fall back to a download
        }
      }
      if (saveHandle) {
        const writable = await saveHandle.createWritable();
        await writable.write(contents);
        await writable.close();
        saveResult(true, saveHandle.name);
        return;
      }
      download(fileName, contents);
      saveResult(true, fileName);
    } catch (e) {
      saveResult(false, `Could not save ${fileName}: ${e.message}`);
    }
  }
  // ---- Imports (e.g. a glossary CSV): the picked file's bytes go to the app, which previews them.
  const IMPORT_TYPES = {
    'glossary-csv': '.csv,text/csv,text/plain',
    'lead-outcomes-csv': '.csv,text/csv,text/plain',
    'deals-csv': '.csv,text/csv,text/plain',
    'attribution-opportunities-csv': '.csv,text/csv,text/plain',
    'attribution-touchpoints-csv': '.csv,text/csv,text/plain',
    'plan-merge': '.json,application/json',
  };
  let importKind = '';
  function requestImportFile(kind) {
    importKind = kind;
    importInput.accept = IMPORT_TYPES[kind] || '';
    importInput.click();
  }
  // A picked file is read and handed to the app in pieces of 4 MB, one task each: reading and
  // copying 20 MB at once into fresh memory stalls the page for a fifth of a second.
  const IMPORT_PIECE = 4 << 20;
  let importing = Promise.resolve();  // one file at a time: the app receives one file's pieces
  // A Blob (a File) to the app: begin(size), then append(pointer, length) per piece.
  async function sendInPieces(blob, begin, append) {
    begin(blob.size);
    const staging = Module._malloc(Math.max(1, Math.min(blob.size, IMPORT_PIECE)));
    try {
      for (let at = 0; at < blob.size; at += IMPORT_PIECE) {
        const piece = new Uint8Array(await blob.slice(at, Math.min(blob.size, at + IMPORT_PIECE)).arrayBuffer());
        Module.HEAPU8.set(piece, staging);  // HEAPU8 afresh: appending may grow the memory
        append(staging, piece.length);
      }
    } finally {
      Module._free(staging);
    }
  }
  async function importInPieces(kind, file) {
    await sendInPieces(file, Module._gp_import_begin, Module._gp_import_append);
    withString(kind, (k) => withString(file.name, (name) => Module._gp_import_end(k, name)));
  }
  importInput.addEventListener('change', tracked(async () => {
    const file = importInput.files && importInput.files[0];
    importInput.value = '';
    if (!file) return;
    const kind = importKind;
    const run = async () => {
      try {
        const limit = LARGE_IMPORT_KINDS.has(kind) ? MAX_LARGE_IMPORT_BYTES : MAX_FILE_BYTES;
        if (file.size > limit) throw new Error(`it is too large (${(file.size / 1048576).toFixed(1)} MB; the limit is ${limit / 1048576} MB)`);
        await importInPieces(kind, file);
      } catch (e) {
        withString(`Could not read ${file.name}: ${e.message}`, (m) => Module._gp_show_error(m));
      }
    };
    importing = importing.then(run);
    await importing;
  }));

  // ---- Data kept in this browser, never in a plan file (imported CRM rows, up to ~100 MB a value):
  // a database of its own, opened on first use. Values are kept as Blobs, so reading one back
  // goes to the app piece by piece without holding it all in the page's memory.
  const LOCAL_STORE = 'values';
  let localDatabase = null;
  function localConnection() {
    if (localDatabase) return localDatabase;
    const opening = new Promise((resolve, reject) => {
      if (!window.indexedDB) throw new Error('IndexedDB is not available');
      const request = indexedDB.open('growthplan-local', 1);  // throws where storage is blocked
      request.onupgradeneeded = () => request.result.createObjectStore(LOCAL_STORE);
      request.onsuccess = () => {
        const db = request.result;
        const forget = () => { if (localDatabase === opening) localDatabase = null; };
        db.onclose = forget;  // e.g. site data cleared: open again next time
        db.onversionchange = () => { db.close(); forget(); };  // never block another tab's newer version
        resolve(db);
      };
      request.onerror = () => reject(request.error);
    });
    opening.catch(() => { if (localDatabase === opening) localDatabase = null; });  // try again next time
    localDatabase = opening;
    return opening;
  }
  // One request in a transaction of its own, settled once that has committed: a write's quota
  // error arrives only then. Transactions start in call order, so a read sees earlier writes.
  function localRequest(mode, makeRequest) {
    return localConnection().then((db) => new Promise((resolve, reject) => {
      const tx = db.transaction(LOCAL_STORE, mode);
      const request = makeRequest(tx.objectStore(LOCAL_STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onabort = () => reject(tx.error || request.error || new DOMException('The transaction was aborted', 'AbortError'));
    }));
  }
  function localTrouble(error) {
    console.warn('Browser storage (imported rows):', error);
    const name = error && error.name;
    if (name === 'QuotaExceededError') return 'its storage is full';
    if (!window.indexedDB || name === 'SecurityError' || name === 'InvalidStateError') {
      return 'its storage is blocked or turned off (private browsing or privacy settings)';
    }
    return (error && error.message) || String(error);
  }
  // Deferred: these requests arrive inside a wasm call, which must not be re-entered.
  function localError(message) { queueMicrotask(() => withString(message, (m) => Module._gp_show_error(m))); }
  const storeLocalData = tracked(async (key, parts) => {
    try {
      const value = new Blob(parts, { type: 'text/plain' });  // copies now, still inside the wasm call
      await localRequest('readwrite', (store) => store.put(value, key));
    } catch (e) {
      localError(`This browser could not keep the imported rows: ${localTrouble(e)}.`);
    }
  });
  const deleteLocalData = tracked(async (key) => {
    try {
      await localRequest('readwrite', (store) => store.delete(key));
    } catch (e) {
      localError(`This browser could not delete the imported rows: ${localTrouble(e)}.`);
    }
  });
  function endLocalData(key, found, why) {
    withString(key, (k) => withString(why, (w) => Module._gp_local_data_end(k, found ? 1 : 0, w)));
  }
  async function deliverLocalData(key, reading) {
    let found = false;
    let why = '';  // nothing stored under the key, or why it could not be read
    try {
      const value = await reading;
      if (value !== undefined) {
        const blob = value instanceof Blob ? value : new Blob([value]);  // a string or bytes are read the same way
        await sendInPieces(blob, Module._gp_local_data_begin, Module._gp_local_data_append);
        found = true;
      }
    } catch (e) {
      why = `This browser could not read the imported rows: ${localTrouble(e)}.`;
    }
    endLocalData(key, found, why);
  }
  let localLoads = Promise.resolve();  // one value at a time: the app receives one value's pieces
  const requestLocalData = tracked((key) => {
    const reading = localRequest('readonly', (store) => store.get(key));  // now: ordered with writes
    reading.catch(() => {});  // handled when delivered
    localLoads = localLoads.then(() => deliverLocalData(key, reading));
    return localLoads;
  });

  function downloadFile(fileName, mimeType, contents) {
    try {
      download(fileName, contents, mimeType);
    } catch (e) {
      withString(`Could not download ${fileName}: ${e.message}`, (m) => Module._gp_show_error(m));
    }
  }

  const requestSample = tracked(async () => {
    try {
      const response = await fetch('sample-plan.json');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      openBytes(new Uint8Array(await response.arrayBuffer()), 'sample-plan.json', true);
    } catch (e) {
      withString(`Could not load the sample plan: ${e.message}`, (m) => Module._gp_show_error(m));
    }
  });

  // Drag and drop a .json file anywhere on the page.
  const dropHint = document.getElementById('drop-hint');
  let dragDepth = 0;
  const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
  window.addEventListener('dragenter', (e) => { if (hasFiles(e)) { dragDepth++; dropHint.hidden = false; e.preventDefault(); } });
  window.addEventListener('dragleave', () => { if (dragDepth > 0 && --dragDepth === 0) dropHint.hidden = true; });
  window.addEventListener('dragover', (e) => { if (hasFiles(e)) e.preventDefault(); });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    dragDepth = 0;
    dropHint.hidden = true;
    const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (file && started && invitation === null) openFileObject(file, null);
  });

  // ---- Autosave: about 0.4 s after a change (a large plan: in a pause of the typing, see below).
  // A plan so large that writing it takes longer than a frame should (thousands of terms) is
  // autosaved in a pause of the typing, at the latest every few seconds, so keystrokes stay smooth.
  const SLOW_AUTOSAVE_MS = 50, PAUSE_MS = 1000, LONGEST_WAIT_MS = 5000;
  let autosaveTimer = 0;
  let lastAutosaveMs = 0;   // how long the last autosave kept the page busy
  let firstWaitingAt = 0;   // when the oldest change still waiting for its autosave was made
  let peakAutosaveMs = 0;  // the longest task of an autosave since automation last asked
  function autosaveNow() {
    autosaveTimer = 0;
    const start = performance.now();
    Module._gp_autosave_now();
    lastAutosaveMs = performance.now() - start;
    peakAutosaveMs = Math.max(peakAutosaveMs, lastAutosaveMs);
  }
  function scheduleAutosave() {
    if (invitation !== null) return;
    const now = performance.now();
    if (lastAutosaveMs <= SLOW_AUTOSAVE_MS) {
      if (!autosaveTimer) autosaveTimer = setTimeout(autosaveNow, 400);
      return;
    }
    if (autosaveTimer) clearTimeout(autosaveTimer);
    else firstWaitingAt = now;
    autosaveTimer = setTimeout(autosaveNow, Math.max(0, Math.min(PAUSE_MS, firstWaitingAt + LONGEST_WAIT_MS - now)));
  }
  let autosavesWriting = 0;  // writes started and not yet settled (automation waits for them)
  let lastAutosave = Promise.resolve();
  // The autosave's text is copied out of the app's memory into a Blob a slice per task, so a big
  // plan's megabytes never stall the page; IndexedDB then keeps the Blob without copying it again.
  const AUTOSAVE_SLICE_BYTES = 1 << 20;
  let copying = null;  // { length, at, parts, done }: an autosave being copied out
  const slicer = new MessageChannel();
  function copyAutosaveSlice() {
    const sliceBytes = Module._malloc(8);
    try {
      const pointer = Module._gp_autosave_slice(copying.at, AUTOSAVE_SLICE_BYTES, sliceBytes);
      const bytes = Module.HEAPF64[sliceBytes >> 3];
      copying.parts.push(new Blob([Module.HEAPU8.subarray(pointer, pointer + bytes)]));
      copying.at = bytes > 0 ? copying.at + bytes : copying.length;
    } finally {
      Module._free(sliceBytes);
    }
  }
  function finishAutosaveCopy() {
    if (!copying) return;
    while (copying.at < copying.length) copyAutosaveSlice();
    const { parts, done } = copying;
    copying = null;
    Module._gp_autosave_copied();
    done(new Blob(parts, { type: 'application/json' }));
  }
  // One slice now; the next in a task of its own.
  function copyAutosaveOn() {
    copyAutosaveSlice();
    if (copying.at < copying.length) slicer.port2.postMessage(0);
    else finishAutosaveCopy();
  }
  slicer.port1.onmessage = () => {
    if (!copying) return;
    const start = performance.now();
    copyAutosaveOn();
    peakAutosaveMs = Math.max(peakAutosaveMs, performance.now() - start);
  };
  function storeAutosave(length, fileName, unsaved, facts) {
    autosavesWriting += 1;
    const key = library.currentKey();  // the tab may move to another plan before the copy is done
    lastAutosave = new Promise((resolve) => {
      copying = { length, at: 0, parts: [], done: (json) => resolve(library.write(json, fileName, unsaved, JSON.parse(facts), key)) };
    });
    copyAutosaveOn();
    lastAutosave = lastAutosave
      .then(() => {
        if (storageFailing) storageStatus(true, '');
        storageFailing = false;
        tabs?.postMessage({ type: 'autosaved', tab: TAB_ID, key });
        libraryChanged();
        askToKeepStorage();
      })
      .catch((e) => {
        storageFailing = true;
        storageStatus(false, storageTrouble(e));
      })
      .finally(() => { autosavesWriting -= 1; });
  }
  // ---- Tabs on the same plan share its autosave: each tells the others when it wrote it, and they
  // merge it in (version clocks keep both tabs' changes; the same field changed in both is a
  // conflict). Tabs on other plans of the library leave it alone.
  const TAB_ID = Math.random().toString(36).slice(2);
  const tabs = 'BroadcastChannel' in window ? new BroadcastChannel('growthplan-tabs') : null;
  if (tabs) {
    tabs.onmessage = tracked(async (event) => {
      if (!started || invitation !== null || !event.data || event.data.tab === TAB_ID) return;
      if (event.data.type === 'library') { libraryChanged(); return; }
      if (event.data.type !== 'autosaved' || event.data.key !== library.currentKey()) return;
      const record = await library.get(event.data.key).catch(() => null);
      if (!record || typeof record.json !== 'string') return;
      const bytes = new TextEncoder().encode(record.json);
      withBytes(bytes, (pointer, length) => withString('tab-sync', (kind) =>
        withString(record.fileName || '', (name) => Module._gp_import_file(kind, pointer, length, name))));
    });
  }
  // The plan this tab had could not be read: it stays in the library, listed as damaged, and this
  // tab starts a plan of its own.
  function quarantineAutosave(problem) {
    needsFacts = false;
    const key = library.currentKey();
    library.switchTo('');
    library.markDamaged(key, problem).catch(() => {});
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'hidden') return;
    if (autosaveTimer) {
      clearTimeout(autosaveTimer);
      autosaveNow();
    }
    finishAutosaveCopy();  // a hidden page may not get the tasks the copy would take
  });

  // Once this browser keeps a plan, ask it (once) to keep this site's storage until the person
  // clears it, rather than clearing it when space runs low. The Library shows the answer.
  function askToKeepStorage() {
    if (loadSetting('storage-persist-asked') || !navigator.storage || !navigator.storage.persist) return;
    saveSetting('storage-persist-asked', new Date().toISOString());
    navigator.storage.persist().catch(() => {});
  }

  // ---- The library (Library view): the app asks for the listing and acts on entries; the page
  // does the storage. Requests arrive inside a wasm call, so the work starts a task later.
  function libraryChanged() { if (started) Module._gp_library_changed(); }
  function tellLibrary() { libraryChanged(); tabs?.postMessage({ type: 'library', tab: TAB_ID }); }
  const requestLibrary = tracked(async () => {
    await null;
    let listing;
    try {
      listing = await library.listing();
    } catch (e) {
      listing = { current: library.currentKey(), entries: [], error: storageTrouble(e) };
    }
    withString(JSON.stringify(listing), (text) => Module._gp_library_listing(text));
  });
  // The stored record of `key`, with the open plan's latest edits written first.
  async function latestRecord(key) {
    if (key === library.currentKey()) await flushAutosave();
    const record = await library.get(key);
    if (!record || typeof record.json !== 'string') throw new Error('it is no longer in this browser');
    return record;
  }
  function retitled(record, title) {
    const result = JSON.parse(withBytes(record.json, (pointer, length) =>
      withString(title, (t) => takeString(Module._gp_library_retitle(pointer, length, t)))));
    if (result.error) throw new Error(result.error);
    return { ...record, json: result.json, facts: result.facts, bytes: result.json.length, savedAt: new Date().toISOString() };
  }
  const LIBRARY_FAILURES = { open: 'open', duplicate: 'duplicate', rename: 'rename', delete: 'delete', restore: 'restore',
    purge: 'delete', export: 'export', 'download-raw': 'download' };
  const libraryAction = tracked(async (action, key, text) => {
    await null;
    try {
      if (action === 'open') {
        if (key === library.currentKey()) return;
        const record = await latestRecord(key);
        await flushAutosave();  // the plan open now keeps its latest edits
        const error = withBytes(record.json, (pointer, length) => withString(key, (k) =>
          withString(record.fileName || '', (name) => takeString(Module._gp_library_open(k, pointer, length, name, record.unsaved ? 1 : 0)))));
        if (error) await library.markDamaged(key, error);
      } else if (action === 'duplicate') {
        const copy = retitled(await latestRecord(key), text);
        delete copy.deletedAt;
        await library.put(library.newKey(), { ...copy, fileName: '', unsaved: true });
      } else if (action === 'rename') {
        await library.put(key, retitled(await latestRecord(key), text));
        tabs?.postMessage({ type: 'autosaved', tab: TAB_ID, key });  // a tab with it open takes the new title in
      } else if (action === 'delete') {
        await library.trash(key);
      } else if (action === 'restore') {
        await library.restore(key);
      } else if (action === 'purge') {
        await library.remove(key);
      } else if (action === 'export') {
        download(text, (await latestRecord(key)).json);
      } else if (action === 'download-raw') {
        download(text, await library.rawText(key));
      } else if (action === 'persist') {
        const kept = navigator.storage && navigator.storage.persist ? await navigator.storage.persist() : false;
        withString(kept ? 'This browser will keep your plans until you clear its data.'
          : 'This browser did not promise to keep the plans: it decides by how often you use this site. Save the plans that matter to files.',
        (m) => Module._gp_show_info(m));
      }
    } catch (e) {
      withString(`Could not ${LIBRARY_FAILURES[action] || action} the plan: ${e.message}`, (m) => Module._gp_show_error(m));
    }
    tellLibrary();
  });

  // ---- Clipboard: ImGui copies into its own buffer; the page moves it to and from the OS.
  function onCopy(e) {
    if (!started) return;
    const text = takeString(Module._gp_copy_text());
    if (text !== null) { e.clipboardData.setData('text/plain', text); e.preventDefault(); }
  }
  document.addEventListener('copy', onCopy);
  document.addEventListener('cut', onCopy);
  document.addEventListener('paste', (e) => {
    if (!started) return;
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    withString(text, (t) => Module._gp_paste(t));
    e.preventDefault();
  });
  function writeClipboard(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(() => {});
  }

  // Keep the browser's own Ctrl/Cmd+O, S, Z, Y (open page, save page, ...) from firing over the app.
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && ['o', 's', 'z', 'y'].includes(e.key.toLowerCase())) e.preventDefault();
  }, true);

  // Ctrl/Cmd + / - / 0 change the app's UI scale instead of the browser's zoom while the app has
  // the focus (browser zoom still works from its menu; it changes devicePixelRatio, which the app follows).
  const scaleKeys = { '=': 1, '+': 1, '-': -1, '_': -1, '0': 0 };
  window.addEventListener('keydown', (e) => {
    if (!started || !(e.ctrlKey || e.metaKey) || e.altKey || !(e.key in scaleKeys)) return;
    if (document.activeElement !== canvas && document.activeElement !== textAgent) return;
    e.preventDefault();
    Module._gp_ui_scale_step(scaleKeys[e.key]);
  }, true);

  // ---- Text input: while ImGui edits text, a hidden textarea at the caret takes the typing, so
  // composed characters (IME, dead keys, AltGr) arrive whole. Keys (Enter, arrows...) still reach
  // ImGui through GLFW's keydown.
  const textAgent = document.getElementById('text-agent');
  let composing = false;
  function sendText(text) { if (text) withString(text, (t) => Module._gp_text_input(t)); }
  textAgent.addEventListener('compositionstart', () => { composing = true; });
  textAgent.addEventListener('compositionend', (e) => { composing = false; sendText(e.data); textAgent.value = ''; });
  textAgent.addEventListener('input', (e) => {
    if (composing || e.isComposing) return;
    // Not the whole value: a11y.js keeps the field's text in it for screen readers.
    if (e.inputType === 'insertText' || e.inputType === 'insertReplacementText') sendText(e.data || e.dataTransfer?.getData('text/plain') || '');
    textAgent.value = '';
  });
  // emscripten's GLFW lets go of every held key on any blur: its capturing listener on window also
  // hears the canvas or the text field losing focus. Focus moving between the two as a field
  // activates is not the window losing focus; without this, a Ctrl+A pressed as a field activates
  // reaches ImGui as a plain A. (Registered before app.js adds GLFW's listener.)
  window.addEventListener('blur', (e) => { if (e.target !== window) e.stopImmediatePropagation(); }, true);
  // Keys typed before the text field has the focus (between the click on a field and the frame
  // that activates it) reach the page, not the textarea: hand their characters to ImGui too, which
  // queues them behind the click, so a fast typist loses nothing.
  window.addEventListener('keypress', (e) => {
    if (!started || e.target === textAgent || e.ctrlKey || e.metaKey || e.charCode < 32) return;
    if (e.target instanceof Element && e.target.closest('button')) return;  // a page button's Space or Enter
    sendText(String.fromCodePoint(e.charCode));
  }, true);
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  // A click on the canvas focuses it; while a field is being edited the typing must still go to
  // the text field (ImGui reports the caret only when it moves, e.g. not for a click into the same field).
  // A mouse click on a text field takes the field's typing at once, not a frame later: characters
  // that arrive with no key press (an emoji picker, a dictation word) would otherwise reach the
  // canvas and be lost. (Touch has its own path in touch.js: the phone's keyboard.)
  let textActive = false;
  let textFields = [];
  const overTextField = (x, y) => {
    for (let i = 0; i + 3 < textFields.length; i += 4)
      if (x >= textFields[i] && x <= textFields[i] + textFields[i + 2] && y >= textFields[i + 1] && y <= textFields[i + 1] + textFields[i + 3]) return true;
    return false;
  };
  canvas.addEventListener('pointerup', (e) => {
    const r = canvas.getBoundingClientRect();
    const onField = e.pointerType === 'mouse' && overTextField(e.clientX - r.left, e.clientY - r.top);
    if (textActive || onField) textAgent.focus({ preventScroll: true });
  });
  function textInput(active, x, y, lineHeight) {
    textActive = active;
    if (active) {
      textAgent.style.left = `${x}px`;
      textAgent.style.top = `${y}px`;
      textAgent.style.height = `${lineHeight}px`;
      if (document.activeElement !== textAgent) textAgent.focus({ preventScroll: true });
    } else if (document.activeElement === textAgent) {
      canvas.focus({ preventScroll: true });
    }
  }

  // ---- Share links: the plan, gzip-compressed by the browser's CompressionStream and optionally
  // encrypted (AES-GCM, key from the passphrase by PBKDF2), in the URL fragment, which browsers
  // never send to a server. Format: #share=1z<base64url gzip> or #share=1e<base64url salt|iv|ciphertext>.
  const SHARE_PREFIX = '#share=1';
  const MAX_LINK_CHARS = 2000000;   // Chromium refuses longer URLs
  const LONG_LINK_CHARS = 64000;    // longer links get cut by some mail and chat apps
  const PBKDF2_ITERATIONS = 310000;
  const toBase64Url = (bytes) => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  };
  const fromBase64Url = (text) => {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('it contains characters a share link never has (was it cut or changed?)');
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  };
  const through = async (bytes, transform) => new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(transform)).arrayBuffer());
  async function passphraseKey(passphrase, salt) {
    const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
    return crypto.subtle.deriveKey({ name: 'PBKDF2', salt, iterations: PBKDF2_ITERATIONS, hash: 'SHA-256' }, material,
      { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  }
  function shareResult(ok, text, detail) {
    withString(text, (t) => withString(detail || '', (d) => Module._gp_share_link_ready(ok ? 1 : 0, t, d)));
  }
  const requestShareLink = tracked(async (json, passphrase) => {
    try {
      const compressed = await through(new TextEncoder().encode(json), new CompressionStream('gzip'));
      let payload = compressed;
      if (passphrase) {
        const salt = crypto.getRandomValues(new Uint8Array(16));
        const iv = crypto.getRandomValues(new Uint8Array(12));
        const key = await passphraseKey(passphrase, salt);
        const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, compressed));
        payload = new Uint8Array(salt.length + iv.length + sealed.length);
        payload.set(salt, 0);
        payload.set(iv, salt.length);
        payload.set(sealed, salt.length + iv.length);
      }
      const link = location.href.split('#')[0] + SHARE_PREFIX + (passphrase ? 'e' : 'z') + toBase64Url(payload);
      const size = link.length >= 1048576 ? `${(link.length / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(link.length / 1024))} KB`;
      if (link.length > MAX_LINK_CHARS) {
        shareResult(false, `This plan makes a link of ${size} (${link.length.toLocaleString('en')} characters); browsers open links of up to 2 MB. Save the plan to a file and send the file instead.`);
        return;
      }
      let copied = false;
      try { await navigator.clipboard.writeText(link); copied = true; } catch (e) { copied = false; }
      let detail = copied ? `Link copied to the clipboard (${size}).` : `Copy the link below (${size}).`;
      if (link.length > LONG_LINK_CHARS) detail += ' Some mail and chat apps cut links this long; if it does not open, send the file instead.';
      if (passphrase) detail += ' Send the passphrase separately, e.g. by phone.';
      shareResult(true, link, detail);
    } catch (e) {
      shareResult(false, `Could not make a share link: ${e.message}`);
    }
  });
  // The fragment this page was opened with (or that was pasted later), kept until the app takes it.
  let pendingShare = null;
  function takeShareFromUrl() {
    if (!location.hash.startsWith(SHARE_PREFIX)) return;
    pendingShare = location.hash.slice(SHARE_PREFIX.length);
    history.replaceState(null, '', location.href.split('#')[0]);  // a reload must not offer it again
    if (started) deliverShare();
  }
  function shareError(message) { withString(`This share link cannot be opened: ${message}`, (m) => Module._gp_show_error(m)); }
  function deliverPlan(bytes) {
    withBytes(bytes, (pointer, length) => withString('share-link', (kind) =>
      withString('shared link', (name) => Module._gp_import_file(kind, pointer, length, name))));
  }
  const deliverShare = tracked(async () => {
    if (pendingShare === null) return;
    const share = pendingShare;
    const mode = share.charAt(0);
    if (mode === 'e') { Module._gp_share_needs_passphrase(); return; }
    pendingShare = null;
    if (mode !== 'z') { shareError('it was made by a newer version of Growth Plan Studio, or it was cut.'); return; }
    try {
      deliverPlan(await through(fromBase64Url(share.slice(1)), new DecompressionStream('gzip')));
    } catch (e) {
      shareError(e.message && !/^Failed|TypeError/.test(e.name) ? e.message : 'its data is damaged (was it cut when copied?)');
    }
  });
  const unlockShareLink = tracked(async (passphrase) => {
    const share = pendingShare;
    if (share === null || share.charAt(0) !== 'e') return;
    let bytes;
    try {
      bytes = fromBase64Url(share.slice(1));
      if (bytes.length < 16 + 12 + 16) throw new Error('it is too short (was it cut when copied?)');
    } catch (e) {
      pendingShare = null;
      withString('', (m) => Module._gp_share_unlock_result(0, m));
      shareError(e.message);
      return;
    }
    let plain;
    try {
      const key = await passphraseKey(passphrase, bytes.subarray(0, 16));
      plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(16, 28) }, key, bytes.subarray(28)));
    } catch (e) {
      withString('That passphrase does not open this plan. Check it with the person who sent the link.',
        (m) => Module._gp_share_unlock_result(0, m));
      return;
    }
    pendingShare = null;
    withString('', (m) => Module._gp_share_unlock_result(1, m));
    try {
      deliverPlan(await through(plain, new DecompressionStream('gzip')));
    } catch (e) {
      shareError('its data is damaged.');
    }
  });
  function cancelShare() { pendingShare = null; }

  // ---- Diagnostic links. An answer link (#answer=gpa1…) is offered to the open plan once the app
  // runs; a new invitation (#join=…, e.g. pasted into this tab) reloads the page as the
  // participant's form, after the plan's latest changes are in the autosave.
  const ANSWER_PREFIX = '#answer=';
  let pendingAnswer = null;
  function takeAnswerFromUrl() {
    if (!location.hash.startsWith(ANSWER_PREFIX)) return;
    pendingAnswer = location.hash.slice(ANSWER_PREFIX.length);
    history.replaceState(null, '', location.href.split('#')[0]);  // a reload must not offer it again
    if (started) deliverAnswer();
  }
  function deliverAnswer() {
    if (pendingAnswer === null) return;
    const code = pendingAnswer;
    pendingAnswer = null;
    withBytes(code, (pointer, length) => withString('diagnostic-answer', (kind) =>
      withString('answer link', (name) => Module._gp_import_file(kind, pointer, length, name))));
  }
  // Writes a change still waiting for its autosave now; settles once every autosave is written.
  function flushAutosave() {
    if (autosaveTimer) {
      clearTimeout(autosaveTimer);
      autosaveNow();
    }
    return lastAutosave;
  }
  function reloadForInvitation() {
    flushAutosave().finally(() => location.reload());
  }
  function onHashChange() {
    if (location.hash.startsWith(JOIN_PREFIX) && location.hash.slice(JOIN_PREFIX.length) !== invitation) {
      reloadForInvitation();
      return;
    }
    if (invitation !== null) return;
    takeShareFromUrl();
    takeAnswerFromUrl();
  }
  if (invitation === null) {
    takeShareFromUrl();
    takeAnswerFromUrl();
  }
  window.addEventListener('hashchange', onHashChange);

  // ---- Printable pages (File ▸ Print summary): a tab of their own. The Blob URL is kept while
  // this page lives, so the tab can be reloaded; where new tabs are blocked, a download instead.
  function openDocument(fileName, html) {
    const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    if (window.open(url, '_blank')) return;
    URL.revokeObjectURL(url);
    download(fileName, html, 'text/html');
    withString(`This browser blocked the new tab, so ${fileName} was downloaded instead: open it to print.`,
      (m) => Module._gp_show_info(m));
  }

  function setDark(dark) { document.documentElement.classList.toggle('dark', dark); }
  function loadSetting(key) { try { return localStorage.getItem(SETTING_PREFIX + key) || ''; } catch (e) { return ''; } }
  function saveSetting(key, value) { try { localStorage.setItem(SETTING_PREFIX + key, value); } catch (e) { /* storage disabled */ } }

  window.Module = {
    canvas,
    preRun: [() => {
      Module.addRunDependency('growthplan-boot');
      boot.then(() => Module.removeRunDependency('growthplan-boot'));
    }],
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: (what) => fatal('The app stopped unexpectedly (' + what + '). Reload the page to continue.'),
    gp: {
      requestOpenFile, requestSample, saveFile, downloadFile, requestImportFile, forgetSaveTarget: () => { saveHandle = null; },
      requestShareLink, unlockShareLink, cancelShare, invitation, openDocument, flushAutosave,
      requestLibrary, libraryAction, librarySwitch: (key) => library.switchTo(key),
      loadSetting, saveSetting, storeLocalData, requestLocalData, deleteLocalData, setDark, textInput, setTextFields: (rects) => { textFields = rects; }, scheduleAutosave, storeAutosave, finishAutosaveCopy, quarantineAutosave, writeClipboard,
      takeAutosave: () => { const record = autosave; autosave = record ? { ...record } : null; return record; },
      takeFont: (role) => { const bytes = fonts[role]; fonts[role] = null; return bytes; },
      fatal,
      firstFrame: () => {
        started = true;
        loading.hidden = true;
        if (textActive) textAgent.focus({ preventScroll: true });  // a dialog asks for text at once
        else canvas.focus();
        window.growthplan.version = Module.UTF8ToString(Module._gp_version());
        window.growthplan.startupMs = performance.now();  // navigation start to first drawn frame
        if (databaseTrouble) {  // told after this frame, from outside the wasm call that drew it
          storageFailing = true;
          queueMicrotask(() => storageStatus(false, storageTrouble(databaseTrouble)));
        }
        if (needsFacts) queueMicrotask(autosaveNow);
        readyResolve();
        deliverShare();  // a share link this page was opened with: offered once the app runs
        deliverAnswer();
      },
    },
  };

  // Automation interface for tests and integrators; see README "JavaScript interface".
  window.growthplan = {
    ready,
    version: '',
    documentJson: () => takeString(Module._gp_document_json()),
    openJson: (text, fileName = 'plan.json') => openBytes(new TextEncoder().encode(String(text)), fileName, false),
    notices: () => JSON.parse(takeString(Module._gp_notices())),
    // Every message shown this session (toasts too, after they went): "was the person told X?"
    noticeLog: () => JSON.parse(takeString(Module._gp_notice_log())),
    languageIssues: () => JSON.parse(takeString(Module._gp_language_issues())),
    review: () => JSON.parse(takeString(Module._gp_review_status())),
    // {hasRows, readingRows, opportunities, touches, models: [{model, computeMs}]}: attribution's CRM rows.
    attribution: () => JSON.parse(takeString(Module._gp_attribution_status())),
    // On a participant's page (#join=…): {answered, link} of the diagnostic form; else null.
    participant: () => JSON.parse(takeString(Module._gp_participant_status())),
    lastChanged: (path) => JSON.parse(withString(path, (p) => takeString(Module._gp_last_changed(p)))),
    framesRendered: () => Module._gp_frames_rendered(),
    // The theme shown: 'light', 'dark' or 'high-contrast' (View ▸ Theme, remembered by the browser).
    theme: () => Module.UTF8ToString(Module._gp_theme()),
    // Characters no font could draw (shown as the fallback glyph) since the page loaded.
    glyphFallbacks: () => Module._gp_glyph_fallbacks(),
    uiScale: () => Module._gp_ui_scale(),
    // true once every input so far is applied and drawn, no frame is pending, nothing glides on
    // after a flick, the page is not still reading a file or making a share link, and the rest of
    // the app's code (web/deferred.js) is not still loading. False while a reloaded page starts.
    isIdle: () => started && pageWork === 0 && !(Module.gp.gliding && Module.gp.gliding()) && Module._gp_idle() === 1
      && window.growthplan.deferredPart().state !== 'loading',
    // true while a change waits for its autosave or the autosave is being written.
    autosavePending: () => autosaveTimer !== 0 || autosavesWriting > 0,
    lastFrameMs: () => Module._gp_last_frame_ms(),
    peakFrameMs: () => Module._gp_take_peak_frame_ms(),
    // The longest task an autosave took since the last call: writing the plan, or a slice of copying it.
    peakAutosaveMs: () => { const peak = peakAutosaveMs; peakAutosaveMs = 0; return peak; },
    widgetRect: (label) => {
      const text = withString(label, (l) => takeString(Module._gp_widget_rect(l)));
      return text ? JSON.parse(text) : null;
    },
    // Texts the last frame drew shortened with "…": [{text, shownInFull}] (the whole text, and
    // whether its tooltip is up).
    elidedTexts: () => JSON.parse(takeString(Module._gp_elided_texts())),
    // The plans this browser keeps, as the Library view lists them: a Promise of
    // {current, entries: [{key, title, company, changedBy, changedAt, bytes, deletedAt, problem}], usage, quota, persisted}.
    library: () => library.listing(),
    // Keys of the values this browser keeps outside the plan (imported CRM rows): a Promise.
    localDataKeys: () => localRequest('readonly', (store) => store.getAllKeys()),
  };
})();
