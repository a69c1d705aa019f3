// The Dashboard's funnel is drawn to scale: each stage's bar is as wide, against the widest, as its
// count against the largest count (the won deals of a 19,083-lead plan are a hairline, not the 10%
// sliver they used to share with SQL and Opportunity), and each conversion rate sits next to the
// bar it leaves, between that bar and the next. On a desk and on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, idle, widget, openView, scrollTo, sampleFile } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// The sample plan's funnel over the whole period, as the Growth plan computes it.
const stages = [['Lead', 19083], ['MQL', 3198], ['SAL', 2718], ['SQL', 1631], ['Opportunity', 1156], ['Won', 300]];
const rates = ['16.8%', '85%', '60%', '70.9%', '26%'];
const shown = (n) => n.toLocaleString('en-US');

for (const [name, viewport] of [['desk', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
  test(`the funnel is drawn to scale with its conversion rates beside the bars (${name})`, async () => {
    const context = await newContext(browser, { viewport, deviceScaleFactor: 2 });
    const { page, problems } = await openApp(context, server.url);
    const opened = await page.evaluate((text) => window.growthplan.openJson(text, 'sample-plan.json'), fs.readFileSync(sampleFile, 'utf8'));
    assert.ok(opened.ok, opened.error);
    await idle(page);
    await openView(page, 'Dashboard');
    await scrollTo(page, '##chart-funnel', { x: viewport.width / 2, y: viewport.height / 2 });

    const bars = [];
    for (const [i, [stage, count]] of stages.entries()) bars.push(await widget(page, `${stage}: ${shown(count)}##funnel-bar-${i}`));
    const widest = bars[0].width;
    assert.ok(widest > 100, `the largest stage gets a wide bar (${widest} px)`);
    for (const [i, [stage, count]] of stages.entries()) {
      const expected = widest * count / stages[0][1];
      assert.ok(Math.abs(bars[i].width - expected) <= 1, `${stage}: ${bars[i].width.toFixed(1)} px wide, to scale ${expected.toFixed(1)} px`);
      // Centred under each other, a funnel.
      assert.ok(Math.abs(bars[i].x + bars[i].width / 2 - (bars[0].x + widest / 2)) <= 1, `${stage} is centred`);
    }
    assert.ok(bars[5].width < widest * 0.02, 'the won deals are a hairline, as 300 of 19,083 are');

    for (const [i, rate] of rates.entries()) {
      // The full words where they fit, else the bare rate.
      const rect = await page.evaluate(([full, bare]) => window.growthplan.widgetRect(full) || window.growthplan.widgetRect(bare),
        [`${rate} convert##funnel-rate-${i}`, `${rate}##funnel-rate-${i}`]);
      assert.ok(rect, `the rate from ${stages[i][0]} to ${stages[i + 1][0]} is drawn`);
      const middle = rect.y + rect.height / 2;
      assert.ok(middle > bars[i].y + bars[i].height / 2 && middle < bars[i + 1].y + bars[i + 1].height / 2,
        `${rate} sits between the ${stages[i][0]} and ${stages[i + 1][0]} bars`);
      const barRight = bars[i].x + bars[i].width;
      assert.ok(rect.x >= barRight && rect.x - barRight <= 24, `${rate} is next to the ${stages[i][0]} bar (${(rect.x - barRight).toFixed(1)} px away)`);
      assert.ok(rect.x + rect.width <= viewport.width, `${rate} is not cut at the right edge`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
