// A person undoes and redoes with the keyboard; a typing burst is one step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, settle } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('Ctrl+Z undoes a typing burst and Ctrl+Y / Ctrl+Shift+Z redo it', async () => {
  const context = await newContext(browser);
  const { page } = await openApp(context, server.url);
  await typeInto(page, '##plan-title', 'First title');
  await page.mouse.click(5, 700);
  await typeInto(page, '##plan-company', 'Acme');
  await page.mouse.click(5, 700);
  await settle(page);
  const title = async () => (await documentJson(page)).plan;

  await page.keyboard.press('Control+Z');
  await settle(page);
  assert.deepEqual([(await title()).title, (await title()).company], ['First title', '']);
  await page.keyboard.press('Control+Z');
  await settle(page);
  assert.equal((await title()).title, '');
  await page.keyboard.press('Control+Y');
  await settle(page);
  assert.equal((await title()).title, 'First title');
  await page.keyboard.press('Control+Shift+Z');
  await settle(page);
  assert.equal((await title()).company, 'Acme');

  // Undo while the field is still focused also goes through the one history.
  await typeInto(page, '##plan-company', 'Acme Corp');
  await page.keyboard.press('Control+Z');
  await settle(page);
  assert.equal((await title()).company, 'Acme');
  await context.close();
});
