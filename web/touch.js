// Phones and tablets: taps and drags on the canvas, and Copy / Share done inside the person's own
// tap. Loaded after growthplan.js (which defines Module and window.growthplan), before app.js.
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  let started = false;
  window.growthplan.ready.then(() => { started = true; }, () => {});

  // ---- Copy, Share and the keyboard inside the tap: Safari copies to the clipboard, opens the
  // share sheet and shows the phone's keyboard only while it handles the person's own click, and
  // the app sees the click a frame later. So the app names the widget and what it does
  // (Platform::setTapAction), and the page does it here. 'type' focuses the page's text field,
  // which then takes what is typed into the app's field the tap activates.
  const textAgent = document.getElementById('text-agent');
  const tapActions = new Map();
  function setTapAction(label, kind, text) {
    if (kind) tapActions.set(label, { kind, text });
    else tapActions.delete(label);
  }
  canvas.addEventListener('click', (e) => {
    if (!started) return;
    for (const [label, action] of tapActions) {
      const r = window.growthplan.widgetRect(label);
      if (!r || e.clientX < r.x || e.clientX > r.x + r.width || e.clientY < r.y || e.clientY > r.y + r.height) continue;
      if (action.kind === 'copy') Module.gp.writeClipboard(action.text);
      if (action.kind === 'share' && navigator.share) navigator.share({ title: document.title, url: action.text }).catch(() => {});
      if (action.kind === 'type') textAgent.focus({ preventScroll: true });
    }
  });

  // ---- Touch: a tap reaches the app as the mouse events browsers make from it; a finger dragged
  // over the canvas scrolls what lies under it, and a flick glides on and slows down. emscripten's
  // GLFW would also press the mouse on every touch, where the previous touch was (it reads no
  // position from touches): touches stop here.
  const TOUCH_SLOP = 6;          // CSS pixels a finger may wobble in a tap
  const FLICK_WINDOW_MS = 100;   // the finger's speed over its last moves
  const GLIDE_DECAY = 0.997;     // per millisecond
  const GLIDE_STOP = 0.05;       // CSS pixels per millisecond
  let touch = null;
  let glide = 0;  // animation frame of a glide under way
  const ownTouch = (e) => Array.from(e.changedTouches).find((t) => touch && t.identifier === touch.id);
  function scroll(x, y, dx, dy) { Module._gp_touch_scroll(x, y, dx, dy); }
  function startGlide(x, y, speed) {
    let last = performance.now();
    const step = (now) => {
      const dt = Math.min(now - last, 50);
      last = now;
      speed *= Math.pow(GLIDE_DECAY, dt);
      if (Math.abs(speed) < GLIDE_STOP) { glide = 0; return; }
      scroll(x, y, 0, speed * dt);
      glide = requestAnimationFrame(step);
    };
    glide = requestAnimationFrame(step);
  }
  window.addEventListener('touchstart', (e) => {
    if (e.target !== canvas) return;
    e.stopPropagation();
    cancelAnimationFrame(glide);  // a touch stops a glide, as on any phone
    glide = 0;
    const t = e.changedTouches[0];
    if (!touch && t) touch = { id: t.identifier, x: t.clientX, y: t.clientY, dragging: false, moves: [] };
  }, { capture: true, passive: true });
  window.addEventListener('touchmove', (e) => {
    if (e.target !== canvas) return;
    e.stopPropagation();
    const t = ownTouch(e);
    if (!t || !started) return;
    const dx = t.clientX - touch.x;
    const dy = t.clientY - touch.y;
    if (!touch.dragging && Math.hypot(dx, dy) < TOUCH_SLOP) return;
    // A drag keeps the direction it started in: a wide table scrolls sideways under a finger
    // moving sideways, and the page does not wobble sideways while it scrolls down.
    if (!touch.dragging) touch.sideways = Math.abs(dx) > Math.abs(dy);
    touch.dragging = true;
    touch.x = t.clientX;
    touch.y = t.clientY;
    if (touch.sideways) {
      scroll(t.clientX, t.clientY, dx, 0);
      return;
    }
    touch.moves.push({ at: performance.now(), dy });
    scroll(t.clientX, t.clientY, 0, dy);
  }, { capture: true, passive: true });
  for (const type of ['touchend', 'touchcancel']) {
    window.addEventListener(type, (e) => {
      if (e.target !== canvas) return;
      e.stopPropagation();
      if (!ownTouch(e)) return;
      const now = performance.now();
      const recent = touch.moves.filter((m) => now - m.at < FLICK_WINDOW_MS);
      // A finger that stopped before it lifted does not glide.
      if (type === 'touchend' && recent.length >= 2) {
        const speed = recent.reduce((sum, m) => sum + m.dy, 0) / Math.max(1, now - recent[0].at);
        if (Math.abs(speed) > GLIDE_STOP * 4) startGlide(touch.x, touch.y, speed);
      }
      touch = null;
    }, { capture: true, passive: true });
  }

  Module.gp.setTapAction = setTapAction;
  // A page still gliding is not settled: what lies under a finger is still moving.
  Module.gp.gliding = () => glide !== 0;
})();
