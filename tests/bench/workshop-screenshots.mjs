// Screenshots of the Workshop page, to judge how it looks: a workshop made from the "SLA kick-off"
// template, with a parked point, two decisions and two action items (one overdue), on a laptop
// (1280×800) and a phone (390×844), both at DPR 2.
// Usage: node tests/bench/workshop-screenshots.mjs [output folder, default build/screenshots]
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, idle, widget, sampleFile } from '../e2e/harness.mjs';

const out = path.resolve(process.argv[2] || 'build/screenshots');
fs.mkdirSync(out, { recursive: true });

// ImGui's tabs take a click only on a tab the pointer already rests on.
async function openTab(page, label) {
  const r = await widget(page, label);
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
  await idle(page);
  await click(page, label);
}

async function typeAndEnter(page, label, text) {
  await typeInto(page, label, text);
  await page.keyboard.press('Enter');
  await idle(page);
}

// Fills the page the way a facilitator does, then takes one picture per tab.
async function shoot(page, name, { width, height }) {
  const opened = await page.evaluate((t) => window.growthplan.openJson(t, 'sample-plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  if (!opened.ok) throw new Error(opened.error);
  await click(page, 'Workshop');
  await click(page, '##ws-template-1');
  await openTab(page, 'Parking lot & decisions##ws-tab-notes');
  await typeAndEnter(page, '##parked-new', 'Partner leads: who follows them up?');
  await typeAndEnter(page, '##decision-new', 'An MQL is a lead scoring 60 or more');
  await typeAndEnter(page, '##decision-new', 'Sales calls every MQL back within one working day');
  await openTab(page, 'Action items##ws-tab-actions');
  await typeAndEnter(page, '##action-new', 'Send the SLA draft to sales');
  await click(page, '##action-owner-0');
  await click(page, 'Marcus Oyelaran');
  await typeAndEnter(page, '##action-due-0', '2020-01-15');
  await typeAndEnter(page, '##action-new', 'Agree the lead score threshold with RevOps');
  await typeAndEnter(page, '##action-due-1', '2031-06-30');
  const files = [];
  for (const [tab, file] of [['Agenda##ws-tab-agenda', 'agenda'], ['Parking lot & decisions##ws-tab-notes', 'notes'],
    ['Action items##ws-tab-actions', 'actions']]) {
    await openTab(page, tab);
    await page.mouse.move(width - 4, height - 4);
    await idle(page);
    const target = path.join(out, `workshop-${file}-${name}.png`);
    await page.screenshot({ path: target });
    files.push(target);
  }
  return files;
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const written = [];
  for (const [name, viewport, extra] of [['1280x800', { width: 1280, height: 800 }, {}],
    ['390x844', { width: 390, height: 844 }, { isMobile: true, hasTouch: true }]]) {
    const context = await newContext(browser, { viewport, deviceScaleFactor: 2, ...extra });
    const { page } = await openApp(context, server.url);
    written.push(...await shoot(page, name, viewport));
    await context.close();
  }
  console.log(`wrote ${written.join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
