// Co-authoring on one laptop: a person says who they are on first use and hands over to a
// colleague; a team's sign-off is cleared by a later edit; comment threads are started,
// answered, resolved and reopened; the activity feed filters by team and day.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle, isShown, widget, scrollTo, sampleFile } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openSample(page) {
  const result = await page.evaluate((text) => window.growthplan.openJson(text, 'plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  assert.ok(result.ok, result.error);
}

// "Who is editing?": types a name and picks a team, as a person does.
async function becomePerson(page, name, team) {
  await typeInto(page, '##identity-name', name);
  await click(page, `${team[0].toUpperCase()}${team.slice(1)}##identity-team-${team}`);
  await click(page, '##identity-continue');
}

async function switchPerson(page, name, team) {
  await click(page, '##who-is-editing');
  await becomePerson(page, name, team);
}

test('first use asks who is editing; the answer is remembered and can be handed over', async () => {
  const context = await newContext(browser, { identity: null });
  const { page, problems } = await openApp(context, server.url);
  await widget(page, '##identity-name');
  assert.equal(await isShown(page, '##identity-cancel'), false, 'on first use there is nobody to go back to');
  await becomePerson(page, 'Priya Raman', 'marketing');
  assert.equal(await isShown(page, '##identity-name'), false, 'the dialog closed');
  await openSample(page);
  await typeInto(page, '##plan-title', 'Plan by Priya');
  let doc = await documentJson(page);
  assert.equal(doc.plan.modified.by, 'Priya Raman');
  assert.equal(doc.plan.modified.team, 'marketing');

  // A reload remembers her: no question.
  await page.reload();
  await page.evaluate(() => window.growthplan.ready);
  await idle(page);
  assert.equal(await isShown(page, '##identity-name'), false);
  await widget(page, '##who-is-editing');

  // Pass the laptop: Marcus from sales takes over; his edits carry his name and team.
  await switchPerson(page, 'Marcus Oyelaran', 'sales');
  await typeInto(page, '##plan-company', 'Northwind by Marcus');
  doc = await documentJson(page);
  assert.equal(doc.plan.modified.by, 'Marcus Oyelaran');
  assert.equal(doc.plan.modified.team, 'sales');
  // Field by field: the title is still Priya's, the company Marcus's.
  const lastChanged = (path) => page.evaluate((p) => window.growthplan.lastChanged(p), path);
  assert.deepEqual([(await lastChanged('plan/title')).by, (await lastChanged('plan/title')).team], ['Priya Raman', 'marketing']);
  assert.deepEqual([(await lastChanged('plan/company')).by, (await lastChanged('plan/company')).team], ['Marcus Oyelaran', 'sales']);

  // Back to Priya with one click: she is offered as a recent person.
  await click(page, '##who-is-editing');
  await widget(page, '##pick-person-1');
  await click(page, '##pick-person-1');
  await typeInto(page, '##plan-title', 'Plan by Priya again');
  doc = await documentJson(page);
  assert.equal(doc.plan.modified.by, 'Priya Raman');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a later edit clears a team\'s sign-off visibly; signing again approves the new version', async () => {
  const context = await newContext(browser, { identity: { name: 'Priya Raman', team: 'marketing' } });
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  let doc = await documentJson(page);
  const section = doc.sections[0];

  // Marketing signs off the first section from under it.
  await scrollTo(page, `##sign-off-${section.id}`);
  await click(page, `##sign-off-${section.id}`);
  let review = await page.evaluate(() => window.growthplan.review());
  assert.equal(review.signOffs.length, 1);
  assert.deepEqual([review.signOffs[0].team, review.signOffs[0].state], ['marketing', 'approved']);
  assert.ok(await isShown(page, `##withdraw-${section.id}`), 'marketing can withdraw its sign-off');
  const awaitingBefore = review.awaiting.marketing;

  // Sales edits the section's text afterwards.
  await switchPerson(page, 'Marcus Oyelaran', 'sales');
  await scrollTo(page, '##section-body-0');
  await click(page, '##section-body-0');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Plus one sentence from sales.', { delay: 5 });
  await page.mouse.click(1200, 120);  // click away: the field lets go
  await idle(page);
  review = await page.evaluate(() => window.growthplan.review());
  assert.equal(review.signOffs[0].state, 'cleared');
  assert.equal(review.signOffs[0].message, 'Changed by Marcus Oyelaran after Marketing signed off');
  assert.equal(review.awaiting.marketing, awaitingBefore + 1, 'the section awaits marketing again');

  // The Review view lists it among what awaits marketing, as "Cleared".
  await click(page, 'Review');
  await click(page, '##show-awaiting-marketing');
  await widget(page, `##review-open-${section.id}`);

  // Marketing signs the new version from the Review view.
  await switchPerson(page, 'Priya Raman', 'marketing');
  await click(page, `##review-sign-${section.id}`);
  review = await page.evaluate(() => window.growthplan.review());
  assert.deepEqual(review.signOffs.map((s) => s.state), ['approved']);
  assert.equal(review.awaiting.marketing, awaitingBefore);

  // Undo takes the new sign-off back (one step): cleared again.
  await page.keyboard.press('Control+Z');
  await idle(page);
  review = await page.evaluate(() => window.growthplan.review());
  assert.equal(review.signOffs[0].state, 'cleared');
  doc = await documentJson(page);
  assert.equal(doc.signOffs[0].created.by, 'Priya Raman');
  assert.deepEqual(problems, []);
  await context.close();
});

test('comment threads: start one on a section, reply as the other team, resolve and reopen', async () => {
  const context = await newContext(browser, { identity: { name: 'Priya Raman', team: 'marketing' } });
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  let doc = await documentJson(page);
  const section = doc.sections[1];

  // The Comment button under the section opens Review on that section's comments.
  await scrollTo(page, `##comments-${section.id}`);
  await click(page, `##comments-${section.id}`);
  await typeInto(page, '##new-comment', 'Does a webinar sign-up count?');
  await click(page, '##add-comment');
  doc = await documentJson(page);
  assert.equal(doc.comments.length, 1);
  const thread = doc.comments[0];
  assert.equal(thread.target, section.id);
  assert.equal(thread.messages[0].by, 'Priya Raman');
  assert.equal(thread.messages[0].team, 'marketing');

  await switchPerson(page, 'Marcus Oyelaran', 'sales');
  await scrollTo(page, `##reply-${thread.id}`);
  await typeInto(page, `##reply-${thread.id}`, 'Only with a company e-mail address.');
  await click(page, `##reply-button-${thread.id}`);
  await click(page, `##resolve-${thread.id}`);
  doc = await documentJson(page);
  assert.equal(doc.comments[0].messages.length, 2);
  assert.equal(doc.comments[0].messages[1].team, 'sales');
  assert.equal(doc.comments[0].resolved, true);
  assert.equal(doc.comments[0].resolvedBy, 'Marcus Oyelaran');
  assert.equal((await page.evaluate(() => window.growthplan.review())).openThreads, 0);

  // Resolved threads leave the "Open" list; the "Resolved" list has it, to reopen.
  assert.equal(await isShown(page, `##reply-${thread.id}`), false);
  await click(page, '##thread-filter-1');
  await scrollTo(page, `##reopen-${thread.id}`);
  await click(page, `##reopen-${thread.id}`);
  doc = await documentJson(page);
  assert.equal(doc.comments[0].resolved, false);

  // The activity feed shows sales's part only when filtered to sales, from today on.
  await click(page, 'Activity##review-tab-2');
  await click(page, '##activity-team');
  await click(page, 'Sales');
  await click(page, '##activity-week');
  await idle(page);
  if (process.env.GP_DEBUG_SHOTS) await page.screenshot({ path: '/tmp/activity.png' });
  assert.ok(await isShown(page, '##activity-open-0'), 'sales changes are listed');
  await typeInto(page, '##activity-since', '2999-01-01');
  await idle(page);
  assert.equal(await isShown(page, '##activity-open-0'), false, 'nothing after a day in the future');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a fast typist\'s replies all arrive: click the field, type and press Reply at once, five times', async () => {
  const context = await newContext(browser, { identity: { name: 'Marcus Oyelaran', team: 'sales' } });
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  const section = (await documentJson(page)).sections[1];
  await scrollTo(page, `##comments-${section.id}`);
  await click(page, `##comments-${section.id}`);
  await typeInto(page, '##new-comment', 'Which leads count?');
  await click(page, '##add-comment');
  const thread = (await documentJson(page)).comments[0];

  const replies = ['Webinar sign-ups do.', 'Trials too', 'Not: event badge scans', 'Partner leads? Yes.', 'Done, thanks!'];
  for (const [i, text] of replies.entries()) {
    await scrollTo(page, `##reply-button-${thread.id}`);
    const field = await widget(page, `##reply-${thread.id}`);
    const send = await widget(page, `##reply-button-${thread.id}`);
    // No wait between the steps: the keys go out before the field has the keyboard, and the
    // click on Reply before the app has drawn the typed text.
    await page.mouse.click(field.x + 20, field.y + field.height / 2);
    await page.keyboard.type(text);
    await page.mouse.click(send.x + send.width / 2, send.y + send.height / 2);
    await idle(page);
    const messages = (await documentJson(page)).comments[0].messages.map((m) => m.text);
    assert.deepEqual(messages.slice(1), replies.slice(0, i + 1), `reply ${i + 1} arrived whole`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the glossary shows who changed each term in their team\'s colour, and filters "changed by sales since" a day', async () => {
  const context = await newContext(browser, { identity: { name: 'Marcus Oyelaran', team: 'sales' } });
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  const doc = await documentJson(page);
  const [first, second] = doc.glossary;
  await click(page, 'Glossary');
  await click(page, `${first.name}##term-row-${first.id}`);
  await scrollTo(page, '##term-sales-definition', { x: 1000 });
  await typeInto(page, '##term-sales-definition', 'Sales: a lead that booked a meeting.');
  await page.mouse.click(5, 700);
  await idle(page);

  await click(page, '##glossary-changed-by');
  await click(page, 'Changed by Sales');
  const today = new Date().toISOString().slice(0, 10);
  await typeInto(page, '##glossary-changed-since', today);
  await page.mouse.click(5, 700);
  await idle(page);
  assert.ok(await isShown(page, `${first.name}##term-row-${first.id}`), 'the term sales changed today is listed');
  assert.equal(await isShown(page, `${second.name}##term-row-${second.id}`), false, 'a term nobody changed today is not');

  // Marketing's changes are a different list.
  await click(page, '##glossary-changed-by');
  await click(page, 'Changed by Marketing');
  await idle(page);
  assert.equal(await isShown(page, `${first.name}##term-row-${first.id}`), false);
  assert.deepEqual(problems, []);
  await context.close();
});
