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

test('an unreadable autosave is kept aside, never overwritten, and the person is told', async () => {
  const context = await newContext(browser);
  const { page } = await openApp(context, server.url);
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('growthplan', 1);
    open.onsuccess = () => {
      const tx = open.result.transaction('kv', 'readwrite');
      tx.objectStore('kv').put({ json: '{"format": "growth-plan", broken', fileName: 'x.json', unsaved: true }, 'autosave');
      tx.oncomplete = resolve; tx.onerror = reject;
    };
  }));
  await page.reload();
  await page.evaluate(() => window.growthplan.ready);
  const notices = await page.evaluate(() => window.growthplan.notices());
  assert.ok(notices.some((n) => /autosaved plan could not be restored/.test(n.text)), JSON.stringify(notices));
  const kept = await page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('growthplan', 1);
    open.onsuccess = () => {
      const request = open.result.transaction('kv').objectStore('kv').getAllKeys();
      request.onsuccess = () => resolve(request.result);
    };
  }));
  assert.ok(kept.some((k) => String(k).startsWith('autosave-unreadable-')), JSON.stringify(kept));
  await context.close();
});
