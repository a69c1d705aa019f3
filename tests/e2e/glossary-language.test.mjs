// A person agrees a term and sees the plan speak it: highlighted in the plan's text with its
// definition on hover, and the language check updating. Then imports a glossary from CSV (a bad
// file changes nothing; a good one is previewed, then imported) and exports it as CSV.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle, until, widget, isShown, disappears, tempFile, scrollTo, told } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const issues = (page) => page.evaluate(() => window.growthplan.languageIssues());
const clickAway = async (page) => { await page.mouse.click(5, 700); await idle(page); };

// Hovers the middle of a widget without the harness's wake-up moves (they would end the hover).
async function hover(page, label) {
  const r = await widget(page, label);
  const x = r.x + r.width / 2, y = r.y + r.height / 2;
  await page.mouse.move(x, y);
  await idle(page);
  await page.mouse.move(x + 1, y);  // a second move: the tooltip's frame settles
  await idle(page);
}

// RFC 4180 reader for the downloaded file (quoted cells, "" inside quotes, CRLF records).
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test('a person agrees a term and sees it highlighted in the plan, with its definition on hover, and the language check updates', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);

  // The plan uses an abbreviation the glossary does not know yet.
  await typeInto(page, '##section-body-0', 'Every MQL gets a call from sales within one working day.');
  await clickAway(page);
  const unknown = '“MQL” is used in section “Shared goal” but is not in the glossary';
  const before = await issues(page);
  assert.ok(before.some((i) => i.message === unknown), JSON.stringify(before));
  await click(page, 'Language check');
  await widget(page, unknown);  // the person sees it listed

  // The glossary: a new term with both teams' definitions, side by side with the differences marked.
  await click(page, 'Glossary');
  await click(page, 'Add term');
  await typeInto(page, '##term-name', 'MQL');
  await typeInto(page, '##term-marketing-definition', 'A lead that downloaded two assets and fits our ICP.');
  await typeInto(page, '##term-sales-definition', 'A lead that booked a meeting and fits our ICP.');
  await clickAway(page);
  await widget(page, '##diff-marketing-downloaded two assets');
  await widget(page, '##diff-sales-booked a meeting');

  // Now the check says the term is not agreed: one click jumps to it.
  const notAgreed = '“MQL” is not agreed yet (proposed)';
  assert.ok((await issues(page)).some((i) => i.message === notAgreed));
  assert.ok(!(await issues(page)).some((i) => i.message === unknown), 'the abbreviation is now a term');
  await click(page, 'Language check');
  await click(page, notAgreed);
  await widget(page, '##term-marketing-definition');  // back in the glossary, on the term

  // Agree it, starting from marketing's definition.
  await click(page, '##use-marketing-definition');
  await until(page, async () => (await documentJson(page)).glossary[0].definition === 'A lead that downloaded two assets and fits our ICP.',
    'marketing\'s definition as the start of the agreed one');
  await scrollTo(page, '##term-definition', { x: 1000 });
  await typeInto(page, '##term-definition', 'A lead that booked a meeting with sales and fits our ICP.');
  await clickAway(page);
  await click(page, 'Agree term');
  const doc = await until(page, async () => {
    const d = await documentJson(page);
    return d.glossary[0].status === 'agreed' && d;
  }, 'the term to be agreed');
  const term = doc.glossary.find((t) => t.name === 'MQL');
  assert.equal(term.marketingDefinition, 'A lead that downloaded two assets and fits our ICP.');
  assert.equal(term.salesDefinition, 'A lead that booked a meeting and fits our ICP.');
  assert.equal(term.definition, 'A lead that booked a meeting with sales and fits our ICP.');
  assert.ok(term.history.length >= 2, 'the term records who changed what');

  const after = await issues(page);
  assert.equal(after.length, before.length - 1, `before: ${JSON.stringify(before)}\nafter: ${JSON.stringify(after)}`);
  // (The funnel stage called MQL is still not linked to the term: that is the growth model's business.)
  assert.ok(!after.some((i) => i.message.includes('“MQL”') && i.kind !== 'unlinked-stage'), JSON.stringify(after));
  await click(page, 'Language check');
  assert.equal(await isShown(page, notAgreed), false, 'the list no longer shows it');

  // The plan speaks the glossary: the term is marked in the section, and hovering shows its definition.
  await click(page, 'Plan overview');
  await hover(page, '##term-mention-MQL');
  await widget(page, '##term-tooltip-definition');  // a tooltip shows the term
  await widget(page, 'A lead that booked a meeting with sales and fits our ICP.');  // with the agreed definition
  await page.mouse.move(5, 700);
  await disappears(page, '##term-tooltip-definition');

  // While the section is edited the text is plain (no marks); they come back afterwards.
  await click(page, '##section-body-0');
  assert.equal(await isShown(page, '##term-mention-MQL'), false);
  await clickAway(page);
  await widget(page, '##term-mention-MQL');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a CSV with a bad row is explained by row and column and imports nothing; a good one imports after the preview; export downloads it', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  await click(page, 'Glossary');
  await widget(page, 'Start from the starter glossary');  // offered prominently on an empty glossary

  const pick = async (file) => {
    const chooser = page.waitForEvent('filechooser');
    await click(page, 'Import CSV…');
    await (await chooser).setFiles(file);
    await idle(page);
  };

  // A bad row: the preview names its row and column, and nothing changes.
  const before = await documentJson(page);
  await pick(tempFile('bad.csv', 'name,status,agreed definition\r\nPipeline,agreed,Open opportunities\r\nWin rate,final,Won / closed\r\n'));
  await widget(page, 'row 3, column 2 (status): expected one of proposed, discussing, agreed, deprecated');
  assert.deepEqual(await documentJson(page), before, 'nothing imported while the preview shows');
  await click(page, 'Cancel');
  assert.deepEqual(await documentJson(page), before, 'nothing imported after cancelling');

  // A good file: previewed (2 new terms), imported only on confirmation.
  const good = 'name,aliases,status,category,owner,agreed definition\r\n' +
    'Pipeline,"Open pipeline\nPipe",agreed,metric,sales,"The value of all open opportunities, in EUR."\r\n' +
    'Win rate,,discussing,metric,sales,=won / (won + lost)\r\n';
  await pick(tempFile('terms.csv', good));
  await widget(page, '##import-summary: 2 add, 0 update');
  assert.deepEqual(await documentJson(page), before);
  await click(page, '##import-confirm');
  let doc = await until(page, async () => { const d = await documentJson(page); return d.glossary.length === 2 && d; }, 'the import');
  assert.deepEqual(doc.glossary.map((t) => [t.name, t.status, t.definition]),
    [['Pipeline', 'agreed', 'The value of all open opportunities, in EUR.'], ['Win rate', 'discussing', '=won / (won + lost)']]);
  assert.deepEqual(doc.glossary[0].aliases, ['Open pipeline', 'Pipe']);
  await told(page, /^Imported 2 terms/);

  // Merge by name: the same name updates the term (the default) instead of adding a second one.
  await pick(tempFile('update.csv', 'name,agreed definition\r\nPipeline,All open opportunities.\r\n'));
  await widget(page, '##import-summary: 0 add, 1 update');
  await click(page, 'Add the row as another term');
  await widget(page, '##import-summary: 1 add, 0 update');
  await click(page, 'Update that term with the row');
  await click(page, '##import-confirm');
  doc = await until(page, async () => { const d = await documentJson(page); return d.glossary[0].definition === 'All open opportunities.' && d; }, 'the update');
  assert.equal(doc.glossary.length, 2);
  assert.equal(doc.glossary[0].definition, 'All open opportunities.');

  // Export: a spreadsheet-safe CSV of exactly the glossary.
  const download = page.waitForEvent('download');
  await click(page, 'Export');
  await click(page, 'Export CSV');
  const file = await download;
  assert.match(file.suggestedFilename(), /-glossary\.csv$/);
  const text = fs.readFileSync(await file.path(), 'utf8');
  const rows = parseCsv(text);
  assert.deepEqual(rows[0], ['name', 'aliases', 'status', 'category', 'owner', 'replaced by', 'marketing definition',
    'sales definition', 'agreed definition', 'examples', 'counter-examples', 'related terms', 'notes']);
  assert.equal(rows.length, 3);
  const cell = (row, column) => rows[row][rows[0].indexOf(column)];
  assert.equal(cell(1, 'name'), 'Pipeline');
  assert.equal(cell(1, 'aliases'), 'Open pipeline\nPipe');
  assert.equal(cell(1, 'agreed definition'), 'All open opportunities.');
  assert.equal(cell(2, 'agreed definition'), "'=won / (won + lost)", 'a formula-like cell cannot run in a spreadsheet');
  assert.equal(cell(2, 'status'), 'discussing');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deprecated term names its replacement, and the language check sends the person to the section still using it', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  await click(page, 'Glossary');
  await click(page, 'Start from the starter glossary');
  let doc = await until(page, async () => { const d = await documentJson(page); return d.glossary.length >= 25 && d; }, 'the starter glossary');
  assert.ok(doc.glossary.every((t) => t.status === 'proposed'));
  const demo = doc.glossary.find((t) => t.name === 'Demo');
  const campaign = doc.glossary.find((t) => t.name === 'Campaign');

  // Find the term, deprecate it, and pick its replacement from the term picker.
  await typeInto(page, '##glossary-search', 'demo');
  await click(page, `Demo##term-row-${demo.id}`);
  await click(page, 'Deprecated');
  await click(page, '##term-replaced-by');
  await page.keyboard.type('camp', { delay: 5 });
  await click(page, `Campaign##term-pick-${campaign.id}`);
  doc = await until(page, async () => { const d = await documentJson(page); return d.glossary.find((t) => t.id === demo.id).replacedBy && d; }, 'the replacement');
  const deprecated = doc.glossary.find((t) => t.id === demo.id);
  assert.equal(deprecated.status, 'deprecated');
  assert.equal(deprecated.replacedBy, campaign.id);

  // The plan still says "demo": the check names the replacement and jumps to the section.
  await click(page, 'Plan overview');
  await scrollTo(page, '##section-body-1');
  await typeInto(page, '##section-body-1', 'Every week we run a demo for new leads.');
  await clickAway(page);
  const message = '“Demo” in section “Who we sell to” is deprecated; use “Campaign” instead';
  assert.ok((await issues(page)).some((i) => i.message === message), JSON.stringify(await issues(page)));
  await click(page, 'Language check');
  await click(page, message);
  await widget(page, '##section-body-1');
  await widget(page, '##term-mention-demo');  // marked in the text (in red: deprecated)

  // The term's page says where the plan uses it: found again now that a section mentions it
  // (the answer is kept between frames, until the plan changes), and it leads there.
  await click(page, 'Glossary');
  await scrollTo(page, '##term-used-in-0');
  await click(page, '##term-used-in-0');
  await widget(page, '##section-body-1');
  assert.equal(await isShown(page, '##term-used-in-0'), false);
  assert.deepEqual(problems, []);
  await context.close();
});
