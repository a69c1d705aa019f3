// The first script the page runs (async: as soon as it arrives, while the page is still parsed).
// It starts compiling app.wasm as its bytes come in, so the compile is done by the time app.js
// (deferred, run last) asks for the module: growthplan.js hands this promise to the module
// through Module.instantiateWasm. Compiling waits for nothing else the page loads.
'use strict';
window.GrowthPlanStart = window.GrowthPlanStart || {
  appModule: WebAssembly.compileStreaming
    ? WebAssembly.compileStreaming(fetch('app.wasm', { credentials: 'same-origin' }))
    : Promise.reject(new Error('this browser cannot compile WebAssembly while it downloads')),
};
window.GrowthPlanStart.appModule.catch(() => {});  // growthplan.js falls back to the whole file
