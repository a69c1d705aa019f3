// Shared set-up for the browser tests: serves build/web under a sub-path, launches Debian's
// headless Chromium through playwright-core, and drives the app as a person does, finding
// widgets through window.growthplan.widgetRect (ImGui's own item rectangles).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from '../../scripts/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// GP_SITE_DIR lets parallel work test its own build folder.
export const siteDir = path.resolve(process.env.GP_SITE_DIR || path.resolve(here, '../../build/web'));
export const sampleFile = path.resolve(here, '../../assets/sample-plan.json');
export const prefix = '/studio/';  // a sub-path proves the site uses relative URLs only

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export async function startServer() {
  if (!fs.existsSync(path.join(siteDir, 'app.wasm'))) throw new Error(`no web build in ${siteDir}: run cmake --build --preset web`);
  const server = createServer(siteDir, prefix);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}${prefix}`, close: () => new Promise((r) => server.close(r)) };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: launchArgs });
}

// A page with the app booted. Records console errors, page errors and requests to other origins.
export async function openApp(context, url, { deviceScaleFactor } = {}) {
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(url).origin;
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) problems.push(`request to another origin: ${r.url()}`); });
  await page.goto(url);
  await page.evaluate(() => window.growthplan.ready);
  return { page, problems };
}

// `identity`: who the browser remembers as editing ({ name, team }), so the first-use "Who is
// editing?" dialog does not ask; null to meet that dialog as a new person does.
export const defaultIdentity = { name: 'Test Person', team: 'marketing' };
export async function newContext(browser, { identity = defaultIdentity, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, ...options });
  if (identity) {
    await context.addInitScript((who) => {
      try {
        if (!localStorage.getItem('growthplan.setting.person')) {
          localStorage.setItem('growthplan.setting.person', who.name);
          localStorage.setItem('growthplan.setting.team', who.team);
        }
      } catch (e) { /* storage disabled */ }
    }, identity);
  }
  // Exercise the download path for saving (Firefox and Safari have no File System Access API;
  // Chromium's native save dialog cannot be driven headless).
  await context.addInitScript(() => { delete window.showSaveFilePicker; delete window.showOpenFilePicker; });
  return context;
}

export async function settle(page, ms = 150) { await page.waitForTimeout(ms); }

// Waits until the app draws the widget where it stays (a dialog that just opened resizes over a
// frame or two), then returns its rectangle (CSS pixels).
export async function widget(page, label, timeout = 5000) {
  const deadline = Date.now() + timeout;
  let previous = null;
  for (;;) {
    const rect = await page.evaluate((l) => window.growthplan.widgetRect(l), label);
    if (rect && rect.width > 0 && previous && JSON.stringify(rect) === JSON.stringify(previous)) return rect;
    previous = rect && rect.width > 0 ? rect : null;
    if (previous) {
      if (Date.now() > deadline) return previous;  // still moving: take where it is now
      await page.waitForTimeout(40);
      continue;
    }
    if (Date.now() > deadline) throw new Error(`widget "${label}" is not visible`);
    await page.mouse.move(2, 2);  // input wakes the render-on-demand loop
    await page.waitForTimeout(50);
  }
}

// Scrolls the content area with the mouse wheel, as a person would, until the widget shows.
export async function scrollTo(page, label, { x = 760, y = 480, step = 320, tries = 40 } = {}) {
  for (let i = 0; i < tries; i++) {
    const rect = await page.evaluate((l) => window.growthplan.widgetRect(l), label);
    const height = page.viewportSize().height;
    if (rect && rect.width > 0 && rect.height > 0 && rect.y > 40 && rect.y + rect.height < height - 10) return rect;
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, rect && rect.y < 40 ? -step : step);
    await page.waitForTimeout(80);
  }
  throw new Error(`widget "${label}" did not scroll into view`);
}

export async function click(page, label) {
  const r = await widget(page, label);
  await page.mouse.click(r.x + Math.min(r.width / 2, 40), r.y + r.height / 2);
  await settle(page);
}

// Clicks a text field, selects what is there and types over it, as a person would.
// Keys go out once the field has the keyboard: on a busy machine the first frame after the click
// can come late, and keys pressed before it would go nowhere.
export async function typeInto(page, label, text) {
  await click(page, label);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent', null, { timeout: 5000 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 5 });
  await settle(page);
}

export async function documentJson(page) {
  return JSON.parse(await page.evaluate(() => window.growthplan.documentJson()));
}

export function tempFile(name, contents) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'growthplan-e2e-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, contents);
  return file;
}
