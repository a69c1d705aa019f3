// The plans this browser keeps: IndexedDB database "growthplan", store "kv", one record per plan
// under "plan:<id>" ({json, fileName, unsaved, savedAt, facts, deletedAt?, problem?}); `json` is the
// plan's text as a Blob (autosaves) or a string (earlier versions, renames, copies). Each tab
// works on one plan, its key kept in sessionStorage (a reload keeps it); a new tab takes the plan
// used last. Loaded before growthplan.js, which autosaves through it and hands its listing to the app.
'use strict';
window.GrowthPlanLibrary = (function () {
  const PLAN_PREFIX = 'plan:';
  const LEGACY_AUTOSAVE = 'autosave';   // the single autosave of versions before the library
  const UNREADABLE_PREFIX = 'autosave-unreadable-';
  const TAB_KEY = 'growthplan.plan';
  const LAST_KEY = 'growthplan.setting.lastPlan';

  function openDatabase() {
    const opening = new Promise((resolve, reject) => {
      if (!window.indexedDB) { reject(new Error('IndexedDB is not available')); return; }
      const request = indexedDB.open('growthplan', 1);  // throws where storage is blocked
      request.onupgradeneeded = () => request.result.createObjectStore('kv');
      request.onsuccess = () => {
        request.result.onclose = () => { database = openDatabase(); };  // e.g. site data cleared
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    });
    opening.catch(() => {});  // handled by whoever uses it
    return opening;
  }
  let database = openDatabase();
  const connection = () => database.catch(() => (database = openDatabase()));
  // One transaction over the store; settles once it has committed (a quota error arrives only then).
  // `commitNow`: the work makes all its requests at once, so the transaction may commit right away
  // (without waiting for this page's event loop: a crash right after loses less); work that makes
  // a request from another's result must leave it open.
  function transact(mode, work, commitNow = false) {
    return connection().then((db) => new Promise((resolve, reject) => {
      const tx = db.transaction('kv', mode);
      let result;
      tx.oncomplete = () => resolve(result);
      tx.onerror = (event) => reject(tx.error || event.target.error);
      tx.onabort = () => reject(tx.error || new DOMException('The write was aborted', 'AbortError'));
      work(tx.objectStore('kv'), (value) => { result = value; });
      if (commitNow && tx.commit) tx.commit();
    }));
  }
  const getStored = (key) => transact('readonly', (store, done) => { const r = store.get(key); r.onsuccess = () => done(r.result); });
  // A record with its plan's text read into a string.
  async function readText(value) {
    return value && typeof value === 'object' && value.json instanceof Blob ? { ...value, json: await value.json.text() } : value;
  }
  const get = async (key) => readText(await getStored(key));
  const put = (key, value) => transact('readwrite', (store) => store.put(value, key), true);
  // Every record as [key, value], read with a cursor in one transaction.
  const all = () => transact('readonly', (store, done) => {
    const rows = [];
    const cursor = store.openCursor();
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) { done(rows); return; }
      rows.push([String(at.key), at.value]);
      at.continue();
    };
  });

  function session(read, key, value) {
    try {
      if (read) return sessionStorage.getItem(key) || '';
      sessionStorage.setItem(key, value);
    } catch (e) { /* storage disabled */ }
    return '';
  }
  function remembered() { try { return localStorage.getItem(LAST_KEY) || ''; } catch (e) { return ''; } }
  function remember(key) { try { localStorage.setItem(LAST_KEY, key); } catch (e) { /* storage disabled */ } }
  const newKey = () => PLAN_PREFIX + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);

  let currentKey = session(true, TAB_KEY);
  function setCurrent(key) {
    currentKey = key;
    session(false, TAB_KEY, key);
    remember(key);
  }

  const isPlanRecord = (value) => !!value && typeof value === 'object' && (typeof value.json === 'string' || value.json instanceof Blob);
  const textSize = (json) => (json instanceof Blob ? json.size : json.length);
  const usable = (value) => isPlanRecord(value) && !value.deletedAt && !value.problem;

  // This tab's plan at start-up: the one it had (a reload), else the one used last, else the most
  // recently changed; an autosave of an earlier version becomes a plan of the library first.
  async function boot() {
    let rows = await all();
    const legacy = rows.find(([key]) => key === LEGACY_AUTOSAVE);
    if (legacy) {
      const key = newKey();
      await transact('readwrite', (store) => { store.put(legacy[1], key); store.delete(LEGACY_AUTOSAVE); }, true);
      if (!currentKey) setCurrent(key);
      rows = await all();
    }
    const records = new Map(rows);
    const pick = [currentKey, remembered()].find((key) => key && usable(records.get(key)));
    const latest = rows.filter(([key, value]) => key.startsWith(PLAN_PREFIX) && usable(value))
      .sort((a, b) => String(b[1].savedAt || '').localeCompare(String(a[1].savedAt || '')))[0];
    const key = pick || (latest && latest[0]) || (currentKey && !records.has(currentKey) ? currentKey : newKey());
    setCurrent(key);
    const record = records.get(key);
    return usable(record) ? readText(record) : null;
  }

  // The open plan's autosave, with the facts the library lists.
  function write(json, fileName, unsaved, facts, key = currentKey) {
    if (!key) key = (setCurrent(newKey()), currentKey);
    return put(key, { json, fileName, unsaved, savedAt: new Date().toISOString(), facts, bytes: textSize(json) });
  }

  // What the app lists. Foreign or broken records are listed as damaged, never dropped.
  async function listing() {
    const rows = await all();
    const entries = rows.map(([key, value]) => {
      if (key === LEGACY_AUTOSAVE) return null;
      if (key.startsWith(UNREADABLE_PREFIX)) return { key, problem: 'an autosave an earlier version could not restore' };
      if (!key.startsWith(PLAN_PREFIX)) return { key, problem: 'not a plan this app wrote' };
      if (!isPlanRecord(value)) return { key, problem: 'not a plan: its text is missing' };
      const facts = value.facts && typeof value.facts === 'object' ? value.facts : {};
      return {
        key, title: String(facts.title || ''), company: String(facts.company || ''),
        changedBy: String(facts.changedBy || ''), changedAt: String(facts.changedAt || value.savedAt || ''),
        fileName: String(value.fileName || ''), unsaved: !!value.unsaved, bytes: textSize(value.json),
        deletedAt: value.deletedAt ? String(value.deletedAt) : '', problem: value.problem ? String(value.problem) : '',
      };
    }).filter(Boolean);
    let usage = -1, quota = -1, persisted = false;
    try {
      if (navigator.storage && navigator.storage.estimate) ({ usage, quota } = await navigator.storage.estimate());
      if (navigator.storage && navigator.storage.persisted) persisted = await navigator.storage.persisted();
    } catch (e) { /* unknown */ }
    return { current: currentKey, entries, usage, quota, persisted };
  }

  // Changes one record in place; `change` returns the new value (or undefined to leave it).
  const update = (key, change) => transact('readwrite', (store, done) => {
    const r = store.get(key);
    r.onsuccess = () => {
      const value = change(r.result);
      if (value !== undefined) store.put(value, key);
      done(value);
    };
  });
  const remove = (key) => transact('readwrite', (store) => store.delete(key), true);

  return {
    boot, write, listing, get, put, update, remove, newKey,
    currentKey: () => currentKey,
    switchTo: (key) => setCurrent(key || newKey()),
    trash: (key) => update(key, (v) => (isPlanRecord(v) ? { ...v, deletedAt: new Date().toISOString() } : undefined)),
    restore: (key) => update(key, (v) => (isPlanRecord(v) ? (({ deletedAt, ...rest }) => rest)(v) : undefined)),
    // A plan the app could not read: kept where it is, listed as damaged with why.
    markDamaged: (key, problem) => update(key, (v) => (v === undefined ? undefined : { ...(isPlanRecord(v) ? v : { raw: v }), problem })),
    // The raw stored text of any entry, to download.
    rawText: async (key) => {
      const value = await get(key);
      return isPlanRecord(value) ? value.json : JSON.stringify(value, null, 2);
    },
  };
})();
