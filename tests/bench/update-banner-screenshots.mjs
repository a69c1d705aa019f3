// Screenshots of the "A new version is ready" card (web/offline.js), at devicePixelRatio 2: a
// laptop window and a 390 px phone, light and dark. A copy of the site is served, then "deployed"
// again with a changed sw.js, as tests/e2e/offline.test.mjs does.
// Usage: node tests/bench/update-banner-screenshots.mjs [out-dir, default build/screenshots]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, newContext, openApp, idle, sampleFile, siteDir } from '../e2e/harness.mjs';

const outDir = process.argv[2] || 'build/screenshots';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'growthplan-site-'));
fs.cpSync(siteDir, dir, { recursive: true });
const server = await startServer(dir);
const browser = await launchBrowser();
const shots = [
  { name: 'update-banner-1280', viewport: { width: 1280, height: 800 }, dark: false },
  { name: 'update-banner-390', viewport: { width: 390, height: 844 }, dark: false },
  { name: 'update-banner-390-dark', viewport: { width: 390, height: 844 }, dark: true },
];
try {
  fs.mkdirSync(outDir, { recursive: true });
  const sw = path.join(dir, 'sw.js');
  const original = fs.readFileSync(sw, 'utf8');
  for (const [i, shot] of shots.entries()) {
    fs.writeFileSync(sw, original);
    const context = await newContext(browser, { viewport: shot.viewport, deviceScaleFactor: 2, colorScheme: shot.dark ? 'dark' : 'light' });
    if (shot.dark) await context.addInitScript(() => localStorage.setItem('growthplan.setting.theme', 'dark'));
    const { page } = await openApp(context, server.url);
    const { version } = await page.evaluate(() => window.growthplan.offlineReady());
    await page.reload();
    await page.evaluate(() => window.growthplan.ready);
    const result = await page.evaluate((text) => window.growthplan.openJson(text, 'sample-plan.json'), fs.readFileSync(sampleFile, 'utf8'));
    if (!result.ok) throw new Error(result.error);
    fs.writeFileSync(sw, original.replace(version, String(i).repeat(16)));
    await page.evaluate(() => window.growthplan.checkForUpdate());
    await page.waitForFunction(() => window.growthplan.offline().updateReady);
    await idle(page);
    const out = path.join(outDir, `${shot.name}.png`);
    await page.screenshot({ path: out });
    console.log(`wrote ${out} (theme ${await page.evaluate(() => window.growthplan.theme())})`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
