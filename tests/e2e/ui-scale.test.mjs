// A person makes the whole UI larger with Ctrl+= (not the browser's zoom), finds it so after a
// reload, and Ctrl+0 brings it back to 100%.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newContext, openApp, idle, widget, until } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const uiScale = (page) => page.evaluate(() => window.growthplan.uiScale());

test('Ctrl+= twice scales the UI up, the scale survives a reload, and Ctrl+0 resets it', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  assert.equal(await uiScale(page), 1);
  const before = await widget(page, '##plan-title');

  await page.mouse.click(5, 700);  // the canvas has the keyboard
  await page.keyboard.press('Control+Equal');
  await page.keyboard.press('Control+Equal');
  await idle(page);
  assert.equal(await uiScale(page), 1.25);
  await until(page, async () => (await widget(page, '##plan-title')).height > before.height * 1.2, 'the title field grows');
  assert.equal(await page.evaluate(() => window.devicePixelRatio), 1, 'the browser did not zoom');

  await page.reload();
  await page.evaluate(() => window.growthplan.ready);
  await idle(page);
  assert.equal(await uiScale(page), 1.25, 'the scale is remembered');

  await page.mouse.click(5, 700);
  await page.keyboard.press('Control+0');
  await idle(page);
  assert.equal(await uiScale(page), 1);
  await until(page, async () => Math.abs((await widget(page, '##plan-title')).height - before.height) < 1, 'the title field is back to its size');
  assert.deepEqual(problems, []);
  await context.close();
});
