// The library: every plan this browser keeps, each with its own autosave. Plans are started,
// opened from files, switched between, renamed, duplicated, deleted to the trash and restored,
// and all of them are there after a reload; what is not a readable plan is listed, never dropped.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle, autosaved, told, until,
  openView, widget, isShown, scrollTo, sampleFile } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const library = (page) => page.evaluate(() => window.growthplan.library());
const titles = (listing, trashed = false) => listing.entries.filter((e) => !e.problem && !!e.deletedAt === trashed)
  .map((e) => e.title).sort();
const sample = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));

async function pickFile(page, file) {
  const chooser = page.waitForEvent('filechooser');
  await click(page, '##library-open-file');
  await (await chooser).setFiles(file);
  await idle(page);
}

// Scrolls the Library until the button shows clear of the toasts at the bottom (which say what
// the last click did), then clicks it, as a person would.
async function clickShown(page, label) {
  await scrollTo(page, label, { bottomMargin: 180 });
  await click(page, label);
}

// The Library sorted by title, so each plan's buttons have a known index.
async function libraryByTitle(page) {
  await openView(page, 'Library');
  await page.mouse.move(760, 480);
  await page.mouse.wheel(0, -5000);  // back to the top, where the sort is
  await idle(page);
  await click(page, 'Title##library-sort-1');
}

