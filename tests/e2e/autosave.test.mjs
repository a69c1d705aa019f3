// Work survives a reload (crash recovery) without the person saving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, autosaved } from './harness.mjs';

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
