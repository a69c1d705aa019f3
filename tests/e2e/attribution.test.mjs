// Shared credit: a marketer imports the CRM's opportunities and touchpoints (File ▸ Import
// touchpoints…), maps a column the app does not recognise, reads the preview and imports. The
// plan then holds totals only (no opportunity ids), the models stand side by side, switching the
// agreed model changes the plan's totals, both teams sign it off, and after a reload the rows come
// back from this browser's storage. A bad row is named by file, row and column and imports nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, documentJson, idle, widget, disappears, isShown, scrollTo,
  tempFile, until, told, sampleFile, openView, typeInto } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const opportunitiesCsv = [
  'Opportunity ID,Account Name,Created Date,Close Date,Amount,Stage,Lead Source',
  'OPP-1,Acme Retail,2027-01-10,2027-02-20,30000,Closed Won,Marketing',
  'OPP-2,Globex,2027-02-01,,12000,Negotiation,Sales',
  'OPP-3,Initech,2027-02-15,2027-03-01,9000,Closed Lost,',
].join('\r\n') + '\r\n';

// "Programme" is not a header the app knows: the person says it is the campaign.
const touchpointsCsv = (...extra) => [
  'Opportunity ID,Touch Date,Channel,Programme,Team,Milestone',
  'OPP-1,2027-01-02,Webinars,Retail forecasting webinar series,marketing,lead-created',
  'OPP-1,2027-01-10,Events,Retail Technology Expo Europe,sales,opportunity-created',
  'OPP-1,2027-02-10,Email,Planning season mailer to the top 200 accounts,marketing,',
  'OPP-2,2027-01-20,Paid media,Paid search: retail demand forecasting,marketing,lead-created',
  'OPP-2,2027-02-01,Outbound,,sales,opportunity-created',
  'OPP-3,2027-02-14,Events,Retail Technology Expo Europe,sales,',
  ...extra,
].join('\r\n') + '\r\n';

