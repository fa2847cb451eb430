// <verstka-card> in headless Chromium: inline JSON, src, attribute changes, the article
// property, edits to the inline JSON, Shadow DOM styling, and the error box for bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync as readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ROOT, serve, launchChromium, open } from './package-support.mjs';
import { init, renderArticle } from '../../dist/node.js';

const SEED = readSync(join(ROOT, 'examples/sochi-vnot-2024.json'), 'utf8');
const BAD = '{"v": 1,\n "title": "",\n "body": [{"type": "paragraph"}]}';

let site;
let server;
let browser;
let page;
let errors;

before(async () => {
  await init();
  const chromium = launchChromium();
  site = await mkdtemp(join(tmpdir(), 'verstka-element-'));
  await cp(join(ROOT, 'dist'), join(site, 'dist'), { recursive: true });
  await writeFile(join(site, 'seed.json'), SEED);
  await writeFile(join(site, 'bad.json'), BAD);
  const script = (json) => `<script type="application/json">${json.replace(/</g, '\\u003c')}</script>`;
  await writeFile(join(site, 'index.html'), `<!doctype html><html lang="ru"><head><meta charset="utf-8">
<style>h1 { color: rgb(255, 0, 0) !important; } .vk-card { display: none; }</style>
<script type="module">
  import { renderArticle } from './dist/browser.js';
  import './dist/element.js';
  window.events = [];
  for (const type of ['verstka-render', 'verstka-error']) {
    document.addEventListener(type, (e) => window.events.push([e.target.id, type]), true);
  }
</script></head><body>
<verstka-card id="inline">${script(SEED)}</verstka-card>
<verstka-card id="fetched" src="seed.json" layout="teaser"></verstka-card>
<verstka-card id="bad">${script(BAD)}</verstka-card>
<verstka-card id="missing" src="no-such.json"></verstka-card>
<verstka-card id="empty"></verstka-card>
</body></html>`);
  server = await serve(site);
  browser = await chromium;
  ({ page, errors } = await open(browser, `${server.origin}/index.html`));
  await page.waitForFunction(() => window.events && ['inline', 'fetched', 'bad', 'missing'].every((id) => window.events.some((e) => e[0] === id)),
                             null, { timeout: 20000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (site) await rm(site, { recursive: true, force: true });
});

// The card's markup as the browser serialises it, and Node's HTML serialised the same way.
async function sameAsNode(id, options) {
  const expected = renderArticle(SEED, options).html;
  return page.evaluate(([cardId, html]) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    const shown = document.getElementById(cardId).shadowRoot.querySelector('[part=card]');
    return shown.innerHTML.trim() === template.innerHTML.trim();
  }, [id, expected]);
}

const waitFor = (predicate, arg) => page.waitForFunction(predicate, arg, { timeout: 10000 });

test('inline JSON renders the same card as Node, in Shadow DOM', async () => {
  assert.equal(await sameAsNode('inline'), true);
  assert.deepEqual(errors.filter((e) => !e.includes('404')), []);
});

test('src is fetched; layout is applied', async () => {
  assert.equal(await sameAsNode('fetched', { layout: 'teaser' }), true);
});

test('the stylesheet is adopted and page styles do not leak in', async () => {
  const r = await page.evaluate(() => {
    const root = document.getElementById('inline').shadowRoot;
    const card = root.querySelector('.vk-card');
    return {
      sheets: root.adoptedStyleSheets.length,
      display: getComputedStyle(card).display,
      titleColor: getComputedStyle(root.querySelector('.vk-card__title')).color,
      rules: root.adoptedStyleSheets[0]?.cssRules.length ?? 0,
    };
  });
  assert.equal(r.sheets, 1);
  assert.ok(r.rules > 50, `${r.rules} rules`);
  assert.notEqual(r.display, 'none');
  assert.notEqual(r.titleColor, 'rgb(255, 0, 0)');
});

test('changing the layout attribute re-renders', async () => {
  await page.evaluate(() => document.getElementById('inline').setAttribute('layout', 'compact'));
  await waitFor(() => document.getElementById('inline').shadowRoot.querySelector('.vk-card--compact'));
  assert.equal(await sameAsNode('inline', { layout: 'compact' }), true);
  await page.evaluate(() => document.getElementById('inline').removeAttribute('layout'));
  await waitFor(() => document.getElementById('inline').shadowRoot.querySelector('.vk-card--full'));
});

test('the theme attribute switches light and dark without re-rendering', async () => {
  const colours = await page.evaluate(async () => {
    const card = document.getElementById('inline');
    const background = () => getComputedStyle(card.shadowRoot.querySelector('.vk-card')).backgroundColor;
    const article = card.shadowRoot.querySelector('.vk-card');
    card.setAttribute('theme', 'light');
    const light = background();
    card.setAttribute('theme', 'dark');
    const dark = background();
    const same = card.shadowRoot.querySelector('.vk-card') === article;
    card.removeAttribute('theme');
    return { light, dark, same, mark: card.shadowRoot.querySelector('[part=card]').getAttribute('data-vk-theme') };
  });
  assert.notEqual(colours.light, colours.dark);
  assert.equal(colours.same, true);
  assert.equal(colours.mark, null);
});

test('a bad article shows an error box listing its diagnostics', async () => {
  const box = await page.evaluate(() => {
    const root = document.getElementById('bad').shadowRoot;
    const alert = root.querySelector('[role=alert]');
    return alert && { text: alert.textContent, items: [...alert.querySelectorAll('li')].map((li) => li.textContent), card: !!root.querySelector('.vk-card') };
  });
  assert.ok(box, 'no error box');
  assert.equal(box.card, false);
  assert.match(box.text, /cannot be shown/);
  const expected = renderArticle(BAD).diagnostics.filter((d) => d.severity === 'error');
  assert.equal(box.items.length, expected.length);
  for (const [i, d] of expected.entries()) {
    assert.ok(box.items[i].includes(`${d.line}:${d.column}`) && box.items[i].includes(d.code) && box.items[i].includes(d.path), box.items[i]);
  }
});

test('a src that cannot be fetched shows an error box with the HTTP status', async () => {
  const text = await page.evaluate(() => document.getElementById('missing').shadowRoot.querySelector('[role=alert]')?.textContent);
  assert.match(text, /no-such\.json: HTTP 404/);
});

test('an element with nothing to show stays empty', async () => {
  const r = await page.evaluate(() => document.getElementById('empty').shadowRoot.querySelector('[part=card]').childElementCount);
  assert.equal(r, 0);
});

test('editing the inline JSON re-renders; the article property wins over inline JSON', async () => {
  await page.evaluate(() => {
    const script = document.getElementById('bad').querySelector('script');
    script.textContent = JSON.stringify({ v: 1, title: 'Исправлено', body: [{ type: 'paragraph', text: 'Текст.' }] });
  });
  await waitFor(() => document.getElementById('bad').shadowRoot.querySelector('.vk-card__title')?.textContent === 'Исправлено');
  await page.evaluate(() => {
    document.getElementById('bad').article = { v: 1, title: 'Заголовок свойства', body: [{ type: 'paragraph', text: 'Текст.' }] };
  });
  await waitFor(() => document.getElementById('bad').shadowRoot.querySelector('.vk-card__title')?.textContent === 'Заголовок свойства');
});

test('changing src fetches the new article; refresh() resolves after rendering', async () => {
  const title = await page.evaluate(async () => {
    const card = document.getElementById('missing');
    card.setAttribute('src', 'seed.json');
    await card.refresh();
    return card.shadowRoot.querySelector('.vk-card__title')?.textContent;
  });
  assert.ok(title && title.startsWith('Участникам'), title);
});
