// A person names the plan, adds a glossary term, saves, and the saved file holds both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle, widget, scrollTo } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a person types a plan title and adds a glossary term, and Save downloads a file holding them', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);

  await typeInto(page, '##plan-title', 'Joint Growth Plan 2027 — Ünïcode');
  await click(page, 'Glossary');
  await click(page, 'Add term');
  await typeInto(page, '##term-name', 'Marketing qualified lead');
  await scrollTo(page, '##term-definition', { x: 1000 });
  await typeInto(page, '##term-definition', 'A lead that fits our ICP and asked to talk to sales.');
  await page.mouse.click(5, 700);  // click away: the field commits
  await idle(page);

  const doc = await documentJson(page);
  assert.equal(doc.plan.title, 'Joint Growth Plan 2027 — Ünïcode');
  assert.equal(doc.glossary.length, 1);
  assert.equal(doc.glossary[0].name, 'Marketing qualified lead');
  assert.match(await page.title(), /Joint Growth Plan 2027/);
  assert.match(await page.title(), /•/, 'the title shows unsaved changes');

  const downloadPromise = page.waitForEvent('download');
  await click(page, 'File');
  await click(page, 'Save');
  const download = await downloadPromise;
  assert.match(download.suggestedFilename(), /\.json$/);
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(saved.format, 'growth-plan');
  assert.equal(saved.plan.title, 'Joint Growth Plan 2027 — Ünïcode');
  assert.deepEqual(saved.glossary.map((t) => [t.name, t.definition]),
    [['Marketing qualified lead', 'A lead that fits our ICP and asked to talk to sales.']]);
  await idle(page);
  assert.doesNotMatch(await page.title(), /•/, 'saving clears the unsaved mark');

  // Ctrl+S saves too.
  await typeInto(page, '##term-name', 'MQL');
  const second = page.waitForEvent('download');
  await page.keyboard.press('Control+S');
  const again = JSON.parse(fs.readFileSync(await (await second).path(), 'utf8'));
  assert.equal(again.glossary[0].name, 'MQL');
  assert.deepEqual(problems, []);
  await context.close();
});

test('clicking a field and at once pressing Ctrl+A and typing replaces its text, every time', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  for (let i = 1; i <= 5; i++) {
    const field = await widget(page, '##plan-title');
    // No wait: the field gets the keyboard while Ctrl is held.
    await page.mouse.click(field.x + 40, field.y + field.height / 2);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`Title number ${i}`);
    await page.mouse.click(5, 700);
    await idle(page);
    assert.equal((await documentJson(page)).plan.title, `Title number ${i}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
