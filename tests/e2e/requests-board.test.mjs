// Sales asks marketing for collateral and both see where it stands: a salesperson files requests
// by typing; marketing moves one New → Accepted by dragging it with the mouse and on to In progress
// and Delivered with Ctrl+→; Undo moves it back; filters narrow the board; sales rates what was
// delivered and a campaign, with a sentence of why, and sees the roll-up. Screenshots of the board
// (DPR 2, 700 px wide) go to build/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle, widget, isShown, disappears, scrollTo, sampleFile, openView } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = path.resolve(here, '../../build/screenshots');

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const people = { marcus: '5mibnxrw93g1', priya: '9u89h8qljuc3' };
const webinars = 'cmp1webinars';

// The sample plan without its requests and ratings, with the SLA's "requests answered within
// 3 days" measured from the board.
function samplePlan(extra = (plan) => plan) {
  const plan = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  plan.requests = [];
  plan.ratings = [];
  plan.commitments.find((c) => c.id === 'sla7collat3x').measure = 'request-answer-days';
  return JSON.stringify(extra(plan));
}

async function openPlan(page, text) {
  const result = await page.evaluate((t) => window.growthplan.openJson(t, 'plan.json'), text);
  assert.ok(result.ok, result.error);
  await idle(page);
}

async function switchPerson(page, name, team) {
  await click(page, '##who-is-editing');
  await typeInto(page, '##identity-name', name);
  await click(page, `${team[0].toUpperCase()}${team.slice(1)}##identity-team-${team}`);
  await click(page, '##identity-continue');
}

async function clickAway(page) {
  await page.mouse.click(5, 700);  // the sidebar's empty space: the field commits and lets go
  await idle(page);
}

// Picks `option` (an ImGui label) in the combo `combo`.
async function pick(page, combo, option) {
  await click(page, combo);
  await click(page, option);
}

const cardLabel = (request) => `${request.title}###request-card-${request.id}`;
const requestNamed = (doc, title) => doc.requests.find((r) => r.title === title);

// Presses the mouse on `from`, drags it in small steps as a hand does, and lets go over `to`.
async function drag(page, from, to) {
  const start = { x: from.x + from.width / 2, y: from.y + Math.min(24, from.height / 2) };
  const end = { x: to.x + to.width / 2, y: to.y + Math.min(40, to.height / 2) };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await idle(page);
  await page.mouse.move(start.x + 8, start.y + 8, { steps: 4 });
  await idle(page);
  await page.mouse.move(end.x, end.y, { steps: 16 });
  await idle(page);
  await page.mouse.up();
  await idle(page);
}

async function fileRequest(page, { title, forWhom, neededBy, type, ownerLabel }) {
  await typeInto(page, '##new-request-title', title);
  if (type) await pick(page, '##new-request-type', type);
  await typeInto(page, '##new-request-for', forWhom);
  await typeInto(page, '##new-request-needed-by', neededBy);
  if (ownerLabel) await pick(page, '##new-request-owner', ownerLabel);
  await click(page, 'File request##new-request-file');
  await disappears(page, '##new-request-title');
}

