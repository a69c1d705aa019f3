// Screenshots of dot voting, to judge how it looks: the Workshop page's Dot votes tab with revealed
// results (1280×800 and 390×844, DPR 2) and a participant's vote form on a phone (390×844, DPR 2).
// Usage: node tests/bench/vote-screenshots.mjs [output folder, default build/screenshots]
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, newContext, openApp, click, idle, widget, scrollTo, sampleFile } from '../e2e/harness.mjs';

const out = path.resolve(process.argv[2] || 'build/screenshots');
fs.mkdirSync(out, { recursive: true });

const stamp = { by: 'Clara Jensen', at: '2027-01-12T10:00:00Z' };
const names = ['Ana Costa', 'Ben Okafor', 'Chloe Lim', 'Dev Patel', 'Eva Berg', 'Femi Ade', 'Gus Hall', 'Hana Ito'];
const teams = ['marketing', 'sales', 'marketing', 'sales', 'leadership', 'sales', 'marketing', 'sales'];

function planWithVote() {
  const plan = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  const terms = plan.glossary.filter((t) => t.status !== 'deprecated').slice(0, 6);
  const picks = [[1, 3, 3], [3, 3, 0], [1, 1, 5], [3, 4, 5], [1, 3, 2], [3, 0, 4], [1, 5, 5], [3, 1, 4]];
  plan.workshops = [{ id: 'wsalign0001', title: 'Lead definition workshop', date: '2027-01-12', agenda: [], created: stamp, modified: stamp }];
  plan.dotVotes = [{
    id: 'vote00000001', workshopId: 'wsalign0001', title: 'Which terms do we agree first?',
    options: terms.map((t) => ({ id: t.id, label: t.name, link: t.id })), dotsPerPerson: 3, anonymous: false, revealed: true,
    ballots: names.map((name, i) => ({ id: (i + 1).toString(16).padStart(16, 'a'), voterName: name, team: teams[i],
      dots: picks[i].map((n) => terms[n].id), at: `2027-01-12T10:0${i}:00Z` })),
    created: stamp, modified: stamp,
  }];
  return JSON.stringify(plan);
}

const server = await startServer();
const browser = await launchBrowser();
try {
  let invitation = '';
  for (const [name, viewport] of [['votes-results.png', { width: 1280, height: 800 }], ['votes-results-phone.png', { width: 390, height: 844 }]]) {
    const context = await newContext(browser, { viewport, deviceScaleFactor: 2, permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = await openApp(context, server.url);
    const opened = await page.evaluate((t) => window.growthplan.openJson(t, 'workshop-plan.json'), planWithVote());
    if (!opened.ok) throw new Error(opened.error);
    await click(page, 'Workshop');
    await scrollTo(page, 'Dot votes##ws-tab-votes', { x: viewport.width / 2, y: viewport.height / 2 });
    const tab = await widget(page, 'Dot votes##ws-tab-votes');
    await page.mouse.move(tab.x + tab.width / 2, tab.y + tab.height / 2);
    await idle(page);
    await page.mouse.down();
    await idle(page);
    await page.mouse.up();
    await idle(page);
    if (!invitation) {
      await click(page, '##vote-panel-invite');
      await click(page, '##vote-invite-copy');
      invitation = await page.evaluate(() => navigator.clipboard.readText());
      await click(page, '##vote-panel-invite');
    }
    // The results under the tab bar: scrolled up to it.
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    await page.mouse.wheel(0, tab.y - 60);
    await idle(page);
    await page.mouse.move(viewport.width - 5, viewport.height - 5);
    await idle(page);
    await page.screenshot({ path: path.join(out, name) });
    await context.close();
  }

  const phone = await newContext(browser, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const participant = (await openApp(phone, invitation)).page;
  const tap = async (label) => {
    const r = await widget(participant, label);
    await participant.touchscreen.tap(r.x + r.width / 2, r.y + r.height / 2);
    await idle(participant);
  };
  await tap('##voter-name');
  await participant.keyboard.type('Ana Costa');
  await tap('Marketing##voter-team-marketing');
  await tap('##vote-option-3');
  await tap('##vote-option-3');
  await participant.screenshot({ path: path.join(out, 'vote-phone-form.png') });
  await phone.close();
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
