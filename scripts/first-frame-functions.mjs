// Writes src/platform/web/first-frame-functions.txt: the wasm functions the app runs until it
// rests after start-up, which the web build keeps in app.wasm; everything else goes to app.deferred.wasm,
// fetched after the first frame (issue 14: what a first visit downloads before it sees the app).
//
// Run after a web build, whenever start-up code changed (the boot test says when):
//   node scripts/first-frame-functions.mjs
// It serves the site with the build's instrumented app.wasm (emcc -sSPLIT_MODULE writes it next
// to app.wasm.orig), starts the app the ways people start it, asks each start which functions it
// ran (wasm-split's profile), merges those and lists the functions by name. No service worker:
// a page it serves joins the whole module before it starts (web/deferred.js).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { splitLog, listed, nameHash } from './wasm-function-names.mjs';
import { startServer, launchBrowser, newContext, openApp, idle, autosaved, sampleFile } from '../tests/e2e/harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const linkDir = path.join(root, 'build/web-cmake/app-link');
const siteDir = path.join(root, 'build/web');
const output = path.join(root, 'src/platform/web/first-frame-functions.txt');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gp-profile-'));

// The site as built, but with the instrumented module in place of the split one.
const site = path.join(work, 'site');
fs.cpSync(siteDir, site, { recursive: true });
fs.copyFileSync(path.join(linkDir, 'app.wasm'), path.join(site, 'app.wasm'));
fs.rmSync(path.join(site, 'app.deferred.wasm'));  // belongs to the split module, not this one

async function profileOf(page, name) {
  await idle(page);
  // What automation asks of a page that has just started (tests find widgets before the rest arrives).
  await page.evaluate(() => [window.growthplan.widgetRect('Review'), window.growthplan.framesRendered()]);
  const bytes = await page.evaluate(() => {
    const exports = Module.asm;
    const memory = Object.values(exports).find((v) => v instanceof WebAssembly.Memory);
    const size = 1 << 20;
    const at = Module._malloc(size);
    const length = exports.__write_profile(at, size);
    return Array.from(new Uint8Array(memory.buffer, at, length));
  });
  const file = path.join(work, `${name}.prof`);
  fs.writeFileSync(file, Buffer.from(bytes));
  return file;
}

const server = await startServer(site);
const browser = await launchBrowser();
const profiles = [];
try {
  // A new person: the first frame asks who is editing.
  {
    const context = await newContext(browser, { identity: null, serviceWorkers: 'block' });
    const { page } = await openApp(context, server.url);
    profiles.push(await profileOf(page, 'new-person'));
    await context.close();
  }
  // Someone known, with and without a plan kept in this browser, on a desk and on a phone, light
  // and dark; the pointer moves over the window as it does while a page loads.
  for (const [name, options] of [['desk', {}], ['phone-dark', { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, colorScheme: 'dark' }]]) {
    const context = await newContext(browser, { ...options, serviceWorkers: 'block' });
    let { page } = await openApp(context, server.url);
    await page.mouse.move(200, 200);
    profiles.push(await profileOf(page, `${name}-fresh`));
    await page.evaluate((text) => window.growthplan.openJson(text, 'plan.json'), fs.readFileSync(sampleFile, 'utf8'));
    await autosaved(page);
    await page.close();
    ({ page } = await openApp(context, server.url));
    await page.mouse.move(200, 200);
    await page.mouse.move(240, 260);
    profiles.push(await profileOf(page, `${name}-returning`));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const merged = path.join(work, 'merged.prof');
execFileSync('wasm-split', ['--all-features', '--merge-profiles', ...profiles, '-o', merged]);
const log = splitLog(['--profile=' + merged, path.join(linkDir, 'app.wasm.orig'),
  '-o1', path.join(work, 'p.wasm'), '-o2', path.join(work, 's.wasm')]);
const names = listed(log, 'Keeping functions: ');
const hashes = [...new Set(names.map(nameHash))].sort();
fs.writeFileSync(output, '# The functions start-up runs, by a hash of their names (scripts/wasm-function-names.mjs),\n' +
  '# kept in app.wasm. Written by scripts/first-frame-functions.mjs: run it when tests/e2e/deferred-code says so.\n' +
  hashes.join('\n') + '\n');
fs.rmSync(work, { recursive: true, force: true });
console.log(`${hashes.length} functions kept for the first frame in ${path.relative(root, output)}`);
