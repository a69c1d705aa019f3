// Work survives a reload (crash recovery) without the person saving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, autosaved, idle, sampleFile } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('reloading the page brings back the title and term typed a moment before', async () => {
  const context = await newContext(browser);
  const { page } = await openApp(context, server.url);
  await typeInto(page, '##plan-title', 'Autosaved plan');
  await click(page, 'Glossary');
  await click(page, 'Add term');
  await typeInto(page, '##term-name', 'Sales accepted lead');
  await autosaved(page);  // the timer is well under a second; no Save was needed

  await page.reload();
  await page.evaluate(() => window.growthplan.ready);
  const doc = await documentJson(page);
  assert.equal(doc.plan.title, 'Autosaved plan');
  assert.deepEqual(doc.glossary.map((t) => t.name), ['Sales accepted lead']);
  assert.match(await page.title(), /•/, 'restored work still shows as unsaved');
  await context.close();
});

test('an unreadable autosave (here one of an earlier version) is kept in the library as damaged, never overwritten, and the person is told', async () => {
  const context = await newContext(browser);
  const { page } = await openApp(context, server.url);
  const broken = '{"format": "growth-plan", broken';
  await page.evaluate((json) => new Promise((resolve, reject) => {
    const open = indexedDB.open('growthplan', 1);
    open.onsuccess = () => {
      const tx = open.result.transaction('kv', 'readwrite');
      tx.objectStore('kv').put({ json, fileName: 'x.json', unsaved: true }, 'autosave');
      tx.oncomplete = resolve; tx.onerror = reject;
    };
  }), broken);
  await page.reload();
  await page.evaluate(() => window.growthplan.ready);
  const notices = await page.evaluate(() => window.growthplan.notices());
  assert.ok(notices.some((n) => /autosaved plan could not be restored.*kept in the Library, listed as damaged/.test(n.text)), JSON.stringify(notices));
  // A change to the new plan goes into an entry of its own.
  await typeInto(page, '##plan-title', 'A fresh start');
  await autosaved(page);
  const listing = await page.evaluate(() => window.growthplan.library());
  const damaged = listing.entries.filter((e) => e.problem);
  assert.equal(damaged.length, 1, JSON.stringify(listing.entries));
  assert.notEqual(damaged[0].key, listing.current);
  const kept = await page.evaluate((key) => new Promise((resolve) => {
    const open = indexedDB.open('growthplan', 1);
    open.onsuccess = () => {
      const request = open.result.transaction('kv').objectStore('kv').get(key);
      request.onsuccess = () => resolve(request.result);
    };
  }), damaged[0].key);
  assert.equal(kept.json, broken, 'the unreadable text is kept as it was');
  assert.equal(listing.entries.find((e) => e.key === listing.current).title, 'A fresh start');
  await context.close();
});

// A big plan's autosave is copied out of the app a slice (1 MB) per task: the slices must join
// into the whole plan, also when the page has to finish the copy at once (another plan opens).
test('a plan of several megabytes comes back whole after a reload, also when another plan opens mid-copy', async () => {
  const plan = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  const template = plan.glossary[0];
  for (let i = 0; i < 3000; i++) {
    plan.glossary.push({ ...template, id: `big${i}`, name: `Term ${i} — ünïcödé ${'✓'.repeat(i % 5)}`, aliases: [`alias-${i}`],
      definition: `What term ${i} means to both teams, long enough to fill a megabyte or three. `.repeat(8), relatedTermIds: [] });
  }
  const text = JSON.stringify(plan);
  assert.ok(new TextEncoder().encode(text).length > 2.5 * 1024 * 1024, 'the plan takes several slices');
  const context = await newContext(browser);
  const { page } = await openApp(context, server.url);
  const opened = await page.evaluate((t) => window.growthplan.openJson(t, 'big-plan.json'), text);
  assert.ok(opened.ok, opened.error);
  await typeInto(page, '##plan-title', 'Big plan, edited');
  await autosaved(page);
  const before = await page.evaluate(() => window.growthplan.documentJson());

  await page.reload();
  await page.evaluate(() => window.growthplan.ready);
  await idle(page);
  assert.equal(await page.evaluate(() => window.growthplan.documentJson()), before, 'the restored plan is byte for byte the one autosaved');

  // An edit, its autosave started and at once another plan opened: the copy under way is finished
  // in the same task, and the big plan keeps the edit in the library.
  await typeInto(page, '##plan-title', 'Big plan, edited twice');
  const reopened = await page.evaluate((sample) => {
    Module.gp.flushAutosave();  // the autosave starts now; its copy goes on over the next tasks
    return window.growthplan.openJson(sample, 'sample-plan.json');
  }, fs.readFileSync(sampleFile, 'utf8'));
  assert.ok(reopened.ok, reopened.error);
  await autosaved(page);
  assert.equal((await documentJson(page)).plan.title, JSON.parse(fs.readFileSync(sampleFile, 'utf8')).plan.title);
  const listing = await page.evaluate(() => window.growthplan.library());
  const big = listing.entries.find((e) => e.title === 'Big plan, edited twice');
  assert.ok(big, JSON.stringify(listing.entries.map((e) => e.title)));
  assert.ok(big.bytes > 2.5 * 1024 * 1024);
  await context.close();
});
