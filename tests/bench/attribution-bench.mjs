// Attribution import at full size (issue 13): the native generator writes 100,000 opportunities and
// 1,000,000 touchpoints as CRM exports; headless Chromium imports them through File ▸ Import
// touchpoints… as a person does, and the table shows, per step, the wall time, the app's longest
// frame (its own CPU time) and the longest gap between the page's animation frames (what a person
// sees as a freeze, including the browser's work outside the app's frames, such as handing a file
// over); then each model's compute time and peak memory.
// Usage: node tests/bench/attribution-bench.mjs [--opportunities N] [--touches M]
//   (after a web build; GP_SITE_DIR picks the build). Budgets: no freeze over 100 ms, no model over 1 s.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, newContext, openApp, click, widget, idle, scrollTo, sampleFile } from '../e2e/harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;  // as the generator prints them

// (a) The data set, from the same generator as the native benchmark (tests/bench/attribution_bench.cpp).
const nativeDir = path.join(root, 'build/native');
if (!fs.existsSync(path.join(nativeDir, 'CMakeCache.txt'))) execFileSync('cmake', ['--preset', 'native'], { cwd: root, stdio: 'ignore' });
execFileSync('cmake', ['--build', nativeDir, '--target', 'gp_attribution_bench'], { cwd: root, stdio: 'ignore' });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attribution-bench-'));
execFileSync(path.join(nativeDir, 'gp_attribution_bench'), [...process.argv.slice(2), '--write', dataDir], { stdio: 'ignore' });
const files = { opportunities: path.join(dataDir, 'opportunities.csv'), touchpoints: path.join(dataDir, 'touchpoints.csv') };

