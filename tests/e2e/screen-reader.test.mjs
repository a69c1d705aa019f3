// A person who uses a screen reader and the keyboard only: the focused widget, the view, notices
// and dialogs reach the browser's accessibility tree (the app mirrors them into hidden DOM).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, idle, told, sampleFile } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const samplePlan = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));

async function openSample(context) {
  const { page, problems } = await openApp(context, server.url);
  await page.evaluate((text) => window.growthplan.openJson(text, 'sample-plan.json'), JSON.stringify(samplePlan));
  await idle(page);
  return { page, problems };
}

// The accessibility tree as Chromium gives it to screen readers (ignored nodes left out).
async function accessibilityTree(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => {
    const node = { role: n.role?.value, name: n.name?.value ?? '', value: n.value?.value, backendId: n.backendDOMNodeId };
    for (const p of n.properties || []) node[p.name] = p.value.relatedNodes ? p.value.relatedNodes.map((r) => r.backendDOMNodeId) : p.value.value;
    return node;
  });
}

// What the app reports has the keyboard after the key (it settles first).
async function press(page, key) {
  await page.keyboard.press(key);
  await idle(page);
  return page.evaluate(() => window.growthplan.focusedItem());
}

// Presses Tab until the app reports `wanted` focused (a person tabbing through the screen).
async function tabTo(page, wanted, what, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    const item = await press(page, 'Tab');
    if (item && wanted(item)) return item;
  }
  throw new Error(`${maxPresses} presses of Tab never reached ${what}`);
}

