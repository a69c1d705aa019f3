// When this browser's storage is missing, blocked or full, the app says plainly that changes are
// not being kept and offers Save, until an autosave succeeds again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, widget, documentJson, told } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const NOT_KEPT = 'This browser is not keeping your changes';

// Storage breaks the way `failure` says until the test sets sessionStorage "storage-works" (which
// outlives a reload). Runs before the app's own script, in every page of the context.
function breakStorage(failure) {
  const works = () => sessionStorage.getItem('storage-works') === 'yes';
  const fail = (message, name) => { throw new DOMException(message, name); };
  if (failure === 'no-indexeddb') {
    const factory = window.indexedDB;
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => (works() ? factory : undefined) });
  }
  if (failure === 'open-throws') {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) {
      return works() ? open.apply(this, args) : fail('The user denied permission to access the database.', 'SecurityError');
    };
  }
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (!works() && failure === 'put-throws') fail('Internal error writing the database.', 'UnknownError');
    if (!works() && failure === 'quota') fail('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
  // As a full disk does: put() succeeds, the transaction aborts when it commits.
  const commit = IDBTransaction.prototype.commit;
  IDBTransaction.prototype.commit = function () {
    if (!works() && failure === 'write-aborts') this.abort();
    else commit.call(this);
  };
}

async function notices(page) { return page.evaluate(() => window.growthplan.notices()); }
async function waitForNotice(page, pattern, { gone = false } = {}) {
  await page.waitForFunction(({ source, gone }) => {
    const shown = window.growthplan.notices().some((n) => new RegExp(source).test(n.text));
    return gone ? !shown : shown;
  }, { source: pattern.source, gone }, { timeout: 10000 });
}

async function openWithBrokenStorage(failure) {
  const context = await newContext(browser);
  await context.addInitScript(breakStorage, failure);
  const { page, problems } = await openApp(context, server.url);
  return { context, page, problems };
}

// Storage works again: the next autosave (after the next change) succeeds and the banner goes.
async function storageRecovers(page) {
  await page.evaluate(() => sessionStorage.setItem('storage-works', 'yes'));
  await typeInto(page, '##plan-company', 'Northwind Analytics');
  await told(page, /This browser keeps your changes again/);
  await waitForNotice(page, new RegExp(NOT_KEPT), { gone: true });
}

for (const [failure, reason] of [['put-throws', 'storage is full or blocked'], ['quota', 'storage is full'], ['write-aborts', 'storage is full or blocked']]) {
  test(`when a write to browser storage fails (${failure}), a banner says changes are not kept and Save keeps them in a file`, async () => {
    const { context, page, problems } = await openWithBrokenStorage(failure);
    await typeInto(page, '##plan-title', 'Plan kept in a file');
    await waitForNotice(page, new RegExp(NOT_KEPT));
    const banner = (await notices(page)).find((n) => n.text.startsWith(NOT_KEPT));
    assert.equal(banner.text, `${NOT_KEPT} (${reason}). Save the plan to a file to keep your work.`);
    assert.equal(banner.kind, 'error');

    // The banner's Save is the app's Save: a download holding the plan; the banner stays.
    const download = page.waitForEvent('download');
    await click(page, '##storage-save');
    const saved = JSON.parse(fs.readFileSync(await (await download).path(), 'utf8'));
    assert.equal(saved.plan.title, 'Plan kept in a file');
    await told(page, /^Saved to /);
    assert.ok((await notices(page)).some((n) => n.text.startsWith(NOT_KEPT)), 'the banner stays while storage fails');
    await widget(page, '##storage-save');

    await storageRecovers(page);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const failure of ['no-indexeddb', 'open-throws']) {
  test(`when browser storage is unavailable at start (${failure}), the banner shows at once and goes once storage works`, async () => {
    const { context, page, problems } = await openWithBrokenStorage(failure);
    await waitForNotice(page, new RegExp(NOT_KEPT));  // before any change
    const banner = (await notices(page)).find((n) => n.text.startsWith(NOT_KEPT));
    assert.equal(banner.text, `${NOT_KEPT} (storage is blocked or turned off). Save the plan to a file to keep your work.`);
    await widget(page, '##storage-save');

    await storageRecovers(page);
    // What was typed is now in storage: a reload brings it back.
    await page.reload();
    await page.evaluate(() => window.growthplan.ready);
    assert.equal((await documentJson(page)).plan.company, 'Northwind Analytics');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
