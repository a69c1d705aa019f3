// A marketer opens a plan holding two quarters of lead outcomes, reads on Lead feedback what sales
// did with the leads (acceptance per quarter, follow-up times, the SLA promises next to what was
// measured, campaigns, sources and rejection reasons), adds a rejection reason by typing and takes
// it back with Undo, moves a reason with the keyboard, and sees the trade show flagged on its campaign
// card. Numbers are read from the labels the app draws ("68%##lead-period-2027-Q1-acceptance").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle, widget, isShown, scrollTo, told } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const planFile = path.resolve(here, '../data/valid/lead-feedback.json');

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openPlan(page, file) {
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'File');
  await click(page, 'Open…');
  await (await chooser).setFiles(file);
  await idle(page);
}

async function clickAway(page) {
  await page.mouse.click(5, 1500);  // the sidebar's empty space: the field lets go
  await idle(page);
}

test('lead feedback shows the numbers of the plan, edits the reason list with undo, and flags a campaign', async () => {
  const context = await newContext(browser, { viewport: { width: 1400, height: 1600 } });
  const { page, problems } = await openApp(context, server.url);
  await openPlan(page, planFile);
  assert.equal((await documentJson(page)).leadDays.length, 17);

  await click(page, 'Lead feedback');
  // The totals over both quarters.
  await widget(page, '696##lead-handed-over-value');
  await widget(page, '70.8%##lead-acceptance-value');
  await widget(page, '5 h##lead-median-value');
  await widget(page, '30.5 h##lead-p90-value');
  await widget(page, '##chart-lead-acceptance');
  // Per quarter: Q1 has 229 of 337 decided accepted; an odd count of touched leads and an exact p90.
  for (const [label, text] of [['handed-over', '357'], ['accepted', '229'], ['rejected', '81'], ['recycled', '27'],
    ['open', '20'], ['acceptance', '68%'], ['median', '5.75 h'], ['p90', '30.5 h']]) {
    await widget(page, `${text}##lead-period-2027-Q1-${label}`);
  }
  await widget(page, '74.1%##lead-period-2027-Q2-acceptance');
  await widget(page, '4.25 h##lead-period-2027-Q2-median');
  await widget(page, '26.5 h##lead-period-2027-Q2-p90');
  // A quarter without leads has no rate rather than 0%.
  await widget(page, '—##lead-period-2027-Q3-acceptance');

  // The SLA promises measured from lead feedback, next to what was measured.
  await widget(page, '≥ 70%##lead-sla-slaleadqual1-target');
  await widget(page, '68%##lead-sla-slaleadqual1-2027-Q1');
  await widget(page, '≤ 5 h##lead-sla-slafollowmed-target');
  await widget(page, '4.25 h##lead-sla-slafollowmed-2027-Q2');
  await widget(page, '30.5 h##lead-sla-slafollowp90-2027-Q1');

  // Campaigns (the CRM's lower-case spelling matched to the plan's campaign), sources and reasons.
  await widget(page, '158##lead-campaign-Retail trade show booth-handed-over');
  await widget(page, '46.6%##lead-campaign-Retail trade show booth-acceptance');
  await widget(page, '46.6%##lead-source-partner-acceptance');
  await widget(page, 'No need or interest##lead-reason-0-name');
  await widget(page, '40##lead-reason-0-count');
  await widget(page, '29.6%##lead-reason-0-share');
  await widget(page, '24%##lead-reason-1-2027-Q2');  // "Not our customer profile": 13 of Q2's 54 rejections

  // Add a reason by typing and Enter; Undo takes it back.
  await scrollTo(page, '##new-reason', { x: 900, y: 800 });
  await typeInto(page, '##new-reason', 'Student or job seeker');
  await page.keyboard.press('Enter');
  await idle(page);
  let doc = await documentJson(page);
  assert.equal(doc.reasons.leadRejection.length, 10);
  assert.equal(doc.reasons.leadRejection[9], 'Student or job seeker');
  await widget(page, '##reason-9');
  await clickAway(page);
  await page.keyboard.press('Control+Z');
  await idle(page);
  doc = await documentJson(page);
  assert.deepEqual(doc.reasons.leadRejection.length, 9);
  assert.ok(!doc.reasons.leadRejection.includes('Student or job seeker'));

  // Reordering by keyboard: from a reason's field, Shift+Tab twice reaches its up arrow; Space moves
  // it up, and the keyboard follows it (to the down arrow, as the first row cannot go further up).
  const second = await widget(page, '##reason-1');
  await page.mouse.click(second.x + 40, second.y + second.height / 2);
  await idle(page);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await idle(page);
  doc = await documentJson(page);
  assert.deepEqual(doc.reasons.leadRejection.slice(0, 2), ['Bad contact data', 'Unable to reach']);
  await page.keyboard.press('Space');
  await idle(page);
  doc = await documentJson(page);
  assert.deepEqual(doc.reasons.leadRejection.slice(0, 2), ['Unable to reach', 'Bad contact data']);

  // The trade show, whose leads sales rejects at 48% against 21.5% overall, is flagged on its card.
  await clickAway(page);
  await click(page, 'Campaigns');
  await widget(page, 'Leads rejected far more than average##lead-flag-cmptradeshow');
  assert.equal(await isShown(page, 'Leads rejected far more than average##lead-flag-cmpwebinars1'), false);
  assert.equal(await isShown(page, 'Leads rejected far more than average##lead-flag-cmppaidsearc'), false);
  assert.deepEqual(problems, []);
  await context.close();
});

