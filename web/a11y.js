// The screen-reader path: the canvas is a picture to assistive technology, so the app describes
// what matters (accessibility_mirror.cpp) and this file mirrors it into visually hidden DOM: the
// focused item as one element with its role, name, value and state (the canvas points at it with
// aria-activedescendant; a text field being edited is the page's text agent itself), the current
// view as a heading and in the document title, the open dialog, and notices in live regions.
// Loaded after growthplan.js (which defines Module and window.growthplan), before app.js.
'use strict';
(function () {
  const canvas = document.getElementById('canvas');
  const textAgent = document.getElementById('text-agent');
  const root = document.getElementById('a11y');
  const viewHeading = document.getElementById('a11y-view');
  const dialog = document.getElementById('a11y-dialog');
  const dialogTitle = document.getElementById('a11y-dialog-title');
  const focused = document.getElementById('a11y-focused');
  const status = document.getElementById('a11y-status');
  const alert = document.getElementById('a11y-alert');
  const TEXT_AGENT_NAME = textAgent.getAttribute('aria-label');
  // Phone keyboards read the text before the caret and re-send words they autocorrect, which
  // would type them twice: there the text agent stays empty and carries the field's name only.
  const mirrorsText = !matchMedia('(pointer: coarse)').matches;

  let last = { focused: null, view: '', dialog: '', notices: [] };
  let composing = false;  // the text agent's value must not change under an IME composition
  textAgent.addEventListener('compositionstart', () => { composing = true; });
  textAgent.addEventListener('compositionend', () => { composing = false; showTextField(last.focused); });

  const STATES = ['checked', 'selected', 'expanded', 'disabled', 'current', 'haspopup'];
  function setAria(element, name, value) {
    if (value === undefined || value === null || value === false && name === 'haspopup') element.removeAttribute(`aria-${name}`);
    else element.setAttribute(`aria-${name}`, String(value));
  }

  // A field being edited: the text agent has the real focus and takes the typing, so it carries
  // the field's name and text (growthplan.js empties it after each input; the app's next frame
  // puts the text back).
  function showTextField(item) {
    const editing = !!item && item.role === 'textbox' && document.activeElement === textAgent;
    textAgent.setAttribute('aria-label', editing ? item.name : TEXT_AGENT_NAME);
    if (editing && item.description) textAgent.setAttribute('aria-description', item.description);
    else textAgent.removeAttribute('aria-description');
    if (!composing && mirrorsText) {
      const value = editing ? (item.value || '') : '';
      if (textAgent.value !== value) {
        textAgent.value = value;
        textAgent.setSelectionRange(value.length, value.length);
      }
    }
    return editing;
  }

  function showFocused(item) {
    const inText = showTextField(item);
    if (!item || inText) {
      canvas.removeAttribute('aria-activedescendant');
      focused.hidden = true;
      return;
    }
    focused.hidden = false;
    focused.setAttribute('role', item.role);
    focused.setAttribute('aria-label', item.name);
    for (const state of STATES) setAria(focused, state, item[state]);
    if (item.description) focused.setAttribute('aria-description', item.description);
    else focused.removeAttribute('aria-description');
    // A text field under the keyboard but not being edited, or a combo box: its text is its value.
    focused.textContent = item.value !== undefined ? item.value : '';
    canvas.setAttribute('aria-activedescendant', focused.id);
  }

  function showDialog(title) {
    dialog.hidden = !title;
    dialogTitle.textContent = title;
    // Inside the dialog while it is open, so a screen reader says where the focus is.
    const home = title ? dialog : root;
    if (focused.parentElement !== home) home.appendChild(focused);
  }

  function announce(region, texts) {
    if (!texts.length) return;
    region.textContent = '';
    region.appendChild(document.createTextNode(texts.join(' ')));  // a new node: said again even if the same words
  }

  function accessibilityChanged(json) {
    const now = JSON.parse(json);
    if (now.view !== last.view) viewHeading.textContent = now.view;
    if (now.dialog !== last.dialog) showDialog(now.dialog);
    showFocused(now.focused);
    const before = new Set(last.notices.map((n) => n.text));
    const fresh = now.notices.filter((n) => !before.has(n.text));
    announce(alert, fresh.filter((n) => n.kind === 'error').map((n) => n.text));
    announce(status, fresh.filter((n) => n.kind !== 'error').map((n) => n.text));
    last = now;
  }
  // The text agent takes or loses the focus as a field starts or stops being edited.
  textAgent.addEventListener('focus', () => showFocused(last.focused));
  textAgent.addEventListener('blur', () => showFocused(last.focused));

  Module.gp.accessibilityChanged = accessibilityChanged;
  // What a screen reader is told has the keyboard: {role, name, value?, checked?...} or null.
  window.growthplan.focusedItem = () => (last.focused ? { ...last.focused } : null);
  window.growthplan.openDialog = () => last.dialog;
})();
