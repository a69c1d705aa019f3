// Takes the README screenshot: the sample plan open in the app, light theme, devicePixelRatio 1.
// Usage: node tests/bench/screenshot.mjs [docs/screenshot.png] [view label, e.g. "Glossary"]
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, newContext, openApp, click, sampleFile } from '../e2e/harness.mjs';

const out = process.argv[2] || 'docs/screenshot.png';
const view = process.argv[3];
const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await newContext(browser, { viewport: { width: 1400, height: 860 } });
  const { page } = await openApp(context, server.url);
  const result = await page.evaluate((text) => window.growthplan.openJson(text, 'sample-plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  if (!result.ok) throw new Error(result.error);
  if (view) await click(page, view);
  await page.mouse.move(1390, 850);
  await page.waitForTimeout(400);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
