// The demo's Editor.js mode in headless Chromium: a real Editor.js (the bundled chunk) starts
// with the seed article as blocks and its card is the seed's own; typing into a paragraph,
// adding a list and a table from the toolbox re-render the card; a diagnostic names its block;
// each mode keeps its input. Every wait is for a condition, never for a time.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const NBSP = '\u00A0';
const PHOTO = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="#9cc3e6"/></svg>';
const PICTURE = 'https://sochimedia.ru/upload/news/2024/09/sirius-park.jpg';

let server;
let browser;
let page;
const consoleErrors = [];
const external = [];  // requests that would leave the machine

const renders = () => page.evaluate(() => Number(document.querySelector('#preview').dataset.renders || 0));
const waitRenderAfter = (count) => page.waitForFunction(
  (n) => Number(document.querySelector('#preview').dataset.renders || 0) > n, count, { timeout: 10000 });
const card = () => page.frameLocator('#preview').locator('.vk-card').first();
const cardHtml = () => page.evaluate(() => document.querySelector('#preview').contentDocument.querySelector('.vk-card').outerHTML);
// Waits until the card's text (no-break spaces as plain ones) contains `text`.
const waitCardText = (text) => page.waitForFunction((t) => {
  const node = document.querySelector('#preview').contentDocument.querySelector('.vk-card');
  return !!node && node.textContent.replace(/\u00A0/g, ' ').includes(t);
}, text, { timeout: 10000 });
const blocks = () => page.locator('#editorjs .ce-block');

async function switchInput(mode) {
  const count = await renders();
  await page.locator(`input[name="input"][value="${mode}"]`).check();
  await waitRenderAfter(count);
}

// Opens the toolbox in the focused empty block (the / key, as the editor's help says) and
// chooses the item titled `title`.
async function addFromToolbox(title) {
  // The popover element has no box of its own; its items do.
  const opened = page.locator('#editorjs .ce-toolbox .ce-popover--opened');
  // The / key opens the toolbox only once Editor.js has taken the new block as its current one,
  // which a loaded machine may not have done when the key arrives: the / is then typed into the
  // block. Take it back and press again.
  for (let attempt = 1; ; ++attempt) {
    await page.keyboard.press('/');
    try {
      await opened.waitFor({ state: 'attached', timeout: 3000 });
      break;
    } catch (error) {
      if (attempt === 5) throw error;
      const typed = await page.evaluate(() => document.activeElement?.textContent === '/');
      if (typed) await page.keyboard.press('Backspace');
    }
  }
  const item = page.locator('#editorjs .ce-toolbox .ce-popover-item').filter({ hasText: title }).first();
  await item.waitFor();
  await item.click();
}

// A new empty paragraph after the last block, with the caret in it (through the editor's API:
// Enter in the last block would add a table row or a list item there).
async function newBlockAtEnd() {
  await page.evaluate(() => {
    const editor = window.verstkaDemo.editorjs;
    const at = editor.blocks.getBlocksCount();
    editor.blocks.insert('paragraph', {}, {}, at, true);
    editor.caret.setToBlock(at, 'start');
  });
  await page.waitForFunction(() => {
    const block = document.activeElement && document.activeElement.closest('#editorjs .ce-block');
    return !!block && block === [...document.querySelectorAll('#editorjs .ce-block')].pop();
  });
}

