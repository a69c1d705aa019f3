// Screenshots of presenter mode as a projector shows it: the kick-off workshop's second item
// ("Agree what an MQL is", its term underneath) a few minutes in, at 1280×800 DPR 2 (the README's
// presenter.png) and 1920×1080 DPR 1 (a common projector); plus an item whose time is up.
// Usage: node tests/bench/presenter-screenshot.mjs [output folder, default build/screenshots]
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, newContext, openApp, idle } from '../e2e/harness.mjs';
import { planWithWorkshop, kickOffAgenda } from '../e2e/presenter-plan.mjs';

const out = path.resolve(process.argv[2] || 'build/screenshots');
fs.mkdirSync(out, { recursive: true });

async function present(browser, url, { width, height, dpr, item, minutesIn, agenda = kickOffAgenda }) {
  const context = await newContext(browser, { viewport: { width, height }, deviceScaleFactor: dpr });
  await context.clock.install();  // the countdown's time is the script's to set
  const { page } = await openApp(context, url);
  await page.evaluate((text) => window.growthplan.openJson(text, 'kick-off.json'), planWithWorkshop(agenda));
  await idle(page);
  await page.keyboard.press('F5');
  for (let i = 0; i < item; i++) await page.keyboard.press('ArrowRight');
  await idle(page);
  await page.clock.fastForward(minutesIn * 60000);
  await page.mouse.move(width - 4, height - 4);  // out of the way, and a frame drawn at the new time
  await idle(page);
  return { context, page };
}

const server = await startServer();
const browser = await launchBrowser();
try {
  for (const [name, width, height, dpr] of [['presenter.png', 1280, 800, 2], ['presenter-1920x1080.png', 1920, 1080, 1]]) {
    const { context, page } = await present(browser, server.url, { width, height, dpr, item: 1, minutesIn: 6.55 });
    await page.screenshot({ path: path.join(out, name) });
    await context.close();
  }
  const { context, page } = await present(browser, server.url, { width: 1280, height: 800, dpr: 2, item: 2, minutesIn: 25.1 });
  await page.screenshot({ path: path.join(out, 'presenter-time-up.png') });
  await context.close();
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
