// Two people edit copies of one plan on two laptops (two browser contexts), then one merges the
// other's saved file: one-sided changes combine, a field both changed is a conflict settled in
// the Conflicts view, and nothing is lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle, tempFile, sampleFile, told } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// Where two plans differ, as "path: before -> after" lines (a failed comparison of two 180 KB
// texts shows only their common beginning).
function differences(before, after, at = '', found = []) {
  if (JSON.stringify(before) === JSON.stringify(after)) return found;
  if (before && after && typeof before === 'object' && typeof after === 'object') {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) differences(before[key], after[key], `${at}/${key}`, found);
  } else {
    found.push(`${at}: ${JSON.stringify(before)?.slice(0, 300)} -> ${JSON.stringify(after)?.slice(0, 300)}`);
  }
  return found;
}

async function openSample(page) {
  const result = await page.evaluate((text) => window.growthplan.openJson(text, 'plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  assert.ok(result.ok, result.error);
}

async function saveDownload(page) {
  const download = page.waitForEvent('download');
  await click(page, 'File');
  await click(page, 'Save');
  return fs.readFileSync(await (await download).path(), 'utf8');
}

async function mergeFile(page, file) {
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'File');
  await click(page, 'Merge a colleague\'s copy…');
  await (await chooser).setFiles(file);
  await idle(page);
}

test('a colleague\'s copy merges in, and a conflict is settled through the UI', async () => {
  const sample = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));

  // Sales, on their laptop: a new title and a new company name; saves the file.
  const salesContext = await newContext(browser);
  const { page: sales } = await openApp(salesContext, server.url);
  await openSample(sales);
  await typeInto(sales, '##plan-title', 'Sales title');
  await typeInto(sales, '##plan-company', 'Northwind Analytics GmbH');
  const salesFile = tempFile('sales-copy.json', await saveDownload(sales));
  assert.ok(JSON.parse(fs.readFileSync(salesFile, 'utf8')).sync, 'a saved copy carries what merging needs');

  // Marketing, on theirs: the same title changed differently, and a currency change.
  const marketingContext = await newContext(browser);
  const { page: marketing, problems } = await openApp(marketingContext, server.url);
  await openSample(marketing);
  await typeInto(marketing, '##plan-title', 'Marketing title');
  await typeInto(marketing, '##plan-currency', 'USD');
  await mergeFile(marketing, salesFile);

  let doc = await documentJson(marketing);
  assert.equal(doc.plan.company, 'Northwind Analytics GmbH', 'sales\'s one-sided change arrived');
  assert.equal(doc.plan.currency, 'USD', 'marketing\'s own change stayed');
  assert.equal(doc.conflicts.length, 1);
  assert.equal(doc.conflicts[0].path, 'plan/title');
  const values = doc.conflicts[0].options.map((o) => o.value).sort();
  assert.deepEqual(values, ['Marketing title', 'Sales title']);
  await told(marketing, /Merged sales-copy\.json: (\d+ changes? taken, )?1 conflict to settle/);

  // The Conflicts view shows both; marketing keeps sales's title.
  const salesIndex = doc.conflicts[0].options.findIndex((o) => o.value === 'Sales title');
  await click(marketing, `##conflict-0-${salesIndex}`);
  doc = await documentJson(marketing);
  assert.equal(doc.plan.title, 'Sales title');
  assert.equal(doc.conflicts, undefined, 'no conflicts left in the file');
  assert.equal(doc.plan.currency, 'USD');

  // Merging the same copy again changes nothing.
  const settled = JSON.stringify(doc);
  await mergeFile(marketing, salesFile);
  const again = await documentJson(marketing);
  assert.deepEqual(differences(JSON.parse(settled), again), []);
  assert.equal(JSON.stringify(again), settled);

  // Undo takes back the resolution (one step), redo brings it back.
  await marketing.keyboard.press('Control+Z');
  await idle(marketing);
  assert.equal((await documentJson(marketing)).conflicts.length, 1);
  await marketing.keyboard.press('Control+Y');
  await idle(marketing);
  const redone = await documentJson(marketing);
  assert.equal(redone.plan.title, 'Sales title');
  // Undo and redo are new writes of this tab: its counter goes on, never back to a used one, and
  // no other copy's counter moves.
  const before = JSON.parse(settled).sync.clock;
  const after = redone.sync.clock;
  const grown = Object.keys(after).filter((replica) => after[replica] > (before[replica] || 0));
  assert.equal(grown.length, 1, `only this tab wrote: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
  for (const replica of Object.keys(before)) assert.ok(after[replica] >= before[replica], 'write counters never go back');

  // A copy of another plan is refused with a clear message, and the plan is untouched.
  const untouched = JSON.stringify(await documentJson(marketing));
  const other = { ...sample, plan: { ...sample.plan, id: 'someoneelsesplan' } };
  await mergeFile(marketing, tempFile('other.json', JSON.stringify(other, null, 2)));
  const errors = await marketing.evaluate(() => window.growthplan.notices().filter((n) => n.kind === 'error').map((n) => n.text));
  assert.ok(errors.some((t) => t.includes('is a different plan')), JSON.stringify(errors));
  assert.equal(JSON.stringify(await documentJson(marketing)), untouched);

  // Or neither value: undo the resolution and write a title that combines both.
  await marketing.keyboard.press('Control+Z');
  await idle(marketing);
  assert.equal((await documentJson(marketing)).conflicts.length, 1);
  await typeInto(marketing, '##conflict-edit-0', 'Joint title');
  await click(marketing, '##conflict-keep-edit-0');
  doc = await documentJson(marketing);
  assert.equal(doc.plan.title, 'Joint title');
  assert.equal(doc.conflicts, undefined);
  assert.deepEqual(problems, []);
  await salesContext.close();
  await marketingContext.close();
});
