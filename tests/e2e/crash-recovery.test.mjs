// Typing survives a crash: the page dies about 1.2 s after the last keystroke, with the field
// still being edited, and opening the app again in the same browser profile brings it all back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const CRASH_AFTER_MS = 1200;  // "everything typed before the last second" is kept

// Types into the field the person already clicked, and returns when the last key went out.
async function typeHere(page, text) {
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent', null, { timeout: 5000 });
  await page.keyboard.type(text, { delay: 20 });
  return Date.now();
}

// Crashes the page's renderer CRASH_AFTER_MS after `lastKeystroke`; returns the delay it really had.
async function crashAfter(page, cdp, lastKeystroke) {
  await delay(Math.max(0, CRASH_AFTER_MS - (Date.now() - lastKeystroke)));
  const crashed = page.waitForEvent('crash');
  const sentAt = Date.now();
  cdp.send('Page.crash').catch(() => {});  // the renderer dies before it can answer
  await crashed;
  return sentAt - lastKeystroke;
}

// A person types into a field and the page crashes while that field is still being edited;
// `throttle` makes the page's CPU that many times slower (a busy or old machine).
async function typeCrashAndReopen(throttle) {
  const context = await newContext(browser);
  const { page } = await openApp(context, server.url);
  const cdp = await context.newCDPSession(page);  // made before typing, so the crash is sent at once
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });

  await typeInto(page, '##plan-company', 'Northwind Analytics');
  await click(page, '##section-body-0');
  await page.keyboard.press('Control+A');  // over the starter text
  await typeHere(page, 'Grow new business revenue to 4.2M');
  await page.keyboard.press('Enter');
  const lastKeystroke = await typeHere(page, 'with one funnel both teams sign.');
  const crashedAfterMs = await crashAfter(page, cdp, lastKeystroke);
  assert.ok(crashedAfterMs < CRASH_AFTER_MS + 400, `the crash came ${crashedAfterMs} ms after the last keystroke`);

  const again = await openApp(context, server.url);
  const doc = await documentJson(again.page);
  assert.equal(doc.plan.company, 'Northwind Analytics');
  assert.equal(doc.sections[0].body, 'Grow new business revenue to 4.2M\nwith one funnel both teams sign.');
  assert.match(await again.page.title(), /•/, 'restored work still shows as unsaved');
  assert.deepEqual(again.problems, []);
  await context.close();
}

test('a crash 1.2 s after the last keystroke, while the field is still being edited, loses nothing typed', async () => {
  await typeCrashAndReopen(1);
});

test('on a machine twice as slow, a crash 1.2 s after the last keystroke still loses nothing typed', async () => {
  await typeCrashAndReopen(2);
});
