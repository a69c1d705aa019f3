// Works offline: after the first visit the service worker (sw.js) serves the app from its cache,
// the autosaved work comes back and Save works with no network. A new deployment is offered with
// a banner and taken only when the person clicks Reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, autosaved, idle, siteDir } from './harness.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const offlineReady = (page) => page.evaluate(() => window.growthplan.offlineReady());
const reloaded = async (page) => { await page.reload(); await page.evaluate(() => window.growthplan.ready); };

test('after the first visit the app opens with no network, with the autosaved work, and saves', async () => {
  const server = await startServer();
  const context = await newContext(browser);
  const workerRequests = [];
  context.on('request', (r) => { if (r.serviceWorker()) workerRequests.push(r.url()); });
  const { page, problems } = await openApp(context, server.url);
  const first = await offlineReady(page);
  assert.match(first.version, /^[0-9a-f]{16}$/);
  assert.equal(first.controlled, false, 'the page of the first visit stays as it was loaded (no clients.claim)');
  await typeInto(page, '##plan-title', 'Planned on the train');
  await autosaved(page);

  // No network: the browser is offline, and the site's server is gone as well.
  await context.setOffline(true);
  server.server.closeAllConnections();
  await server.close();
  await reloaded(page);
  const status = await offlineReady(page);
  assert.equal(status.controlled, true, 'the service worker serves the page');
  assert.equal(status.version, first.version);
  assert.equal((await documentJson(page)).plan.title, 'Planned on the train');
  // Every file of the site is in the cache, the sample plan (fetched on demand) included.
  const files = await page.evaluate(async () => {
    const out = {};
    for (const file of ['fonts/body.ttf', 'fonts/heading.ttf', 'sample-plan.json', 'manifest.webmanifest', 'icon.svg']) {
      out[file] = await fetch(file).then((r) => r.status, () => 'failed');
    }
    return out;
  });
  assert.deepEqual(Object.values(files).filter((s) => s !== 200), [], JSON.stringify(files));

  // The app works: edit again, then Save downloads the file.
  await typeInto(page, '##plan-title', 'Planned on the train, offline');
  await page.mouse.click(5, 700);
  await idle(page);
  const downloadPromise = page.waitForEvent('download');
  await click(page, 'File');
  await click(page, 'Save');
  const saved = JSON.parse(fs.readFileSync(await (await downloadPromise).path(), 'utf8'));
  assert.equal(saved.plan.title, 'Planned on the train, offline');
  assert.deepEqual(problems, []);
  // Privacy: the service worker asked for the site's own files only (and its own script).
  const cached = JSON.parse(fs.readFileSync(path.join(siteDir, 'sw.js'), 'utf8').match(/^const FILES = (\[.*\]);$/m)[1].replace(/'/g, '"'));
  const asked = [...new Set(workerRequests.map((u) => (u.startsWith(server.url) ? u.slice(server.url.length) : u)))].sort();
  assert.deepEqual(asked, [...cached, 'sw.js'].sort());
  await context.close();
});

test('a new deployment shows "A new version is ready" and the page reloads only when the person clicks Reload', async () => {
  // A copy of the site, so that it can be "deployed" again with a changed sw.js.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'growthplan-site-'));
  fs.cpSync(siteDir, dir, { recursive: true });
  const copy = await startServer(dir);
  try {
    const context = await newContext(browser);
    const { page, problems } = await openApp(context, copy.url);
    const first = await offlineReady(page);
    await reloaded(page);
    assert.equal((await offlineReady(page)).controlled, true);
    assert.equal(await page.locator('#update-banner').isVisible(), false, 'no banner without a new version');
    await page.evaluate(() => { window.sameDocument = true; });

    const next = '0123456789abcdef';
    assert.notEqual(next, first.version);
    const sw = path.join(dir, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(first.version, next));
    await page.evaluate(() => window.growthplan.checkForUpdate());
    await page.waitForFunction(() => window.growthplan.offline().updateReady);
    const banner = page.locator('#update-banner');
    assert.equal(await banner.isVisible(), true);
    assert.match(await banner.innerText(), /A new version is ready/);

    // The person keeps working; nothing reloads under them.
    await typeInto(page, '##plan-title', 'Typed while an update waits');
    await page.mouse.click(5, 700);  // click away: the field commits
    await idle(page);
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'the page did not reload by itself');
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r.waiting)), true);
    assert.equal((await page.evaluate(() => window.growthplan.offline())).version, first.version);

    // The keyboard reaches the banner: F6 to its button, Escape back to the app.
    await page.keyboard.press('F6');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'update-reload');
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');

    const loaded = page.waitForEvent('load');  // the page's load event: its scripts have run
    await page.click('#update-reload');
    await loaded;
    await page.evaluate(() => window.growthplan.ready);
    assert.equal(await page.evaluate(() => window.sameDocument), undefined, 'Reload reloaded the page');
    const now = await offlineReady(page);
    assert.equal(now.version, next);
    assert.equal(now.controlled, true);
    assert.equal(await banner.isVisible(), false);
    assert.equal((await documentJson(page)).plan.title, 'Typed while an update waits', 'the autosave was written before reloading');
    const caches = await page.evaluate(() => caches.keys());
    assert.deepEqual(caches.map((k) => k.split(':').pop()), [next], 'the old version\'s cache is deleted');
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await copy.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
