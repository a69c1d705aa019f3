// Shared set-up for the browser tests: serves build/web under a sub-path, launches Debian's
// headless Chromium through playwright-core, and drives the app as a person does, finding
// widgets through window.growthplan.widgetRect (ImGui's own item rectangles). Waits are for what
// the app reports (isIdle, documentJson, notices), never fixed sleeps.
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

// `dir`: another copy of the site (e.g. a changed deployment); the build's own by default.
export async function startServer(dir = siteDir) {
  if (!fs.existsSync(path.join(dir, 'app.wasm'))) throw new Error(`no web build in ${dir}: run cmake --build --preset web`);
  const server = createServer(dir, prefix);
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

// Waits until the app has applied every input so far and drawn the frames after it (it reports
// this as window.growthplan.isIdle()), so the next step sees the result of the last one.
export async function idle(page, timeout = 20000) {
  try {
    await page.waitForFunction(() => window.growthplan.isIdle(), null, { timeout, polling: 20 });
  } catch (e) {
    if (e.name !== 'TimeoutError') throw e;  // e.g. the page navigated: say so, not "did not settle"
    const frames = await page.evaluate(() => window.growthplan.framesRendered()).catch(() => '?');
    throw new Error(`the app did not settle within ${timeout} ms: it kept drawing (${frames} frames drawn)`);
  }
}

// Waits until the app has told the person something matching `pattern` (a RegExp) this session,
// and returns that notice. Reads the app's log of notices, so a toast that came and went while the
// test was still typing counts (polling the screen for a 4-second toast races a busy machine).
export async function told(page, pattern, timeout = 20000) {
  const handle = await page.waitForFunction((source) => window.growthplan.noticeLog().find((n) => new RegExp(source).test(n.text)),
    pattern.source, { timeout, polling: 50 });
  return handle.jsonValue();
}

// Waits until every change so far is in this browser's autosave.
export async function autosaved(page, timeout = 20000) {
  await idle(page, timeout);
  await page.waitForFunction(() => window.growthplan.isIdle() && !window.growthplan.autosavePending(), null, { timeout, polling: 20 });
}

const rectOf = (page, label) => page.evaluate((l) => window.growthplan.widgetRect(l), label);
const shown = (rect) => !!(rect && rect.width > 0);
// Labels each page has drawn, as found by widget(): only those can disappear.
const drawnLabels = new WeakMap();

// Waits until the app is idle with the widget drawn, and returns its rectangle (CSS pixels). An
// idle app draws nothing, so the rectangle stays put. Fails when the widget never shows, or when
// the app keeps drawing (the widget never settles).
export async function widget(page, label, timeout = 10000) {
  const found = await page.waitForFunction((l) => {
    const r = window.growthplan.widgetRect(l);
    return window.growthplan.isIdle() && r && r.width > 0 ? r : null;
  }, label, { timeout, polling: 20 }).catch(() => null);
  if (found) {
    if (!drawnLabels.has(page)) drawnLabels.set(page, new Set());
    drawnLabels.get(page).add(label);
    return found.jsonValue();
  }
  if (!(await page.evaluate(() => window.growthplan.isIdle()))) throw new Error(`widget "${label}" never settled: the app kept drawing`);
  throw new Error(`widget "${label}" is not drawn`);
}

// Whether the app shows the widget once it has applied all input so far.
export async function isShown(page, label) {
  await idle(page);
  return shown(await rectOf(page, label));
}

// Waits until the app is idle without the widget, which widget() must have found drawn on this
// page before: a label that was never drawn (a typo, a wrong id) has not "disappeared".
export async function disappears(page, label, { timeout = 10000 } = {}) {
  if (!drawnLabels.get(page)?.has(label)) throw new Error(`widget "${label}" was never drawn, so it cannot have disappeared`);
  const gone = await page.waitForFunction((l) => {
    const r = window.growthplan.widgetRect(l);
    return window.growthplan.isIdle() && !(r && r.width > 0);
  }, label, { timeout, polling: 20 }).catch(() => null);
  if (!gone) throw new Error(`widget "${label}" is still drawn`);
}

// Waits until `check` returns something truthy, looking again after each frame the app draws (an
// import or a share link arrives asynchronously); returns that value.
export async function until(page, check, what, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    await idle(page, Math.max(1000, deadline - Date.now()));
    const frames = await page.evaluate(() => window.growthplan.framesRendered());
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.waitForFunction((n) => window.growthplan.framesRendered() > n, frames,
      { timeout: Math.max(1, deadline - Date.now()), polling: 20 }).catch(() => {});
  }
}

// Scrolls the content area with the mouse wheel, as a person would, until the widget shows
// (`bottomMargin` px clear of the bottom edge: e.g. of where toasts appear).
export async function scrollTo(page, label, { x = 760, y = 480, step = 320, tries = 40, bottomMargin = 10 } = {}) {
  for (let i = 0; i < tries; i++) {
    await idle(page);
    const rect = await rectOf(page, label);
    const height = page.viewportSize().height;
    if (shown(rect) && rect.height > 0 && rect.y > 40 && rect.y + rect.height < height - bottomMargin) return rect;
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, rect && rect.y < 40 ? -step : step);
  }
  throw new Error(`widget "${label}" did not scroll into view`);
}

export async function click(page, label) {
  const r = await widget(page, label);
  await page.mouse.click(r.x + Math.min(r.width / 2, 40), r.y + r.height / 2);
  await idle(page);
}

// Goes to a view by its title: from the sidebar, or on narrow screens through the Menu button.
export async function openView(page, title) {
  if (await isShown(page, 'Menu')) await click(page, 'Menu');
  await click(page, title);
}

// Clicks a text field, selects what is there and types over it at once, as a fast typist does:
// keys typed before the field has the keyboard must still land in it.
export async function typeInto(page, label, text) {
  const r = await widget(page, label);
  await page.mouse.click(r.x + Math.min(r.width / 2, 40), r.y + r.height / 2);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await idle(page);
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