// How many leads of the plan carry `reason`.
const leadsWithReason = (doc, reason) =>
  doc.leadDays.flatMap((day) => day.counts).filter((c) => c.reason === reason).reduce((sum, c) => sum + c.count, 0);

test('marketing signs the rejection reasons off; renaming a reason renames it in the imported leads and clears the sign-off', async () => {
  const context = await newContext(browser, { identity: { name: 'Ana Duarte', team: 'marketing' }, viewport: { width: 1400, height: 1600 } });
  const { page, problems } = await openApp(context, server.url);
  await openPlan(page, planFile);
  await click(page, 'Lead feedback');
  let doc = await documentJson(page);
  assert.equal(doc.reasons.leadRejection[2], 'No need or interest');
  assert.equal(leadsWithReason(doc, 'No need or interest'), 52);  // 40 rejected, 12 recycled

  await scrollTo(page, '##sign-off-lead-rejection-reasons', { x: 900, y: 800 });
  await click(page, '##sign-off-lead-rejection-reasons');
  await widget(page, '##withdraw-lead-rejection-reasons');
  doc = await documentJson(page);
  assert.deepEqual(doc.signOffs.map((o) => [o.target, o.team]), [['lead-rejection-reasons', 'marketing']]);

  // Renaming the reason: once the field lets go, the 52 imported leads carry the new name.
  await typeInto(page, '##reason-2', 'No need right now');
  await clickAway(page);
  await told(page, /^Renamed “No need or interest” to “No need right now” in \d+ days of lead feedback\.$/);
  doc = await documentJson(page);
  assert.equal(doc.reasons.leadRejection[2], 'No need right now');
  assert.equal(leadsWithReason(doc, 'No need right now'), 52);
  assert.equal(leadsWithReason(doc, 'No need or interest'), 0);
  await widget(page, 'No need right now##lead-reason-0-name');
  // The list changed after marketing signed it: the sign-off is cleared and can be given again.
  await widget(page, '##sign-off-lead-rejection-reasons');

  // Undo takes back the leads' rename first, then the list's; the sign-off holds again.
  await page.keyboard.press('Control+Z');
  await idle(page);
  doc = await documentJson(page);
  assert.equal(leadsWithReason(doc, 'No need or interest'), 52);
  assert.equal(doc.reasons.leadRejection[2], 'No need right now');
  await page.keyboard.press('Control+Z');
  await idle(page);
  doc = await documentJson(page);
  assert.equal(doc.reasons.leadRejection[2], 'No need or interest');
  await widget(page, '##withdraw-lead-rejection-reasons');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a plan without lead outcomes explains the page and offers the import', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  await click(page, 'Lead feedback');
  await widget(page, 'Import lead outcomes…');
  await widget(page, 'No lead outcomes yet##lead-empty-title');
  assert.equal(await isShown(page, '##chart-lead-acceptance'), false);
  assert.deepEqual(problems, []);
  await context.close();
});
