// A person who needs stronger contrast picks View ▸ Theme ▸ High contrast with the mouse; the
// browser remembers the choice, and the quick switch in the sidebar still goes back to light.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newContext, openApp, idle, click } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const theme = (page) => page.evaluate(() => window.growthplan.theme());
const pageIsDark = (page) => page.evaluate(() => document.documentElement.classList.contains('dark'));

async function chooseTheme(page, name) {
  await click(page, 'View');
  await click(page, 'Theme');
  await click(page, name);
}

test('choosing the high-contrast theme from the View menu is remembered after a reload', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  assert.equal(await theme(page), 'light', 'a new browser starts in the light theme');

  await chooseTheme(page, 'High contrast');
  assert.equal(await theme(page), 'high-contrast');
  assert.equal(await pageIsDark(page), true, 'the page around the canvas turns dark too');

  await page.reload();
  await page.evaluate(() => window.growthplan.ready);
  await idle(page);
  assert.equal(await theme(page), 'high-contrast', 'the browser remembered the choice');

  // The sidebar's quick switch leaves high contrast for light, and the menu reaches dark.
  await click(page, '##theme-toggle');
  assert.equal(await theme(page), 'light');
  await chooseTheme(page, 'Dark');
  assert.equal(await theme(page), 'dark');
  assert.deepEqual(problems, []);
  await context.close();
});
