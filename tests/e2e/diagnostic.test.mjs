// The alignment diagnostic in a workshop, without a server: the facilitator starts a round and
// copies its invitation link; participants open it on their phones (390×844, touch, DPR 3), answer
// the 20 statements by tapping, and copy the answer link they get; the facilitator pastes the
// links, merges them and sees each team's respondents and mean total; Undo takes them out again and
// a clicked answer link offers to add that answer. File ▸ Print summary opens the plan's one-page
// outcome in a tab of its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle, widget, isShown,
  disappears, until, told, autosaved, scrollTo, sampleFile } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const planTitle = 'FY2027 Joint Growth Plan';  // the sample plan's
const clipboard = ['clipboard-read', 'clipboard-write'];
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, permissions: clipboard };
// The facilitator's colleagues answer on phones of a lower pixel ratio: software rendering of
// three 1170×2532 screens would make the test slow, not better.
const smallPhone = { ...phone, deviceScaleFactor: 1 };
const desktop = { viewport: { width: 1440, height: 900 }, permissions: clipboard };

const people = {
  ana: { name: 'Ana Costa', team: 'marketing', scores: [4, 4, 3, 5, 4, 4, 2, 4, 3, 4, 3, 3, 4, 4, 5, 4, 2, 3, 4, 4] },
  ben: { name: 'Ben Okafor', team: 'sales', scores: [2, 3, 2, 2, 3, 2, 2, 3, 3, 2, 2, 2, 3, 2, 3, 2, 1, 2, 2, 3] },
  chloe: { name: 'Chloe Lim', team: 'marketing', scores: [3, 4, 3, 4, 3, 4, 3, 3, 3, 4, 3, 3, 3, 3, 4, 3, 2, 3, 3, 3] },
};
const total = (scores) => scores.reduce((a, b) => a + b, 0);
const stage = (mean) => (mean < 40 ? 'Undefined' : mean < 60 ? 'Defined' : mean < 80 ? 'Aligned' : 'Integrated');
const teamLabel = (team) => team[0].toUpperCase() + team.slice(1);
// The name a team's tile has for automation, as the page draws it.
function tileName(team, ...members) {
  const mean = members.reduce((sum, m) => sum + total(m.scores), 0) / members.length;
  const respondents = `${members.length} ${members.length === 1 ? 'respondent' : 'respondents'}`;
  return `${teamLabel(team)}: ${respondents}, mean total ${mean.toFixed(1)}, ${stage(mean)}##tile-${team}`;
}

async function openSample(page) {
  const result = await page.evaluate((t) => window.growthplan.openJson(t, 'sample-plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  assert.ok(result.ok, result.error);
  await idle(page);
}

const participant = (page) => page.evaluate(() => window.growthplan.participant());
const readClipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

// The facilitator starts round "Kick-off" on the Diagnostic page and copies its invitation link.
async function startRound(page) {
  await click(page, 'Diagnostic');
  await click(page, '##round-new-first');
  await typeInto(page, '##round-label', 'Kick-off');
  await click(page, '##round-save');
  await click(page, '##invite-copy');
  const invitation = await readClipboard(page);
  assert.match(invitation, /^http:\/\/127\.0\.0\.1:\d+\/studio\/#join=gpi1\.[A-Za-z0-9_-]+$/);
  return invitation;
}

async function tap(page, label) {
  const r = await widget(page, label);
  await page.touchscreen.tap(r.x + r.width / 2, r.y + r.height / 2);
  await idle(page);
}

// Drags a finger up the screen, as a person reads on, until the widget is fully in view.
const FINGER_REST_MS = 150;
async function swipeTo(page, label) {
  const cdp = await page.context().newCDPSession(page);
  const { width, height } = page.viewportSize();
  try {
    for (let i = 0; i < 40; i++) {
      await idle(page);
      const r = await page.evaluate((l) => window.growthplan.widgetRect(l), label);
      if (r && r.width > 0 && r.y > 64 && r.y + r.height < height - 16) return r;
      const x = width / 2, from = height * 0.75, to = height * 0.35;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: from }] });
      for (let step = 1; step <= 6; step++)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: from + ((to - from) * step) / 6 }] });
      const lastMove = Date.now();
      await idle(page);  // the page follows the finger
      // The finger rests a moment before it lifts, longer than the page's flick window (touch.js),
      // so nothing glides on. Should it glide all the same, idle() waits for the glide to end.
      await page.waitForTimeout(Math.max(0, FINGER_REST_MS - (Date.now() - lastMove)));
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }
  } finally {
    await cdp.detach();
  }
  throw new Error(`widget "${label}" did not scroll into view`);
}

// A participant answers on their phone: name, team, a tap per statement, Submit; returns the page.
async function answer(page, person, { stopBefore = 21 } = {}) {
  await tap(page, '##diagnostic-name');
  await page.keyboard.type(person.name);
  await tap(page, `${teamLabel(person.team)}##diagnostic-team-${person.team}`);
  for (let n = 1; n <= person.scores.length && n < stopBefore; n++) {
    const label = `##statement-${n}-score-${person.scores[n - 1]}`;
    await swipeTo(page, label);
    await tap(page, label);
    await until(page, async () => (await participant(page)).answered === n, `statement ${n} answered`);
  }
}

