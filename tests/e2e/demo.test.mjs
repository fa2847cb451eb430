// End-to-end tests of the live demo (web_demo/) in headless Chromium, against the built
// package served by scripts/serve.mjs. One browser for the whole file; screenshots of the
// seed card go to docs/screenshots/ for the README.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const root = new URL('../../', import.meta.url);
const shotsDir = new URL('docs/screenshots/', root);
const SEED = 'sochi-vnot-2024';
const NBSP = '\u00A0';

// The articles' photos live on the internet; the tests run offline, so every request that
// leaves the local server gets this neutral picture instead (and no console error).
const PHOTO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 800" width="1200" height="800">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc3e6"/><stop offset="1" stop-color="#e3eef7"/></linearGradient></defs>
<rect width="1200" height="800" fill="url(#sky)"/><circle cx="930" cy="210" r="70" fill="#f7e7b4"/>
<path d="M0 560 L260 330 L470 520 L690 280 L1200 640 L1200 800 L0 800 Z" fill="#6f8fa8"/>
<path d="M0 660 L340 470 L620 640 L900 500 L1200 690 L1200 800 L0 800 Z" fill="#4d6b82"/></svg>`;

let server;
let base;
let browser;
let context;
let page;
const consoleErrors = [];
const external = [];  // requests that would leave the machine

async function openDemo(url = `${base}/`) {
  const p = await context.newPage();
  p.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  p.on('pageerror', (error) => consoleErrors.push(error.message));
  p.setDefaultTimeout(5000);
  await p.goto(url);
  await p.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  return p;
}

const renders = (p) => p.evaluate(() => Number(document.querySelector('#preview').dataset.renders || 0));
const waitRenderAfter = (p, count) => p.waitForFunction(
  (n) => Number(document.querySelector('#preview').dataset.renders || 0) > n, count, { timeout: 5000 });
const previewText = (p) => p.evaluate(() => document.querySelector('#preview').contentDocument.querySelector('.vkd-stage').textContent);
const cardClass = (p) => p.evaluate(() => document.querySelector('#preview').contentDocument.querySelector('.vk-card').className);
const editorText = (p) => p.evaluate(() => window.verstkaDemo.view.state.doc.toString());
const cursor = (p) => p.evaluate(() => window.verstkaDemo.view.state.selection.main.head);
const card = (p) => p.frameLocator('#preview').locator('.vk-card').first();

// Puts the cursor (or a selection) in the editor, as a click would.
async function select(p, anchor, head = anchor) {
  await p.evaluate(([a, h]) => {
    const { view } = window.verstkaDemo;
    view.dispatch({ selection: { anchor: a, head: h }, scrollIntoView: true });
    view.focus();
  }, [anchor, head]);
}

async function loadSeed(p) {
  const count = await renders(p);
  await p.selectOption('#example', SEED);
  await waitRenderAfter(p, count);
}

async function setRadio(p, name, value) {
  const count = await renders(p);
  await p.locator(`input[name="${name}"][value="${value}"]`).check();
  if (name !== 'theme' && name !== 'width') await waitRenderAfter(p, count);
}

function luminance(rgb) {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

before(async () => {
  server = await startServer(0);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light', acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  await context.route((url) => !url.href.startsWith(base), (route) => {
    external.push({ url: route.request().url(), type: route.request().resourceType() });
    return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PHOTO });
  });
  page = await openDemo();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

test('the page loads without console errors, the seed first in the examples menu', async () => {
  assert.deepEqual(consoleErrors, []);
  const options = await page.$$eval('#example option:not([disabled])', (list) => list.map((o) => o.value));
  const files = (await readdir(new URL('examples/', root))).filter((n) => n.endsWith('.json')).map((n) => n.replace(/\.json$/, ''));
  assert.equal(options[0], SEED);
  assert.deepEqual([...options].sort(), [...files].sort());
  assert.equal(await page.inputValue('#example'), SEED);
  assert.equal(await editorText(page), await readFile(new URL(`examples/${SEED}.json`, root), 'utf8'));
});

test('the page works offline: nothing but the articles\' photos comes from elsewhere', () => {
  assert.deepEqual(external.filter((r) => r.type !== 'image'), []);
  assert.ok(external.every((r) => r.url.startsWith('https://sochimedia.ru/')), 'only the seed\'s own photo');
});

test('choosing another example renders it', async (t) => {
  t.after(() => loadSeed(page));
  const examples = JSON.parse(await readFile(new URL('web_demo/dist/examples.json', root), 'utf8'));
  const other = examples.find((e) => e.id !== SEED);
  const count = await renders(page);
  await page.selectOption('#example', other.id);
  await waitRenderAfter(page, count);
  assert.equal(await editorText(page), other.json);
  const title = await card(page).locator('.vk-card__title').textContent();
  const words = (s) => s.replace(/\u00AD/g, '').split(/[\s\u00A0«»„“"—–-]+/).filter(Boolean);
  assert.deepEqual(words(title), words(JSON.parse(other.json).title));
});

test('the seed renders in under 50 ms and the time is shown', async () => {
  const times = [];
  for (let i = 0; i < 5; i++) {
    await page.evaluate(() => window.verstkaDemo.render());
    times.push(Number(await page.getAttribute('#render-time', 'data-ms')));
  }
  const best = Math.min(...times);
  assert.ok(best > 0 && best < 50, `render times ${times.join(', ')} ms`);
  assert.match(await page.textContent('#render-time'), /^\d+(\.\d)? ms$/);
});

test('the seed card is typeset: «IT-куб» in quotes, a no-break space after «В»', async () => {
  const text = await previewText(page);
  assert.ok(text.includes('«IT-куб»'), 'quotes around IT-куб');
  assert.ok(!text.includes('"IT-куб"'), 'no straight quotes left');
  assert.match(text, new RegExp(`(^|[\\s«(])В${NBSP}`), 'NBSP after the preposition В');
});

test('editing the title updates the preview', async () => {
  const text = await editorText(page);
  const start = text.indexOf('"title": "') + '"title": "'.length;
  const end = text.indexOf('"', start);
  const count = await renders(page);
  await select(page, start, end);
  await page.keyboard.type('Сочи показал новую карточку');
  await waitRenderAfter(page, count);
  const title = await card(page).locator('.vk-card__title').textContent();
  assert.equal(title.replace(/\u00AD/g, '').trim(), 'Сочи показал новую карточку');
  assert.equal(await page.inputValue('#example'), '', 'the menu no longer claims the seed');
});

test('broken JSON shows a located diagnostic and keeps the last good preview', async () => {
  const text = await editorText(page);
  const at = text.indexOf('"lang": "ru"') + '"lang": '.length;
  const line = text.slice(0, at).split('\n').length;
  const column = at - text.lastIndexOf('\n', at - 1);
  const count = await renders(page);
  await select(page, at);
  await page.keyboard.type('@');
  await waitRenderAfter(page, count);
  const diagnostic = page.locator('#diagnostics .diag--error').first();
  await diagnostic.waitFor();
  assert.equal(await diagnostic.locator('.diag__where').textContent(), `${line}:${column}`);
  assert.equal(await diagnostic.locator('.diag__code').textContent(), 'json.syntax');
  assert.ok(await page.isVisible('#stale'));
  assert.equal(await page.getAttribute('#preview', 'data-state'), 'stale');
  assert.ok((await previewText(page)).includes('Сочи показал новую карточку'), 'the last good card stays');
});

test('clicking a diagnostic moves the editor cursor there and focuses the editor', async () => {
  const text = await editorText(page);
  const at = text.indexOf('@');
  await select(page, 0);
  await page.locator('#controls input[name="typography"]').focus();
  assert.equal(await cursor(page), 0);
  await page.locator('#diagnostics .diag--error').first().click();
  assert.equal(await cursor(page), at);
  assert.ok(await page.evaluate(() => window.verstkaDemo.view.hasFocus), 'the editor has focus');
  // Undo the breakage from the keyboard, where the cursor now is.
  const count = await renders(page);
  await page.keyboard.press('Delete');
  await waitRenderAfter(page, count);
  assert.equal(await page.locator('#diagnostics .diag--error').count(), 0);
  assert.equal(await page.getAttribute('#preview', 'data-state'), 'fresh');
  assert.ok(await page.isHidden('#stale'));
});

test('a semantic diagnostic (no title) points at its JSON Pointer', async () => {
  await loadSeed(page);
  const text = await editorText(page);
  const from = text.indexOf('  "title"');
  const to = text.indexOf('\n', from) + 1;
  const count = await renders(page);
  await page.evaluate(([a, b]) => window.verstkaDemo.view.dispatch({ changes: { from: a, to: b } }), [from, to]);
  await waitRenderAfter(page, count);
  const diagnostic = page.locator('#diagnostics .diag--error').first();
  assert.match(await diagnostic.textContent(), /article\.missing-title/);
  assert.equal(await diagnostic.locator('.diag__path').textContent(), '/title');
  await diagnostic.click();
  assert.ok(await page.evaluate(() => window.verstkaDemo.view.hasFocus));
  await loadSeed(page);
});

test('a warning selects the value its pointer names', async () => {
  const text = await editorText(page);
  const at = text.indexOf('"rubric"');
  const count = await renders(page);
  await page.evaluate((a) => window.verstkaDemo.view.dispatch({ changes: { from: a, insert: '"extra": [1, 2],\n  ' } }), at);
  await waitRenderAfter(page, count);
  const warning = page.locator('#diagnostics .diag--warning', { hasText: '/extra' }).first();
  assert.match(await warning.locator('.diag__code').textContent(), /unknown-field/);
  await warning.click();
  const selected = await page.evaluate(() => {
    const { state } = window.verstkaDemo.view;
    return state.sliceDoc(state.selection.main.from, state.selection.main.to);
  });
  assert.equal(selected, '[1, 2]');
  assert.equal(await cursor(page), at + '"extra": '.length, 'the cursor at the start of the value');
  await loadSeed(page);
});

test('layouts and themes switch', async () => {
  await loadSeed(page);
  for (const layout of ['teaser', 'compact', 'full']) {
    await setRadio(page, 'layout', layout);
    assert.match(await cardClass(page), new RegExp(`\\bvk-card--${layout}\\b`));
  }
  const background = () => card(page).evaluate((el) => getComputedStyle(el).backgroundColor);
  await setRadio(page, 'theme', 'light');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
  const light = await background();
  await setRadio(page, 'theme', 'dark');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await page.evaluate(() => document.querySelector('#preview').contentDocument.querySelector('.vkd-stage').dataset.vkTheme), 'dark');
  const dark = await background();
  assert.ok(luminance(light) > 0.8, `light card background ${light}`);
  assert.ok(luminance(dark) < 0.25, `dark card background ${dark}`);
  const pageBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.ok(luminance(pageBackground) < 0.25, `dark page background ${pageBackground}`);
  // "Auto" follows the system setting, live.
  await setRadio(page, 'theme', 'auto');
  const stageTheme = () => page.evaluate(() => document.querySelector('#preview').contentDocument.querySelector('.vkd-stage').dataset.vkTheme);
  assert.equal(await stageTheme(), 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.querySelector('#preview').contentDocument.querySelector('.vkd-stage').dataset.vkTheme === 'dark');
  assert.ok(luminance(await background()) < 0.25, 'the card follows the system dark mode');
  assert.ok(luminance(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)) < 0.25, 'so does the page');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => document.querySelector('#preview').contentDocument.querySelector('.vkd-stage').dataset.vkTheme === 'light');
  await setRadio(page, 'theme', 'light');
});

test('the layout radio group works from the keyboard', async () => {
  await page.locator('input[name="layout"][value="full"]').focus();
  const count = await renders(page);
  await page.keyboard.press('ArrowRight');
  await waitRenderAfter(page, count);
  assert.equal(await page.locator('input[name="layout"]:checked').getAttribute('value'), 'teaser');
  assert.match(await cardClass(page), /vk-card--teaser/);
  await setRadio(page, 'layout', 'full');
});

test('a rule group can be switched off', async (t) => {
  const group = (name) => page.locator(`#rule-groups input[value="${name}"]`);
  t.after(async () => {
    if (!(await group('quotes').isChecked())) await group('quotes').check();
    await page.locator('.rules summary').click();
  });
  await page.locator('.rules summary').click();
  const groups = await page.$$eval('#rule-groups input', (list) => list.map((i) => i.value));
  assert.ok(groups.includes('quotes') && groups.includes('nbsp'), `groups: ${groups.join(', ')}`);
  const count = await renders(page);
  await group('quotes').uncheck();
  await waitRenderAfter(page, count);
  const text = await previewText(page);
  assert.ok(text.includes('"IT-куб"'), 'quotes left alone');
  assert.match(text, new RegExp(`(^|[\\s«(])В${NBSP}`), 'other groups still work');
  assert.equal(await page.textContent('#rules-summary-count'), `${groups.length - 1}/${groups.length}`);
});

