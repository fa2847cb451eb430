// The demo's plain-text mode in headless Chromium: the input switch, the seed text pasted into
// the editor, the card with the quote block, and the import notes in the diagnostics list.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const root = new URL('../../', import.meta.url);

let server;
let browser;
let page;
const consoleErrors = [];

const renders = () => page.evaluate(() => Number(document.querySelector('#preview').dataset.renders || 0));
const waitRenderAfter = (count) => page.waitForFunction(
  (n) => Number(document.querySelector('#preview').dataset.renders || 0) > n, count, { timeout: 5000 });
const card = () => page.frameLocator('#preview').locator('.vk-card').first();
const editorText = () => page.evaluate(() => window.verstkaDemo.view.state.doc.toString());

before(async () => {
  server = await startServer(0);
  const base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // Offline: the articles' photos are not fetched.
  await context.route((url) => !url.href.startsWith(base), (route) => route.fulfill({ status: 204, body: '' }));
  page = await context.newPage();
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.setDefaultTimeout(5000);
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

test('switching to plain text shows the sample text, its card and the import notes', async () => {
  const json = await editorText();
  let count = await renders();
  await page.locator('input[name="input"][value="text"]').check();
  await waitRenderAfter(count);
  assert.equal(await page.textContent('#editor-title'), 'Scraped plain text');
  assert.equal(await page.isDisabled('#example'), true);
  assert.equal(await editorText(), await readFile(new URL('tests/import/seed.txt', root), 'utf8'));
  await card().locator('blockquote.vk-quote').waitFor();
  const codes = await page.$$eval('#diagnostics .diag__code', (list) => list.map((c) => c.textContent));
  assert.ok(codes.includes('import.title') && codes.includes('import.quote'), codes.join(' '));

  // Back to JSON: the article the editor held comes back.
  count = await renders();
  await page.locator('input[name="input"][value="json"]').check();
  await waitRenderAfter(count);
  assert.equal(await editorText(), json);
  assert.equal(await page.textContent('#editor-title'), 'Article JSON');
});

test('pasting the seed text in plain-text mode shows the quote by Elena Канюк with her role', async () => {
  let count = await renders();
  await page.locator('input[name="input"][value="text"]').check();
  await waitRenderAfter(count);
  // Clear the editor, then paste the seed: a paste event with the text on its clipboard, as
  // the browser sends it to the editor.
  const seed = await readFile(new URL('tests/import/seed.txt', root), 'utf8');
  count = await renders();
  await page.evaluate(() => {
    const { view } = window.verstkaDemo;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: '' } });
    view.focus();
  });
  await waitRenderAfter(count);
  assert.equal(await page.getAttribute('#preview', 'data-state'), 'stale');  // an empty text is no article
  count = await renders();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    window.verstkaDemo.view.contentDOM.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, seed);
  await waitRenderAfter(count);
  await page.waitForFunction((n) => window.verstkaDemo.view.state.doc.length === n, seed.length);
  assert.equal(await page.getAttribute('#preview', 'data-state'), 'fresh');
  const quote = card().locator('blockquote.vk-quote');
  await quote.waitFor();
  assert.equal(await quote.locator('.vk-quote__author').textContent(), 'Elena Канюк');
  assert.match(await quote.locator('.vk-quote__role').textContent(), /^заместитель главы\s+Сочи$/);
  assert.match(await card().locator('.vk-card__title').textContent(), /Участникам/);
  assert.deepEqual(consoleErrors, []);
});
