// XSS: attack strings from public cheat sheets (OWASP XSS Filter Evasion, mutation-XSS
// write-ups) placed into every CommonMark field of an article, rendered by the native CLI
// in both raw-HTML modes, and the output parsed as a browser would (parse5): no script
// other than JSON-LD, no event-handler attribute, no URL attribute outside http, https,
// mailto, tel and relative addresses, no element that can run or load code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseFragment } from 'parse5';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = process.env.VERSTKA_CLI || join(ROOT, 'build/verstka');
const skip = existsSync(CLI) ? false : `the native CLI ${CLI} is missing: build it or set VERSTKA_CLI`;

const ATTACKS = [
  // Raw HTML, inline and block.
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</script>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  'text <img src=x onerror=alert(1)> text',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=JaVaScRiPt:alert(\'XSS\')>',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<svg onload=alert(1)>',
  '<svg/onload=alert(1)>',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<x onmouseover=alert(1)>hover</x>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<style>@import\'javascript:alert(1)\';</style>',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  '<embed src="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  // Mutation-XSS shapes.
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<![CDATA[<img src=x onerror=alert(1)>]]>',
  // Markdown links and images: javascript: in every encoding, other schemes.
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](&#x6A;avascript:alert(1))',
  '[x](jav&#x61;script:alert(1))',
  '[x](java&#x09;script:alert(1))',
  '[x](java&#x0A;script:alert(1))',
  '[x](javascript&colon;alert(1))',
  '[x](javascript&#58;alert(1))',
  '[x](< javascript:alert(1)>)',
  '[x](%6Aavascript:alert(1))',
  '[x](javascript://%0Aalert(1))',
  '[x](javascript:alert(1) "title")',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](javascript:alert(1))',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '<javascript:alert(1)>',
  '<JAVASCRIPT:alert(1)>',
  'Ссылка [x][r]\n\n[r]: javascript:alert(1)',
  // Breaking out of attributes.
  '[x](/a "\\" onmouseover=\\"alert(1)")',
  "[x](/a '\" onclick=alert(1) x=\"')",
  '[x](</a" onclick="alert(1)>)',
  '[x](/a&quot;onclick=alert(1))',
  '![x" onerror="alert(1)](/i.png)',
  '![x](/i.png "\\" onerror=\\"alert(1)")',
  // Code and markup around attacks.
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '```"><script>alert(1)</script>\nx\n```',
  '[<img src=x onerror=alert(1)>](https://example.org)',
  '**<img src=x onerror=alert(1)>**',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '# <script>alert(1)</script>\n\n> <img src=x onerror=alert(1)>\n\n- <svg onload=alert(1)>',
];

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'background',
  'cite', 'data', 'xlink:href', 'lowsrc', 'dynsrc', 'ping']);
const DANGEROUS_ELEMENTS = new Set(['iframe', 'object', 'embed', 'svg', 'math', 'base', 'meta', 'link',
  'form', 'style', 'noscript', 'template', 'frame', 'frameset', 'applet', 'input', 'button', 'textarea',
  'select', 'details', 'body', 'html', 'head']);

/// An article with the attack in every CommonMark field kind.
function article(md) {
  return {
    v: 1, id: 'xss', title: 'XSS', published: '2024-09-13T10:00:00+03:00', lead: md,
    cover: { src: 'https://example.org/c.jpg', alt: 'обложка', caption: md },
    body: [
      { type: 'paragraph', text: md },
      { type: 'quote', text: md, author: 'Автор' },
      { type: 'list', ordered: true, items: [md, 'второй'] },
      { type: 'callout', title: 'Справка', text: md },
      { type: 'image', src: 'https://example.org/i.jpg', alt: 'фото', caption: md },
      { type: 'markdown', text: md },
    ],
  };
}

/// The scheme a browser would see in a URL attribute, lower case; '' for a relative one.
function scheme(value) {
  // WHATWG URL parsing: strip leading/trailing C0 controls and spaces, drop tabs/newlines.
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return m ? m[1].toLowerCase() : '';
}

/// Every problem found in the parsed fragment, as readable strings.
function problems(html) {
  const found = [];
  const walk = (node) => {
    if (node.tagName) {
      const name = node.tagName.toLowerCase();
      const attrs = node.attrs ?? [];
      if (name === 'script') {
        const type = attrs.find((a) => a.name === 'type');
        if (!type || type.value !== 'application/ld+json') found.push(`<script> element`);
      }
      if (DANGEROUS_ELEMENTS.has(name)) found.push(`<${name}> element`);
      for (const a of attrs) {
        const attr = (a.prefix ? `${a.prefix}:` : '') + a.name.toLowerCase();
        if (attr.startsWith('on')) found.push(`${attr}= on <${name}>`);
        if (attr === 'style' && /expression|javascript|url\s*\(/i.test(a.value)) found.push(`style="${a.value}"`);
        if (URL_ATTRIBUTES.has(attr)) {
          const s = scheme(a.value);
          if (s && !SAFE_SCHEMES.has(s)) found.push(`${attr}="${a.value}" on <${name}>`);
        }
      }
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);  // <template>
  };
  walk(parseFragment(html));
  return found;
}

function renderBatch(articles, args) {
  const input = articles.map((a) => JSON.stringify(a)).join('\n') + '\n';
  const r = spawnSync(CLI, ['render', '--batch', ...args, '-'], { input, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.error) throw r.error;
  const records = r.stdout.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
  assert.equal(records.length, articles.length, `one result per article (stderr: ${r.stderr})`);
  return records;
}

test('the checker itself finds each kind of problem', () => {
  assert.deepEqual(problems('<p>ok <a href="/x">x</a> <a href="mailto:a@b">m</a></p>'), []);
  assert.equal(problems('<script>alert(1)</script>').length, 1);
  assert.deepEqual(problems('<script type="application/ld+json">{}</script>'), []);
  assert.equal(problems('<img src=x onerror=alert(1)>').length, 1);
  assert.equal(problems('<a href=" java\tscript:alert(1)">x</a>').length, 1);
  assert.equal(problems('<svg><a xlink:href="javascript:alert(1)">x</a></svg>').length, 2);
  assert.equal(problems('<noscript><p title="</noscript><img src=x onerror=alert(1)>">').length, 2);
});

for (const rawHtml of ['escape', 'drop']) {
  test(`attack strings in every CommonMark field stay inert (--raw-html ${rawHtml})`, { skip }, () => {
    const records = renderBatch(ATTACKS.map(article), ['--raw-html', rawHtml, '--json-ld']);
    records.forEach((record, i) => {
      assert.equal(record.ok, true, `renders: ${ATTACKS[i]} ${JSON.stringify(record.diagnostics)}`);
      assert.deepEqual(problems(record.html), [], `attack: ${ATTACKS[i]}`);
    });
  });
}

test('attacks are shown as text in escape mode, not lost', { skip }, () => {
  const [record] = renderBatch([article('Текст <script>alert(1)</script> и [x](javascript:alert(2))')], []);
  assert.match(record.html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.ok(record.diagnostics.some((d) => d.code === 'url.rejected'), 'the rejected link is reported');
});
