// The XSS outputs in a real browser: cards rendered from every attack string (all fields at
// once, every layout, JSON-LD on) are loaded into headless Chromium from a served origin, so
// images, handlers and navigations would really fire. No dialog may open, no script may run,
// and the console must not report a blocked or failed script.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ATTACKS, LAYOUTS, TEXT_FIELDS, URL_FIELDS, articleWith, loadVerstka, missingDist } from './attacks.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const skip = missingDist || (existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing`);
const ORIGIN = 'http://verstka.test';

let browser;

before(async () => {
  if (skip) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
});

// One page of cards; the page's own script (the only one allowed) records any sign of life
// from an attack: alert/confirm/prompt/print calls and navigations away.
function page(cards) {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>xss</title>
<script>window.__fired = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  const original = window[name];
  window[name] = (...args) => { window.__fired.push(name + '(' + args.join(',') + ')'); return original.apply(window, args); };
}</script></head><body>
${cards.join('\n')}
</body></html>`;
}

// Loads the cards into a fresh page and reports every sign of script activity.
async function load(cards) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const dialogs = [];
  const consoleErrors = [];
  const pageErrors = [];
  const requests = [];
  tab.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  tab.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  tab.on('pageerror', (error) => pageErrors.push(String(error)));
  // Serve the page; every other request (images of the cards) is answered with a 404 so that
  // onerror handlers would fire if any existed.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url === `${ORIGIN}/`) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page(cards) });
    return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
  });
  await tab.goto(`${ORIGIN}/`, { waitUntil: 'load' });
  // Give handlers (onerror of failed images, autofocus, timers) time to run; then hover and
  // focus everything, which is what onmouseover/onfocus attacks wait for.
  await tab.waitForTimeout(500);
  await tab.evaluate(() => {
    for (const el of document.querySelectorAll('*')) {
      el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      if (typeof el.focus === 'function') el.focus();
    }
  });
  await tab.waitForTimeout(300);
  const report = await tab.evaluate(() => ({
    fired: window.__fired,
    url: location.href,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.type !== 'application/ld+json').length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName} ${a.name}`)),
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => { try { return JSON.parse(s.textContent)['@type']; } catch { return 'unparsable'; } }),
  }));
  await context.close();
  return { ...report, dialogs, consoleErrors, pageErrors, requests };
}

test('control: the harness sees a dialog, a handler and an extra script when a card has them', { skip }, async () => {
  const report = await load(['<article><img src="/x.png" onerror="alert(1)"></article>', '<script>console.log(1)</script>']);
  assert.deepEqual(report.dialogs, ['alert: 1']);
  assert.deepEqual(report.fired, ['alert(1)']);
  assert.deepEqual(report.handlers, ['img onerror']);
  assert.equal(report.scripts, 2);
});

test('cards rendered from every attack fire no dialog and run no script in Chromium', { skip, timeout: 180000 }, async () => {
  const verstka = await loadVerstka();
  const cards = [];
  for (const attack of ATTACKS) {
    for (const layout of LAYOUTS) {
      const r = verstka.renderArticle(articleWith([...TEXT_FIELDS, ...URL_FIELDS], attack), { layout, jsonLd: true });
      if (r.ok) cards.push(r.html);
    }
  }
  assert.ok(cards.length >= (ATTACKS.length - 2) * LAYOUTS.length);
  const report = await load(cards);
  const { dialogs, consoleErrors, pageErrors, requests } = report;

  assert.deepEqual(dialogs, [], 'no dialog opened');
  assert.deepEqual(report.fired, [], 'no alert/confirm/prompt/print call');
  assert.equal(report.url, `${ORIGIN}/`, 'no navigation away');
  assert.equal(report.scripts, 1, 'only the page\'s own script');
  assert.deepEqual(report.handlers, [], 'no event-handler attribute in the live DOM');
  assert.equal(report.jsonLd.length, cards.length);
  assert.ok(report.jsonLd.every((type) => type === 'NewsArticle'), 'every JSON-LD parses');
  assert.deepEqual(pageErrors, [], 'no script error');
  // Failed image loads (our 404s) are expected console errors; anything about scripts is not.
  const scriptErrors = consoleErrors.filter((text) => /script|Content Security Policy|Refused|javascript:|eval/i.test(text));
  assert.deepEqual(scriptErrors, [], 'no console error about a blocked or failed script');
  assert.ok(requests.every((url) => url.startsWith(ORIGIN) || url.startsWith('https://') || url.startsWith('http://')),
    `only http(s) requests: ${requests.filter((u) => !/^https?:/.test(u)).join(', ')}`);
});
