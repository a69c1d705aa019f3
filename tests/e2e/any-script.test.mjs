// A person types text in any script (accents, CJK, Hangul, Greek, Cyrillic, emoji) and sees it
// drawn as itself: glyphs the bundled fonts lack come from the browser's fonts, on demand.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, newContext, openApp, typeInto, documentJson, idle, widget } from './harness.mjs';

const title = 'Café Ünïcödé 日本語 한국어 Ελληνικά Русский 🚀';
// Unassigned in Unicode, so no font has it: it must show as the fallback glyph, and be counted.
const unassigned = '\u0378';
const shots = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), 'artifacts');

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a plan title in many scripts and an emoji is stored and drawn without fallback glyphs', async () => {
  const context = await newContext(browser, { deviceScaleFactor: 2 });
  const { page, problems } = await openApp(context, server.url);

  await typeInto(page, '##plan-title', title);
  await page.mouse.click(5, 700);  // click away: the field commits
  await idle(page);
  assert.equal((await documentJson(page)).plan.title, title);
  assert.equal(await page.evaluate(() => window.growthplan.glyphFallbacks()), 0, 'every character has a glyph');

  const field = await widget(page, '##plan-title');
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'any-script-dpr2.png'),
    clip: { x: Math.max(0, field.x - 8), y: Math.max(0, field.y - 8), width: Math.min(700, field.width + 16), height: field.height + 16 } });

  await typeInto(page, '##plan-title', `Plan ${unassigned}`);
  await idle(page);
  assert.equal((await documentJson(page)).plan.title, `Plan ${unassigned}`);
  assert.ok(await page.evaluate(() => window.growthplan.glyphFallbacks()) >= 1, 'an undrawable character is counted');
  assert.deepEqual(problems, []);
  await context.close();
});

test('text that comes without a key press (emoji picker, dictation) right after the click on a field lands in it', async () => {
  const context = await newContext(browser);
  await context.clock.install();
  const { page, problems } = await openApp(context, server.url);
  await idle(page);
  const field = await widget(page, '##plan-title');
  // No frame runs between the click and the text: the page alone must route the text to the field.
  await page.clock.pauseAt(Date.now() + 60000);
  await page.mouse.click(field.x + Math.min(field.width / 2, 40), field.y + field.height / 2);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('日本 🚀');
  await page.clock.resume();
  await idle(page);
  assert.equal((await documentJson(page)).plan.title, '日本 🚀');
  assert.deepEqual(problems, []);
  await context.close();
});
