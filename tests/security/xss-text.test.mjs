// XSS through the plain-text importer: every attack string in every place of a scraped text
// the importer reads (title, lead, caption, credit, dateline paragraph, direct speech and its
// role, «» quotes, list items, link and headline lines, «Источник:», «Теги:») and in every URL
// the caller's metadata gives; each text imported and rendered by the wasm package in every
// layout, with and without JSON-LD, and every card parsed with parse5 like the other suites.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ATTACKS, LAYOUTS, checkCard, loadVerstka, missingDist } from './attacks.mjs';

// A scraped text with `a` in each place the importer gives a meaning to.
const PLACES = {
  title: (a) => `${a}\n\nТекст.`,
  lead: (a) => `Заголовок\n${a}\n\nТекст.`,
  caption: (a) => `Заголовок\nЛид\n${a}\nФото: пресс-служба\n\nТекст.`,
  credit: (a) => `Заголовок\n\nФото: ${a}\n\nТекст.`,
  copyrightCredit: (a) => `Заголовок\n\nФото © ${a}\n\nТекст.`,
  dateline: (a) => `Заголовок\n\nМОСКВА, 2 сентября. /${a}/. ${a}, сообщает ИА ${a}.`,
  paragraph: (a) => `Заголовок\n\nТекст.\n\n${a}`,
  speech: (a) => `Заголовок\n\n— ${a}, — отметила Елена Канюк, ${a}.`,
  guillemets: (a) => `Заголовок\n\n«${a}», — сказал Иван Петров, ${a}.`,
  list: (a) => `Заголовок\n\nНужно взять:\n• ${a}\n• ${a};\n1. ${a}\n2. ${a}`,
  unmarkedList: (a) => `Заголовок\n\nНужно взять:\n${a};\n${a}.`,
  links: (a) => `Заголовок\n\nТекст.\n\nСмотрите полную версию на сайте ${a}\nСледующая новость\n${a}`,
  trailer: (a) => `Заголовок\n\nТекст.\n\nИсточник: ${a}\nТеги: ${a}, б\nЧитайте также: ${a}\n© ${a}`,
};

const URL_META = (a) => ({ url: a, year: 2024, cover: a, links: { full: a, next: { url: a, title: a } }, source: { name: a, url: a } });

// The only reason an attacked import may be refused: a NUL character in a metadata field
// (in the text itself it becomes U+FFFD).
const EXPLAINED = new Set(['article.nul-character']);

function renderChecked(verstka, text, meta, options, where) {
  const r = verstka.renderArticle(text, { ...options, from: 'text', meta });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  assert.deepEqual(errors.filter((d) => !EXPLAINED.has(d.code)), [], `${where}: refused`);
  if (errors.length > 0) {
    assert.equal(r.html, '');
    return;
  }
  assert.equal(r.ok, true, where);
  assert.deepEqual(checkCard(r.html, { jsonLd: options.jsonLd }), [], `${where}\n${r.html}`);
}

test('every attack in every place of a scraped text, every layout, JSON-LD on and off', { skip: missingDist }, async () => {
  const verstka = await loadVerstka();
  let cards = 0;
  for (const [place, textOf] of Object.entries(PLACES)) {
    for (const attack of ATTACKS) {
      const text = textOf(attack);
      for (const layout of LAYOUTS) {
        for (const jsonLd of [false, true]) {
          renderChecked(verstka, text, { year: 2024, cover: 'https://example.org/c.jpg', links: { next: 'https://example.org/n' } },
                        { layout, jsonLd }, `${place}: ${JSON.stringify(attack)} ${layout} jsonLd=${jsonLd}`);
          cards += 1;
        }
      }
    }
  }
  assert.equal(cards, Object.keys(PLACES).length * ATTACKS.length * LAYOUTS.length * 2);
});

test('every attack as every URL and name of the metadata merged over an imported text', { skip: missingDist }, async () => {
  const verstka = await loadVerstka();
  const text = 'Заголовок\nЛид\nФото: пресс-служба\n\nТекст.\n\nСмотрите полную версию на сайте\nСледующая новость';
  for (const attack of ATTACKS) {
    for (const layout of LAYOUTS) {
      renderChecked(verstka, text, URL_META(attack), { layout, jsonLd: true }, `meta = ${JSON.stringify(attack)} ${layout}`);
    }
  }
});

test('an attack in the text stays text: the card shows it, escaped, never as markup', { skip: missingDist }, async () => {
  const verstka = await loadVerstka();
  const r = verstka.fromText('Заголовок\n\n<img src=x onerror=alert(1)> и [ссылка](javascript:alert(1))');
  assert.equal(r.ok, true);
  const card = verstka.renderArticle(r.article, { typography: false });
  assert.match(card.html, /&lt;img src=x onerror=alert\(1\)&gt; и \[ссылка\]\(javascript:alert\(1\)\)/);
});
