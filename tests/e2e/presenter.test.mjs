// A facilitator puts a workshop on the projector: presenter mode from the keyboard, and an item's
// timebox running out with a chime (or silently, muted). The browser's clock is Playwright's
// (page.clock), so a minute passes at once and nothing waits on the wall clock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newContext, openApp, idle, widget, isShown } from './harness.mjs';
import { planWithWorkshop } from './presenter-plan.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// The app with `plan` open, its clock under the test's control (time still flows by itself).
async function openWithClock(plan) {
  const context = await newContext(browser);
  await context.clock.install();
  const { page, problems } = await openApp(context, server.url);
  assert.deepEqual(await page.evaluate((text) => window.growthplan.openJson(text, 'kick-off.json'), plan), { ok: true, error: '' });
  await idle(page);
  return { context, page, problems };
}

const presenter = (page) => page.evaluate(() => window.growthplan.presenter());
// Presenter mode as drawn once the app has taken in every key so far.
async function presenterNow(page) {
  await idle(page);
  return presenter(page);
}
// Lets `ms` of the page's time pass at once; timers due meanwhile fire (once), then frames follow.
async function timePasses(page, ms) {
  await page.clock.fastForward(ms);
  await idle(page);
}

test('a facilitator runs the workshop from the keyboard: F5, next, back, pause, two more minutes, Esc', async () => {
  const { context, page, problems } = await openWithClock(planWithWorkshop());
  await widget(page, 'File');
  assert.equal((await presenter(page)).active, false);

  // The page's time keeps flowing while the test runs: a countdown is checked to the second only
  // where it stands still (paused).
  const ten = 10 * 60000, twenty = 20 * 60000;
  await page.keyboard.press('F5');
  let state = await presenterNow(page);
  assert.deepEqual([state.active, state.itemIndex, state.itemCount, state.running], [true, 0, 5, true]);
  assert.ok(state.remainingMs <= ten && state.remainingMs > ten - 30000, `the first item's 10 minutes run (${state.shown})`);
  for (const label of ['Previous', 'Next', 'Pause', '+2 min', 'Mute chime', 'Exit presenter']) await widget(page, label);
  assert.equal(await isShown(page, 'File'), false, 'the menu bar is hidden while presenting');

  // Running: ten seconds later the countdown shows ten seconds less.
  const start = state.remainingMs;
  await timePasses(page, 10000);
  await page.waitForFunction((r) => window.growthplan.presenter().remainingMs <= r - 10000, start, { polling: 20, timeout: 5000 });
  const tenSecondsIn = await presenter(page);
  assert.match(tenSecondsIn.shown, /^09:[0-5]\d$/);

  await page.keyboard.press('ArrowRight');
  state = await presenterNow(page);
  assert.equal(state.itemIndex, 1);
  assert.ok(state.remainingMs <= twenty && state.remainingMs > twenty - 30000, `the second item's 20 minutes run (${state.shown})`);
  await page.keyboard.press('ArrowLeft');
  state = await presenterNow(page);
  assert.equal(state.itemIndex, 0);
  assert.ok(state.remainingMs <= ten && state.remainingMs > tenSecondsIn.remainingMs, `back on the first item, its timebox starts again (${state.shown})`);

  await page.keyboard.press('p');
  state = await presenterNow(page);
  assert.equal(state.running, false);
  await widget(page, 'Resume');
  const paused = state.remainingMs;
  await timePasses(page, 7000);
  await page.mouse.move(200, 300);  // a frame drawn 7 s later still shows the same time
  await page.mouse.move(220, 310);
  state = await presenterNow(page);
  assert.equal(state.remainingMs, paused, 'a paused countdown stands still');

  await page.keyboard.press('+');
  state = await presenterNow(page);
  assert.equal(state.remainingMs, paused + 120000, '+ adds two minutes');
  await page.keyboard.press('p');
  assert.equal((await presenterNow(page)).running, true);

  await page.keyboard.press('Escape');
  state = await presenterNow(page);
  assert.equal(state.active, false);
  await widget(page, 'File');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an item whose time is up says so and chimes once; muted, it stays silent', async () => {
  const oneMinute = (id, title) => ({ id, title, minutes: 1, link: '', notes: '' });
  const { context, page, problems } = await openWithClock(planWithWorkshop([oneMinute('first', 'Lightning round'), oneMinute('second', 'One more')]));
  await page.keyboard.press('F5');
  let state = await presenterNow(page);
  assert.equal(state.muted, false);
  assert.ok(state.remainingMs <= 60000 && state.remainingMs > 30000, `one minute runs (${state.shown})`);
  assert.equal(await page.evaluate(() => window.growthplan.chimesPlayed()), 0);

  // While it runs it draws about once a second, not every frame (at 60 a second, 180 in 3 s);
  // first the frames every key press asks for (for 600 ms) are over.
  await timePasses(page, 1000);
  let frames = await page.evaluate(() => window.growthplan.framesRendered());
  await page.clock.runFor(3000);
  const drawn = (await page.evaluate(() => window.growthplan.framesRendered())) - frames;
  assert.ok(drawn >= 2 && drawn <= 8, `drew ${drawn} frames in 3 s`);

  await timePasses(page, 60000);
  await page.waitForFunction(() => window.growthplan.presenter().shown === 'Time is up', null, { polling: 20, timeout: 5000 });
  state = await presenterNow(page);
  assert.equal(state.remainingMs, 0);
  assert.equal(state.running, false);
  assert.equal(await page.evaluate(() => window.growthplan.chimesPlayed()), 1);
  // Over: no more frames for the countdown's sake.
  frames = await page.evaluate(() => window.growthplan.framesRendered());
  await page.clock.runFor(3000);
  assert.equal(await page.evaluate(() => window.growthplan.framesRendered()), frames, 'an ended countdown draws nothing');

  // Muted (and remembered), the next item ends in silence.
  await page.keyboard.press('m');
  assert.equal((await presenterNow(page)).muted, true);
  assert.equal(await page.evaluate(() => localStorage.getItem('growthplan.setting.chime')), 'off');
  await widget(page, 'Unmute chime');
  await page.keyboard.press('ArrowRight');
  state = await presenterNow(page);
  assert.equal(state.itemIndex, 1);
  assert.ok(state.remainingMs > 30000, `the next minute runs (${state.shown})`);
  await timePasses(page, 61000);
  await page.waitForFunction(() => window.growthplan.presenter().shown === 'Time is up', null, { polling: 20, timeout: 5000 });
  assert.equal(await page.evaluate(() => window.growthplan.chimesPlayed()), 1);
  assert.deepEqual(problems, []);
  await context.close();
});
