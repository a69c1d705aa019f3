// Glossary at scale: opens the sample plan with 10,000 generated terms in headless Chromium and
// prints the cost of one filter keystroke and the frame time while scrolling the full list.
// Frame time is the app's own CPU time per frame (window.growthplan.peakFrameMs: building the UI
// and submitting it to WebGL), so it does not depend on the display's refresh rate.
// Usage: node tests/bench/glossary-bench.mjs   (after a web build; GP_SITE_DIR picks the build)
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, widget, settle, sampleFile } from '../e2e/harness.mjs';

const TERMS = Number(process.env.GP_BENCH_TERMS || 10000);

function bigPlan() {
  const plan = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  const words = ['pipeline', 'lead', 'account', 'velocity', 'qualified', 'meeting', 'renewal', 'expansion', 'churn',
    'territory', 'segment', 'intent', 'trial', 'demo', 'quota', 'forecast', 'handover', 'nurture', 'signal', 'persona'];
  const statuses = ['proposed', 'discussing', 'agreed', 'deprecated'];
  const categories = ['funnel-stage', 'metric', 'activity', 'audience', 'product', 'other'];
  const teams = ['marketing', 'sales', 'leadership', 'other'];
  const template = plan.glossary[0];
  for (let i = 0; i < TERMS; i++) {
    const w = (k) => words[(i * 7 + k * 13 + Math.floor(i / 20)) % words.length];
    const name = `${w(0)} ${w(1)} ${i}`;
    plan.glossary.push({
      ...template,
      id: `bench${String(i).padStart(7, '0')}`,
      name: name[0].toUpperCase() + name.slice(1),
      aliases: [`${w(2)}-${i}`],
      status: statuses[i % 4],
      category: categories[i % 6],
      owner: teams[i % 4],
      replacedBy: '',
      definition: `The ${w(3)} of a ${w(4)} once the ${w(5)} is confirmed by both teams (${i}).`,
      marketingDefinition: `Marketing counts a ${w(4)} when the ${w(6)} shows ${w(7)}.`,
      salesDefinition: `Sales counts a ${w(4)} when a ${w(8)} is booked.`,
      relatedTermIds: [],
      history: template.history.slice(0, 1),
    });
  }
  return JSON.stringify(plan);
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${pick(0.5).toFixed(1)} ms, p95 ${pick(0.95).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (n=${values.length})`;
};

// The longest frame drawn after `action`, once the app is idle again.
async function peakAfter(page, action) {
  await page.evaluate(() => window.growthplan.peakFrameMs());  // reset
  const framesBefore = await page.evaluate(() => window.growthplan.framesRendered());
  await action();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(25);
    if (await page.evaluate(() => window.growthplan.framesRendered()) > framesBefore) break;
  }
  await page.waitForTimeout(60);
  return page.evaluate(() => window.growthplan.peakFrameMs());
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await newContext(browser, { viewport: { width: 1400, height: 860 } });
  const { page } = await openApp(context, server.url);
  const text = bigPlan();
  const openStart = Date.now();
  const result = await page.evaluate((t) => window.growthplan.openJson(t, 'big-glossary.json'), text);
  if (!result.ok) throw new Error(result.error);
  console.log(`plan with ${TERMS.toLocaleString('en')} generated terms (+ the sample's own): ${(text.length / 1048576).toFixed(1)} MB, opened in ${Date.now() - openStart} ms`);

  await click(page, 'Glossary');
  await settle(page, 500);
  const firstGlossaryFrame = await peakAfter(page, () => page.mouse.move(700, 400));
  console.log(`glossary view, a frame with the full list: ${firstGlossaryFrame.toFixed(1)} ms`);

  // Filter: one keystroke at a time in the search field, as a person types.
  await click(page, '##glossary-search');
  const keystrokes = [];
  for (const key of 'velocity lead') keystrokes.push(await peakAfter(page, () => page.keyboard.type(key)));
  console.log(`filter keystroke (search over ${TERMS.toLocaleString('en')} terms, frame that applies it): ${stats(keystrokes)}`);
  const erase = [];
  for (let i = 0; i < 'velocity lead'.length; i++) erase.push(await peakAfter(page, () => page.keyboard.press('Backspace')));
  console.log(`filter keystroke (Backspace back to the full list): ${stats(erase)}`);

  // Scrolling the full list with the mouse wheel.
  const list = await widget(page, '##glossary-search');
  await page.mouse.move(list.x + 100, list.y + 300);
  const scrolling = [];
  for (let i = 0; i < 60; i++) scrolling.push(await peakAfter(page, () => page.mouse.wheel(0, 600)));
  console.log(`frame time while scrolling the full list (wheel, 600 px a step): ${stats(scrolling)}`);

  // Editing a term with the big glossary open (each keystroke is a document change).
  await page.mouse.click(list.x + 100, list.y + 200);
  await settle(page, 200);
  await click(page, '##term-name');
  await page.keyboard.press('End');
  const typing = [];
  for (const key of 'typing a note') typing.push(await peakAfter(page, () => page.keyboard.type(key)));
  console.log(`typing in the selected term's name (each keystroke changes the document; list re-sorted): ${stats(typing)}`);
  await page.mouse.click(5, 700);
  const languageCheck = await peakAfter(page, () => click(page, 'Language check'));
  console.log(`language check view (all issues of ${TERMS.toLocaleString('en')} terms): ${languageCheck.toFixed(1)} ms`);
} finally {
  await browser.close();
  await server.close();
}
