// Offline use and updates: registers the service worker (sw.js, written by the build) once the app
// runs, and shows "A new version is ready" when a new deployment has installed and waits. The page
// is never reloaded by itself: only the person's click on Reload does, after the autosave is written.
// Where service workers are unavailable (file://, plain http to another host, some private modes)
// nothing happens and the app works as before. Loaded after growthplan.js, before app.js.
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  const banner = document.getElementById('update-banner');
  const reloadButton = document.getElementById('update-reload');
  const supported = 'serviceWorker' in navigator && window.isSecureContext && /^https?:$/.test(location.protocol);
  const CHECK_EVERY_MS = 60 * 60 * 1000;  // look for a new deployment when the tab is shown again, hourly at most

  const status = { supported, state: supported ? 'registering' : 'unsupported', version: '', controlled: false, updateReady: false };
  let registration = null;
  let lastCheck = 0;
  let reloading = false;
  let readyResolve, readyReject;
  const offlineReady = new Promise((resolve, reject) => { readyResolve = resolve; readyReject = reject; });
  offlineReady.catch(() => {});  // only automation waits for it

  function snapshot() {
    status.controlled = supported && !!navigator.serviceWorker.controller;
    return { ...status };
  }
  function askVersion(worker) {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve((event.data && event.data.version) || '');
      worker.postMessage({ type: 'version' }, [channel.port2]);
    });
  }
  function activated(worker) {
    return worker.state === 'activated' ? Promise.resolve()
      : new Promise((resolve) => worker.addEventListener('statechange', function onChange() {
        if (worker.state === 'activated') { worker.removeEventListener('statechange', onChange); resolve(); }
      }));
  }

  // The app's toasts float above the card, not under it.
  function reserveRoom() {
    if (banner.hidden || !Module._gp_reserve_bottom) return;
    Module._gp_reserve_bottom(Math.max(0, window.innerHeight - banner.getBoundingClientRect().top));
  }
  function showUpdate() {
    if (status.updateReady) return;
    status.updateReady = true;
    banner.hidden = false;
    reserveRoom();
    if (window.ResizeObserver) new ResizeObserver(reserveRoom).observe(banner);
    window.addEventListener('resize', reserveRoom);
  }
  // A worker installing while this page is controlled is a new deployment: offered once installed.
  function watchInstalling(worker) {
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) showUpdate();
    });
  }

  async function reloadNow() {
    if (reloading) return;
    reloading = true;
    reloadButton.disabled = true;
    await (Module.gp.flushAutosave ? Module.gp.flushAutosave() : Promise.resolve()).catch(() => {});
    const waiting = registration && registration.waiting;
    if (waiting) waiting.postMessage({ type: 'skip-waiting' });  // controllerchange then reloads
    else location.reload();  // another tab already switched to the new version
  }

  async function register() {
    try {
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        if (reloading) location.reload();
        else showUpdate();  // another tab took the new version: this page still runs the old one
      });
      registration = await navigator.serviceWorker.register('sw.js', { scope: './' });
      lastCheck = Date.now();
      if (registration.waiting && navigator.serviceWorker.controller) showUpdate();
      watchInstalling(registration.installing);
      registration.addEventListener('updatefound', () => watchInstalling(registration.installing));
      status.state = 'installing';
      const active = (await navigator.serviceWorker.ready).active;
      await activated(active);
      status.version = await askVersion(active);
      status.state = 'ready';
      readyResolve(snapshot());
    } catch (e) {
      status.state = 'failed';
      console.warn('Offline use is not available:', e);
      readyReject(e);
    }
  }

  if (supported) {
    // After the first frame, so installing (which downloads the site once more) never delays the start.
    window.growthplan.ready.then(() => register(), () => {});
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible' || !registration || Date.now() - lastCheck < CHECK_EVERY_MS) return;
      lastCheck = Date.now();
      registration.update().catch(() => {});  // offline: the next check tries again
    });
  } else {
    readyReject(new Error('service workers are not available on this page'));
  }

  reloadButton.addEventListener('click', reloadNow);
  // Keyboard: F6 moves between the app and the banner; Escape or Tab goes back to the app. Keys
  // pressed on the banner are the banner's, not the app's.
  window.addEventListener('keydown', (e) => {
    const inBanner = banner.contains(e.target);
    if (e.key === 'F6' && !banner.hidden && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (inBanner) canvas.focus({ preventScroll: true });
      else reloadButton.focus({ preventScroll: true });
      return;
    }
    if (!inBanner) return;
    e.stopImmediatePropagation();
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      canvas.focus({ preventScroll: true });
    }
  }, true);
  for (const type of ['keyup', 'keypress']) {
    window.addEventListener(type, (e) => { if (banner.contains(e.target)) e.stopImmediatePropagation(); }, true);
  }

  // For tests and integrators (README "JavaScript interface").
  window.growthplan.offline = snapshot;
  window.growthplan.offlineReady = () => offlineReady;
  window.growthplan.checkForUpdate = async () => {
    if (!registration) throw new Error('no service worker registered');
    lastCheck = Date.now();
    await registration.update();
  };
})();