// Per step: the gaps between animation frames, recorded by the page itself (a busy page cannot
// answer automation, but its next animation frame shows how long it was away).
const recordGaps = (page) => page.evaluate(() => {
  window.__gaps = {};
  window.__step = 'start';
  window.__progressFrames = 0;
  let last = performance.now();
  const tick = (now) => {
    window.__gaps[window.__step] = Math.max(window.__gaps[window.__step] || 0, now - last);
    last = now;
    if (window.growthplan.widgetRect('##attribution-import-progress')) window.__progressFrames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});
const rows = [];
let stepStart = 0;
const beginStep = async (page, name) => {
  await page.evaluate((n) => { window.__step = n; window.growthplan.peakFrameMs(); }, name);  // and resets the peak
  stepStart = Date.now();
};
const endStep = async (page, name) => {
  const ms = Date.now() - stepStart;
  const { frame, gap } = await page.evaluate((n) => ({ frame: window.growthplan.peakFrameMs(), gap: window.__gaps[n] || 0 }), name);
  rows.push({ name, ms, frame, gap });
};

// A file through the dialog's own button and the browser's file chooser.
async function pick(page, button, file, nameLabel) {
  const chooser = page.waitForEvent('filechooser');
  await click(page, button);
  await (await chooser).setFiles(file);
  await widget(page, nameLabel, 120000);
}

const server = await startServer();
const browser = await launchBrowser();
let memorySampler;
try {
  const context = await newContext(browser);  // 1280x800
  const { page, problems } = await openApp(context, server.url);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // The JS heap, sampled all along (answered between the page's tasks, so at worst late).
  let peakJsHeap = 0;
  memorySampler = setInterval(() => cdp.send('Performance.getMetrics').then(({ metrics }) => {
    peakJsHeap = Math.max(peakJsHeap, metrics.find((m) => m.name === 'JSHeapUsedSize').value);
  }).catch(() => {}), 200);
  const opened = await page.evaluate((text) => window.growthplan.openJson(text, 'plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  if (!opened.ok) throw new Error(opened.error);
  await idle(page);
  await recordGaps(page);

  await click(page, 'File');
  await click(page, 'Import touchpoints…');
  await widget(page, '##attribution-import-dialog');
  await beginStep(page, 'pick both files');
  await pick(page, '##attribution-pick-opportunities', files.opportunities, 'opportunities.csv##attribution-opportunities-csv-name');
  await pick(page, '##attribution-pick-touchpoints', files.touchpoints, 'touchpoints.csv##attribution-touchpoints-csv-name');
  await endStep(page, 'pick both files');

  // Reading: the app keeps drawing (a progress bar) until the result step shows its Import button.
  const read = await scrollTo(page, 'Read files##attribution-import-read', { x: 640, y: 400 });
  await beginStep(page, 'read files');
  await page.mouse.click(read.x + Math.min(read.width / 2, 40), read.y + read.height / 2);
  await widget(page, 'Import##attribution-import-confirm', 600000);
  await endStep(page, 'read files');

  // Import: the rows go to the workspace (and this browser's storage); one model per frame after.
  await beginStep(page, 'import, all 7 models');
  const confirm = await widget(page, 'Import##attribution-import-confirm');
  await page.mouse.click(confirm.x + confirm.width / 2, confirm.y + confirm.height / 2);
  const status = await (await page.waitForFunction(() => {
    const s = window.growthplan.attribution();
    return s.models.length === 7 ? s : null;
  }, null, { timeout: 600000, polling: 20 })).jsonValue();
  await endStep(page, 'import, all 7 models');
  await idle(page, 60000);

  // Memory: the wasm memory only grows, so its size now is its peak; the renderer's peak RSS
  // (VmHWM) covers the wasm memory, the JS heap and everything else of the page's process.
  const wasmBytes = await page.evaluate(() => window.Module.HEAPU8.length);
  let rendererPeak = null;
  try {
    const { processInfo } = await (await browser.newBrowserCDPSession()).send('SystemInfo.getProcessInfo');
    rendererPeak = Math.max(...processInfo.filter((p) => p.type === 'renderer').map((p) =>
      Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p.id}/status`, 'utf8'))[1]) * 1024));
  } catch { /* no /proc (not Linux) or no renderer id: left out */ }

  const size = (file) => fs.statSync(file).size;
  console.log(`data: ${status.opportunities.toLocaleString('en')} opportunities (opportunities.csv ${MB(size(files.opportunities))}), ` +
    `${status.touches.toLocaleString('en')} touches kept (touchpoints.csv ${MB(size(files.touchpoints))})`);
  console.log(`\n${'step'.padEnd(22)} ${'wall ms'.padStart(9)} ${'longest app frame'.padStart(18)} ${'longest frame gap'.padStart(18)}`);
  for (const r of rows) console.log(`${r.name.padEnd(22)} ${String(r.ms).padStart(9)} ${r.frame.toFixed(1).padStart(15)} ms ${r.gap.toFixed(1).padStart(15)} ms`);
  console.log(`progress bar shown in ${await page.evaluate(() => window.__progressFrames)} animation frames while reading`);
  console.log(`\n${'model'.padEnd(12)} ${'compute ms'.padStart(10)}`);
  for (const m of status.models) console.log(`${m.model.padEnd(12)} ${m.computeMs.toFixed(1).padStart(10)}`);
  console.log(`\npeak memory: wasm ${MB(wasmBytes)}, JS heap ${MB(peakJsHeap)}` +
    (rendererPeak ? `, renderer process RSS ${MB(rendererPeak)}` : ''));

  const over = [...rows.filter((r) => Math.max(r.frame, r.gap) > 100).map((r) => `${r.name}: a ${Math.max(r.frame, r.gap).toFixed(0)} ms freeze`),
    ...status.models.filter((m) => m.computeMs > 1000).map((m) => `${m.model}: ${m.computeMs.toFixed(0)} ms to compute`)];
  console.log(over.length ? `over budget: ${over.join('; ')}` : 'within budget: no freeze over 100 ms, no model over 1 s');
  const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`machine load average: ${load} (${os.cpus().length} cores)`);
  if (problems.length) console.log(`page problems: ${problems.join('; ')}`);
} finally {
  clearInterval(memorySampler);
  await browser.close();
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
