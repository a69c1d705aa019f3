// A marketer imports what sales did with last month's leads from a CRM export: File ▸ Import lead
// outcomes…, picks the CSV, tells the app that an unrecognised column is the campaign and what an
// unknown status means, checks the preview and imports. The plan then holds only counts per day
// (no names, no e-mail addresses), and one Undo takes the whole import back. A file with a bad row
// is explained by row and column and imports nothing. Enter takes each step, as Next and Import do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, documentJson, idle, widget, disappears, isShown, scrollTo, tempFile, until, told, sampleFile } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function pickLeadFile(page, file) {
  await click(page, 'File');
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'Import lead outcomes…');
  await (await chooser).setFiles(file);
  await idle(page);
}

// A lead file in the app's own column names, one lead a row.
const leadsCsv = (...rows) => ['lead id,created,source,campaign,first touch,status,reason', ...rows].join('\n') + '\n';

const exportCsv = [
  'Record ID,First Name,Email,Create Date,Original Source,Programme,Lead Status,Disqualification Reason,First Activity Date',
  '101,Ada,ada@example.com,2027-03-01 09:00,Marketing,Spring webinar,SQL,,2027-03-01 10:00',
  '102,Ben,ben@example.com,2027-03-01 11:00,Marketing,Spring webinar,Unqualified,no budget,2027-03-01 15:00',
  '103,Cy,cy@example.com,2027-03-02 08:00,Partner,Spring webinar,Parked,,',
  '104,Di,di@example.com,2027-03-05 08:00,Marketing,Trade show,Working - Contacted,,2027-03-05 08:30',
].join('\r\n') + '\r\n';

