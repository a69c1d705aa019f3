// Screenshots of the Library view at devicePixelRatio 2: a laptop window and a 360 px phone, with
// three plans, one in the trash and one damaged entry.
// Usage: node tests/bench/library-screenshots.mjs [out-dir, default build/screenshots]
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, newContext, openApp, openView, idle, autosaved, click, scrollTo, sampleFile } from '../e2e/harness.mjs';

const outDir = process.argv[2] || 'build/screenshots';
const server = await startServer();
const browser = await launchBrowser();
const shots = [
  { name: 'library-1280', viewport: { width: 1280, height: 800 }, dark: false },
  { name: 'library-360', viewport: { width: 360, height: 780 }, dark: false },
  { name: 'library-1280-dark', viewport: { width: 1280, height: 800 }, dark: true },
];
const plan = (title, company) => {
  const doc = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  doc.plan.title = title;
  doc.plan.company = company;
  return JSON.stringify(doc);
};
try {
  fs.mkdirSync(outDir, { recursive: true });
  for (const shot of shots) {
    const context = await newContext(browser, { viewport: shot.viewport, deviceScaleFactor: 2 });
    if (shot.dark) await context.addInitScript(() => localStorage.setItem('growthplan.setting.theme', 'dark'));
    const { page } = await openApp(context, server.url);
    for (const [title, company] of [['EMEA expansion 2027', 'Northwind Traders'], ['Old draft', 'Northwind Traders'],
      ['FY2027 Joint Growth Plan', 'Northwind Traders GmbH']]) {
      await page.evaluate(({ text }) => window.growthplan.openJson(text, ''), { text: plan(title, company) });
      await autosaved(page);
    }
    await page.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open('growthplan', 1);
      open.onsuccess = () => {
        const tx = open.result.transaction('kv', 'readwrite');
        tx.objectStore('kv').put({ half: true }, 'plan:broken-by-an-extension');
        tx.oncomplete = resolve;
      };
    }));
    await openView(page, 'Library');
    await click(page, 'Title##library-sort-1');
    await scrollTo(page, '##library-delete-2', { x: shot.viewport.width / 2, bottomMargin: 180 });
    await click(page, '##library-delete-2');  // "Old draft"
    await page.evaluate(() => window.growthplan.noticeLog());
    await page.mouse.move(shot.viewport.width / 2, 300);
    await page.mouse.wheel(0, -3000);  // back to the top
    await idle(page);
    const out = path.join(outDir, `${shot.name}.png`);
    await page.screenshot({ path: out, fullPage: false });
    console.log(`wrote ${out}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
