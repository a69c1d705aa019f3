// The app's code comes in two parts (issue 14): app.wasm draws the first frame alone, and
// app.deferred.wasm, the rest, is fetched after it. A click before the rest has arrived still works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, newContext, openApp, idle, autosaved, openView, isShown, sampleFile, typeInto, documentJson, siteDir } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const stale = 'start-up ran code that src/platform/web/first-frame-functions.txt does not list: ' +
  'after a web build, run node scripts/first-frame-functions.mjs';

// When each part was asked for, against the first drawn frame (ms since navigation).
async function fetchTimes(page) {
  return page.evaluate(() => {
    const started = (name) => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/' + name)).map((r) => r.startTime);
    return { firstFrame: window.growthplan.startupMs, app: started('app.wasm'), rest: started('app.deferred.wasm') };
  });
}

// Clicks a widget as soon as it is drawn: harness.click() waits for an idle app, and the app is
// not idle while the rest of its code loads.
async function clickWhileLoading(page, label) {
  const rect = await page.waitForFunction((l) => {
    const r = window.growthplan.widgetRect(l);
    return r && r.width > 0 ? r : null;
  }, label).then((handle) => handle.jsonValue());
  await page.mouse.click(rect.x + Math.min(rect.width / 2, 40), rect.y + rect.height / 2);
}

test('a first visit draws the app from app.wasm alone; the rest arrives after the first frame', { timeout: 60000 }, async () => {
  // No service worker: every visit starts as a first one.
  const context = await newContext(browser, { serviceWorkers: 'block' });
  const { page, problems } = await openApp(context, server.url);
  await idle(page);  // waits for the rest too
  const part = await page.evaluate(() => window.growthplan.deferredPart());
  assert.equal(part.state, 'joined');
  assert.notEqual(part.how, 'for the first frame', stale);
  const times = await fetchTimes(page);
  assert.equal(times.app.length, 1);
  assert.ok(times.app[0] < times.firstFrame);
  // Fetched after the first frame (and again, synchronously, only if a later frame needed it first).
  assert.ok(times.rest.length >= 1, 'the rest is fetched');
  for (const at of times.rest) assert.ok(at >= times.firstFrame, `the rest was asked for at ${at} ms, before the first frame at ${times.firstFrame} ms`);

  // Code from the rest runs: the Review view is in it.
  await openView(page, 'Review');
  assert.ok(await isShown(page, '##show-awaiting-marketing'), 'the Review view is drawn');
  assert.deepEqual(problems, []);

  // A returning person, with a plan kept in this browser, starts the same way.
  await page.evaluate((text) => window.growthplan.openJson(text, 'plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  await autosaved(page);
  await page.close();
  const again = await openApp(context, server.url);
  await idle(again.page);
  const partAgain = await again.page.evaluate(() => window.growthplan.deferredPart());
  assert.equal(partAgain.state, 'joined');
  assert.notEqual(partAgain.how, 'for the first frame', stale);
  assert.deepEqual(again.problems, []);
  await context.close();
});

// The sizes of a wasm module's function bodies, from its code section.
function functionSizes(file) {
  const bytes = fs.readFileSync(file);
  let at = 8;  // after the magic number and version
  const leb = () => { let value = 0, shift = 0, byte; do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80); return value; };
  const sizes = [];
  while (at < bytes.length) {
    const id = bytes[at++];
    const end = leb() + at;
    if (id === 10) for (let count = leb(), i = 0; i < count; ++i) { const size = leb(); sizes.push(size); at += size; }
    at = end;
  }
  return sizes;
}

test('no function that start-up runs is a giant: the browser compiles each one whole before it first runs', () => {
  // The browser's first compile of a function takes longer per byte the bigger the function is.
  // Binaryen once inlined every function with one caller, however big, and the frame became one
  // 48 KB function, menus and all (cmake/web.cmake keeps big ones apart). ImGui::Begin, at about
  // 10 KB, is the largest now.
  const sizes = functionSizes(path.join(siteDir, 'app.wasm'));
  assert.ok(sizes.length > 1000, `app.wasm has ${sizes.length} functions`);
  const largest = Math.max(...sizes);
  assert.ok(largest <= 14 * 1024, `app.wasm's largest function is ${(largest / 1024).toFixed(1)} KB (at most 14 KB)`);
});

test('once the rest has joined, the glossary search runs once on terms of its own while the page rests', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  await typeInto(page, '##plan-title', 'Warm-up leaves this plan alone');
  await idle(page);
  const planBefore = await documentJson(page);
  await page.waitForFunction(() => window.growthplan.deferredPart().warm, null, { timeout: 15000 });
  assert.deepEqual(await documentJson(page), planBefore);
  assert.equal(planBefore.plan.title, 'Warm-up leaves this plan alone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a click before the rest of the app has arrived fetches it at once, and the click works', { timeout: 60000 }, async () => {
  // No service worker: the page's own requests are the ones held here.
  const context = await newContext(browser, { serviceWorkers: 'block' });
  let held = null;
  let requests = 0;
  await context.route('**/app.deferred.wasm', (route) => {
    requests += 1;
    // The fetch after the first frame is held, as on a slow network; the click's synchronous
    // request is answered (and so is one for the first frame, which the other test would fail).
    if (!held && route.request().resourceType() === 'fetch') held = route;
    else route.continue();
  });
  const { page, problems } = await openApp(context, server.url);
  await clickWhileLoading(page, 'Review');
  await page.waitForFunction(() => window.growthplan.deferredPart().state === 'joined');
  assert.equal((await page.evaluate(() => window.growthplan.deferredPart())).how, 'on demand');
  assert.equal(requests, 2);

  await held.continue();  // the late answer changes nothing: the rest is joined once
  await idle(page);
  assert.ok(await isShown(page, '##show-awaiting-marketing'), 'the Review view is drawn');
  assert.equal(await page.isVisible('#fatal'), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page the service worker serves joins the rest before it starts', { timeout: 60000 }, async () => {
  const context = await newContext(browser);
  const first = await openApp(context, server.url);
  await first.page.evaluate(() => window.growthplan.offlineReady());
  await idle(first.page);
  await first.page.close();

  const { page, problems } = await openApp(context, server.url);
  assert.equal((await page.evaluate(() => window.growthplan.offlineReady())).controlled, true);
  const part = await page.evaluate(() => window.growthplan.deferredPart());
  assert.equal(part.state, 'joined', 'joined by the first frame');
  assert.equal(part.how, 'before start-up');
  await openView(page, 'Review');
  assert.ok(await isShown(page, '##show-awaiting-marketing'), 'the Review view is drawn');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a click that needs the rest with no network to fetch it says so, with a Reload button', { timeout: 60000 }, async () => {
  const context = await newContext(browser, { serviceWorkers: 'block' });
  let held = null;
  await context.route('**/app.deferred.wasm', (route) => {
    if (!held && route.request().resourceType() === 'fetch') held = route;
    else route.abort('internetdisconnected');
  });
  const { page } = await openApp(context, server.url);
  await clickWhileLoading(page, 'Review');
  await page.locator('#fatal').waitFor({ state: 'visible' });
  assert.match(await page.locator('#fatal-message').textContent(), /Part of the app could not be downloaded: check the connection and reload the page/);
  assert.ok(await page.locator('#fatal-reload').isVisible());
  const card = await page.locator('#fatal').textContent();
  assert.equal(card.split('Your work up to the last autosave is kept in this browser').length - 1, 1, card);
  await page.screenshot({ path: new URL('./artifacts/deferred-no-network.png', import.meta.url).pathname });
  await held.continue();
  await context.close();
});
