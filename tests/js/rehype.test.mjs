// verstka/rehype in a remark → rehype pipeline (unified, remark-parse, remark-rehype,
// rehype-stringify): paragraphs typeset across emphasis and links, code verbatim, pre skipped,
// the tree's whitespace kept, engine notes as file messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';

import rehypeVerstka from '../../dist/rehype-node.js';

const N = '\u00A0';

async function html(markdown, options) {
  const file = await unified().use(remarkParse).use(remarkRehype).use(rehypeVerstka, options).use(rehypeStringify).process(markdown);
  return { html: String(file), messages: file.messages };
}

const CASES = [
  ['a quote opened before emphasis closes after it', 'Он сказал "*да*" - и ушел.', `<p>Он${N}сказал «<em>да</em>»${N}— и${N}ушел.</p>`],
  ['quotes pair across a link', 'Газета "[Ведомости](https://example.org/v)" пишет', `<p>Газета «<a href="https://example.org/v">Ведомости</a>» пишет</p>`],
  ['nested quotes across strong', '"Он назвал **"Мир"** лучшим"', `<p>«Он${N}назвал <strong>„Мир“</strong> лучшим»</p>`],
  ['inline code is verbatim; its neighbours are typeset', 'Команда `a - "b"` и "x"', `<p>Команда <code>a - "b"</code> и${N}«x»</p>`],
  ['NOT: a code block is left as it is', '```\nв Сочи - "тепло"\n```', '<pre><code>в Сочи - "тепло"\n</code></pre>'],
  ['an autolink\'s text is verbatim', 'См. <https://example.org/a-b> - там', `<p>См. <a href="https://example.org/a-b">https://example.org/a-b</a>${N}— там</p>`],
  ['each paragraph by itself; newlines between blocks kept', '"Раз\n\nдва"', '<p>«Раз</p>\n<p>два»</p>'],
  ['headings and list items are paragraphs', '# Он - "тот"\n\n- в Сочи\n- "да"', `<h1>Он${N}— «тот»</h1>\n<ul>\n<li>в${N}Сочи</li>\n<li>«да»</li>\n</ul>`],
  ['NOT: text with nothing to change is byte for byte', 'Просто текст *здесь*.', '<p>Просто текст <em>здесь</em>.</p>'],
];

for (const [name, markdown, expected] of CASES) {
  test(`rehype: ${name}`, async () => {
    assert.equal((await html(markdown)).html, expected);
  });
}

test('rehype: markup-looking text stays text (the serialiser escapes it)', async () => {
  const { html: out } = await html('Он написал \\<script\\> - и "ушел"');
  assert.equal(out, `<p>Он${N}написал &#x3C;script>${N}— и${N}«ушел»</p>`);
});

test('rehype: options reach the engine; a wrong option throws at .use() time', async () => {
  assert.equal((await html('в Сочи', { disable: ['nbsp/*'] })).html, '<p>в Сочи</p>');
  assert.equal((await html('он сказал "*hello world*"')).html, `<p>он${N}сказал «<em>hello world</em>»</p>`);
  assert.equal((await html('он сказал "*hello world*"', { englishQuotes: true })).html, `<p>он${N}сказал “<em>hello world</em>”</p>`);
  assert.throws(() => unified().use(remarkParse).use(remarkRehype).use(rehypeVerstka, { entities: true }).freeze(),
                { name: 'TypeError', message: "verstka: typographRuns: unknown option 'entities'" });
});

test('rehype: an engine note becomes a warning on the file, at the paragraph', async () => {
  const { messages } = await html('Первый абзац.\n\nОн сказал "да и ушел.');
  assert.equal(messages.length, 1);
  assert.equal(messages[0].source, 'verstka');
  assert.equal(messages[0].fatal, false);
  assert.equal(messages[0].line, 3);
  assert.match(messages[0].ruleId, /quote/);
});
