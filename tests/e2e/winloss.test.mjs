// A person records a lost deal by typing in the Win/loss form and sees the win rate; imports a
// deals CSV through the button (a bad file is explained by row and column and changes nothing, a
// good one is previewed, then imported) and sees the win rate change; marketing marks an insight
// as used in a campaign; and Undo takes each step back, a typing burst at a time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle, until, widget, tempFile, scrollTo, sampleFile } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const clickAway = async (page) => { await page.mouse.click(5, 780); await idle(page); };  // the sidebar's empty space
const winRate = (text) => `${text}##winloss-rate-tile-value`;

test('a person adds a lost deal, imports deals from CSV, marks an insight used in a campaign, and undoes', async () => {
  const context = await newContext(browser, { viewport: { width: 1400, height: 1600 } });
  const { page, problems } = await openApp(context, server.url);
  // The sample plan's campaigns, without its win/loss entries: the page starts empty.
  const sample = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  sample.deals = [];
  const opened = await page.evaluate((text) => window.growthplan.openJson(text, 'plan.json'), JSON.stringify(sample));
  assert.ok(opened.ok, opened.error);
  const campaigns = (await documentJson(page)).campaigns;
  await idle(page);

  // The empty page explains itself and offers the first entry.
  await click(page, 'Win/loss');
  await widget(page, 'No win/loss entries yet##winloss-empty');
  await click(page, 'Add the first entry##winloss-empty-add');

  // A lost deal, typed into the form.
  await typeInto(page, '##deal-name-0', 'Northwind Retail');
  await click(page, 'Lost##deal-outcome-0-1');
  await typeInto(page, '##deal-amount-0', '48k');
  await typeInto(page, '##deal-reason-0', 'Price');
  await typeInto(page, '##deal-competitor-0', 'Contoso');
  await typeInto(page, '##deal-segment-0', 'Retail');
  await typeInto(page, '##deal-insight-0', 'Their CFO compared us on licence price only');
  await clickAway(page);
  let doc = await documentJson(page);
  assert.equal(doc.deals.length, 1);
  assert.deepEqual(
    [doc.deals[0].deal, doc.deals[0].outcome, doc.deals[0].amount, doc.deals[0].reason, doc.deals[0].competitor, doc.deals[0].segment],
    ['Northwind Retail', 'lost', 48000, 'Price', 'Contoso', 'Retail']);
  assert.equal(doc.deals[0].created.by, 'Test Person');
  await widget(page, winRate('0%'));

  const pick = async (file) => {
    const chooser = page.waitForEvent('filechooser');
    await click(page, 'Import deals…');
    await (await chooser).setFiles(file);
    await idle(page);
  };

  // A bad file: every problem with its row and column, and nothing changes.
  const before = await documentJson(page);
  await pick(tempFile('bad-deals.csv', 'deal,outcome,amount\r\nLitware,pending,1000\r\nContoso Foods,won,lots\r\n'));
  await widget(page, 'row 2, column 2 (outcome): “pending” is not an outcome; expected won, lost or no decision##deal-import-error-0');
  await widget(page, 'row 3, column 3 (amount): “lots” is not an amount; write it like 48000, 48,000 or 48k##deal-import-error-1');
  assert.deepEqual(await documentJson(page), before);
  await click(page, 'Cancel##deal-import-cancel');
  assert.deepEqual(await documentJson(page), before);

  // A good file: previewed, then imported as one step; the win rate follows.
  const good = 'Deal,Outcome,Amount,Closed,Reason,Competitor,Segment,Campaign,Insight\r\n' +
    `Fabrikam Parts,won,30000,2027-02-20,Product fit,Contoso,Manufacturing,${campaigns[0].name},"They came from the webinar; ask them for a case study"\r\n` +
    'Tailspin Stores,no decision,8000,2027-03-05,Timing,,Retail,,\r\n';
  await pick(tempFile('deals.csv', good));
  await widget(page, '##deal-import-summary: 2 add, 0 update');
  assert.deepEqual(await documentJson(page), before, 'nothing imported while the preview shows');
  await click(page, '##deal-import-confirm');
  doc = await until(page, async () => { const d = await documentJson(page); return d.deals.length === 3 && d; }, 'the import');
  assert.deepEqual(doc.deals.map((d) => [d.deal, d.outcome]), [['Northwind Retail', 'lost'], ['Fabrikam Parts', 'won'], ['Tailspin Stores', 'no-decision']]);
  assert.deepEqual(doc.deals[1].campaignIds, [campaigns[0].id]);
  await widget(page, winRate('33.3%'));

  // Clicking an entry opens its form.
  await scrollTo(page, '##deal-row-1');
  await click(page, '##deal-row-1');
  await widget(page, '##deal-name-1');

  // Marketing uses Fabrikam's insight in a campaign.
  await scrollTo(page, '##insight-used-1');
  await click(page, '##insight-used-1');
  await click(page, `${campaigns[1].name}##${campaigns[1].id}`);
  doc = await documentJson(page);
  assert.equal(doc.deals[1].insightUsed, true);
  assert.equal(doc.deals[1].usedInCampaignId, campaigns[1].id);
  await widget(page, `Used in ${campaigns[1].name}##insight-used-text-1`);

  // Undo: the mark, then the import (one step), then the insight typed in one burst.
  await clickAway(page);
  await page.keyboard.press('Control+Z');
  await idle(page);
  doc = await documentJson(page);
  assert.equal(doc.deals[1].insightUsed, false);
  assert.equal(doc.deals[1].usedInCampaignId, '');
  await page.keyboard.press('Control+Z');
  doc = await until(page, async () => { const d = await documentJson(page); return d.deals.length === 1 && d; }, 'undoing the import');
  await page.mouse.move(700, 400);
  await page.mouse.wheel(0, -4000);
  await widget(page, winRate('0%'));
  await page.keyboard.press('Control+Z');
  await idle(page);
  doc = await documentJson(page);
  assert.equal(doc.deals[0].insight, '', 'the typed insight was one undo step');
  assert.equal(doc.deals[0].segment, 'Retail');
  await page.keyboard.press('Control+Y');
  await idle(page);
  assert.equal((await documentJson(page)).deals[0].insight, 'Their CFO compared us on licence price only');
  assert.deepEqual(problems, []);
  await context.close();
});