test('sales files a request, marketing drags and keys it to delivered, undo moves it back, filters narrow the board, sales rates it', async () => {
  const context = await newContext(browser, { identity: { name: 'Marcus Oyelaran', team: 'sales' }, viewport: { width: 1400, height: 1000 } });
  const { page, problems } = await openApp(context, server.url);
  await openPlan(page, samplePlan());
  await click(page, 'Enablement');

  // An empty board explains itself; the salesperson files two requests by typing.
  await click(page, 'File the first request##new-request-empty');
  await fileRequest(page, { title: 'Battlecard against Northwind', forWhom: 'Contoso renewal', neededBy: '2099-12-31',
    ownerLabel: `Priya Raman##${people.priya}` });
  await click(page, 'New request##new-request-open');
  await fileRequest(page, { title: 'Retail case study', forWhom: 'Mid-market retail', neededBy: '2020-01-15',
    type: 'Case study' });
  let doc = await documentJson(page);
  assert.equal(doc.requests.length, 2);
  const battlecard = requestNamed(doc, 'Battlecard against Northwind');
  assert.equal(battlecard.type, 'deck');
  assert.equal(battlecard.for, 'Contoso renewal');
  assert.equal(battlecard.neededBy, '2099-12-31');
  assert.equal(battlecard.requesterId, people.marcus, 'who asked defaults to the person at the keyboard');
  assert.equal(battlecard.ownerId, people.priya);
  assert.equal(battlecard.status, 'new');
  assert.equal(battlecard.answeredAt, '');
  assert.equal(battlecard.created.by, 'Marcus Oyelaran');
  const caseStudy = requestNamed(doc, 'Retail case study');
  assert.equal(caseStudy.type, 'case-study');
  await widget(page, cardLabel(battlecard));
  await widget(page, cardLabel(caseStudy));

  // Marketing drags the battlecard from New to Accepted.
  await switchPerson(page, 'Priya Raman', 'marketing');
  await drag(page, await widget(page, cardLabel(battlecard)), await widget(page, 'Accepted##lane-accepted'));
  doc = await documentJson(page);
  let moved = requestNamed(doc, battlecard.title);
  assert.equal(moved.status, 'accepted');
  assert.match(moved.answeredAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.equal(moved.modified.by, 'Priya Raman');
  const accepted = await widget(page, cardLabel(battlecard));
  const acceptedLane = await widget(page, 'Accepted##lane-accepted');
  assert.ok(accepted.x >= acceptedLane.x && accepted.x < acceptedLane.x + acceptedLane.width, 'the card sits in the Accepted column');

  // …then on by keyboard: select it, Ctrl+→ twice.
  await click(page, cardLabel(battlecard));
  await page.keyboard.press('Control+ArrowRight');
  await idle(page);
  assert.equal(requestNamed(await documentJson(page), battlecard.title).status, 'in-progress');
  await page.keyboard.press('Control+ArrowRight');
  await idle(page);
  doc = await documentJson(page);
  moved = requestNamed(doc, battlecard.title);
  assert.equal(moved.status, 'delivered');
  assert.match(moved.deliveredAt, /^\d{4}-\d\d-\d\dT/);
  assert.equal(moved.answeredAt, requestNamed(doc, battlecard.title).answeredAt, 'the first answer stays');
  const deliveredLane = await widget(page, 'Delivered##lane-delivered');
  const delivered = await widget(page, cardLabel(battlecard));
  assert.ok(delivered.x >= deliveredLane.x && delivered.x < deliveredLane.x + deliveredLane.width, 'the card sits in the Delivered column');

  // Each move is one undo step.
  await page.keyboard.press('Control+z');
  await idle(page);
  moved = requestNamed(await documentJson(page), battlecard.title);
  assert.equal(moved.status, 'in-progress');
  assert.equal(moved.deliveredAt, '');
  await page.keyboard.press('Control+z');
  await idle(page);
  assert.equal(requestNamed(await documentJson(page), battlecard.title).status, 'accepted');
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await idle(page);
  assert.equal(requestNamed(await documentJson(page), battlecard.title).status, 'delivered');

  // Filters: type, overdue, owner, team.
  await pick(page, '##filter-type', 'Case study##filter-type-case-study');
  await disappears(page, cardLabel(battlecard));
  await widget(page, cardLabel(caseStudy));
  await click(page, 'Clear filters##filter-clear');
  await widget(page, cardLabel(battlecard));
  await click(page, 'Overdue only##filter-overdue');
  await disappears(page, cardLabel(battlecard));  // delivered: never overdue
  await widget(page, cardLabel(caseStudy));       // needed by 2020
  await click(page, 'Overdue only##filter-overdue');
  await pick(page, '##filter-owner', `Priya Raman##filter-owner-${people.priya}`);
  await widget(page, cardLabel(battlecard));
  await disappears(page, cardLabel(caseStudy));
  await click(page, 'Clear filters##filter-clear');
  await pick(page, '##filter-team', 'Leadership##filter-team-leadership');
  await disappears(page, cardLabel(battlecard));
  await widget(page, 'No request matches these filters.##board-no-match');
  await pick(page, '##filter-team', 'Sales##filter-team-sales');
  await widget(page, cardLabel(battlecard));
  await widget(page, cardLabel(caseStudy));
  await click(page, 'Clear filters##filter-clear');

  // Marketing links the delivered battlecard to the webinar campaign in its editor.
  const face = await widget(page, cardLabel(battlecard));
  await page.mouse.dblclick(face.x + face.width / 2, face.y + 20);
  await idle(page);
  await typeInto(page, '##request-asset', 'https://drive.example.com/northwind-battlecard');
  await click(page, `Retail forecasting webinar series##request-campaign-${webinars}`);
  await click(page, 'Done##request-done');
  doc = await documentJson(page);
  moved = requestNamed(doc, battlecard.title);
  assert.deepEqual(moved.campaignIds, [webinars]);
  assert.equal(moved.assetLink, 'https://drive.example.com/northwind-battlecard');
  assert.equal(await isShown(page, `Useful##rate-${battlecard.id}-useful`), false, 'marketing reads ratings, sales gives them');

  // Sales rates the delivered card with a sentence of why.
  await switchPerson(page, 'Marcus Oyelaran', 'sales');
  await click(page, `Useful##rate-${battlecard.id}-useful`);
  await typeInto(page, `##rating-why-${battlecard.id}`, 'Won the Contoso bake-off with page two');
  await clickAway(page);
  doc = await documentJson(page);
  const rating = doc.ratings.find((r) => r.target === battlecard.id);
  assert.ok(rating, 'the rating is in the plan');
  assert.equal(rating.value, 'useful');
  assert.equal(rating.why, 'Won the Contoso bake-off with page two');
  assert.equal(rating.created.by, 'Marcus Oyelaran');
  await widget(page, `1 useful · 0 somewhat · 0 not useful##rating-summary-${battlecard.id}`);

  // …and the campaign, whose card lists the battlecard as its collateral.
  await click(page, 'Campaigns');
  await scrollTo(page, `Somewhat##rate-${webinars}-somewhat`);
  await widget(page, `${battlecard.title}##campaign-collateral-${webinars}-${battlecard.id}`);
  await click(page, `Somewhat##rate-${webinars}-somewhat`);
  await typeInto(page, `##rating-why-${webinars}`, 'Good attendees, but too few from retail');
  await clickAway(page);
  doc = await documentJson(page);
  const campaignRating = doc.ratings.find((r) => r.target === webinars);
  assert.equal(campaignRating.value, 'somewhat');
  assert.equal(campaignRating.why, 'Good attendees, but too few from retail');
  await widget(page, `0 useful · 1 somewhat · 0 not useful##rating-summary-${webinars}`);
  // Typing the why was one undo step on top of the rating itself.
  await page.keyboard.press('Control+z');
  await idle(page);
  assert.equal((await documentJson(page)).ratings.find((r) => r.target === webinars).why, '');

  assert.deepEqual(problems, []);
  await context.close();
});

test('a request nobody answers turns the slowest answer red; its comments open from the card', async () => {
  const context = await newContext(browser, { identity: { name: 'Marcus Oyelaran', team: 'sales' }, viewport: { width: 1400, height: 1000 } });
  const { page, problems } = await openApp(context, server.url);
  // Filed twelve days and an hour ago, still New; one answered within a day beside it.
  const daysAgo = (days) => new Date(Date.now() - days * 86400000).toISOString().replace(/\.\d+Z$/, 'Z');
  const stamp = (at) => ({ by: 'Marcus Oyelaran', at, team: 'sales' });
  const request = (id, title, status, filed, answered) => ({
    id, title, type: 'battlecard', for: 'Contoso renewal', neededBy: '', priority: 'normal', requesterId: people.marcus,
    ownerId: '', status, declineReason: '', assetLink: '', campaignIds: [], answeredAt: answered, deliveredAt: '',
    created: stamp(filed), modified: stamp(answered || filed),
  });
  await openPlan(page, samplePlan((plan) => {
    plan.requests = [request('req1waiting1', 'Battlecard nobody picked up', 'new', daysAgo(12.04), ''),
      request('req2answered', 'Deck answered the next morning', 'accepted', daysAgo(3), daysAgo(2.5))];
    return plan;
  }));
  await click(page, 'Enablement');
  await widget(page, '12 days##turnaround-slowest-value');  // not the half day of the answered one
  await widget(page, 'Missed against the SLA · 1 still waiting, the oldest 12 days##turnaround-slowest-detail');

  // Comments… in the card's menu opens Review on the request; the comment shows on the card.
  const card = await widget(page, 'Battlecard nobody picked up###request-card-req1waiting1');
  await page.mouse.click(card.x + card.width - 8, card.y + 8);  // the card's … menu, at its top right
  await idle(page);
  await click(page, 'Comments…##request-comments');
  await typeInto(page, '##new-comment', 'Who on marketing can take this one?');
  await click(page, '##add-comment');
  const doc = await documentJson(page);
  assert.equal(doc.comments.length, 1);
  assert.equal(doc.comments[0].target, 'req1waiting1');
  await click(page, 'Enablement');
  await widget(page, 'Battlecard nobody picked up · 1 open comment###request-card-req1waiting1');
  assert.deepEqual(problems, []);
  await context.close();
});

// A realistic board for the screenshots: requests in every column, overdue and rated ones.
function boardPlan() {
  return samplePlan((plan) => {
    const stamp = (by, at) => ({ by, at, team: by === 'Priya Raman' || by === 'Tomás Herrera' ? 'marketing' : 'sales' });
    const request = (id, title, type, forWhom, neededBy, priority, requesterId, ownerId, status, filed, answered, deliveredAt, extra = {}) => ({
      id, title, type, for: forWhom, neededBy, priority, requesterId, ownerId, status, declineReason: '', assetLink: '',
      campaignIds: [], answeredAt: answered, deliveredAt, created: stamp('Marcus Oyelaran', filed), modified: stamp('Priya Raman', answered || filed), ...extra,
    });
    plan.requests = [
      request('req1northwnd', 'Battlecard against Northwind', 'battlecard', 'Contoso renewal', '2026-12-18', 'urgent', people.marcus, people.priya, 'new', '2026-11-27T09:10:00Z', '', ''),
      request('req2pricing1', 'One-pager: pricing for retail chains', 'one-pager', 'Mid-market retail', '2026-11-24', 'high', 'spe098feh4ik', '', 'new', '2026-11-10T14:00:00Z', '', ''),
      request('req3fabrikam', 'Joint deck with Fabrikam Cloud', 'deck', 'Partner-led deals, DACH', '2027-01-15', 'normal', people.marcus, '1a83a0uitgcu', 'accepted', '2026-11-16T08:00:00Z', '2026-11-17T16:00:00Z', ''),
      request('req4demovid1', 'Five-minute demo video', 'demo-video', 'Inbound trials', '2026-12-10', 'normal', 'spe098feh4ik', people.priya, 'in-progress', '2026-11-02T10:00:00Z', '2026-11-03T09:00:00Z', ''),
      request('req5casestd1', 'Case study: Alpine Grocers', 'case-study', 'Grocery, 200+ stores', '2026-10-30', 'high', people.marcus, people.priya, 'delivered', '2026-10-05T09:00:00Z', '2026-10-06T11:00:00Z', '2026-10-28T15:00:00Z',
        { assetLink: 'https://drive.example.com/alpine-grocers', campaignIds: [webinars] }),
      request('req6rfptmpl1', 'RFP answer template', 'proposal-template', 'Enterprise tenders', '2026-11-06', 'low', 'spe098feh4ik', '1a83a0uitgcu', 'declined', '2026-10-12T09:00:00Z', '2026-10-15T14:00:00Z', '',
        { declineReason: 'Legal owns tender templates; ask Daniel' }),
    ];
    plan.ratings = [
      { id: 'rate1alpine1', target: 'req5casestd1', value: 'useful', why: 'Opened the door at two grocery chains', created: stamp('Marcus Oyelaran', '2026-11-02T10:00:00Z'), modified: stamp('Marcus Oyelaran', '2026-11-02T10:00:00Z') },
      { id: 'rate2alpine2', target: 'req5casestd1', value: 'somewhat', why: 'Numbers are great, the story is long', created: stamp('Sofie Lindqvist', '2026-11-09T10:00:00Z'), modified: stamp('Sofie Lindqvist', '2026-11-09T10:00:00Z') },
    ];
    return plan;
  });
}

test('screenshots of the board at DPR 2, 700 px wide and on a wide screen', async () => {
  fs.mkdirSync(shots, { recursive: true });
  for (const [name, viewport] of [['enablement-700', { width: 700, height: 1100 }], ['enablement-1400', { width: 1400, height: 900 }]]) {
    const context = await newContext(browser, { identity: { name: 'Sofie Lindqvist', team: 'sales' }, viewport, deviceScaleFactor: 2 });
    const { page, problems } = await openApp(context, server.url);
    await openPlan(page, boardPlan());
    await openView(page, 'Enablement');
    await widget(page, 'Battlecard against Northwind###request-card-req1northwnd');
    await page.mouse.move(viewport.width - 5, viewport.height - 5);
    await idle(page);
    await page.screenshot({ path: path.join(shots, `${name}.png`) });
    // The delivered card with sales's ratings (further down on a narrow screen).
    await scrollTo(page, '1 useful · 1 somewhat · 0 not useful##rating-summary-req5casestd1', { x: viewport.width - 40, y: viewport.height / 2 });
    await page.mouse.move(viewport.width - 5, viewport.height - 5);
    await idle(page);
    await page.screenshot({ path: path.join(shots, `${name}-delivered.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  }
});
