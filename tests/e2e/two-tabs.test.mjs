// Two tabs of the app in one browser on one plan share its autosave: a change in one shows up in
// the other, and neither overwrites the other's work. A tab that opens another plan works on that
// plan's own entry in the library, and the other tab carries on undisturbed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, typeInto, documentJson, autosaved, until, sampleFile } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// Waits until the tab's plan has `field` set to `value` (a tab in the background draws no frames,
// so this asks the plan, not the screen).
async function waitForPlan(page, field, value, what, timeout = 20000) {
  const reached = await page.waitForFunction(({ field, value }) => JSON.parse(window.growthplan.documentJson()).plan[field] === value,
    { field, value }, { timeout, polling: 50 }).catch(() => null);
  if (!reached) throw new Error(`${what}: ${JSON.stringify((await documentJson(page)).plan)}`);
  return documentJson(page);
}

test('two tabs of one browser stay consistent and keep both tabs\' changes', async () => {
  const context = await newContext(browser);
  const { page: first, problems } = await openApp(context, server.url);
  const opened = await first.evaluate((text) => window.growthplan.openJson(text, 'plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  assert.ok(opened.ok);
  await autosaved(first);

  const { page: second } = await openApp(context, server.url);
  assert.equal((await documentJson(second)).plan.title, 'FY2027 Joint Growth Plan', 'the second tab starts from the autosave');

  // Only the tab in front draws frames (browsers pause hidden tabs), as for a person.
  await first.bringToFront();
  await typeInto(first, '##plan-title', 'Typed in the first tab');
  await first.mouse.click(5, 400);  // leave the field
  await waitForPlan(second, 'title', 'Typed in the first tab', 'the first tab\'s change reaches the second');

  await second.bringToFront();
  await typeInto(second, '##plan-company', 'Typed in the second tab');
  await second.mouse.click(5, 400);
  const both = await waitForPlan(first, 'company', 'Typed in the second tab', 'the second tab\'s change reaches the first');
  assert.equal(both.plan.title, 'Typed in the first tab', 'and the first tab kept its own');

  // After a reload, the autosave holds both tabs' changes.
  await first.bringToFront();
  await autosaved(first);
  await first.reload();
  await first.evaluate(() => window.growthplan.ready);
  const reloaded = await documentJson(first);
  assert.equal(reloaded.plan.title, 'Typed in the first tab');
  assert.equal(reloaded.plan.company, 'Typed in the second tab');

  // A different plan in one tab: it gets an entry of its own; the other tab neither warns nor changes.
  const other = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  other.plan.id = 'adifferentplan';
  other.plan.title = 'Someone else\'s plan';
  await second.bringToFront();
  await second.evaluate((text) => window.growthplan.openJson(text, 'other.json'), JSON.stringify(other));
  await typeInto(second, '##plan-company', 'Only in the other plan');
  await autosaved(second);
  await first.bringToFront();
  await typeInto(first, '##plan-company', 'Still the first plan');
  await autosaved(first);
  const listing = await until(first, async () => {
    const l = await first.evaluate(() => window.growthplan.library());
    return l.entries.length === 2 && l;
  }, 'two plans in the library');
  assert.deepEqual(listing.entries.map((e) => e.title).sort(), ['Someone else\'s plan', 'Typed in the first tab']);
  assert.equal((await documentJson(first)).plan.title, 'Typed in the first tab');
  assert.equal((await documentJson(second)).plan.company, 'Only in the other plan');
  const errors = await first.evaluate(() => window.growthplan.noticeLog().filter((n) => n.kind === 'error').map((n) => n.text));
  assert.deepEqual(errors, [], 'no warning about the other tab');
  assert.deepEqual(problems, []);
  await context.close();
});
