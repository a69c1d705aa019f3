// Share links: the plan travels in the link's fragment (compressed, optionally encrypted with a
// passphrase) and opens in a fresh browser as a copy or merged into the plan there; a plan too
// large for a link gets a clear message with its size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, newContext, openApp, click, typeInto, documentJson, idle, widget, autosaved, sampleFile, told } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const clipboard = ['clipboard-read', 'clipboard-write'];

async function openSample(page, edit) {
  const sample = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  if (edit) edit(sample);
  const result = await page.evaluate((text) => window.growthplan.openJson(text, 'plan.json'), JSON.stringify(sample));
  assert.ok(result.ok, result.error);
}

// File ▸ Copy share link…, optionally with a passphrase; returns what landed on the clipboard.
async function copyShareLink(page, passphrase) {
  await click(page, 'File');
  await click(page, 'Copy share link…');
  if (passphrase) await typeInto(page, '##share-passphrase', passphrase);
  await click(page, '##share-create');
  await widget(page, '##share-link-text', 15000);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await click(page, '##share-close');
  return link;
}

async function notices(page) { return page.evaluate(() => window.growthplan.notices().map((n) => n.text)); }

test('a share link without a passphrase opens in another browser as a copy, keeping that browser\'s plan in its library', async () => {
  const senderContext = await newContext(browser, { permissions: clipboard });
  const { page: sender, problems: senderProblems } = await openApp(senderContext, server.url);
  await openSample(sender);
  await typeInto(sender, '##plan-title', 'Shared by link');
  const link = await copyShareLink(sender);
  assert.match(link, /#share=1z[A-Za-z0-9_-]+$/);
  assert.ok(link.startsWith(server.url), 'the link points at this site');
  const sent = await documentJson(sender);
  assert.ok(link.length < JSON.stringify(sent).length, `compressed: ${link.length} characters for ${JSON.stringify(sent).length}`);

  const receiverContext = await newContext(browser, { identity: { name: 'Marcus Oyelaran', team: 'sales' } });
  const { page: receiver, problems } = await openApp(receiverContext, server.url);
  await typeInto(receiver, '##plan-title', 'Marcus\'s own plan');
  await autosaved(receiver);
  const before = await documentJson(receiver);
  await receiver.goto(link);  // the link pasted into the address bar of the open app
  await receiver.evaluate(() => window.growthplan.ready);
  await widget(receiver, '##shared-open-copy');
  assert.ok(!receiver.url().includes('#share='), 'the plan leaves the address bar once taken');
  assert.notEqual(before.plan.id, sent.plan.id, 'the receiver has a plan of its own');
  await click(receiver, '##shared-open-copy');
  const opened = await documentJson(receiver);
  assert.equal(opened.plan.title, 'Shared by link');
  assert.equal(opened.plan.id, sent.plan.id, 'a copy of the same plan, so it can be merged back later');
  assert.deepEqual(opened.glossary.map((t) => t.name), sent.glossary.map((t) => t.name));
  await told(receiver, /Opened “Shared by link” from the link\. Your previous plan, “Marcus's own plan”, stays in the Library/);
  await autosaved(receiver);
  const listing = await receiver.evaluate(() => window.growthplan.library());
  assert.deepEqual(listing.entries.map((e) => e.title).sort(), ['Marcus\'s own plan', 'Shared by link']);
  assert.equal(listing.entries.find((e) => e.key === listing.current).title, 'Shared by link');
  assert.deepEqual(problems, []);
  assert.deepEqual(senderProblems, []);
  await senderContext.close();
  await receiverContext.close();
});

test('a passphrase-protected link asks for it, refuses a wrong one, and merges into the same plan', async () => {
  const senderContext = await newContext(browser, { permissions: clipboard });
  const { page: sender } = await openApp(senderContext, server.url);
  await openSample(sender);
  await typeInto(sender, '##plan-title', 'Marketing\'s title');
  const link = await copyShareLink(sender, 'correct horse battery');
  assert.match(link, /#share=1e[A-Za-z0-9_-]+$/);
  assert.ok(!link.includes('Marketing'), 'nothing readable in an encrypted link');

  // The receiver has the same plan open, with a change of their own.
  const receiverContext = await newContext(browser, { identity: { name: 'Marcus Oyelaran', team: 'sales' } });
  const { page: receiver, problems } = await openApp(receiverContext, server.url);
  await openSample(receiver);
  await typeInto(receiver, '##plan-company', 'Northwind (sales)');
  await receiver.mouse.click(5, 700);  // done typing: the field lets go
  await idle(receiver);
  assert.equal((await documentJson(receiver)).plan.company, 'Northwind (sales)');
  await receiver.goto(link);  // same page: the fragment changes, the plan stays
  await typeInto(receiver, '##unlock-passphrase', 'wrong horse');
  await click(receiver, '##unlock');
  await idle(receiver);  // key derivation takes a moment
  assert.ok((await notices(receiver)).some((t) => t.includes('That passphrase does not open this plan')), JSON.stringify(await notices(receiver)));
  assert.equal((await documentJson(receiver)).plan.company, 'Northwind (sales)', 'nothing changed');

  await typeInto(receiver, '##unlock-passphrase', 'correct horse battery');
  await click(receiver, '##unlock');
  await widget(receiver, '##shared-merge', 15000);
  await click(receiver, '##shared-merge');
  const merged = await documentJson(receiver);
  assert.equal(merged.plan.title, 'Marketing\'s title', 'the sender\'s change arrived');
  assert.equal(merged.plan.company, 'Northwind (sales)', 'the receiver\'s own change stayed');
  assert.deepEqual(problems, []);
  await senderContext.close();
  await receiverContext.close();
});

test('a damaged link and a plan too large for a link get clear messages', async () => {
  const context = await newContext(browser, { permissions: clipboard });
  const { page, problems } = await openApp(context, server.url + '#share=1zNotGzipAtAll');
  await idle(page);
  assert.ok((await notices(page)).some((t) => t.startsWith('This share link cannot be opened')), JSON.stringify(await notices(page)));

  // About 2.6 MB of random text does not compress below the 2 MB a link can hold.
  let body = '';
  for (let i = 0; i < 32; i++) body += (await page.evaluate(() => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(60000)))))) + '\n';
  await openSample(page, (plan) => { plan.sections[0].body = body; });
  await click(page, 'File');
  await click(page, 'Copy share link…');
  await click(page, '##share-create');
  await idle(page);
  const messages = await notices(page);
  assert.ok(messages.some((t) => /This plan makes a link of [\d.]+ MB .*up to 2 MB\. Save the plan to a file/.test(t)), JSON.stringify(messages));
  assert.deepEqual(problems, []);
  await context.close();
});
