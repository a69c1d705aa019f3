// A person opens plan files: a good one replaces the plan; a malformed one is explained and
// leaves the open plan (and its autosave) untouched, whether picked, dropped or scripted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle, autosaved, told, tempFile, sampleFile } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function pickFile(page, file) {
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'File');
  await click(page, 'Open…');
  await (await chooser).setFiles(file);
  await idle(page);
}

async function dropFile(page, name, contents) {
  await page.evaluate(({ name, contents }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([contents], name, { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, { name, contents });
  await idle(page);
}

const errors = (page) => page.evaluate(() => window.growthplan.notices().filter((n) => n.kind === 'error').map((n) => n.text));

test('opening a malformed file through File > Open shows where it is wrong and keeps the plan', async () => {
  const context = await newContext(browser);
  const { page } = await openApp(context, server.url);
  await typeInto(page, '##plan-title', 'My precious plan');
  await autosaved(page);
  const before = await documentJson(page);

  await pickFile(page, tempFile('broken.json', '{\n  "format": "growth-plan",\n  "schemaVersion": 1,\n  oops\n}\n'));
  const shown = await errors(page);
  assert.ok(shown.some((t) => t.includes('broken.json') && t.includes('line 4, column 3')), JSON.stringify(shown));
  assert.deepEqual(await documentJson(page), before);

  // A wrong type deep inside reports the field path.
  const sample = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  sample.glossary[1].status = 'maybe';
  await dropFile(page, 'typo.json', JSON.stringify(sample));
  const dropped = await errors(page);
  assert.ok(dropped.some((t) => t.includes('glossary[1].status: expected one of proposed, discussing, agreed, deprecated')), JSON.stringify(dropped));
  assert.deepEqual(await documentJson(page), before);

  // The scripted interface reports the same and changes nothing either.
  const result = await page.evaluate(() => window.growthplan.openJson('[1, 2'));
  assert.equal(result.ok, false);
  assert.match(result.error, /line 1, column \d+/);
  assert.deepEqual(await documentJson(page), before);

  // ...and after a reload the autosave still holds the plan, not the broken files.
  await page.reload();
  await page.evaluate(() => window.growthplan.ready);
  assert.equal((await documentJson(page)).plan.title, 'My precious plan');
  await context.close();
});

test('opening the sample plan over unsaved work keeps that work in the library, and says so', async () => {
  const context = await newContext(browser);
  const { page } = await openApp(context, server.url);
  await typeInto(page, '##plan-title', 'Unsaved thoughts');
  await pickFile(page, sampleFile);
  const sample = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  assert.equal((await documentJson(page)).plan.title, sample.plan.title);
  await told(page, /Opened sample-plan\.json\. Your previous plan, “Unsaved thoughts”, stays in the Library/);
  await autosaved(page);
  const listing = await page.evaluate(() => window.growthplan.library());
  assert.deepEqual(listing.entries.map((e) => e.title).sort(), [sample.plan.title, 'Unsaved thoughts'].sort());
  await context.close();
});
