// Lead import at scale: generates a 200,000-row CRM export (HubSpot's headers, with names and
// e-mail addresses the import must never read), imports it in headless Chromium through File ▸
// Import lead outcomes… exactly as a person does, and prints the time of each step and the longest
// frame. Two frame measures: the app's own CPU time per frame (window.growthplan.peakFrameMs) and
// the gaps between the page's animation frames while the import runs (what a person would see as
// a stall, including the browser's own work such as handing the file to the app).
// Usage: node tests/bench/lead-import-bench.mjs   (after a web build; GP_SITE_DIR picks the build)
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, widget, idle, tempFile, documentJson } from '../e2e/harness.mjs';

const ROWS = Number(process.env.GP_BENCH_ROWS || 200000);

function leadExport() {
  const campaigns = ['Spring webinar', 'Trade show Berlin', 'Paid search EU', 'Partner co-marketing', 'Content hub',
    'Retargeting', 'Analyst report', 'Customer event', 'LinkedIn ads', 'Newsletter', 'Outbound ABM', 'Free trial'];
  const sources = ['Marketing', 'Sales', 'Partner', 'Organic Search'];
  const statuses = ['SQL', 'Working - Contacted', 'Unqualified', 'Nurture', 'New', 'Disqualified', 'Converted'];
  const reasons = ['No budget', 'bad timing', 'Not the decision maker', 'Competitor', 'Unable to reach'];
  const lines = ['Record ID,First Name,Email,Create Date,Original Source,Associated Campaign,Lead Status,Disqualification Reason,First Activity Date'];
  const start = Date.UTC(2027, 0, 1);
  const iso = (ms) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  for (let i = 0; i < ROWS; i++) {
    const created = start + Math.floor((i / ROWS) * 90 * 86400000) + (i % 37) * 60000;
    const status = statuses[i % statuses.length];
    const rejected = status === 'Unqualified' || status === 'Disqualified' || status === 'Nurture';
    const touched = i % 10 < 7 ? iso(created + ((i * 131) % 4000) * 60000) : '';
    lines.push(`${100000 + i},Person ${i},person${i}@example.com,${iso(created)},${sources[i % 4]},"${campaigns[(i * 5) % 12]}",` +
      `${status},${rejected ? reasons[i % 5] : ''},${touched}`);
  }
  return lines.join('\r\n') + '\r\n';
}

// Records, until stopped, the gap between consecutive animation frames and the app's CPU time of
// every frame it drew (read after each animation frame: the app draws at most one per frame).
const startFrameGaps = (page) => page.evaluate(() => {
  window.__gaps = [];
  window.__gapsAt = [];  // when each gap ended, ms since recording started
  window.__appFrames = [];
  window.__gapsOn = true;
  let last = performance.now();
  const start = last;
  let drawn = window.growthplan.framesRendered();
  const tick = (now) => {
    window.__gaps.push(now - last);
    window.__gapsAt.push(now - start);
    last = now;
    const frames = window.growthplan.framesRendered();
    if (frames !== drawn) window.__appFrames.push(window.growthplan.lastFrameMs());
    if (window.growthplan.widgetRect('##lead-import-progress')) window.__progressFrames = (window.__progressFrames || 0) + 1;
    drawn = frames;
    if (window.__gapsOn) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});
const stopFrameGaps = (page) => page.evaluate(() => {
  window.__gapsOn = false;
  return { gaps: window.__gaps, gapsAt: window.__gapsAt, app: window.__appFrames };
});
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${pick(0.5).toFixed(1)} ms, p95 ${pick(0.95).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (n=${values.length})`;
};

const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await newContext(browser, { viewport: { width: 1400, height: 900 } });
  const { page, problems } = await openApp(context, server.url);
  const csv = leadExport();
  const file = tempFile('leads-200k.csv', csv);
  console.log(`export: ${ROWS.toLocaleString('en')} rows, ${(csv.length / 1048576).toFixed(1)} MB`);

  await click(page, 'File');
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'Import lead outcomes…');
  await page.evaluate(() => window.growthplan.peakFrameMs());  // reset
  await startFrameGaps(page);
  const t0 = Date.now();
  await (await chooser).setFiles(file);
  const peakNow = () => page.evaluate(() => window.growthplan.peakFrameMs());  // and reset
  await widget(page, 'Next##lead-import-next', 60000);
  const tOpen = Date.now();
  const peakOpen = await peakNow();
  // Reads every row across frames, with a progress bar; may take longer than click()'s wait.
  const next = await widget(page, 'Next##lead-import-next');
  await page.mouse.click(next.x + next.width / 2, next.y + next.height / 2);
  await widget(page, '##lead-status-0', 120000);
  const tRead = Date.now();
  const peakRead = await peakNow();
  await click(page, 'Next##lead-import-next');  // counts
  await widget(page, '##lead-import-confirm', 120000);
  const tCount = Date.now();
  const peakCount = await peakNow();
  await click(page, '##lead-import-confirm');
  await idle(page, 60000);
  const tImport = Date.now();
  const peakImport = await peakNow();
  const { gaps, gapsAt, app } = await stopFrameGaps(page);
  const progressFrames = await page.evaluate(() => window.__progressFrames || 0);
  const peak = Math.max(peakOpen, peakRead, peakCount, peakImport);
  const doc = await documentJson(page);
  const leads = doc.leadDays.reduce((n, d) => n + d.counts.reduce((m, c) => m + c.count, 0), 0);
  if (leads !== ROWS) throw new Error(`imported ${leads} leads, expected ${ROWS}`);

  console.log(`file handed to the app, mapping step shown: ${tOpen - t0} ms`);
  console.log(`reading and checking every row (progress bar shown in ${progressFrames} animation frames): ${tRead - tOpen} ms`);
  console.log(`counting (status step → preview): ${tCount - tRead} ms`);
  console.log(`import into the plan (one undo step, ${doc.leadDays.length} days): ${tImport - tCount} ms`);
  console.log(`total, file chosen → imported (automation clicks included): ${tImport - t0} ms`);
  console.log(`longest app frame (CPU, UI + reading slice): ${peak.toFixed(1)} ms; by step: file arrives ${peakOpen.toFixed(1)}, ` +
    `reading ${peakRead.toFixed(1)}, counting ${peakCount.toFixed(1)}, import ${peakImport.toFixed(1)} ms`);
  console.log(`app frames during the whole import (CPU): ${stats(app)}; over 50 ms: ${app.filter((t) => t > 50).length}, ` +
    `over 100 ms: ${app.filter((t) => t > 100).length}`);
  console.log(`animation-frame gaps during the whole import: ${stats(gaps)}`);
  const long = gaps.map((gap, i) => [gap, gapsAt[i]]).filter(([gap]) => gap > 100);
  console.log(`gaps over 100 ms: ${long.length}${long.length ? ' (ending at ' + long.map(([gap, at]) => `${(at / 1000).toFixed(2)} s: ${gap.toFixed(0)} ms`).join(', ') + ')' : ''}; ` +
    `steps ended at ${[tOpen, tRead, tCount, tImport].map((t) => ((t - t0) / 1000).toFixed(2) + ' s').join(', ')} (file, reading, counting, import)`);
  const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`machine load average while measuring: ${load} (${(await import('node:os')).cpus().length} cores)`);
  if (problems.length) console.log(`page problems: ${problems.join('; ')}`);
} finally {
  await browser.close();
  await server.close();
}
