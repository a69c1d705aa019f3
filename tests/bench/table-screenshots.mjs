// Screenshots of the pages with tables, to judge how they look on a 360 px phone and a 1280 px
// laptop (both DPR 2): each page from its top down, a screen at a time, with the sample plan.
// Usage: node tests/bench/table-screenshots.mjs [output folder, default build/screenshots] [page title...]
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, newContext, openApp, idle, openView, sampleFile } from '../e2e/harness.mjs';

const out = path.resolve(process.argv[2] || 'build/screenshots');
const titles = process.argv.length > 3 ? process.argv.slice(3)
  : ['Lead feedback', 'Win/loss', 'Service level agreement', 'Campaigns', 'Attribution', 'Enablement'];
fs.mkdirSync(out, { recursive: true });

const screens = [
  { name: 'phone', width: 360, height: 800, options: { isMobile: true, hasTouch: true } },
  { name: 'laptop', width: 1280, height: 800, options: {} },
];
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const server = await startServer();
const browser = await launchBrowser();
const written = [];
try {
  for (const screen of screens) {
    const context = await newContext(browser, { viewport: { width: screen.width, height: screen.height }, deviceScaleFactor: 2, ...screen.options });
    const { page } = await openApp(context, server.url);
    const opened = await page.evaluate((t) => window.growthplan.openJson(t, 'sample-plan.json'), fs.readFileSync(sampleFile, 'utf8'));
    if (!opened.ok) throw new Error(opened.error);
    await idle(page);
    for (const title of titles) {
      await openView(page, title);
      // A screen at a time until the page stops moving (at most 10 screens).
      let previous = null;
      for (let n = 0; n < 10; n++) {
        await page.mouse.move(screen.width - 10, screen.height - 10);
        await idle(page);
        const shot = await page.screenshot();
        if (previous && shot.equals(previous)) break;
        const file = path.join(out, `${slug(title)}-${screen.name}-${n}.png`);
        fs.writeFileSync(file, shot);
        written.push(file);
        previous = shot;
        await page.mouse.move(screen.width / 2, screen.height / 2);
        await page.mouse.wheel(0, screen.height - 160);
      }
      await page.mouse.move(screen.width / 2, screen.height / 2);
      await page.mouse.wheel(0, -100000);  // back to the top for the next page
    }
    await context.close();
  }
  console.log(`wrote ${written.length} screenshots to ${out}`);
} finally {
  await browser.close();
  await server.close();
}