test('three plans: switch between them, rename, duplicate, delete and restore one, reload: all are there', async () => {
  const context = await newContext(browser);
  // Counts the app's requests for persistent storage (the browser's answer is its own).
  await context.addInitScript(() => {
    const persist = navigator.storage.persist.bind(navigator.storage);
    window.persistRequests = 0;
    navigator.storage.persist = () => { window.persistRequests += 1; return persist(); };
  });
  const { page, problems } = await openApp(context, server.url);
  assert.equal(await page.evaluate(() => window.persistRequests), 0, 'nothing is asked before a plan is kept');
  await typeInto(page, '##plan-title', 'Alpha plan');
  await autosaved(page);
  assert.equal(await page.evaluate(() => window.persistRequests), 1, 'the first plan kept asks the browser to keep the storage');

  // A new plan from the Library: the first one is kept, and the person is told where.
  await openView(page, 'Library');
  await click(page, '##library-new');
  await told(page, /Your previous plan, “Alpha plan”, stays in the Library/);
  await openView(page, 'Plan overview');
  await typeInto(page, '##plan-title', 'Beta plan');
  // Typed and at once replaced by a file: the typing is kept all the same (no waiting for the autosave).
  await openView(page, 'Library');
  await pickFile(page, sampleFile);
  await told(page, /Your previous plan, “Beta plan”, stays in the Library/);
  assert.equal((await documentJson(page)).plan.title, sample.plan.title);
  await autosaved(page);
  let listing = await library(page);
  assert.deepEqual(titles(listing), ['Alpha plan', 'Beta plan', sample.plan.title].sort());
  assert.equal(listing.entries.find((e) => e.key === listing.current).title, sample.plan.title);

  // The cards, sorted by title: Alpha, Beta, the sample (open now).
  await libraryByTitle(page);
  await widget(page, 'Alpha plan##library-plan-0');
  await widget(page, `${sample.plan.title}, open now##library-plan-2`);
  // Switch to Alpha, change it, switch to the sample and back: each plan keeps its own changes.
  await clickShown(page, '##library-open-0');
  assert.equal((await documentJson(page)).plan.title, 'Alpha plan');
  await openView(page, 'Plan overview');
  await typeInto(page, '##plan-company', 'Alpha GmbH');
  await libraryByTitle(page);
  await clickShown(page, '##library-open-2');
  assert.equal((await documentJson(page)).plan.title, sample.plan.title);
  await clickShown(page, '##library-open-0');
  const alpha = await documentJson(page);
  assert.equal(alpha.plan.company, 'Alpha GmbH', 'the change made before switching away is kept');

  // Rename the open plan (an edit of its own, undoable) and Beta (not open).
  await clickShown(page, '##library-rename-0');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Alpha plan 2027');
  await page.keyboard.press('Enter');
  await idle(page);
  assert.equal((await documentJson(page)).plan.title, 'Alpha plan 2027');
  await clickShown(page, '##library-rename-1');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Beta plan EMEA');
  await page.keyboard.press('Enter');
  await widget(page, 'Beta plan EMEA##library-plan-1');
  // Duplicate Beta: a fourth plan, its copy.
  await clickShown(page, '##library-duplicate-1');
  await widget(page, 'Beta plan EMEA (copy)##library-plan-2');

  // Delete the copy: it goes to the trash and can be restored; delete it for good from there.
  await clickShown(page, '##library-delete-2');
  await told(page, /Moved “Beta plan EMEA \(copy\)” to the trash/);
  await widget(page, 'In the trash: Beta plan EMEA (copy)##library-trashed-0');
  await autosaved(page);
  listing = await library(page);
  assert.deepEqual(titles(listing, true), ['Beta plan EMEA (copy)']);
  assert.ok(listing.entries.find((e) => e.deletedAt).deletedAt.startsWith(new Date().toISOString().slice(0, 4)));
  await clickShown(page, '##library-restore-0');
  await widget(page, 'Beta plan EMEA (copy)##library-plan-2');
  await clickShown(page, '##library-delete-2');
  await widget(page, 'In the trash: Beta plan EMEA (copy)##library-trashed-0');
  await clickShown(page, '##library-purge-0');
  await until(page, async () => (await library(page)).entries.length === 3, 'the copy to be gone for good');

  // Delete Beta and restore it after a reload: the trash is kept in the browser, not the page.
  await clickShown(page, '##library-delete-1');
  await widget(page, 'In the trash: Beta plan EMEA##library-trashed-0');
  await autosaved(page);
  await page.reload();
  await page.evaluate(() => window.growthplan.ready);
  assert.equal((await documentJson(page)).plan.title, 'Alpha plan 2027', 'the tab reopens the plan it had');
  assert.equal(await page.evaluate(() => window.persistRequests), 0, 'asked once per browser, not once per page');
  await libraryByTitle(page);
  await clickShown(page, '##library-restore-0');
  await widget(page, 'Beta plan EMEA##library-plan-1');
  listing = await library(page);
  assert.deepEqual(titles(listing), ['Alpha plan 2027', 'Beta plan EMEA', sample.plan.title].sort());
  assert.deepEqual(titles(listing, true), []);
  const beta = listing.entries.find((e) => e.title === 'Beta plan EMEA');
  assert.equal(beta.changedBy, 'Test Person', 'the library says who changed it last');
  assert.ok(beta.bytes > 1000, `size ${beta.bytes}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('search narrows the list; an entry that is not a readable plan is listed as damaged and can be downloaded', async () => {
  const context = await newContext(browser, { acceptDownloads: true });
  const { page, problems } = await openApp(context, server.url);
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('growthplan', 1);
    open.onsuccess = () => {
      const tx = open.result.transaction('kv', 'readwrite');
      const store = tx.objectStore('kv');
      store.put({ json: '{"format": "growth-plan", "plan": {"title": "Half a plan"', fileName: 'half.json', savedAt: '2020-01-01T00:00:00Z' }, 'plan:half');
      store.put({ something: 'else' }, 'another-apps-key');
      store.put({ json: '{}', facts: { title: 'Searchable Gamma', company: 'Gamma AG' }, savedAt: '2020-01-01T00:00:00Z' }, 'plan:gamma');
      tx.oncomplete = resolve; tx.onerror = reject;
    };
  }));
  await openView(page, 'Library');
  await widget(page, 'Could not be read: another-apps-key##library-damaged-0');
  await widget(page, 'Searchable Gamma##library-plan-1');
  // The half-written plan is listed as a plan until it fails to open; then it is damaged, and the
  // open plan is untouched.
  await click(page, 'Title##library-sort-1');
  const mine = await documentJson(page);
  await clickShown(page, '##library-open-0');  // the half-written plan: no title was read, so it sorts first
  await idle(page);
  assert.equal((await documentJson(page)).plan.id, mine.plan.id, 'a failed open leaves the open plan alone');
  await told(page, /This plan could not be opened .* listed as damaged/);
  await click(page, 'Title##library-sort-1');
  const damaged = (await library(page)).entries.filter((e) => e.problem).map((e) => e.key).sort();
  assert.equal(damaged.length, 2, JSON.stringify(damaged));

  // Search: one word of the company finds Gamma, a word nowhere finds nothing.
  await typeInto(page, '##library-search', 'gamma');
  await widget(page, 'Searchable Gamma##library-plan-0');
  await typeInto(page, '##library-search', 'nowhere');
  assert.equal(await isShown(page, 'Searchable Gamma##library-plan-0'), false);

  const download = page.waitForEvent('download');
  await clickShown(page, '##library-download-raw-0');
  const file = await download;
  const text = fs.readFileSync(await file.path(), 'utf8');
  assert.deepEqual(JSON.parse(text), { something: 'else' });
  assert.deepEqual(problems, []);
  await context.close();
});
