// Copy and paste between the app's text fields and the operating system clipboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('text copied in the app reaches the OS clipboard, and OS text pastes into the app', async () => {
  const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = await openApp(context, server.url);
  await typeInto(page, '##plan-title', 'Copied from the app');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await idle(page);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Copied from the app');

  await page.evaluate(() => navigator.clipboard.writeText('Pasted from the OS – ✓'));
  await click(page, '##plan-company');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await page.mouse.click(5, 700);
  await idle(page);
  assert.equal((await documentJson(page)).plan.company, 'Pasted from the OS – ✓');
  await context.close();
});