before(async () => {
  server = await startServer(0);
  const base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // Offline: nothing leaves the machine; every picture is this small one.
  await context.route((url) => !url.href.startsWith(base), (route) => {
    external.push({ url: route.request().url(), type: route.request().resourceType() });
    return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PHOTO });
  });
  page = await context.newPage();
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.setDefaultTimeout(10000);
  await page.goto(`${base}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

test('Editor.js mode starts with the seed article as blocks, and its card is the seed\'s own card', async () => {
  const seedCard = await cardHtml();
  const seedCodes = await page.$$eval('#diagnostics .diag__code', (l) => l.map((c) => c.textContent));
  await switchInput('editorjs');
  assert.equal(await page.textContent('#editor-title'), 'Editor.js document');
  assert.equal(await page.isDisabled('#example'), true);
  assert.equal(await page.isVisible('#editor'), false);
  // The title as a level-1 header, then the seed's five paragraphs.
  assert.equal(await blocks().count(), 6);
  assert.match(await page.locator('#editorjs h1.ce-header').textContent(), /^Участникам Всероссийской недели/);
  assert.equal(await cardHtml(), seedCard);
  // The same notes as the JSON: the seed's one warning (a name in Latin and Cyrillic letters).
  assert.deepEqual(await page.$$eval('#diagnostics .diag__code', (l) => l.map((c) => c.textContent)), seedCodes);
  // The Editor.js chunk came from the demo's own server: nothing but photos from elsewhere.
  assert.deepEqual(external.filter((r) => r.type !== 'image'), []);
});

test('typing into a paragraph typesets the new text in the card', async () => {
  const paragraph = blocks().nth(2).locator('.ce-paragraph');
  await paragraph.click();
  await page.keyboard.press('Control+End');
  const count = await renders();
  await page.keyboard.type(' Гости назвали "IT-куб" лучшим - и это правда.');
  await waitRenderAfter(count);
  // Quotes become «ёлочки», the spaced hyphen a dash after a no-break space.
  await waitCardText('назвали «IT-куб» лучшим — и это правда.');
  const text = await card().locator('p', { hasText: 'IT-куб» лучшим' }).textContent();
  assert.ok(text.endsWith(`лучшим${NBSP}— и${NBSP}это правда.`), JSON.stringify(text.slice(-40)));
});

test('a list and a table added from the toolbox show as <ul> and <table> in the card', async () => {
  await newBlockAtEnd();
  await addFromToolbox('Unordered List');
  await page.locator('#editorjs .cdx-list').last().waitFor();
  await page.keyboard.type('первый пункт');
  await page.keyboard.press('Enter');
  await page.keyboard.type('второй пункт');
  const list = card().locator('ul.vk-list');
  await list.locator('li', { hasText: 'второй пункт' }).waitFor();
  assert.deepEqual(await list.locator('li').allTextContents(), ['первый пункт', 'второй пункт']);

  await newBlockAtEnd();
  await addFromToolbox('Table');
  const firstCell = page.locator('#editorjs .tc-table .tc-cell').first();
  await firstCell.waitFor();
  await firstCell.click();
  await page.keyboard.type('Город');
  await page.locator('#editorjs .tc-table .tc-cell').nth(1).click();
  await page.keyboard.type('Участники');
  await page.locator('#editorjs .tc-table .tc-cell').nth(2).click();
  await page.keyboard.type('Сочи');
  const table = card().locator('table.vk-table__table');
  await table.locator('td', { hasText: 'Сочи' }).waitFor();
  // A new Editor.js table has no heading row: every cell is a data cell, row by row.
  assert.equal(await table.locator('thead').count(), 0);
  assert.deepEqual(await table.locator('tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent))),
    [['Город', 'Участники'], ['Сочи', '']]);
});

test('a diagnostic in Editor.js mode names its block, and clicking it puts the caret there', async () => {
  // A paragraph with a link the URL policy refuses, inserted through the editor's API.
  const count = await renders();
  const index = 3;
  await page.evaluate((i) => {
    window.verstkaDemo.editorjs.blocks.insert('paragraph', { text: 'Нажмите <a href="javascript:alert(1)">сюда</a>.' }, {}, i, false);
  }, index);
  await waitRenderAfter(count);
  const item = page.locator('#diagnostics .diag', { hasText: 'url.rejected' }).first();
  await item.waitFor();
  assert.equal(await item.locator('.diag__where').textContent(), `block ${index + 1}`);
  await item.click();
  await page.waitForFunction((i) => {
    const blockEls = [...document.querySelectorAll('#editorjs .ce-block')];
    return blockEls[i] && blockEls[i].contains(document.activeElement);
  }, index);
  // The refused link keeps its text, as text.
  await waitCardText('Нажмите сюда.');
  assert.equal(await card().locator('a[href^="javascript"]').count(), 0);
  await page.evaluate((i) => window.verstkaDemo.editorjs.blocks.delete(i), index);
  await page.waitForFunction(() => !document.querySelector('#diagnostics').textContent.includes('url.rejected'));
});

test('an image address pasted into an empty block becomes an image in the card', async () => {
  await newBlockAtEnd();
  // A paste event with the address on its clipboard, as the browser sends it to the block.
  await page.evaluate((url) => {
    const data = new DataTransfer();
    data.setData('text/plain', url);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, PICTURE);
  await page.locator('#editorjs .cdx-simple-image img').waitFor();
  // At the card's end, below the preview's fold: a lazy image there has no box yet.
  await card().locator(`figure img[src="${PICTURE}"]`).waitFor({ state: 'attached' });
});

test('Before / after lists the imported article\'s fields, typeset', async () => {
  await page.click('#tab-diff');
  await page.waitForFunction(() => /text fields changed/.test(document.querySelector('#diff-summary').textContent));
  const paths = await page.$$eval('#before-after .ba-path', (list) => list.map((b) => b.textContent));
  assert.ok(paths.includes('/lead') && paths.includes('/body/1/text'), paths.join(' '));
  // The imported article's fields have no place in the Editor.js document to jump to.
  assert.equal(await page.isDisabled('#before-after .ba-path >> nth=0'), true);
  await page.click('#tab-preview');
});

test('a permalink made in Editor.js mode carries the imported article and opens as JSON with the same card', async () => {
  const shown = await cardHtml();
  await page.evaluate(() => window.verstkaDemo.permalink());
  const url = await page.inputValue('#permalink-url');
  assert.match(url, /#a=/);
  const other = await page.context().newPage();
  await other.goto(url);
  await other.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  assert.equal(await other.isChecked('input[name="input"][value="json"]'), true);
  const article = JSON.parse(await other.evaluate(() => window.verstkaDemo.view.state.doc.toString()));
  assert.equal(article.title, 'Участникам Всероссийской недели охраны труда показали соцобъекты Сочи');
  const otherCard = () => other.evaluate(() => document.querySelector('#preview').contentDocument.querySelector('.vk-card')?.outerHTML);
  await other.waitForFunction((html) => document.querySelector('#preview').contentDocument.querySelector('.vk-card')?.outerHTML === html, shown);
  assert.equal(await otherCard(), shown);
  await other.close();
});

test('Download HTML in Editor.js mode names the page after the imported article', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-html')]);
  assert.equal(download.suggestedFilename(), 'sochi-vnot-2024.html');
  const saved = await readFile(await download.path(), 'utf8');
  assert.match(saved, /<title>Участникам Всероссийской недели охраны труда показали соцобъекты Сочи<\/title>/);
  assert.ok(saved.includes('назвали «IT-куб» лучшим'), 'the edited card');
});

test('switching modes keeps each mode\'s input', async () => {
  await switchInput('json');
  const json = await page.evaluate(() => window.verstkaDemo.view.state.doc.toString());
  assert.ok(json.startsWith('{'), json.slice(0, 20));
  assert.equal(await page.isVisible('#editorjs'), false);
  await switchInput('text');
  await card().locator('blockquote.vk-quote').waitFor();
  await switchInput('editorjs');
  // The edits made in Editor.js are still there, and so is their card.
  await waitCardText('назвали «IT-куб» лучшим');
  assert.equal(await card().locator('table').count(), 1);
  await switchInput('json');
  assert.equal(await page.evaluate(() => window.verstkaDemo.view.state.doc.toString()), json);
  assert.deepEqual(consoleErrors, []);
});
