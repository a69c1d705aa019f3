// File ▸ Print summary: a plan with everything the summary shows (goal, SLA, terms, a diagnostic
// round, decisions and action items) prints on one A4 sheet, overdue actions flagged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, newContext, openApp, click, idle } from './harness.mjs';

const planFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/valid/workshop-outcome-plan.json');
let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// Pages of a PDF as Chromium writes it: one "/Type /Page" object per page.
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

test('the summary of a full workshop plan prints on one A4 page, with its decisions and action items', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  const result = await page.evaluate((t) => window.growthplan.openJson(t, 'workshop-outcome-plan.json'), fs.readFileSync(planFile, 'utf8'));
  assert.equal(result.ok, true, result.error);
  await idle(page);
  await click(page, 'File');
  const opened = context.waitForEvent('page');
  await click(page, 'Print summary…');
  const tab = await opened;
  await tab.waitForLoadState();
  const html = await tab.content();
  for (const part of ['Decisions and action items', 'What the teams decided at SLA kick-off',
    'An MQL is followed up within one working day, by phone first.', 'Build the weekly SLA report', 'Alignment diagnostic'])
    assert.ok(html.includes(part), `the summary shows "${part}"`);
  assert.match(html, /<span class="status s-bad">Overdue<\/span>/, 'the overdue action is flagged');
  assert.doesNotMatch(html, /Partner-sourced leads: own SLA/, 'parked items are not decisions');
  const pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true });
  assert.equal(pageCount(pdf), 1, 'one A4 page');
  assert.deepEqual(problems, []);
  await context.close();
});
