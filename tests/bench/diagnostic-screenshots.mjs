// Screenshots of the alignment diagnostic, to judge how it looks: the Diagnostic page with two
// rounds of results (1440×900, DPR 2; its top and, scrolled, the gaps, next steps and trend) and a
// participant's form and answer link on a phone (390×844, DPR 3).
// Usage: node tests/bench/diagnostic-screenshots.mjs [output folder, default build/screenshots]
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, newContext, openApp, click, idle, widget, sampleFile } from '../e2e/harness.mjs';

const out = path.resolve(process.argv[2] || 'build/screenshots');
fs.mkdirSync(out, { recursive: true });

// A deterministic pseudo-random sequence, so the pictures are the same every time.
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const clamp = (v) => Math.max(1, Math.min(5, Math.round(v)));

// Each team's typical score per statement; the teams part most on forecasts, blame, collateral,
// feedback from the field, vocabulary and shared metrics.
const marketingBase = [3.8, 2.6, 2.4, 3.9, 4.2, 2.2, 3.9, 3.1, 3.4, 3.0, 2.8, 3.7, 2.6, 3.4, 3.9, 3.2, 2.0, 2.1, 2.9, 3.3];
const salesBase =     [2.1, 3.9, 2.9, 2.3, 2.0, 3.9, 2.2, 3.0, 3.1, 2.7, 2.6, 1.9, 2.9, 3.0, 2.4, 3.0, 2.2, 2.0, 2.6, 2.7];
const leadershipBase = marketingBase.map((m, i) => (m + salesBase[i]) / 2 + 0.4);

function answers(roundId, team, base, count, lift, answeredAt) {
  return Array.from({ length: count }, () => {
    const respondent = Array.from({ length: 16 }, () => Math.floor(random() * 16).toString(16)).join('');
    const stamp = { by: 'Clara Jensen', at: answeredAt };
    return { id: `dx-${roundId}-${respondent}`, roundId, respondent, team,
      scores: base.map((mean) => clamp(mean + lift + (random() - 0.5) * 1.6)), answeredAt, created: stamp, modified: stamp };
  });
}

function planWithRounds() {
  const plan = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  plan.diagnosticRounds = [
    { id: 'rnd1kickoff0', label: 'Kick-off', date: '2027-01-12', created: { by: 'Clara Jensen', at: '2027-01-12T09:00:00Z' }, modified: { by: 'Clara Jensen', at: '2027-01-12T09:00:00Z' } },
    { id: 'rnd2q2check0', label: 'Q2 check', date: '2027-04-14', created: { by: 'Clara Jensen', at: '2027-04-14T13:30:00Z' }, modified: { by: 'Clara Jensen', at: '2027-04-14T13:30:00Z' } },
  ];
  plan.diagnosticAnswers = [
    ...answers('rnd1kickoff0', 'marketing', marketingBase, 7, -0.2, '2027-01-12T09:40:00Z'),
    ...answers('rnd1kickoff0', 'sales', salesBase, 6, -0.2, '2027-01-12T09:42:00Z'),
    ...answers('rnd1kickoff0', 'leadership', leadershipBase, 2, -0.2, '2027-01-12T09:45:00Z'),
    ...answers('rnd2q2check0', 'marketing', marketingBase, 6, 0.3, '2027-04-14T14:05:00Z'),
    ...answers('rnd2q2check0', 'sales', salesBase, 6, 0.5, '2027-04-14T14:07:00Z'),
    ...answers('rnd2q2check0', 'leadership', leadershipBase, 2, 0.4, '2027-04-14T14:10:00Z'),
  ];
  return JSON.stringify(plan);
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const desk = await newContext(browser, { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 2, permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = await openApp(desk, server.url);
  const opened = await page.evaluate((t) => window.growthplan.openJson(t, 'workshop-plan.json'), planWithRounds());
  if (!opened.ok) throw new Error(opened.error);
  await click(page, 'Diagnostic');
  await click(page, '##panel-invite');
  await click(page, '##invite-copy');
  const invitation = await page.evaluate(() => navigator.clipboard.readText());
  await click(page, '##panel-invite');
  await page.mouse.move(1430, 890);
  await idle(page);
  await page.screenshot({ path: path.join(out, 'diagnostic-results.png') });
  // Further down: the gaps, the next steps and the trend.
  for (const [name, pixels] of [['diagnostic-results-gaps.png', 1200], ['diagnostic-results-trend.png', 5000]]) {
    await page.mouse.move(900, 600);
    await page.mouse.wheel(0, pixels);
    await idle(page);
    await page.mouse.move(1430, 890);
    await idle(page);
    await page.screenshot({ path: path.join(out, name) });
  }

  const phone = await newContext(browser, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const participant = (await openApp(phone, invitation)).page;
  await participant.screenshot({ path: path.join(out, 'diagnostic-phone-form.png') });
  const tap = async (label) => {
    const r = await widget(participant, label);
    await participant.touchscreen.tap(r.x + r.width / 2, r.y + r.height / 2);
    await idle(participant);
  };
  await tap('##diagnostic-name');
  await participant.keyboard.type('Ana Costa');
  await tap('Marketing##diagnostic-team-marketing');
  await tap('##statement-1-score-4');
  await participant.mouse.move(195, 500);
  await participant.mouse.wheel(0, 420);
  await idle(participant);
  await participant.screenshot({ path: path.join(out, 'diagnostic-phone-answering.png') });
  // Every statement answered, then the answer link.
  const inView = async (label) => {
    for (;;) {
      await idle(participant);
      const r = await participant.evaluate((l) => window.growthplan.widgetRect(l), label);
      if (r && r.y > 70 && r.y + r.height < 820) return;
      await participant.mouse.wheel(0, 300);
    }
  };
  for (let n = 2; n <= 20; n++) {
    await inView(`##statement-${n}-score-${1 + (n % 5)}`);
    await tap(`##statement-${n}-score-${1 + (n % 5)}`);
  }
  await inView('##diagnostic-submit');
  await tap('##diagnostic-submit');
  await widget(participant, '##answer-copy');
  await participant.mouse.move(380, 10);
  await idle(participant);
  await participant.screenshot({ path: path.join(out, 'diagnostic-phone-sent.png') });
  console.log(`wrote ${['diagnostic-results.png', 'diagnostic-results-gaps.png', 'diagnostic-results-trend.png', 'diagnostic-phone-form.png', 'diagnostic-phone-answering.png', 'diagnostic-phone-sent.png'].map((f) => path.join(out, f)).join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
