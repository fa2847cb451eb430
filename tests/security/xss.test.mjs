// XSS: every attack string in every text and URL field of an article (all eleven block
// types), rendered by the wasm package in every layout, with and without JSON-LD and in both
// raw-HTML modes; every card is parsed with parse5 as a browser would and must hold no
// script but one JSON-LD, no on* or style attribute, no URL outside the policy and no
// element outside the renderer's vocabulary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ATTACKS, LAYOUTS, TEXT_FIELDS, URL_FIELDS, articleWith, checkCard, loadVerstka, missingDist, schemeOf } from './attacks.mjs';

const ALL_FIELDS = [...TEXT_FIELDS, ...URL_FIELDS];
// The only reasons an attacked article may be refused: a NUL character in a field.
const EXPLAINED = new Set(['article.nul-character']);

function renderChecked(verstka, article, options, where) {
  const result = verstka.renderArticle(article, options);
  if (!result.ok) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const unexplained = errors.filter((d) => !EXPLAINED.has(d.code));
    assert.deepEqual(unexplained, [], `${where}: refused for an unexpected reason`);
    assert.equal(result.html, '');
    return result;
  }
  const problems = checkCard(result.html, { jsonLd: options.jsonLd });
  assert.deepEqual(problems, [], `${where}\n${result.html}`);
  return result;
}

test('the attack table is broad', () => {
  assert.ok(ATTACKS.length >= 90);
  assert.equal(new Set(ATTACKS).size, ATTACKS.length, 'no duplicates');
});

test('the checker itself catches what it must', () => {
  // Cases where a rule must fire, and one where it must not.
  assert.deepEqual(checkCard('<article class="vk-card"><p>x</p></article>', { jsonLd: false }), []);
  assert.equal(checkCard('<p onclick="x">x</p>', { jsonLd: false }).length, 1);
  assert.equal(checkCard('<a href=" java\tscript:x">x</a>', { jsonLd: false }).length, 1);
  assert.equal(checkCard('<a href="mailto:a@b.ru">x</a><img src="//e.org/i.png">', { jsonLd: false }).length, 0);
  assert.equal(checkCard('<svg></svg>', { jsonLd: false }).length, 1);
  assert.equal(checkCard('<p style="color:red">x</p>', { jsonLd: false }).length, 1);
  assert.equal(checkCard('<script>alert(1)</script>', { jsonLd: false }).length >= 1, true);
  assert.equal(checkCard('<script type="application/ld+json">{"@type":"NewsArticle"}</script>', { jsonLd: true }).length, 0);
  assert.equal(schemeOf('  JaVa\nScript:x'), 'javascript');
  assert.equal(schemeOf('/a:b'), null);
});

test('every attack in every field at once, every layout, JSON-LD on and off, raw HTML escaped and dropped', { skip: missingDist }, async () => {
  const verstka = await loadVerstka();
  let rendered = 0;
  for (const attack of ATTACKS) {
    const article = articleWith(ALL_FIELDS, attack);
    for (const layout of LAYOUTS) {
      for (const jsonLd of [false, true]) {
        for (const rawHtml of ['escape', 'drop']) {
          const r = renderChecked(verstka, article, { layout, jsonLd, rawHtml }, `${JSON.stringify(attack)} ${layout} jsonLd=${jsonLd} rawHtml=${rawHtml}`);
          if (r.ok) rendered += 1;
        }
      }
    }
  }
  // All but the NUL attacks render (and are checked).
  assert.ok(rendered >= (ATTACKS.length - 2) * LAYOUTS.length * 4, `only ${rendered} cards rendered`);
});

test('every attack in each field alone, every layout, JSON-LD on and off', { skip: missingDist }, async () => {
  const verstka = await loadVerstka();
  let rendered = 0;
  let refused = 0;
  for (const field of ALL_FIELDS) {
    for (const attack of ATTACKS) {
      const article = articleWith([field], attack);
      for (const layout of LAYOUTS) {
        for (const jsonLd of [false, true]) {
          const r = renderChecked(verstka, article, { layout, jsonLd }, `${field} = ${JSON.stringify(attack)} ${layout} jsonLd=${jsonLd}`);
          if (r.ok) rendered += 1;
          else refused += 1;
        }
      }
    }
  }
  assert.ok(rendered > 0.95 * (rendered + refused), `${refused} of ${rendered + refused} refused`);
});

test('URL fields drop every scheme outside the policy, with a url.rejected warning at the field', { skip: missingDist }, async () => {
  const verstka = await loadVerstka();
  const hostile = ATTACKS.filter((a) => {
    const scheme = schemeOf(a);
    return scheme !== null && !['http', 'https', 'mailto', 'tel'].includes(scheme) && !a.includes('\u0000');
  });
  assert.ok(hostile.length >= 15);
  // The article's own url only feeds JSON-LD, where a rejected address is left out quietly
  // (checkCard looks at JSON-LD URLs); every other URL field is a link or an image.
  for (const field of URL_FIELDS.filter((f) => f !== '/url')) {
    for (const url of hostile) {
      const r = verstka.renderArticle(articleWith([field], url), { layout: 'full', jsonLd: true });
      assert.equal(r.ok, true, `${field} = ${JSON.stringify(url)}`);
      const rejected = r.diagnostics.filter((d) => d.code === 'url.rejected' && d.path === field);
      assert.equal(rejected.length, 1, `${field} = ${JSON.stringify(url)}: ${JSON.stringify(r.diagnostics)}`);
      assert.equal(rejected[0].severity, 'warning');
    }
  }
});

test('JSON-LD keeps the attack strings as data: parsed back, the headline is the title typeset', { skip: missingDist }, async () => {
  const verstka = await loadVerstka();
  for (const attack of ['</script><script>alert(1)</script>', '<!--<script>', 'a\u2028b\u2029c', '"}</script>']) {
    const r = verstka.renderArticle(articleWith(['/title'], attack), { jsonLd: true, typography: false });
    assert.equal(r.ok, true);
    const script = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(r.html);
    assert.ok(script, r.html);
    assert.equal(JSON.parse(script[1]).headline, attack);
  }
});
