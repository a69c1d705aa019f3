// Someone working from the keyboard edits the win/loss reason list in its dialog: Enter in the
// add field adds the typed reason and leaves the dialog open; Enter anywhere else in the dialog is
// its Done, and Escape closes it too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, openView, click, typeInto, documentJson, idle, widget, disappears, isShown, sampleFile } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openReasons(page) {
  await click(page, 'Reasons…##deal-reasons');
  return widget(page, 'Done##deal-reasons-done');
}

test('in the deal reasons dialog Enter in the add field adds, Enter elsewhere is Done, Escape closes', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  const opened = await page.evaluate((t) => window.growthplan.openJson(t, 'plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  assert.ok(opened.ok, opened.error);
  await idle(page);
  await openView(page, 'Win/loss');

  await openReasons(page);
  await typeInto(page, '##new-deal-reason', 'Procurement stalled');
  await page.keyboard.press('Enter');
  await idle(page);
  assert.ok((await documentJson(page)).reasons.deal.includes('Procurement stalled'), 'Enter in the add field adds the reason');
  assert.equal(await isShown(page, 'Done##deal-reasons-done'), true, 'and the dialog stays open');

  // A click on the dialog's empty space leaves the field; Enter then means Done.
  const done = await widget(page, 'Done##deal-reasons-done');
  await page.mouse.click(done.x - 120, done.y + done.height / 2);
  await idle(page);
  await page.keyboard.press('Enter');
  await disappears(page, 'Done##deal-reasons-done');
  assert.ok((await documentJson(page)).reasons.deal.includes('Procurement stalled'));

  await openReasons(page);
  await page.keyboard.press('Escape');
  await disappears(page, 'Done##deal-reasons-done');
  assert.deepEqual(problems, []);
  await context.close();
});
