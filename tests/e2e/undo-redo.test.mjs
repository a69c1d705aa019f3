// A person undoes and redoes with the keyboard; a typing burst is one step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle, sampleFile } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('Ctrl+Z undoes a typing burst and Ctrl+Y / Ctrl+Shift+Z redo it', async () => {
  const context = await newContext(browser);
  const { page } = await openApp(context, server.url);
  await typeInto(page, '##plan-title', 'First title');
  await page.mouse.click(5, 700);
  await typeInto(page, '##plan-company', 'Acme');
  await page.mouse.click(5, 700);
  await idle(page);
  const title = async () => (await documentJson(page)).plan;

  await page.keyboard.press('Control+Z');
  await idle(page);
  assert.deepEqual([(await title()).title, (await title()).company], ['First title', '']);
  await page.keyboard.press('Control+Z');
  await idle(page);
  assert.equal((await title()).title, '');
  await page.keyboard.press('Control+Y');
  await idle(page);
  assert.equal((await title()).title, 'First title');
  await page.keyboard.press('Control+Shift+Z');
  await idle(page);
  assert.equal((await title()).company, 'Acme');

  // Undo while the field is still focused also goes through the one history.
  await typeInto(page, '##plan-company', 'Acme Corp');
  await page.keyboard.press('Control+Z');
  await idle(page);
  assert.equal((await title()).company, 'Acme');
  await context.close();
});

test('Ctrl+Z in a field takes back the typing and the field keeps what is typed next; outside a field it undoes the whole burst', async () => {
  const context = await newContext(browser);
  const { page, problems } = await openApp(context, server.url);
  const opened = await page.evaluate((text) => window.growthplan.openJson(text, 'plan.json'), fs.readFileSync(sampleFile, 'utf8'));
  assert.ok(opened.ok, opened.error);
  const company = async () => (await documentJson(page)).plan.company;
  const original = await company();

  await click(page, '##plan-company');
  await page.keyboard.press('End');
  await page.keyboard.type(' AB');
  await idle(page);
  assert.equal(await company(), `${original} AB`);
  // No wait: a person types on right after Ctrl+Z.
  await page.keyboard.press('Control+Z');
  await page.keyboard.type('CD');
  await idle(page);
  assert.equal(await company(), `${original}CD`, 'the burst is undone and the next keys land in the field');
  assert.ok(await page.evaluate(() => document.activeElement.id === 'text-agent'), 'the field still has the keyboard');
  await page.keyboard.type('E');
  await page.mouse.click(5, 700);
  await idle(page);
  assert.equal(await company(), `${original}CDE`, 'nothing typed after the undo is lost');

  // Outside a field, Ctrl+Z undoes the whole burst; Ctrl+Y brings it back.
  await page.keyboard.press('Control+Z');
  await idle(page);
  assert.equal(await company(), original);
  await page.keyboard.press('Control+Y');
  await idle(page);
  assert.equal(await company(), `${original}CDE`);
  assert.deepEqual(problems, []);
  await context.close();
});