async function submitAndCopy(page) {
  await swipeTo(page, '##diagnostic-submit');
  await tap(page, '##diagnostic-submit');
  const link = await until(page, async () => (await participant(page)).link, 'the answer link');
  await tap(page, '##answer-copy');
  assert.equal(await readClipboard(page), link, 'Copy puts the whole answer link on the clipboard');
  return link;
}

// Answers on a phone of its own; returns the answer link and, with `file`, the downloaded answer file.
async function answerOnPhone(invitation, person, { file = false } = {}) {
  const context = await newContext(browser, smallPhone);
  const { page, problems } = await openApp(context, invitation);
  await answer(page, person);
  const link = await submitAndCopy(page);
  let fileText = null;
  if (file) {
    const download = page.waitForEvent('download');
    await tap(page, '##answer-download');
    fileText = fs.readFileSync(await (await download).path(), 'utf8');
  }
  assert.deepEqual(problems, []);
  await context.close();
  return { link, fileText };
}

// Drops a file on the page, as from the desktop.
async function dropFile(page, name, contents) {
  await page.evaluate(({ name, contents }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([contents], name, { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop'])
      window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { name, contents });
  await idle(page);
}

test('a participant opens the invitation on a phone, answers all 20 statements by tapping and gets an answer link; their own plan stays as it was', async () => {
  const desk = await newContext(browser, desktop);
  const facilitator = await openApp(desk, server.url);
  await openSample(facilitator.page);
  const invitation = await startRound(facilitator.page);
  await desk.close();

  // This phone already holds a plan of its own in its autosave.
  const context = await newContext(browser, phone);
  const own = await openApp(context, server.url);
  await openSample(own.page);
  await typeInto(own.page, '##plan-title', 'My own plan');
  await own.page.mouse.click(5, 700);
  await autosaved(own.page);
  await own.page.close();

  const { page, problems } = await openApp(context, invitation);
  assert.deepEqual(await participant(page), { answered: 0, link: '' });
  assert.equal(await isShown(page, 'File'), false, 'no menus: only the form');
  assert.equal(await isShown(page, 'Diagnostic'), false, 'no navigation');
  assert.equal(await page.title(), `Alignment diagnostic — ${planTitle}`);

  await answer(page, people.ben, { stopBefore: 20 });
  await swipeTo(page, '##diagnostic-submit');
  await tap(page, '##diagnostic-submit');
  assert.equal((await participant(page)).link, '', 'Submit waits until every statement has an answer');
  await tap(page, `##statement-20-score-${people.ben.scores[19]}`);
  assert.equal((await participant(page)).answered, 20);
  const link = await submitAndCopy(page);
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/studio\/#answer=gpa1\.[A-Za-z0-9_-]+$/);
  assert.ok(!link.includes('Ben'), 'the link never holds the name');
  await widget(page, '##answer-download');
  assert.equal(await page.evaluate(() => window.growthplan.autosavePending()), false, 'the form never autosaves');
  assert.deepEqual(problems, []);

  // The phone's own plan is untouched: it comes back when the app opens without the invitation.
  const reopened = await openApp(context, server.url);
  const doc = await documentJson(reopened.page);
  assert.equal(doc.plan.title, 'My own plan');
  assert.equal(doc.diagnosticRounds, undefined);
  await context.close();
});

test("the facilitator merges three answer links, sees each team's respondents and mean total, undoes it, then adds a clicked answer link and a dropped answer file", async () => {
  const context = await newContext(browser, desktop);
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  const invitation = await startRound(page);
  const ana = await answerOnPhone(invitation, people.ana);
  const ben = await answerOnPhone(invitation, people.ben, { file: true });
  const chloe = await answerOnPhone(invitation, people.chloe);
  const links = [ana.link, ben.link, chloe.link];

  await click(page, '##panel-paste');
  await page.evaluate((text) => navigator.clipboard.writeText(text), `${links.join('\n')}\nnot an answer\n`);
  await click(page, '##answers-paste');
  await page.keyboard.press('Control+V');
  await idle(page);
  await widget(page, 'Line 4: this is not an answer of Growth Plan Studio');
  await click(page, 'Merge 3 answers');
  await told(page, /^Merged 3 answers into “Kick-off”: 3 new$/);

  let doc = await documentJson(page);
  assert.equal(doc.diagnosticRounds.length, 1);
  assert.equal(doc.diagnosticAnswers.length, 3);
  assert.deepEqual(doc.diagnosticAnswers.map((a) => a.team).sort(), ['marketing', 'marketing', 'sales']);
  const text = JSON.stringify(doc);
  for (const person of Object.values(people)) assert.ok(!text.includes(person.name), 'the plan holds no names');

  const marketing = tileName('marketing', people.ana, people.chloe);
  const sales = tileName('sales', people.ben);
  await scrollTo(page, marketing);
  await widget(page, marketing);
  await widget(page, sales);
  await widget(page, 'Leadership: no answers yet##tile-leadership');

  // One undo step takes the three answers out again.
  await page.keyboard.press('Control+z');
  await idle(page);
  doc = await documentJson(page);
  assert.equal((doc.diagnosticAnswers || []).length, 0);
  assert.equal(doc.diagnosticRounds.length, 1, 'the round stays: it was started before');
  await disappears(page, marketing);

  // Clicking an answer link (here: Ana's) in the chat opens it in the app, which offers to add it.
  await page.goto(links[0]);
  await click(page, '##answer-offer-merge');
  await told(page, /^Merged 1 answer into “Kick-off”: 1 new$/);
  await scrollTo(page, tileName('marketing', people.ana));
  assert.equal(new URL(page.url()).hash, '', 'a reload does not offer the answer again');

  // An answer file dropped on the app is merged into the open plan, not opened over it.
  assert.match(ben.fileText, /"format": "growth-plan-answer"/);
  await dropFile(page, 'diagnostic-answer.json', ben.fileText);
  await until(page, async () => (await page.evaluate(() => window.growthplan.noticeLog()))
    .filter((n) => n.text === 'Merged 1 answer into “Kick-off”: 1 new').length === 2, 'the dropped answer merged');
  await widget(page, tileName('sales', people.ben));
  doc = await documentJson(page);
  assert.equal(doc.plan.title, planTitle);
  assert.equal(doc.diagnosticAnswers.length, 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('people answer one after another on the shared laptop without seeing earlier answers; a round is renamed, deleted and brought back by one undo', async () => {
  const context = await newContext(browser, desktop);
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  await startRound(page);
  await click(page, '##panel-device');

  const fillIn = async (person, last = 20) => {
    await scrollTo(page, '##diagnostic-name');
    await typeInto(page, '##diagnostic-name', person.name);
    await click(page, `${teamLabel(person.team)}##diagnostic-team-${person.team}`);
    for (let n = 1; n <= last; n++) {
      await scrollTo(page, `##statement-${n}-score-${person.scores[n - 1]}`);
      await click(page, `##statement-${n}-score-${person.scores[n - 1]}`);
    }
    await scrollTo(page, '##diagnostic-submit');
    await click(page, '##diagnostic-submit');
  };
  await fillIn(people.ana);
  await told(page, /^Answer recorded in “Kick-off” \(1 answer now\)\. Next person, please\.$/);
  assert.equal((await documentJson(page)).diagnosticAnswers.length, 1);
  // The form starts empty for the next person: with one statement left open, Submit records nothing.
  await fillIn(people.ben, 19);
  assert.equal((await documentJson(page)).diagnosticAnswers.length, 1);
  await scrollTo(page, `##statement-20-score-${people.ben.scores[19]}`);
  await click(page, `##statement-20-score-${people.ben.scores[19]}`);
  await scrollTo(page, '##diagnostic-submit');
  await click(page, '##diagnostic-submit');
  await told(page, /\(2 answers now\)/);
  assert.equal(await isShown(page, 'Marketing##diagnostic-team-marketing'), true, 'the form is open');
  assert.equal(await isShown(page, tileName('marketing', people.ana)), false, 'results stay hidden while people answer');
  await scrollTo(page, '##device-close');
  await click(page, '##device-close');
  await widget(page, tileName('sales', people.ben));

  await click(page, '##round-rename');
  await typeInto(page, '##round-label', 'Kick-off workshop');
  await click(page, '##round-save');
  let doc = await documentJson(page);
  assert.equal(doc.diagnosticRounds[0].label, 'Kick-off workshop');

  await click(page, '##round-delete');
  await click(page, '##round-delete-confirm');
  await told(page, /^Deleted round “Kick-off workshop” and its 2 answers\.$/);
  doc = await documentJson(page);
  assert.equal((doc.diagnosticRounds || []).length, 0);
  assert.equal((doc.diagnosticAnswers || []).length, 0);
  await page.keyboard.press('Control+z');
  await idle(page);
  doc = await documentJson(page);
  assert.equal(doc.diagnosticRounds.length, 1);
  assert.equal(doc.diagnosticAnswers.length, 2);
  await widget(page, tileName('marketing', people.ana));
  assert.deepEqual(problems, []);
  await context.close();
});

test("Print summary opens the plan's one-page outcome in a new tab, ready to print, without scripts", async () => {
  const context = await newContext(browser, desktop);
  const { page, problems } = await openApp(context, server.url);
  await openSample(page);
  await click(page, 'File');
  const opened = context.waitForEvent('page');
  await click(page, 'Print summary…');
  const tab = await opened;
  await tab.waitForLoadState();
  assert.match(tab.url(), /^blob:/);
  const html = await tab.content();
  assert.ok(html.includes(planTitle), 'the summary names the plan');
  assert.doesNotMatch(html, /<script/i);
  assert.deepEqual(problems, []);
  await context.close();
});