test('Tab reaches the plan title, and the accessibility tree has it as a focused text box holding the title', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openSample(context);
  const item = await tabTo(page, (i) => i.role === 'textbox' && /title/i.test(i.name), 'the plan title');
  assert.equal(item.value, samplePlan.plan.title);

  const tree = await accessibilityTree(page);
  const focused = tree.find((n) => n.focused === true && n.role === 'textbox');
  assert.ok(focused, 'a text box has the focus');
  assert.match(focused.name, /title/i);
  assert.equal(focused.value, samplePlan.plan.title);
  assert.ok(tree.find((n) => n.role === 'heading' && n.name === 'Plan overview'), 'the view is a heading');
  assert.match(await page.title(), /^Plan overview/);

  // Typing goes on working, and the mirrored value follows it.
  await page.keyboard.press('End');
  await page.keyboard.type(' (draft)');
  await idle(page);
  assert.equal((await page.evaluate(() => window.growthplan.focusedItem())).value, `${samplePlan.plan.title} (draft)`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('buttons and links under the keyboard are described to the screen reader', async () => {
  const context = await newContext(browser);
  const { page } = await openSample(context);
  const item = await tabTo(page, (i) => i.role === 'link' && i.name === 'Glossary', 'the Glossary link');
  assert.equal(item.current, undefined, 'Glossary is not the page shown');
  const tree = await accessibilityTree(page);
  const app = tree.find((n) => n.role === 'application');
  const link = tree.find((n) => n.role === 'link' && n.name === 'Glossary');
  assert.ok(link, 'the focused link is in the tree');
  assert.deepEqual(app.activedescendant, [link.backendId], 'the canvas points the screen reader at it');
  await context.close();
});

test('the sidebar is reached and used with the keyboard alone', async () => {
  const context = await newContext(browser);
  const { page } = await openSample(context);
  // The keyboard starts on the sidebar's first view; arrows move down the list.
  let item = await page.evaluate(() => window.growthplan.focusedItem());
  assert.deepEqual([item.role, item.name, item.current], ['link', 'Plan overview', 'page']);
  item = await press(page, 'ArrowDown');
  assert.deepEqual([item.role, item.name], ['link', 'Dashboard']);
  await tabTo(page, (i) => i.name === 'Glossary', 'the Glossary link');
  item = await press(page, 'Enter');
  assert.equal(item.current, 'page', 'Enter opens the view');
  const tree = await accessibilityTree(page);
  assert.ok(tree.find((n) => n.role === 'heading' && n.name === 'Glossary'), 'the heading names the new view');
  assert.match(await page.title(), /^Glossary/);
  await context.close();
});

test('Alt reaches the menu bar, and the arrows go through a menu', async () => {
  const context = await newContext(browser);
  const { page } = await openSample(context);
  let item = await press(page, 'Alt');
  assert.deepEqual([item.role, item.name, item.haspopup], ['menuitem', 'File', 'menu']);
  item = await press(page, 'ArrowDown');
  assert.deepEqual([item.role, item.name], ['menuitem', 'New plan']);
  await press(page, 'Escape');
  await context.close();
});

test('a notice is read out from a polite live region', async () => {
  const context = await newContext(browser);
  const { page } = await openSample(context);
  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Control+S');
  await downloadPromise;
  const notice = await told(page, /Saved/);
  await idle(page);
  const live = await page.evaluate(() => {
    const region = document.getElementById('a11y-status');
    return { text: region.textContent, role: region.getAttribute('role'), live: region.getAttribute('aria-live') };
  });
  assert.deepEqual([live.role, live.live], ['status', 'polite']);
  assert.match(live.text, new RegExp(notice.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  const tree = await accessibilityTree(page);
  assert.ok(tree.find((n) => n.role === 'status' && n.live === 'polite'), 'the live region is in the tree');
  await context.close();
});

test('"Who is editing?" is a dialog: type a name, Tab and arrows pick the team, Enter continues', async () => {
  const context = await newContext(browser);
  const { page } = await openSample(context);
  const who = await page.evaluate(() => window.growthplan.widgetRect('##who-is-editing'));
  await page.mouse.click(who.x + who.width / 2, who.y + who.height / 2);
  await idle(page);

  let tree = await accessibilityTree(page);
  const dialog = tree.find((n) => n.role === 'dialog');
  assert.ok(dialog, 'a dialog is in the tree');
  assert.equal(dialog.name, 'Who is editing?');
  assert.equal(dialog.modal, true);
  const field = tree.find((n) => n.focused === true && n.role === 'textbox');
  assert.equal(field?.name, 'Your name');
  assert.equal(field?.value, 'Test Person');

  await page.keyboard.press('Control+A');
  await page.keyboard.type('Sam Reader');
  let item = await press(page, 'Tab');
  assert.deepEqual([item.role, item.name, item.checked], ['radio', 'Marketing', true]);
  item = await press(page, 'ArrowRight');
  assert.deepEqual([item.role, item.name, item.checked], ['radio', 'Sales', false]);
  item = await press(page, 'Space');
  assert.equal(item.checked, true, 'Space picks the team');
  assert.equal(await page.evaluate(() => window.growthplan.openDialog()), 'Who is editing?', 'picking a team keeps the dialog open');

  await press(page, 'Enter');
  assert.equal(await page.evaluate(() => window.growthplan.openDialog()), '', 'Enter continues and closes the dialog');
  const saved = await page.evaluate(() => [localStorage.getItem('growthplan.setting.person'), localStorage.getItem('growthplan.setting.team')]);
  assert.deepEqual(saved, ['Sam Reader', 'sales']);
  tree = await accessibilityTree(page);
  assert.ok(!tree.find((n) => n.role === 'dialog'), 'the dialog left the tree');
  await context.close();
});

test('in "Who is editing?" Enter right after typing the name continues, and Escape cancels', async () => {
  const context = await newContext(browser);
  const { page } = await openSample(context);
  const openDialog = async () => {
    const who = await page.evaluate(() => window.growthplan.widgetRect('##who-is-editing'));
    await page.mouse.click(who.x + who.width / 2, who.y + who.height / 2);
    await idle(page);
    assert.equal(await page.evaluate(() => window.growthplan.openDialog()), 'Who is editing?');
  };
  await openDialog();
  await page.keyboard.press('Escape');
  await idle(page);
  assert.equal(await page.evaluate(() => window.growthplan.openDialog()), '');
  assert.equal(await page.evaluate(() => localStorage.getItem('growthplan.setting.person')), 'Test Person');

  await openDialog();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Ana Costa');
  await page.keyboard.press('Enter');
  await idle(page);
  assert.equal(await page.evaluate(() => window.growthplan.openDialog()), '');
  assert.deepEqual(await page.evaluate(() => [localStorage.getItem('growthplan.setting.person'), localStorage.getItem('growthplan.setting.team')]),
    ['Ana Costa', 'marketing']);
  await context.close();
});
