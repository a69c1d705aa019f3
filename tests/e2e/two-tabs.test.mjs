// Two tabs of the app in one browser share one autosave: a change in one shows up in the other,
// neither overwrites the other's work, and a different plan in the other tab is warned about.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, typeInto, documentJson, settle, sampleFile } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function waitFor(page, predicate, what, timeout = 6000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const doc = await documentJson(page);
    if (predicate(doc)) return doc;
    if (Date.now() > deadline) throw new Error(`${what}: ${JSON.stringify(doc.plan)}`);
    await page.mouse.move(3, 3);
    await page.waitForTimeout(150);
  }
}

test('two tabs of one browser stay consistent and keep both tabs\' changes', async () => {
  const context = await newContext(browser);
  const { page: first, problems } = await openApp(context, server.url);
  const opened = await first.evaluate((text) => window.growthplan.openJson(text, 'plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  assert.ok(opened.ok);
  await settle(first, 800);  // autosaved

  const { page: second } = await openApp(context, server.url);
  assert.equal((await documentJson(second)).plan.title, 'FY2027 Joint Growth Plan', 'the second tab starts from the autosave');

  // Only the tab in front draws frames (browsers pause hidden tabs), as for a person.
  await first.bringToFront();
  await typeInto(first, '##plan-title', 'Typed in the first tab');
  await first.mouse.click(5, 400);  // leave the field
  await waitFor(second, (d) => d.plan.title === 'Typed in the first tab', 'the first tab\'s change reaches the second');

  await second.bringToFront();
  await typeInto(second, '##plan-company', 'Typed in the second tab');
  await second.mouse.click(5, 400);
  const both = await waitFor(first, (d) => d.plan.company === 'Typed in the second tab', 'the second tab\'s change reaches the first');
  assert.equal(both.plan.title, 'Typed in the first tab', 'and the first tab kept its own');

  // After a reload, the autosave holds both tabs' changes.
  await first.bringToFront();
  await settle(first, 1000);
  await first.reload();
  await first.evaluate(() => window.growthplan.ready);
  const reloaded = await documentJson(first);
  assert.equal(reloaded.plan.title, 'Typed in the first tab');
  assert.equal(reloaded.plan.company, 'Typed in the second tab');

  // A different plan in one tab: the other warns instead of taking it over.
  const other = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  other.plan.id = 'adifferentplan';
  other.plan.title = 'Someone else\'s plan';
  await second.bringToFront();
  await second.evaluate((text) => window.growthplan.openJson(text, 'other.json'), JSON.stringify(other));
  await settle(second, 1200);
  await first.bringToFront();
  await first.mouse.move(4, 4);
  await settle(first, 300);
  const warnings = await first.evaluate(() => window.growthplan.notices().filter((n) => n.kind === 'error').map((n) => n.text));
  assert.ok(warnings.some((t) => t.includes('Another tab is working on') && t.includes('Someone else')), JSON.stringify(warnings));
  assert.equal((await documentJson(first)).plan.title, 'Typed in the first tab');
  assert.deepEqual(problems, []);
  await context.close();
});
