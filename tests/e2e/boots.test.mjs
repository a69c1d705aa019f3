// A person opens the link: the app boots cleanly, is crisp, resizes, and rests when idle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newContext, openApp, idle } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the app boots with no console errors and asks nothing of other origins', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  assert.match(await page.evaluate(() => window.growthplan.version), /^\d+\.\d+\.\d+$/);
  assert.ok(await page.evaluate(() => window.growthplan.framesRendered()) > 0);
  assert.equal(await page.isVisible('#loading'), false);
  assert.equal(await page.isVisible('#fatal'), false);
  await idle(page);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const dpr of [1, 2]) {
  test(`the drawing buffer matches the window at devicePixelRatio ${dpr} and follows resizes`, async () => {
    const context = await newContext(browser, { deviceScaleFactor: dpr });
    const { page } = await openApp(context, server.url);
    const size = () => page.evaluate(() => ({ w: canvas.width, h: canvas.height, cssW: innerWidth, cssH: innerHeight }));
    let s = await size();
    assert.equal(s.w, s.cssW * dpr);
    assert.equal(s.h, s.cssH * dpr);
    await page.setViewportSize({ width: 900, height: 640 });
    await page.waitForFunction((d) => canvas.width === 900 * d && canvas.height === 640 * d, dpr, { timeout: 5000 });
    s = await size();
    assert.deepEqual([s.w, s.h], [900 * dpr, 640 * dpr]);
    await context.close();
  });
}

test('after two idle seconds the app renders no frames', async () => {
  const context = await newContext(browser);
  const { page } = await openApp(context, server.url);
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await page.waitForTimeout(2000);
  const before = await page.evaluate(() => window.growthplan.framesRendered());
  await page.waitForTimeout(1500);
  const later = await page.evaluate(() => window.growthplan.framesRendered());
  assert.equal(later, before, `rendered ${later - before} frames while idle`);
  // ...and wakes up on input.
  await page.mouse.move(400, 400);
  await page.waitForFunction((n) => window.growthplan.framesRendered() > n, later, { timeout: 2000 });
  await context.close();
});
