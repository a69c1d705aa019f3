// Running a workshop: the facilitator starts one from the "SLA kick-off" template and sees its
// agenda, parks a point and records a decision by typing and Enter, and adds an action item with
// an owner and a due date that has passed; the item is flagged overdue in words on the Workshop
// page and listed in Review, and the plan's file holds all of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle, widget, isShown,
  sampleFile } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openSample(page) {
  const result = await page.evaluate((t) => window.growthplan.openJson(t, 'sample-plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  assert.ok(result.ok, result.error);
  await idle(page);
}

// ImGui's tabs take a click only on a tab the pointer already rests on, as a person's does.
async function openTab(page, label) {
  const r = await widget(page, label);
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
  await idle(page);
  await click(page, label);
}

async function typeAndEnter(page, label, text) {
  await typeInto(page, label, text);
  await page.keyboard.press('Enter');
  await idle(page);
}

test('a facilitator runs an SLA kick-off: agenda, parking lot, a decision and an overdue action item shown in Review', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);

  // From the template: its six agenda items, 1 h 45 min in all.
  await click(page, 'Workshop');
  await click(page, '##ws-template-1');
  await widget(page, '6 items \u00b7 1 h 45 min in all##agenda-total');
  await widget(page, '##agenda-title-0');
  assert.ok(await isShown(page, '##agenda-present'));
  let doc = await documentJson(page);
  assert.equal(doc.workshops.length, 1);
  const workshop = doc.workshops[0];
  assert.equal(workshop.title, 'SLA kick-off');
  assert.deepEqual(workshop.agenda.map((item) => item.link),
    ['view:overview', 'view:glossary', 'view:sla', 'view:sla', 'view:lead-feedback', 'view:review']);

  // The parking lot and a decision, each typed and entered.
  await openTab(page, 'Parking lot & decisions##ws-tab-notes');
  await typeAndEnter(page, '##parked-new', 'Partner leads: who follows them up?');
  await widget(page, '##parked-0');
  await typeAndEnter(page, '##decision-new', 'An MQL is a lead scoring 60 or more');
  await widget(page, '##decision-0');

  // An action item for Marcus, due on a day long gone.
  await openTab(page, 'Action items##ws-tab-actions');
  await typeAndEnter(page, '##action-new', 'Send the SLA draft to sales');
  await widget(page, '##action-title-0');
  const marcus = doc.people.find((person) => person.name === 'Marcus Oyelaran');
  await click(page, '##action-owner-0');
  await click(page, `Marcus Oyelaran##owner-${marcus.id}`);
  await typeAndEnter(page, '##action-due-0', '2020-01-15');
  await widget(page, 'Overdue##action-overdue-0');

  doc = await documentJson(page);
  const notes = doc.workshopNotes.filter((note) => note.workshopId === workshop.id);
  assert.deepEqual(notes.map((note) => [note.kind, note.text]),
    [['parked', 'Partner leads: who follows them up?'], ['decision', 'An MQL is a lead scoring 60 or more']]);
  assert.equal(doc.actions.length, 1);
  const action = doc.actions[0];
  assert.equal(action.workshopId, workshop.id);
  assert.equal(action.title, 'Send the SLA draft to sales');
  assert.equal(action.ownerId, marcus.id);
  assert.equal(action.due, '2020-01-15');
  assert.equal(action.status, 'open');

  // Review lists it, overdue, and its Open goes back to the Workshop page.
  await click(page, 'Review');
  await widget(page, 'Send the SLA draft to sales##review-action-0');
  await widget(page, 'Overdue##review-action-overdue-0');
  await click(page, '##review-actions-open');
  await widget(page, '##action-title-0');

  assert.deepEqual(problems, []);
  await context.close();
});