test('"Show the typography" marks invisible characters without changing the text', async (t) => {
  t.after(() => page.locator('input[name="show"]').uncheck());
  const plain = await previewText(page);
  const count = await renders(page);
  await page.locator('input[name="show"]').check();
  await waitRenderAfter(page, count);
  assert.equal(await previewText(page), plain, 'marking keeps the text');
  const marks = await page.evaluate(() => {
    const doc = document.querySelector('#preview').contentDocument;
    return {
      nbsp: [...doc.querySelectorAll('.vkd-nbsp')].map((s) => s.textContent),
      changed: [...doc.querySelectorAll('.vkd-changed')].map((s) => s.textContent),
    };
  });
  assert.ok(marks.nbsp.length > 0 && marks.nbsp.every((t) => t === '\u00A0'), 'NBSPs wrapped one by one');
  assert.ok(marks.changed.some((t) => t.includes('«')), 'changed quotes highlighted');
  assert.equal(Number(await page.textContent('#count-nbsp')), marks.nbsp.length);
  assert.ok(await page.isVisible('#legend'));
});

test('the Hyphenation switch puts soft hyphens in long words, and "Show the typography" marks each one', async (t) => {
  const SHY = '\u00AD';
  t.after(async () => {
    for (const name of ['hyphenation', 'show']) {
      const count = await renders(page);
      await page.locator(`input[name="${name}"]`).uncheck();
      await waitRenderAfter(page, count);
    }
  });
  await loadSeed(page);
  assert.ok(!(await previewText(page)).includes(SHY), 'no soft hyphen while the switch is off');
  let count = await renders(page);
  await page.locator('input[name="hyphenation"]').check();
  await waitRenderAfter(page, count);
  assert.match(await cardClass(page), /\bvk-card--hyphenated\b/);
  const text = await previewText(page);
  assert.ok(text.includes(`Все${SHY}рос${SHY}сий${SHY}ской`), 'Всероссийской hyphenated');
  assert.ok(text.includes(`му${SHY}ни${SHY}ци${SHY}па${SHY}ли${SHY}те${SHY}тов`), 'муниципалитетов hyphenated');
  for (const whole of ['ВНОТ-2024', 'SochiMedia']) assert.ok(text.includes(whole), `${whole} left whole`);
  const links = await card(page).locator('a').evaluateAll((list) => list.map((a) => a.textContent));
  assert.ok(links.every((l) => !/^https?:/.test(l) || !l.includes('\u00AD')), 'URLs left whole');
  count = await renders(page);
  await page.locator('input[name="show"]').check();
  await waitRenderAfter(page, count);
  const marks = await page.evaluate(() => [...document.querySelector('#preview').contentDocument.querySelectorAll('.vkd-shy')].map((s) => s.textContent));
  assert.equal(marks.length, text.split(SHY).length - 1, 'one mark per soft hyphen');
  assert.ok(marks.every((m) => m === SHY));
  assert.equal(Number(await page.textContent('#count-shy')), marks.length);
});