async function openSample(page) {
  const result = await page.evaluate((text) => window.growthplan.openJson(text, 'plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  assert.ok(result.ok, result.error);
  await idle(page);
}

async function pick(page, buttonLabel, file) {
  const chooser = page.waitForEvent('filechooser');
  await click(page, buttonLabel);
  await (await chooser).setFiles(file);
  await idle(page);
}

async function pickBoth(page, touches) {
  await click(page, 'File');
  await click(page, 'Import touchpoints…');
  await widget(page, '##attribution-import-dialog');
  await pick(page, '##attribution-pick-opportunities', tempFile('opportunities.csv', opportunitiesCsv));
  await widget(page, 'opportunities.csv##attribution-opportunities-csv-name');
  await pick(page, '##attribution-pick-touchpoints', tempFile('touchpoints.csv', touches));
  await widget(page, 'touchpoints.csv##attribution-touchpoints-csv-name');
}

test('opportunities and touchpoints are mapped, imported as totals, compared by model, agreed and signed off', async () => {
  const context = await newContext(browser, { identity: { name: 'Priya Raman', team: 'marketing' } });
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);

  await pickBoth(page, touchpointsCsv());
  // The campaign column is not recognised: nothing to read it as until the person says so.
  await click(page, '##attribution-touch-column-3');
  await click(page, 'Campaign##attribution-touch-column-3-4');
  await scrollTo(page, 'Read files##attribution-import-read', { x: 640, y: 400 });
  await click(page, 'Read files##attribution-import-read');
  await widget(page, '##attribution-import-summary: 3 opportunities and 6 touches');
  assert.equal((await documentJson(page)).attribution, undefined, 'nothing changes before Import');
  await click(page, 'Import##attribution-import-confirm');
  await disappears(page, '##attribution-import-dialog');
  await told(page, /^Imported 3 opportunities from opportunities\.csv and touchpoints\.csv/);

  // The plan holds the agreed (default: linear) model's totals and no customer data.
  let doc = await until(page, async () => { const d = await documentJson(page); return d.attribution && d; }, 'the totals');
  assert.equal(doc.attribution.model, 'linear');
  assert.equal(doc.attribution.results.model, 'linear');
  assert.equal(doc.attribution.results.pipeline, 42000);
  assert.equal(doc.attribution.results.revenue, 30000);
  assert.deepEqual(doc.attribution.results.byChannel.map((c) => [c.name, c.pipeline]).slice(0, 3),
    [['Email', 10000], ['Events', 10000], ['Webinars', 10000]]);
  const text = JSON.stringify(doc);
  for (const personal of ['OPP-1', 'Acme Retail', 'Globex']) assert.ok(!text.includes(personal), `${personal} stayed out of the plan`);

  // Every model side by side on the Attribution page, the differences named.
  await widget(page, 'Agreed model: Linear##attribution-agreed');
  await widget(page, 'Webinars, First touch: EUR 30,000 (+200% against the agreed model)##attribution-cell-2-0');
  await widget(page, 'Webinars, Linear: EUR 10,000##attribution-cell-2-2');
  await widget(page, 'Webinars, W-shaped: EUR 18,000 (+80% against the agreed model)##attribution-cell-2-4');
  await scrollTo(page, 'Marketing sourced: EUR 42,000', { y: 300 });
  await widget(page, 'Sales touched: EUR 42,000');
  await widget(page, 'Marketing CRM source: EUR 30,000');
  await scrollTo(page, '2027-Q1: touched EUR 42,000, sourced EUR 42,000', { y: 300 });
  await scrollTo(page, 'Retail forecasting webinar series attributed: EUR 10,000', { y: 300 });
  await scrollTo(page, 'Not in the plan: Retail Technology Expo Europe.##attribution-unmatched', { y: 300 });
  await page.mouse.move(760, 300);
  await page.mouse.wheel(0, -4000);  // back to the top, where the model is chosen
  await idle(page);

  // The teams agree on W-shaped: the plan's totals follow at once; one Undo takes it back.
  await click(page, '##attribution-model');
  await click(page, 'W-shaped');
  doc = await until(page, async () => { const d = await documentJson(page); return d.attribution.model === 'w-shaped' && d; }, 'the model');
  assert.equal(doc.attribution.results.model, 'w-shaped');
  assert.deepEqual(doc.attribution.results.byChannel[0], { name: 'Webinars', pipeline: 18000, revenue: 18000 });
  await widget(page, 'Agreed model: W-shaped##attribution-agreed');

  // The Dashboard's channel view shows the agreed model and can switch to another.
  await openView(page, 'Dashboard');
  await scrollTo(page, '##dash-attribution-model');
  await widget(page, 'W-shaped: Webinars EUR 18,000, Events EUR 9,000, Paid media EUR 8,000, Outbound EUR 4,000, Email EUR 3,000##dash-attribution-chart');
  await click(page, '##dash-attribution-model');
  await click(page, 'First touch##dash-model-first');
  await widget(page, 'First touch: Webinars EUR 30,000, Paid media EUR 12,000, Email EUR 0, Events EUR 0, Outbound EUR 0##dash-attribution-chart');
  assert.equal((await documentJson(page)).attribution.model, 'w-shaped', 'looking at another model agrees on nothing');
  await openView(page, 'Attribution');

  // Marketing signs off; the agreement awaits sales.
  await scrollTo(page, '##sign-off-attribution', { y: 300 });
  await click(page, '##sign-off-attribution');
  const review = await page.evaluate(() => window.growthplan.review());
  const signOff = review.signOffs.find((s) => s.target === 'attribution');
  assert.ok(signOff, 'the attribution model has a sign-off');
  assert.deepEqual([signOff.team, signOff.state], ['marketing', 'approved']);

  // Export of every model as CSV.
  await scrollTo(page, 'Export CSV##attribution-export', { y: 300 });
  const download = page.waitForEvent('download');
  await click(page, 'Export CSV##attribution-export');
  const csv = fs.readFileSync(await (await download).path(), 'utf8');
  assert.match(csv, /^model,dimension,name,pipeline,revenue\r\n/);
  assert.match(csv, /\r\nw-shaped,channel,Webinars,18000,18000\r\n/);
  assert.match(csv, /\r\nfirst,channel,Webinars,30000,30000\r\n/);

  // The rows stay in this browser: after a reload the models are compared again without an import.
  // (idle() waits through the reloaded page's start: isIdle() is false until the app runs.)
  assert.deepEqual(await page.evaluate(() => window.growthplan.localDataKeys()), [`attribution-rows:${doc.plan.id}`]);
  await page.reload();
  await idle(page);
  await openView(page, 'Attribution');
  await widget(page, 'Webinars, First touch: EUR 30,000 (+67% against the agreed model)##attribution-cell-0-0', 20000);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a touch for an unknown opportunity is named by file, row and column, and nothing is imported', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  const before = await documentJson(page);
  await pickBoth(page, touchpointsCsv('OPP-9,2027-02-03,Email,,marketing,'));
  await scrollTo(page, 'Read files##attribution-import-read', { x: 640, y: 400 });
  await click(page, 'Read files##attribution-import-read');
  await widget(page, '1 problem in the files: nothing will be imported.');
  await widget(page, 'touchpoints, row 8, column 1 (Opportunity ID): no opportunity with id "OPP-9" in the opportunities file##attribution-problem-0');
  await widget(page, 'Import##attribution-import-confirm');
  await click(page, 'Cancel##attribution-import-cancel');
  await disappears(page, '##attribution-import-dialog');
  assert.deepEqual(await documentJson(page), before, 'the plan is untouched');
  assert.deepEqual(problems, []);
  await context.close();
});
