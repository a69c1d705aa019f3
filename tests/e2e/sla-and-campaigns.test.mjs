// A person writes down what marketing promises sales, enters what the first quarters delivered and
// sees each promise met or at risk; adds a campaign with its budget and expected MQLs, sees the
// "only one hammer" warning while a single channel carries everything, and finds it all again
// after saving and opening the file. Statuses and warnings are found by their ImGui labels
// ("At risk##commitment-status-0"), so each assertion is about something drawn on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle, widget, disappears } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function clickAway(page) {
  await page.mouse.click(5, 780);  // the sidebar's empty space: the field commits and lets go
  await idle(page);
}

// Waits until a label is drawn, or with `gone`, until it is no longer drawn (it must have been
// drawn before: a label never drawn has not gone).
async function shows(page, label, { gone = false } = {}) {
  if (gone) return disappears(page, label);
  return widget(page, label);
}

const hammer = (channel) => `Only one hammer: ${channel} carries 100% of the campaign budget and 100% of the expected leads. ` +
  'If that channel underdelivers, so does the plan: spread the work over more channels.##channel-concentration-warning';

test('a commitment gets actuals and a status, a campaign shows the one-hammer warning, and both survive save and open', async () => {
  const context = await newContext(browser, { viewport: { width: 1400, height: 1600 } });
  const { page, problems } = await openApp(context, server.url);

  // Marketing promises 1,200 MQLs a quarter.
  await click(page, 'Service level agreement');
  await click(page, 'Add commitment##marketing');
  await typeInto(page, '##commitment-metric-0', 'MQLs delivered per quarter');
  await clickAway(page);
  await typeInto(page, '##commitment-target-0', '1.2k');
  await clickAway(page);
  let doc = await documentJson(page);
  assert.equal(doc.commitments.length, 1);
  assert.equal(doc.commitments[0].owner, 'marketing');
  assert.equal(doc.commitments[0].metric, 'MQLs delivered per quarter');
  assert.equal(doc.commitments[0].target, 1200);
  assert.equal(doc.commitments[0].direction, 'at-least');
  await shows(page, 'No actual yet##commitment-status-0');

  // The first quarter delivered 1,100: within 10% short of the target, so at risk.
  await typeInto(page, '##actual-0-0', '1,100');
  await clickAway(page);
  await shows(page, 'At risk##commitment-status-0');
  await shows(page, 'At risk##actual-status-0-0');
  // The second quarter delivered 1,300: the latest status is met.
  await typeInto(page, '##actual-0-1', '1300');
  await clickAway(page);
  await shows(page, 'Met##commitment-status-0');
  await shows(page, 'Met##actual-status-0-1');
  doc = await documentJson(page);
  assert.deepEqual(doc.commitments[0].actuals.map((a) => a.value), [1100, 1300]);

  // A negative target is a message on the field, never a broken number.
  await typeInto(page, '##commitment-target-0', '-5');
  await clickAway(page);
  const message = await shows(page, 'Must be 0 or more##issue-commitments[0].target');
  const field = await shows(page, '##commitment-target-0');
  assert.ok(message.y >= field.y + field.height - 1 && message.y < field.y + field.height + 30, 'the message is right under the field');
  await typeInto(page, '##commitment-target-0', '1200');
  await clickAway(page);
  await shows(page, 'Must be 0 or more##issue-commitments[0].target', { gone: true });
  await shows(page, 'Met##commitment-status-0');

  // Sales promises a follow-up within 24 hours; 30 hours is missed.
  await click(page, 'Add commitment##sales');
  await typeInto(page, '##commitment-metric-1', 'First follow-up on every MQL within');
  await clickAway(page);
  await typeInto(page, '##commitment-target-1', '24');
  await clickAway(page);
  await typeInto(page, '##actual-1-0', '30');
  await clickAway(page);
  await shows(page, 'Missed##commitment-status-1');
  doc = await documentJson(page);
  assert.equal(doc.commitments[1].owner, 'sales');
  assert.equal(doc.commitments[1].direction, 'at-most');
  assert.equal(doc.commitments[1].unit, 'hours');

  // A campaign: webinars only, so one channel carries everything.
  await click(page, 'Campaigns');
  await click(page, 'Add campaign');
  await typeInto(page, '##campaign-name-0', 'Spring webinar series');
  await clickAway(page);
  await click(page, 'Webinars##campaign-channel-0-webinars');
  await typeInto(page, '##campaign-budget-0', '40k');
  await clickAway(page);
  await typeInto(page, '##campaign-leads-0', '600');
  await clickAway(page);
  await typeInto(page, '##campaign-mqls-0', '150');
  await clickAway(page);
  doc = await documentJson(page);
  assert.equal(doc.campaigns.length, 1);
  assert.equal(doc.campaigns[0].name, 'Spring webinar series');
  assert.deepEqual(doc.campaigns[0].channels, ['webinars']);
  assert.equal(doc.campaigns[0].budget, 40000);
  assert.equal(doc.campaigns[0].expectedLeads, 600);
  assert.equal(doc.campaigns[0].expectedMqls, 150);
  await shows(page, 'EUR 40,000##campaign-budget-tile-value');
  await shows(page, hammer('Webinars'));

  // Dates in the wrong order are flagged on the end date.
  const year = doc.campaigns[0].startDate.slice(0, 4);
  await typeInto(page, '##campaign-start-0', `${year}-03-01`);
  await clickAway(page);
  await typeInto(page, '##campaign-end-0', `${year}-02-01`);
  await clickAway(page);
  await shows(page, 'The campaign ends before it starts##issue-campaigns[0].endDate');
  await typeInto(page, '##campaign-end-0', `${year}-04-30`);
  await clickAway(page);
  await shows(page, 'The campaign ends before it starts##issue-campaigns[0].endDate', { gone: true });

  // Email next to webinars: each carries half, which is not "most".
  await click(page, 'Email##campaign-channel-0-email');
  await shows(page, hammer('Webinars'), { gone: true });
  doc = await documentJson(page);
  assert.deepEqual(doc.campaigns[0].channels, ['email', 'webinars']);
  assert.doesNotMatch(await page.evaluate(() => window.growthplan.documentJson()), /NaN|Infinity|null/);

  // Save, then open the saved file in a fresh page: the same statuses and campaign come back.
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+S');
  const savedText = fs.readFileSync(await (await download).path(), 'utf8');
  const saved = JSON.parse(savedText);
  assert.equal(saved.schemaVersion, 5);
  assert.equal(saved.commitments.length, 2);
  assert.equal(saved.campaigns[0].endDate, `${year}-04-30`);

  const second = await openApp(context, server.url);
  const opened = await second.page.evaluate((text) => window.growthplan.openJson(text, 'plan.json'), savedText);
  assert.equal(opened.ok, true, opened.error);
  assert.equal(await second.page.evaluate(() => window.growthplan.documentJson()), savedText, 'the file round-trips byte for byte');
  await click(second.page, 'Service level agreement');
  await shows(second.page, 'Met##commitment-status-0');
  await shows(second.page, 'Missed##commitment-status-1');
  await click(second.page, 'Campaigns');
  await shows(second.page, 'EUR 40,000##campaign-budget-tile-value');
  await shows(second.page, '150##campaign-mqls-tile-value');

  assert.deepEqual(problems, []);
  assert.deepEqual(second.problems, []);
  await context.close();
});
