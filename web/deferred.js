// The app's code comes in two parts (issue 14): app.wasm holds what start-up runs, so a first visit
// draws the app sooner; app.deferred.wasm holds the rest (other views, imports, merging…).
// - A first visit fetches the rest once the first frame is drawn, and joins it to the running
//   module between frames.
// - A page the service worker serves (a repeat visit, maybe offline) takes the rest from its cache
//   while app.wasm compiles, and joins it before the app starts: nothing is fetched later.
// - A function of the rest needed before it has arrived (a click in the first moment) makes the
//   page fetch it at once, synchronously: slower once, never wrong. The service worker does not see
//   synchronous requests, which is why a page it serves never waits for one.
// Loaded after growthplan.js (which defines Module and window.growthplan), before app.js.
(function () {
  'use strict';
  const file = 'app.deferred.wasm';
  // state: waiting, loading, joined or failed; how: 'before start-up', 'after the first frame',
  // 'on demand' or 'for the first frame' (start-up ran a function that
  // src/platform/web/first-frame-functions.txt does not list: scripts/first-frame-functions.mjs
  // lists them anew).
  const status = { state: 'waiting', how: '', ms: 0, warm: false };
  let compiled = null;

  // Once the rest has joined and the app has started, the glossary search runs once on terms of
  // its own (src/core/glossary/search_warm_up.h) while the page rests: the browser compiles that
  // code then, not during the first keystroke of a real search over thousands of terms.
  function warmUpWhenIdle() {
    const run = () => { const start = performance.now(); status.warm = Module._gp_warm_up() > 0; status.warmMs = Math.round((performance.now() - start) * 10) / 10; };
    window.growthplan.ready.then(() => (window.requestIdleCallback ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 1000)), () => {});
  }

  function join(module, how) {
    if (status.state === 'joined') return;
    new WebAssembly.Instance(module, { primary: Module.asm });  // its element segment fills the table's placeholders
    compiled = module;
    status.state = 'joined';
    status.how = how;
    status.ms = Math.round(performance.now());
    warmUpWhenIdle();
  }

  function compileRest() {
    status.state = 'loading';
    const whole = () => fetch(file).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.arrayBuffer();
    }).then((bytes) => WebAssembly.compile(bytes));
    // Compiled while it downloads; a server that does not say application/wasm gets it whole.
    return WebAssembly.compileStreaming ? WebAssembly.compileStreaming(fetch(file)).catch(whole) : whole();
  }

  function failed(e) {
    if (status.state === 'joined') return;
    status.state = 'failed';  // fetched on demand when needed
    console.warn(`The rest of the app could not be fetched yet (${e.message}); it is fetched when needed.`);
  }

  // Called by the module (emscripten's SPLIT_MODULE glue) when a placeholder runs, inside a wasm
  // call: it can only wait synchronously.
  Module.loadSplitModule = () => {
    if (status.state === 'joined') return;
    const how = status.state === 'waiting' ? 'for the first frame' : 'on demand';
    if (!compiled) {
      let text = null;
      try {
        const request = new XMLHttpRequest();
        request.open('GET', file, false);
        request.overrideMimeType('text/plain; charset=x-user-defined');  // bytes, as a synchronous request can take them
        request.send();
        if (request.status === 200) text = request.responseText;
      } catch (e) { /* no network */ }
      if (text === null) {
        // The page's stop card goes on to say the autosaved work is kept, with Reload.
        Module.gp.fatal('Part of the app could not be downloaded: check the connection and reload the page.');
        throw new Error(`${file} could not be downloaded`);
      }
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i) & 0xff;
      compiled = new WebAssembly.Module(bytes);
    }
    join(compiled, how);
  };

  if (navigator.serviceWorker && navigator.serviceWorker.controller) {
    const compiling = compileRest();
    Module.preRun.push(() => {  // runs once app.wasm is instantiated, before main()
      Module.addRunDependency('growthplan-rest');
      compiling.then((module) => join(module, 'before start-up'), failed)
        .finally(() => Module.removeRunDependency('growthplan-rest'));
    });
  } else {
    // The first frame is drawn when `ready` resolves; joined from a promise callback, never inside
    // a wasm call.
    window.growthplan.ready.then(() => compileRest().then((module) => join(module, 'after the first frame'), failed), () => {});
  }
  window.growthplan.deferredPart = () => ({ ...status });
})();
