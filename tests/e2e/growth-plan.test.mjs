// A person works the shared goal back through the funnel: sets the target and a conversion rate and
// sees the required counts change, gets a message on a field they filled in wrongly, compares a
// what-if scenario with the base plan, and finds it all again after saving and opening the file.
// Shown numbers are found by their ImGui labels ("4,000##total-Lead"), so each assertion is about
// something drawn on screen, not only about the document.
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

// Types into a field and clicks away, as a person does; the plan must show the change at once.
async function enter(page, label, text, check) {
  await typeInto(page, label, text);
  await clickAway(page);
  assert.ok(check(await documentJson(page)), `typing "${text}" into ${label} reached the plan`);
}

async function press(page, label, check) {
  await click(page, label);
  assert.ok(check(await documentJson(page)), `clicking ${label} changed the plan`);
}

// Clicks a navigation item; the page it opens shows `expected`.
async function goTo(page, label, expected) {
  await click(page, label);
  await widget(page, expected);
}

// Waits until a label is drawn, or with `gone`, until it is no longer drawn (it must have been
// drawn before: a label never drawn has not gone).
async function shows(page, label, { gone = false } = {}) {
  if (gone) return disappears(page, label);
  return widget(page, label);
}

test('the target and a rate change the funnel, a wrong rate is flagged on its field, a scenario compares, and all of it survives save and open', async () => {
  const context = await newContext(browser, { viewport: { width: 1400, height: 1600 } });
  const { page, problems } = await openApp(context, server.url);

  // A new plan starts from the default assumptions: 1,200,000 at 30,000 a deal, 20% / 40% / 50% / 25%.
  await goTo(page, 'Growth plan', '4,000##total-Lead');
  await shows(page, '40##total-Won');

  await enter(page, '##growth-target', '2.4M', (d) => d.growth.target === 2400000);
  await shows(page, '8,000##total-Lead');
  await shows(page, '80##total-Won');
  await shows(page, 'EUR 2,400,000##kpi-target');

  await enter(page, '##stage-rate-0', '25%', (d) => d.growth.stages[0].conversionRate === 0.25);
  await shows(page, '6,400##total-Lead');
  await shows(page, '1,600##total-MQL');

  // One typing burst is one undo step.
  await page.keyboard.press('Control+Z');
  await shows(page, '8,000##total-Lead');
  await page.keyboard.press('Control+Y');
  await shows(page, '6,400##total-Lead');

  // A rate over 100%: the message sits right under that field, and the numbers make way for a
  // "fix the highlighted inputs" state instead of NaN or infinity.
  await enter(page, '##stage-rate-1', '150%', (d) => d.growth.stages[1].conversionRate === 1.5);
  const message = await shows(page, 'Conversion rate must be more than 0% and at most 100%##issue-growth.stages[1].conversionRate');
  const field = await shows(page, '##stage-rate-1');
  assert.ok(message.y >= field.y + field.height - 1 && message.y < field.y + field.height + 30, 'the message is right under the field');
  assert.ok(Math.abs(message.x - field.x) < 4, 'the message lines up with the field');
  await shows(page, 'Fix the highlighted inputs##growth-invalid');
  await shows(page, '6,400##total-Lead', { gone: true });
  assert.doesNotMatch(await page.evaluate(() => window.growthplan.documentJson()), /NaN|Infinity/);

  await enter(page, '##stage-rate-1', '40%', (d) => d.growth.stages[1].conversionRate === 0.4);
  await shows(page, 'Conversion rate must be more than 0% and at most 100%##issue-growth.stages[1].conversionRate', { gone: true });
  await shows(page, 'Fix the highlighted inputs##growth-invalid', { gone: true });
  await shows(page, '6,400##total-Lead');

  // A what-if: the win rate doubles. The comparison shows the base and the scenario side by side.
  await goTo(page, 'Scenarios##growth-tab-5', 'Add scenario');
  await press(page, 'Add scenario', (d) => d.growth.scenarios.length > 0);
  let doc = await documentJson(page);
  assert.equal(doc.growth.scenarios.length, 1);
  assert.equal(doc.growth.scenarios[0].assumptions.target, 2400000, 'a scenario starts as a copy of the plan');
  await enter(page, '##scenario-name-0', 'Win rate 50%', (d) => d.growth.scenarios[0].name === 'Win rate 50%');
  await enter(page, '##scenario-rate-0-3', '50%', (d) => d.growth.scenarios[0].assumptions.stages[3].conversionRate === 0.5);
  doc = await documentJson(page);
  assert.equal(doc.growth.scenarios[0].name, 'Win rate 50%');
  assert.equal(doc.growth.scenarios[0].assumptions.stages[3].conversionRate, 0.5);
  assert.equal(doc.growth.stages[3].conversionRate, 0.25, 'the base plan is untouched');
  await shows(page, 'Base plan##cmp-head-0');
  await shows(page, 'Win rate 50%##cmp-head-1');
  await shows(page, '6,400##cmp-Lead-0');
  await shows(page, '3,200##cmp-Lead-1');
  await shows(page, '-3,200##cmp-delta-Lead-1');
  await shows(page, 'no change##cmp-delta-Won-1');

  // Save, then open the saved file in a fresh page: the same numbers come back.
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+S');
  const savedText = fs.readFileSync(await (await download).path(), 'utf8');
  const saved = JSON.parse(savedText);
  assert.equal(saved.growth.target, 2400000);
  assert.equal(saved.growth.stages[0].conversionRate, 0.25);
  assert.equal(saved.growth.scenarios[0].name, 'Win rate 50%');

  const second = await openApp(context, server.url);
  const opened = await second.page.evaluate((text) => window.growthplan.openJson(text, 'plan.json'), savedText);
  assert.equal(opened.ok, true, opened.error);
  assert.equal(await second.page.evaluate(() => window.growthplan.documentJson()), savedText, 'the file round-trips byte for byte');
  await goTo(second.page, 'Growth plan', '6,400##total-Lead');
  await goTo(second.page, 'Scenarios##growth-tab-5', '3,200##cmp-Lead-1');

  // The dashboard draws its charts from the same numbers.
  await goTo(second.page, 'Dashboard', '##chart-funnel');
  await shows(second.page, '##chart-coverage');
  await shows(second.page, '6,400##kpi-first-stage');

  assert.deepEqual(problems, []);
  assert.deepEqual(second.problems, []);
  await context.close();
});
