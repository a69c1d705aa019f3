// Benchmark (not a test): download size, start-up time and idle frame rate of the web build.
// Usage: node tests/bench/bench.mjs   (after scripts/build-web.sh; run from the repo root)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, launchBrowser, newContext, openApp, siteDir } from '../e2e/harness.mjs';

const gzip = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const shipped = ['app.wasm', 'app.js', 'growthplan.js', 'index.html', 'growthplan.css',
  ...fs.readdirSync(path.join(siteDir, 'fonts')).map((f) => `fonts/${f}`)];
let total = 0;
console.log('Download size (gzip -9):');
for (const name of shipped) {
  const size = gzip(path.join(siteDir, name));
  total += size;
  console.log(`  ${name.padEnd(20)} ${kb(size).padStart(10)}   (raw ${kb(fs.statSync(path.join(siteDir, name)).size)})`);
}
console.log(`  ${'total'.padEnd(20)} ${kb(total).padStart(10)}`);

const server = await startServer();
const browser = await launchBrowser();
try {
  const startups = [];
  for (let run = 0; run < 5; run++) {
    const context = await newContext(browser);
    const { page } = await openApp(context, server.url);
    startups.push(await page.evaluate(() => window.growthplan.startupMs));
    await context.close();
  }
  console.log(`Navigation to first interactive frame: median ${median(startups).toFixed(0)} ms over 5 loads (${startups.map((t) => t.toFixed(0)).join(', ')})`);

  const context = await newContext(browser);
  const { page } = await openApp(context, server.url);
  await page.waitForTimeout(1500);
  const idleStart = await page.evaluate(() => window.growthplan.framesRendered());
  await page.waitForTimeout(5000);
  const idleEnd = await page.evaluate(() => window.growthplan.framesRendered());
  console.log(`Idle: ${((idleEnd - idleStart) / 5).toFixed(2)} frames per second (${idleEnd - idleStart} frames in 5 s)`);

  const activeStart = await page.evaluate(() => [window.growthplan.framesRendered(), performance.now()]);
  for (let i = 0; i < 100; i++) { await page.mouse.move(200 + (i % 50) * 8, 300 + (i % 7) * 5); await page.waitForTimeout(10); }
  const activeEnd = await page.evaluate(() => [window.growthplan.framesRendered(), performance.now()]);
  const fps = (activeEnd[0] - activeStart[0]) / ((activeEnd[1] - activeStart[1]) / 1000);
  console.log(`While the mouse moves: ${fps.toFixed(1)} frames per second (headless, software WebGL)`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