test('the before/after view compares each field with its typeset text', async (t) => {
  t.after(() => page.getByRole('tab', { name: 'Preview' }).click());
  await page.getByRole('tab', { name: 'Before / after' }).click();
  const row = page.locator('.ba-row', { hasText: 'IT-куб' }).first();
  await row.waitFor();
  assert.match(await row.locator('.ba-text--before').textContent(), /"IT-куб"/);
  assert.match(await row.locator('.ba-text--after').textContent(), /«IT-куб»/);
  assert.ok(await row.locator('.ba-text--after .vkd-changed').count() > 0);
  assert.ok(await row.locator('.ba-text--before .vkd-removed').count() > 0);
  const path = await row.locator('.ba-path').textContent();
  assert.match(path, /^\/body\/\d+\/text$/);
  await row.locator('.ba-path').click();
  assert.ok(await page.evaluate(() => window.verstkaDemo.view.hasFocus));
  await page.getByRole('tab', { name: 'HTML' }).click();
  assert.match(await page.textContent('#html-source'), /^<article[^>]*class="vk-card/);
  await page.keyboard.press('ArrowLeft');  // tabs are keyboard operable
  await page.getByRole('tab', { name: 'Preview' }).click();
  assert.ok(await page.isVisible('#panel-preview'));
});

test('HTML entities and JSON-LD switch the output', async (t) => {
  t.after(async () => {
    await page.locator('input[name="entities"]').uncheck();
    await page.locator('input[name="jsonLd"]').uncheck();
  });
  const html = () => page.textContent('#html-source');
  let count = await renders(page);
  await page.locator('input[name="entities"]').check();
  await waitRenderAfter(page, count);
  assert.match(await html(), /&nbsp;/);
  assert.match(await html(), /&mdash;/);
  count = await renders(page);
  await page.locator('input[name="entities"]').uncheck();
  await waitRenderAfter(page, count);
  assert.doesNotMatch(await html(), /&(nbsp|mdash|laquo|raquo);/);
  assert.match(await html(), /\u00A0/);
  count = await renders(page);
  await page.locator('input[name="jsonLd"]').check();
  await waitRenderAfter(page, count);
  assert.match(await html(), /application\/ld\+json/);
  count = await renders(page);
  await page.locator('input[name="jsonLd"]').uncheck();
  await waitRenderAfter(page, count);
  assert.doesNotMatch(await html(), /application\/ld\+json/);
});

test('Copy HTML and Download HTML give the card and a standalone page', async () => {
  await page.click('#copy-html');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.textContent('#html-source'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-html')]);
  assert.equal(download.suggestedFilename(), `${SEED}.html`);
  const saved = await readFile(await download.path(), 'utf8');
  assert.match(saved, /^<!doctype html>/);
  assert.match(saved, /<style>[\s\S]*\.vk-card[\s\S]*<\/style>/);
  assert.ok(saved.includes(copied), 'the page holds the card markup');
  assert.doesNotMatch(saved, /<link[^>]+stylesheet/, 'the stylesheet is inlined');
});

test('the permalink round-trips the article and the settings', async () => {
  const text = await editorText(page);
  const start = text.indexOf('"rubric": "') + '"rubric": "'.length;
  const end = text.indexOf('"', start);
  const count = await renders(page);
  await select(page, start, end);
  await page.keyboard.type('Город');
  await waitRenderAfter(page, count);
  await setRadio(page, 'layout', 'teaser');
  await setRadio(page, 'theme', 'dark');
  await setRadio(page, 'width', 'narrow');
  await page.click('#permalink');
  await page.waitForFunction(() => location.hash.startsWith('#a='));
  const url = await page.evaluate(() => location.href);
  assert.equal(await page.inputValue('#permalink-url'), url);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
  const article = await editorText(page);

  const other = await openDemo(url);
  assert.equal(await editorText(other), article);
  assert.equal(await other.locator('input[name="layout"]:checked').getAttribute('value'), 'teaser');
  assert.equal(await other.locator('input[name="theme"]:checked').getAttribute('value'), 'dark');
  assert.equal(await other.getAttribute('#preview', 'data-width'), 'narrow');
  assert.match(await cardClass(other), /vk-card--teaser/);
  assert.ok((await previewText(other)).includes('Город'));
  await other.close();

  await setRadio(page, 'layout', 'full');
  await setRadio(page, 'theme', 'light');
  await setRadio(page, 'width', 'wide');
  await loadSeed(page);
  assert.equal(await page.evaluate(() => location.hash), '', 'choosing an example drops the permalink');
});

test('the editor completes keys and values from the article JSON Schema', async (t) => {
  t.after(() => loadSeed(page));
  const options = () => page.locator('.cm-tooltip-autocomplete li').allTextContents();
  // Values: Ctrl-Space in a block's "type" lists every block type.
  let text = await editorText(page);
  await select(page, text.indexOf('"paragraph"') + 2);
  await page.keyboard.press('Control+Space');
  await page.locator('.cm-tooltip-autocomplete').waitFor();
  const types = (await options()).map((o) => o.match(/"[^"]*"/)[0]);
  assert.deepEqual(types, ['"paragraph"', '"heading"', '"quote"', '"image"', '"list"', '"callout"', '"embed"', '"markdown"', '"divider"', '"table"', '"code"']);
  await page.keyboard.press('Escape');
  // Keys: a new top-level key offers only the fields the article does not have yet.
  await select(page, 1);
  await page.keyboard.press('Enter');
  await page.keyboard.type('"upd');
  await page.locator('.cm-tooltip-autocomplete li[aria-selected]').waitFor();
  assert.match((await options())[0], /^"updated"/);
  // CodeMirror ignores Enter for 75 ms after the list opens (its interactionDelay, so a fast
  // typist's Enter is a newline); on a busy machine the test gets there sooner than that.
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
  text = await editorText(page);
  assert.match(text, /^\{\n\s*"updated": /);
});

test('Tab moves focus out of the editor (no keyboard trap)', async () => {
  await select(page, 0);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => window.verstkaDemo.view.hasFocus), false);
  assert.equal(await editorText(page), await readFile(new URL(`examples/${SEED}.json`, root), 'utf8'), 'no tab was typed');
});

test('every control has an accessible name', async () => {
  const unnamed = await page.evaluate(() => [...document.querySelectorAll('input, select, button, [role="tab"], iframe')]
    .filter((el) => el.offsetParent !== null || el.type === 'radio' || el.type === 'checkbox')
    .filter((el) => {
      const label = el.labels && [...el.labels].map((l) => l.textContent.trim()).join('');
      return !(label || el.getAttribute('aria-label') || el.title || el.textContent.trim());
    })
    .map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, []);
});

test('screenshots of the seed card (from the downloaded page) and of the demo', async () => {
  await mkdir(shotsDir, { recursive: true });
  await page.getByRole('tab', { name: 'Preview' }).click();
  await loadSeed(page);
  await setRadio(page, 'theme', 'light');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-html')]);
  const standalone = await readFile(await download.path(), 'utf8');
  // The card as a reader sees it: the standalone page at desktop and phone widths.
  const shot = await context.newPage();
  shot.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['mobile', { width: 390, height: 844 }]]) {
    await shot.setViewportSize(viewport);
    await shot.setContent(standalone, { waitUntil: 'load' });
    for (const theme of ['light', 'dark']) {
      await shot.evaluate((t) => { document.body.dataset.vkTheme = t; }, theme);
      const element = shot.locator('.vk-card').first();
      if (device === 'mobile') {
        const width = await element.evaluate((el) => el.getBoundingClientRect().width);
        assert.equal(width, viewport.width, 'the mobile card is full-bleed');
      }
      await element.screenshot({ path: new URL(`card-${device}-${theme}.png`, shotsDir).pathname, animations: 'disabled' });
    }
  }
  await shot.close();
  // The whole demo, with the typography shown.
  await page.locator('input[name="show"]').check();
  await page.evaluate(() => window.verstkaDemo.render());
  await page.evaluate(() => {
    document.querySelector('#toast').classList.remove('is-visible');
    // Scroll the preview to the body text, where the marks are.
    const frame = document.querySelector('#preview');
    const body = frame.contentDocument.querySelector('.vk-card__body');
    const panel = document.querySelector('#panel-preview');
    panel.scrollTop += body.getBoundingClientRect().top + frame.getBoundingClientRect().top - panel.getBoundingClientRect().top - 90;
  });
  // The render time differs on every run; hidden, the committed screenshot stays stable.
  await page.screenshot({
    path: new URL('demo.png', shotsDir).pathname,
    animations: 'disabled',
    style: '#render-time { visibility: hidden; }',
  });
  await page.locator('input[name="show"]').uncheck();
  assert.deepEqual(consoleErrors, [], 'no console errors during the whole run');
});
