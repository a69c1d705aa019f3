// Dot voting and private drafting in a workshop. On the shared screen the facilitator creates a
// dot vote over glossary terms (2 dots each, results hidden); two people vote one after the other
// by clicking options; the results stay hidden until Reveal, then show sorted with the right
// counts. A draft prompt for the term SQL is answered on a phone from its invitation link; the
// answer link comes back to the facilitator's page, stays hidden until Reveal, and "Use as sales
// definition" makes it the term's sales definition.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle, widget, isShown,
  until, told, scrollTo, sampleFile } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const sample = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
const clipboard = ['clipboard-read', 'clipboard-write'];
const desktop = { viewport: { width: 1280, height: 800 }, permissions: clipboard };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, permissions: clipboard };
// The vote's options: the sample's terms that are not deprecated, in glossary order.
const votable = sample.glossary.filter((t) => t.status !== 'deprecated').map((t) => t.name);
const optionIndex = (name) => votable.indexOf(name);

async function openSample(page) {
  const result = await page.evaluate((t) => window.growthplan.openJson(t, 'sample-plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  assert.ok(result.ok, result.error);
  await idle(page);
}

// Scrolls the widget into view, then clicks it.
async function press(page, label) {
  await scrollTo(page, label);
  await click(page, label);
}

// A tab switches when the pointer rests on it before the press, as a person's does.
async function clickTab(page, label) {
  const r = await scrollTo(page, label);
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
  await idle(page);
  await page.mouse.down();
  await idle(page);
  await page.mouse.up();
  await idle(page);
}

async function openWorkshopTab(page, tab) {
  await click(page, 'Workshop');
  await click(page, '##ws-template-blank');
  await clickTab(page, tab);
}

test('a dot vote over glossary terms: two people vote on the shared screen, results stay hidden until Reveal, then sorted', async () => {
  const context = await newContext(browser, desktop);
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  await openWorkshopTab(page, 'Dot votes##ws-tab-votes');

  await press(page, '##vote-title');
  await typeInto(page, '##vote-title', 'Which terms do we agree first?');
  await press(page, '##vote-options-none');
  for (const name of ['MQL', 'SQL', 'Pipeline']) await press(page, `${name}##vote-include-${optionIndex(name)}`);
  await press(page, '##vote-dots-less');
  await widget(page, '2 dots per person##vote-dots');
  await press(page, '##vote-create');

  let doc = await documentJson(page);
  assert.equal(doc.dotVotes.length, 1);
  const vote = doc.dotVotes[0];
  assert.deepEqual(vote.options.map((o) => o.label), ['MQL', 'SQL', 'Pipeline']);
  assert.equal(vote.dotsPerPerson, 2);
  assert.equal(vote.revealed, false);

  // Options are numbered in the vote's own order on the screen form.
  const screenIndex = (name) => vote.options.findIndex((o) => o.label === name);
  await press(page, '##vote-panel-screen');
  const voteAs = async (name, team, picks) => {
    await press(page, '##voter-name');
    await typeInto(page, '##voter-name', name);
    await press(page, `${team[0].toUpperCase() + team.slice(1)}##voter-team-${team}`);
    for (const pick of picks) await press(page, `##vote-option-${screenIndex(pick)}`);
    await widget(page, '0 of 2 dots left##dots-left');
    await press(page, '##vote-submit');
  };
  await voteAs('Ana Costa', 'marketing', ['SQL', 'SQL']);
  await told(page, /Ballot recorded \(1 ballot now\)/);
  await voteAs('Ben Okafor', 'sales', ['MQL', 'SQL']);
  await told(page, /Ballot recorded \(2 ballots now\)/);

  // Back to the results: hidden, no counts on the screen or in the plan's reveal flag.
  await press(page, '##vote-panel-screen');
  await widget(page, '2 ballots, hidden##vote-hidden');
  assert.equal(await isShown(page, '1. SQL: 3 dots##vote-result-1'), false);
  doc = await documentJson(page);
  assert.equal(doc.dotVotes[0].ballots.length, 2);
  assert.equal(doc.dotVotes[0].revealed, false);

  await press(page, '##vote-reveal');
  await widget(page, '1. SQL: 3 dots##vote-result-1');
  await widget(page, '2. MQL: 1 dot##vote-result-2');
  await widget(page, '3. Pipeline: 0 dots##vote-result-3');
  doc = await documentJson(page);
  const saved = doc.dotVotes[0];
  assert.equal(saved.revealed, true);
  const tally = {};
  for (const ballot of saved.ballots) for (const dot of ballot.dots) tally[dot] = (tally[dot] || 0) + 1;
  const byLabel = Object.fromEntries(saved.options.map((o) => [o.label, tally[o.id] || 0]));
  assert.deepEqual(byLabel, { MQL: 1, SQL: 3, Pipeline: 0 });
  assert.deepEqual(saved.ballots.map((b) => b.voterName), ['Ana Costa', 'Ben Okafor']);

  // Hide again: the counts leave the screen.
  await press(page, '##vote-hide');
  await widget(page, '2 ballots, hidden##vote-hidden');
  assert.deepEqual(problems, []);
  await context.close();
});

async function tap(page, label) {
  const r = await widget(page, label);
  await page.touchscreen.tap(r.x + r.width / 2, r.y + r.height / 2);
  await idle(page);
}

test('a draft answered on a phone comes back as an answer link, stays hidden until Reveal, and becomes the sales definition', async () => {
  const desk = await newContext(browser, desktop);
  const { page, problems } = await openApp(desk, server.url);
  await openSample(page);
  await openWorkshopTab(page, 'Drafts##ws-tab-drafts');
  const sql = sample.glossary.find((t) => t.name === 'SQL');
  await press(page, '##draft-term');
  await click(page, `SQL##draft-term-${sql.id}`);
  await press(page, '##draft-create');
  await press(page, '##draft-invite-copy');
  const invitation = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(invitation, /^http:\/\/127\.0\.0\.1:\d+\/studio\/#join=gpd1\.[A-Za-z0-9_-]+$/);

  // The participant's phone.
  const phoneContext = await newContext(browser, phone);
  const { page: handset, problems: phoneProblems } = await openApp(phoneContext, invitation);
  const text = 'A lead with budget, a buying role and a date, accepted by sales after a call';
  await tap(handset, '##drafter-name');
  await handset.keyboard.type('Ben Okafor');
  await tap(handset, 'Sales##drafter-team-sales');
  await tap(handset, '##draft-text');
  await handset.keyboard.type(text);
  await idle(handset);
  await tap(handset, '##draft-submit');
  const link = await until(handset, async () => (await handset.evaluate(() => window.growthplan.participant())).link, 'the answer link');
  assert.match(link, /#answer=gpr1\./);
  assert.deepEqual(phoneProblems, []);
  await phoneContext.close();

  // The facilitator opens the answer link in the plan's tab.
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  await told(page, /Merged 1 answer: 1 new/);
  let doc = await documentJson(page);
  assert.equal(doc.draftPrompts[0].answers.length, 1);
  assert.equal(doc.draftPrompts[0].answers[0].text, text);
  assert.ok(!JSON.stringify(doc.draftPrompts).includes('Ben Okafor'), 'the plan keeps no names of drafters');

  await click(page, 'Workshop');
  await clickTab(page, 'Drafts##ws-tab-drafts');
  await widget(page, '1 answer, hidden##draft-hidden');
  assert.equal(await isShown(page, `${text}##draft-answer-text-0`), false);
  await press(page, '##draft-reveal');
  await widget(page, `${text}##draft-answer-text-0`);
  await press(page, '##draft-use-sales-0');
  await told(page, /Set the sales definition of .SQL./);
  doc = await documentJson(page);
  assert.equal(doc.glossary.find((t) => t.id === sql.id).salesDefinition, text);
  assert.deepEqual(problems, []);
  await desk.close();
});
