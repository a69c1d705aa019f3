// The app on a phone, a small laptop window and a projector. On a 390 px phone the sidebar folds
// into a Menu button that lists the views, and the glossary shows one pane at a time with a way
// back to the list. At 800×600 the Dashboard's headline tiles wrap into rows, each inside the
// window and none over another. At 3840×2160 the sidebar is back and the page uses the width.
// A commitment title too long for its field ends in "…" and shows in full on hover, and only
// one whole text shows at a time. At 360 px no table cell breaks a word ("2027-Q" over "1"), and
// a finger moving sideways scrolls a wide table sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, idle, widget, isShown, disappears, until, sampleFile, openView, scrollTo } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const tiles = ['##tile-target', '##tile-deals', '##tile-first', '##tile-capacity', '##tile-budget'];

async function openSample(page) {
  const result = await page.evaluate((t) => window.growthplan.openJson(t, 'sample-plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  assert.ok(result.ok, result.error);
  await idle(page);
}

const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('on a phone the Menu button opens the views; the glossary shows the list, then a term with Back to the list', async () => {
  const context = await newContext(browser, phone);
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);

  const menu = await widget(page, 'Menu');
  assert.ok(menu.x < 80 && menu.y < 60, `the Menu button is at the top left (${JSON.stringify(menu)})`);
  assert.ok(menu.height >= 44, `a finger can hit it: ${menu.height} px tall`);
  assert.equal(await isShown(page, 'Glossary'), false, 'the sidebar is folded away');

  await click(page, 'Menu');
  await click(page, 'Glossary');
  await disappears(page, 'Glossary');  // the menu closed once a view was chosen
  const row = await widget(page, 'MQL');
  assert.ok(row.width > 390 * 0.7, `the list takes the width (${row.width} px)`);
  assert.equal(await isShown(page, '##term-name'), false, 'one pane: the list only');

  await click(page, 'MQL');
  await widget(page, '##term-name');
  await click(page, '‹ Back to list');
  await disappears(page, '##term-name');
  await widget(page, 'MQL');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Menu button works from the keyboard', async () => {
  const context = await newContext(browser, { ...phone, isMobile: false, hasTouch: false });
  const { page } = await openApp(context, server.url);
  await openSample(page);
  await click(page, 'Menu');
  await widget(page, 'Glossary');
  // The popup has the keyboard: down from the current view, Enter chooses.
  await page.keyboard.press('ArrowDown');
  await idle(page);
  await page.keyboard.press('Enter');
  await idle(page);
  await until(page, async () => !(await isShown(page, 'Glossary')), 'the menu to close after choosing');
  await context.close();
});

test('at 800×600 the Dashboard tiles wrap into rows inside the window, none over another', async () => {
  const context = await newContext(browser, { viewport: { width: 800, height: 600 } });
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  await openView(page, 'Dashboard');
  const rects = [];
  for (const label of tiles) rects.push(await widget(page, label).catch(() => null));
  const shownRects = rects.filter(Boolean);
  assert.ok(shownRects.length >= 3, 'at least the first row of tiles is on screen');
  for (const r of shownRects) {
    assert.ok(r.x >= 0 && r.x + r.width <= 800, `tile inside the window: ${JSON.stringify(r)}`);
    assert.ok(r.width >= 180, `tile at least its minimum width: ${r.width}`);
  }
  for (let i = 0; i < shownRects.length; i++)
    for (let j = i + 1; j < shownRects.length; j++)
      assert.ok(!overlap(shownRects[i], shownRects[j]), `tiles ${i} and ${j} overlap`);
  const rows = new Set(shownRects.map((r) => Math.round(r.y)));
  assert.ok(rows.size >= 2 || shownRects.length < 5, 'five tiles do not fit one row at 800 px: they wrap');
  // No figure of the dashboard is shortened.
  const elided = await page.evaluate(() => window.growthplan.elidedTexts());
  assert.deepEqual(elided.filter((e) => /^(EUR|\d)/.test(e.text)), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 3840×2160 the sidebar is back and the tiles spread over one wide row', async () => {
  const context = await newContext(browser, { viewport: { width: 3840, height: 2160 } });
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  await widget(page, 'Glossary');
  assert.equal(await isShown(page, 'Menu'), false);
  await click(page, 'Dashboard');
  const rects = [];
  for (const label of tiles) rects.push(await widget(page, label));
  assert.equal(new Set(rects.map((r) => Math.round(r.y))).size, 1, 'one row of tiles');
  const span = rects[4].x + rects[4].width - rects[0].x;
  assert.ok(span > 1600, `the tiles span ${span} px of the 3840 px screen`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a commitment title too long for its field ends in "…" and shows in full on hover', async () => {
  const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  await click(page, 'Service level agreement');
  const title = 'Marketing-sourced MQLs delivered per quarter';
  const field = await widget(page, '##commitment-metric-0');
  const elided = () => page.evaluate((t) => window.growthplan.elidedTexts().find((e) => e.text === t), title);
  assert.ok(await elided(), 'the title is drawn shortened with "…"');
  assert.equal((await elided()).shownInFull, false);
  await page.mouse.move(field.x + field.width / 2, field.y + field.height / 2);
  await until(page, async () => (await elided())?.shownInFull, 'the whole title in a tooltip');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone a person\'s team and a plan section\'s owner, move and delete go under the name and title, all inside the screen', async () => {
  const context = await newContext(browser, phone);
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  await openView(page, 'Plan overview');
  const inside = (name, r) => assert.ok(r.x >= 0 && r.x + r.width <= 390, `the ${name} is inside the screen (${JSON.stringify(r)})`);

  // A person's name keeps its width; the team and Remove go under it.
  await scrollTo(page, '##person-name-0', { x: 195, y: 400 });
  const person = await widget(page, '##person-name-0');
  const team = await widget(page, '##person-team-0');
  assert.ok(person.width > 390 * 0.6, `a person's name keeps the width (${person.width} px)`);
  assert.ok(team.y >= person.y + person.height, 'the team is under the name');
  inside('team', team);
  inside('Remove button', await widget(page, '##person-delete-0'));

  // A section's title keeps its width; the owner, move and delete go under it.
  await scrollTo(page, '##section-title-0', { x: 195, y: 400 });
  const title = await widget(page, '##section-title-0');
  const owner = await widget(page, '##section-owner-0');
  assert.ok(title.width > 390 * 0.6, `the title keeps the width (${title.width} px)`);
  assert.ok(owner.y >= title.y + title.height, 'the owner is under the title');
  inside('owner', owner);
  inside('Delete button', await widget(page, '##section-delete-0'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 360 px tabs wrap into rows, and tiles and fields keep a readable width inside the screen', async () => {
  const context = await newContext(browser, { ...phone, viewport: { width: 360, height: 800 } });
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  const readable = async (label, minWidth) => {
    const r = await scrollTo(page, label, { x: 180, y: 400 });
    assert.ok(r.x >= 0 && r.x + r.width <= 360, `${label} is inside the screen (${JSON.stringify(r)})`);
    assert.ok(r.width >= minWidth, `${label} is at least ${minWidth} px wide (${r.width})`);
    return r;
  };

  // The views in menu order: the menu opens scrolled to the current view.
  await openView(page, 'Plan overview');
  await readable('##plan-company', 240);
  await readable('##plan-start', 80);
  await readable('##plan-currency', 50);

  await openView(page, 'Growth plan');
  const tabs = ['Goal and funnel', 'Periods', 'Sources', 'Capacity', 'Budget', 'Scenarios'];
  const tabRects = [];
  for (const [i, name] of tabs.entries()) tabRects.push(await readable(`${name}##growth-tab-${i}`, 120));
  assert.ok(new Set(tabRects.map((r) => Math.round(r.y))).size >= 2, 'six tabs do not fit one row at 360 px: they wrap');
  for (let i = 0; i < tabRects.length; i++)
    for (let j = i + 1; j < tabRects.length; j++) assert.ok(!overlap(tabRects[i], tabRects[j]), `tabs ${i} and ${j} overlap`);
  await readable('##growth-target', 240);
  const dealSize = await readable('##growth-deal-size', 240);
  const target = await widget(page, '##growth-target');  // where it is now, after any scrolling
  assert.ok(dealSize.y > target.y + target.height, 'the goal fields go one under the other');

  await openView(page, 'Campaigns');
  await readable('Add campaign', 80);
  await readable('##campaign-budget-tile', 240);

  await openView(page, 'Review');
  await readable('##awaits-marketing', 240);

  assert.deepEqual(problems, []);
  await context.close();
});

test('at 360 px the Lead feedback and Win/loss tables never break a word: their columns keep their widths', async () => {
  const context = await newContext(browser, { ...phone, viewport: { width: 360, height: 800 } });
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  // The sample's leads came in Q3, so the other quarters' rows count 0 leads: a cell one line high.
  await openView(page, 'Lead feedback');
  let lineHeight = 0;
  for (const quarter of ['2027-Q1', '2027-Q2', '2027-Q4']) {
    const label = await scrollTo(page, `${quarter}##lead-period-${quarter}-label`, { x: 180, y: 400 });
    const leads = await widget(page, `0##lead-period-${quarter}-handed-over`);
    lineHeight = leads.height;
    assert.ok(label.height <= leads.height + 1, `"${quarter}" is on one line (${label.height} px high, a line is ${leads.height} px)`);
    assert.ok(label.x >= 0 && label.x + label.width <= 360, `"${quarter}" is inside the screen (${JSON.stringify(label)})`);
  }

  await openView(page, 'Win/loss');
  // The breakdown's tabs start near the bottom, where a toast ("Opened sample-plan.json") may
  // still be: bring them up first, as a person would.
  let periodTab = await widget(page, 'Period##winloss-breakdown-3');
  for (let i = 0; i < 6 && periodTab.y + periodTab.height >= 500; i++) {
    await page.mouse.move(180, 400);
    await page.mouse.wheel(0, 200);
    periodTab = await widget(page, 'Period##winloss-breakdown-3');
  }
  assert.ok(periodTab.y + periodTab.height < 500, `the tab is clear of the toasts (${JSON.stringify(periodTab)})`);
  await click(page, 'Period##winloss-breakdown-3');
  for (const [i, quarter] of ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'].entries()) {
    const label = await scrollTo(page, `${quarter}##period-name-${i}`, { x: 180, y: 400 });
    assert.ok(label.height <= lineHeight + 1, `"${quarter}" is on one line (${label.height} px high, a line is ${lineHeight} px)`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone one whole text shows at a time: where the finger rests, not also the field the focus stayed on', async () => {
  const context = await newContext(browser, { ...phone, viewport: { width: 360, height: 800 } });
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  await openView(page, 'Service level agreement');
  const titles = ['Marketing-sourced MQLs delivered per quarter', 'Share of MQLs that meet the agreed MQL definition'];
  // A tap edits the first title; the keyboard's Enter leaves the field, which keeps the focus.
  const first = await scrollTo(page, '##commitment-metric-0', { x: 180, y: 400 });
  await page.mouse.click(first.x + 40, first.y + first.height / 2);
  await idle(page);
  await page.keyboard.press('Enter');
  await idle(page);
  // A finger dragging the page leaves the pointer where it lifts: here, on the second title.
  const second = await scrollTo(page, '##commitment-metric-1', { x: 180, y: 400 });
  await page.mouse.move(second.x + second.width / 2, second.y + second.height / 2);
  await idle(page);
  const elided = await page.evaluate(() => window.growthplan.elidedTexts());
  assert.ok(titles.every((t) => elided.some((e) => e.text === t)), `both titles end in "…" at 360 px: ${JSON.stringify(elided)}`);
  assert.deepEqual(elided.filter((e) => e.shownInFull).map((e) => e.text), [titles[1]]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone a finger moving sideways scrolls a wide table sideways, and the page stays put', async () => {
  const context = await newContext(browser, { ...phone, viewport: { width: 360, height: 800 } });
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  await openView(page, 'Lead feedback');
  const cell = '—##lead-period-2027-Q1-median';  // a column right of the middle of the period table
  const found = await scrollTo(page, cell, { x: 180, y: 400 });
  await page.mouse.wheel(0, found.y - 400);  // to the middle of the screen, clear of notices at the bottom
  await idle(page);
  const start = await widget(page, cell);
  const cdp = await context.newCDPSession(page);
  const y = start.y + start.height / 2, from = 300, to = 140;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
  for (let step = 1; step <= 6; step++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from + ((to - from) * step) / 6, y }] });
  await idle(page);  // the finger rests until the table follows, then lifts
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  const end = await widget(page, cell);
  assert.ok(end.x < start.x - 10, `the table moved left with the finger (from x ${start.x} to ${end.x})`);
  assert.ok(Math.abs(end.y - start.y) <= 1, `the page did not scroll up or down (from y ${start.y} to ${end.y})`);
  assert.deepEqual(problems, []);
  await context.close();
});