test('a CRM export is mapped, previewed and imported as counts per day; Undo removes them', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  const before = await documentJson(page);
  assert.deepEqual(before.leadDays, []);

  await pickLeadFile(page, tempFile('march-leads.csv', exportCsv));
  // Step 1: HubSpot's headers are recognised; "Programme" is not, so the person says it is the campaign.
  await widget(page, '##lead-import-dialog');
  await widget(page, 'Programme');
  await click(page, '##lead-column-5');
  await click(page, 'Campaign##lead-field-5-4');
  await click(page, 'Next##lead-import-next');

  // Step 2: "Parked" is unknown; Next waits until the person says it means recycled.
  await widget(page, 'Parked');
  await widget(page, '1 status needs an outcome before the import.');
  await click(page, '##lead-status-2');
  await click(page, 'Recycled to nurture##lead-outcome-2-recycled');
  await disappears(page, '1 status needs an outcome before the import.');
  await click(page, 'Next##lead-import-next');

  // Step 3: the preview counts by status and names the days it replaces; nothing changed yet.
  await widget(page, '##lead-import-summary: 4 leads, 2 accepted');
  await widget(page, 'Replaces 1 Mar 2027 – 5 Mar 2027 (3 days with leads) and keeps every other day.');
  assert.deepEqual((await documentJson(page)).leadDays, []);
  await click(page, '##lead-import-confirm');
  await disappears(page, '##lead-import-dialog');

  const doc = await until(page, async () => { const d = await documentJson(page); return d.leadDays.length === 3 && d; }, 'the import');
  assert.deepEqual(doc.leadDays.map((d) => d.day), ['2027-03-01', '2027-03-02', '2027-03-05']);
  assert.deepEqual(doc.leadDays[0].counts, [
    { campaign: 'Spring webinar', source: 'marketing', status: 'accepted', reason: '', count: 1 },
    { campaign: 'Spring webinar', source: 'marketing', status: 'rejected', reason: 'No budget', count: 1 },
  ]);
  assert.deepEqual(doc.leadDays[0].followUps, [{ minutes: 60, count: 1 }, { minutes: 240, count: 1 }]);
  assert.deepEqual(doc.leadDays[1].counts, [{ campaign: 'Spring webinar', source: 'partner', status: 'recycled', reason: '', count: 1 }]);
  assert.deepEqual(doc.leadDays[2].counts, [{ campaign: 'Trade show', source: 'marketing', status: 'accepted', reason: '', count: 1 }]);
  const text = JSON.stringify(doc);
  for (const personal of ['ada@example.com', 'Ada', '"101"']) assert.ok(!text.includes(personal), `${personal} stayed out of the plan`);
  await told(page, /^Imported 4 leads from march-leads\.csv/);

  // One Undo takes the whole import back.
  await page.keyboard.press('Control+z');
  await idle(page);
  await until(page, async () => (await documentJson(page)).leadDays.length === 0, 'the undo');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the SLA takes its actuals from an import: October’s leads fill the fourth quarter of acceptance and follow-up', async () => {
  const context = await newContext(browser, { viewport: { width: 1400, height: 1400 } });
  const { page, problems } = await openApp(context, server.url);
  const opened = await page.evaluate((t) => window.growthplan.openJson(t, 'plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  assert.ok(opened.ok, opened.error);
  await idle(page);
  // The sample measures "Share of MQLs that meet the agreed MQL definition" (commitment 1) from lead
  // acceptance and "First follow-up within 24 hours" (commitment 3) from the follow-up p90.
  const doc = await documentJson(page);
  assert.equal(doc.commitments[1].measure, 'lead-acceptance-rate');
  assert.equal(doc.commitments[3].measure, 'follow-up-p90-hours');
  await click(page, 'Service level agreement');
  await scrollTo(page, 'Measured##actual-measured-1-2', { x: 900, y: 700 });  // 2027-Q3, from the sample's leads
  assert.equal(await isShown(page, 'Measured##actual-measured-1-3'), false, 'no leads in 2027-Q4 yet');
  await widget(page, '—##actual-status-1-3');

  const october = leadsCsv(
    'L1,2027-10-04 09:00,marketing,Retail forecasting webinar series,2027-10-04 10:00,accepted,',
    'L2,2027-10-05 09:00,marketing,Retail forecasting webinar series,2027-10-05 11:00,accepted,',
    'L3,2027-10-06 09:00,partner,Retail forecasting webinar series,2027-10-06 09:30,accepted,');
  await pickLeadFile(page, tempFile('october-leads.csv', october));
  await widget(page, '##lead-import-dialog');
  await click(page, 'Next##lead-import-next');
  await click(page, 'Next##lead-import-next');
  await click(page, '##lead-import-confirm');
  await disappears(page, '##lead-import-dialog');
  await told(page, /^Imported 3 leads from october-leads\.csv/);

  // Without typing anything, the fourth quarter is measured and met: 100% accepted, p90 of 2 hours.
  await click(page, 'Service level agreement');
  await scrollTo(page, 'Measured##actual-measured-1-3', { x: 900, y: 700 });
  await widget(page, 'Met##actual-status-1-3');
  await scrollTo(page, 'Measured##actual-measured-3-3', { x: 900, y: 700 });
  await widget(page, 'Met##actual-status-3-3');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the keyboard alone goes through the wizard: Enter takes each step and imports', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  const november = leadsCsv(
    'N1,2027-11-02 09:00,marketing,Webinar,2027-11-02 10:00,accepted,',
    'N2,2027-11-03 09:00,partner,Webinar,2027-11-03 12:00,rejected,No budget');
  await pickLeadFile(page, tempFile('november-leads.csv', november));
  await widget(page, '##lead-import-dialog');
  await widget(page, 'created##lead-header-1');
  await page.keyboard.press('Enter');  // step 1: Next
  await widget(page, 'accepted##lead-status-value-0');
  await page.keyboard.press('Enter');  // step 2: Next
  await widget(page, '##lead-import-summary: 2 leads, 1 accepted');
  await page.keyboard.press('Enter');  // step 3: Import 2 leads
  await disappears(page, '##lead-import-dialog');
  await told(page, /^Imported 2 leads from november-leads\.csv/);
  assert.deepEqual((await documentJson(page)).leadDays.map((d) => d.day), ['2027-11-02', '2027-11-03']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a bad row is named by row and column in the preview, and nothing is imported; the keyboard cancels', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  const before = await documentJson(page);
  const bad = 'created,status,campaign\n2027-03-01,accepted,Webinar\nnext week,accepted,Webinar\n';
  await pickLeadFile(page, tempFile('bad-leads.csv', bad));
  await widget(page, '##lead-import-dialog');
  await click(page, 'Next##lead-import-next');
  await click(page, 'Next##lead-import-next');
  await widget(page, 'row 3, column 1 (created): expected a date like 2027-01-31 or 2027-01-31 09:30, not "next week"');
  await widget(page, '1 problem in the file: nothing will be imported.');
  await page.keyboard.press('Escape');
  await disappears(page, '##lead-import-dialog');
  assert.deepEqual(await documentJson(page), before);
  assert.deepEqual(problems, []);
  await context.close();
});
