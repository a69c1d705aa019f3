// Presenter mode's page side: the chime when an agenda item's time is up (Web Audio, two soft
// sine notes), F5 kept for the app, and window.growthplan.presenter() / chimesPlayed() for tests.
// Loaded after growthplan.js (which defines Module and window.growthplan), before app.js.
'use strict';
(function () {
  let audio = null;
  let chimes = 0;

  // Browsers start audio only after the person did something on the page: the context is made
  // (or woken) on the first key or click, so a chime minutes later sounds.
  function audioContext() {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return null;
    if (!audio) {
      try { audio = new Context(); } catch (e) { return null; }
    }
    if (audio.state === 'suspended') audio.resume().catch(() => {});
    return audio;
  }
  for (const type of ['keydown', 'pointerdown']) window.addEventListener(type, () => { audioContext(); }, { capture: true, passive: true });

  // F5 presents the workshop (View ▸ Present workshop) instead of reloading the page.
  window.addEventListener('keydown', (e) => {
    if (e.key === 'F5' && !e.ctrlKey && !e.metaKey && !e.altKey) e.preventDefault();
  }, true);

  // A soft bell: two sine notes a sixth apart, each fading in quickly and out slowly.
  function playChime() {
    chimes += 1;
    const context = audioContext();
    if (!context) return;
    const start = context.currentTime + 0.02;
    const master = context.createGain();
    master.gain.value = 0.25;
    master.connect(context.destination);
    for (const [frequency, delay] of [[659.25, 0], [1046.5, 0.32]]) {
      const oscillator = context.createOscillator();
      const envelope = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      envelope.gain.setValueAtTime(0.0001, start + delay);
      envelope.gain.exponentialRampToValueAtTime(1, start + delay + 0.03);
      envelope.gain.exponentialRampToValueAtTime(0.0001, start + delay + 1.6);
      oscillator.connect(envelope).connect(master);
      oscillator.start(start + delay);
      oscillator.stop(start + delay + 1.7);
    }
  }
  Module.gp.playChime = playChime;

  function takeString(pointer) {
    const text = Module.UTF8ToString(pointer);
    Module._gp_free_string(pointer);
    return text;
  }
  // {active, workshopId, itemIndex, itemCount, remainingMs, running, muted, shown} as last drawn.
  window.growthplan.presenter = () => JSON.parse(takeString(Module._gp_presenter_status()));
  // How many chimes started this session (a muted chime does not start).
  window.growthplan.chimesPlayed = () => chimes;
})();
