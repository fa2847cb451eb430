// The XSS suite's data and checks, shared by xss.test.mjs (parse5) and chromium.test.mjs.
// Attack strings go into every text and URL field of an article; every card verstka
// renders from them is checked as a browser would parse it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFragment } from 'parse5';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/// The npm package directory (VERSTKA_DIST overrides, e.g. to test another build).
export const DIST = process.env.VERSTKA_DIST || join(ROOT, 'dist');
export const missingDist = existsSync(join(DIST, 'node.js')) ? false : `${DIST}/node.js is missing: run \`npm run build\``;

export async function loadVerstka() {
  const verstka = await import(join(DIST, 'node.js'));
  await verstka.init();
  return verstka;
}

const JS = 'javascript:alert(1)';
export const ATTACKS = [
  // Script and raw HTML.
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//xss.example/x.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '"><script>alert(1)</script>',
  '\'><script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '</ScRiPt ><script>alert(1)</script>',
  '<!--</script><script>alert(1)//-->',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=x OnErRoR=alert(1)>',
  '<svg/onload=alert(1)>',
  '<body onload=alert(1)>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<style>*{background:url("javascript:alert(1)")}</style>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  // Attribute breaking.
  '" onmouseover="alert(1)',
  '\' onmouseover=\'alert(1)',
  '" autofocus onfocus="alert(1)" x="',
  '`onmouseover=alert(1)',
  '&quot; onmouseover=&quot;alert(1)',
  // Mutation XSS shapes.
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<![CDATA[<img src=x onerror=alert(1)>]]>',
  '<xmp><p title="</xmp><img src=x onerror=alert(1)>">',
  '<textarea><img title="</textarea><img src=x onerror=alert(1)>">',
  // javascript: in its encodings (as URL fields take them, and inside markdown links).
  JS,
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript\u0000:alert(1)',
  'javascript&#58;alert(1)',
  'javascript&colon;alert(1)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
  '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
  'jav&#x09;ascript:alert(1)',
  'jav&Tab;ascript:alert(1)',
  'javascript%3Aalert(1)',
  '%6A%61%76%61%73%63%72%69%70%74:alert(1)',
  String.raw`\u006A\u0061vascript:alert(1)`,
  'ｊａｖａｓｃｒｉｐｔ：alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://e.org/x',
  '//e.org/\\javascript:alert(1)',
  // Markdown links, images and autolinks with those URLs.
  `[x](${JS})`,
  `[x](<${JS}>)`,
  '[x](JAVASCRIPT:alert(1))',
  '[x](javascript&#58;alert(1))',
  '[x](java%0ascript:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '[x](vbscript:msgbox(1))',
  '[x](https://e.org "title\\" onmouseover=\\"alert(1)")',
  `![x](${JS})`,
  '![x" onerror="alert(1)](x)',
  '![x](x "y\\" onerror=\\"alert(1)")',
  `<${JS}>`,
  '<data:text/html,<script>alert(1)</script>>',
  `[x][r]\n\n[r]: ${JS}`,
  '[a](https://e.org)<img src=x onerror=alert(1)>',
  '*<img src=x onerror=alert(1)>*',
  '`<script>alert(1)</script>`',
  '```\n</code></pre><script>alert(1)</script>\n```',
  '    <script>alert(1)</script>',
  '<div>\n<script>alert(1)</script>\n</div>',
  '<!-- --><script>alert(1)</script>',
  // JSON-LD breaking and line terminators.
  '</script><img src=x onerror=alert(1)>',
  '<\/script>',
  '\u2028alert(1)\u2029',
  '"}</script><script>alert(1)</script>',
  '<!--<script>',
  // Entities that decode to markup.
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '\uFEFF<script>alert(1)</script>',
];

// Fields by kind, as JSON Pointers into articleWith()'s template.
export const TEXT_FIELDS = [
  '/title', '/rubric', '/lead', '/dateline', '/id',
  '/authors/0/name', '/source/name',
  '/cover/alt', '/cover/caption', '/cover/credit', '/cover/creditPrefix',
  '/body/0/text', '/body/1/text', '/body/2/text', '/body/2/author', '/body/2/role',
  '/body/3/alt', '/body/3/caption', '/body/3/credit', '/body/3/creditPrefix',
  '/body/4/items/0', '/body/4/items/1', '/body/5/title', '/body/5/text', '/body/6/caption',
  '/body/7/text', '/body/9/rows/0/0', '/body/9/rows/1/1', '/body/9/caption', '/body/10/text', '/body/10/language',
  '/links/full/label', '/links/next/title', '/links/next/label', '/tags/0',
];
export const URL_FIELDS = [
  '/url', '/authors/0/url', '/source/url', '/cover/src', '/body/3/src', '/body/6/url',
  '/links/full/url', '/links/next/url',
];

function template() {
  return {
    v: 1, id: 'a1', lang: 'ru', url: 'https://e.org/a', rubric: 'Общество', title: 'Заголовок', lead: 'Лид',
    published: '2024-09-13T10:00:00+03:00', updated: '2024-09-14T10:00:00+03:00', dateline: 'Сочи', ageRating: '18+',
    authors: [{ name: 'Автор', url: 'https://e.org/author' }],
    source: { name: 'Источник', url: 'https://e.org/' },
    cover: { src: '/cover.jpg', alt: 'alt', caption: 'подпись', credit: 'ТАСС', creditPrefix: 'Фото', width: 1200, height: 800 },
    body: [
      { type: 'paragraph', text: 'абзац' },
      { type: 'heading', level: 3, text: 'подзаголовок' },
      { type: 'quote', text: 'цитата', author: 'автор', role: 'роль' },
      { type: 'image', src: '/image.jpg', alt: 'alt', caption: 'подпись', credit: 'ТАСС', creditPrefix: 'Фото' },
      { type: 'list', ordered: true, items: ['раз', 'два'] },
      { type: 'callout', title: 'Справка', text: 'текст' },
      { type: 'embed', provider: 'youtube', url: 'https://youtu.be/x', caption: 'видео' },
      { type: 'markdown', text: 'markdown' },
      { type: 'divider' },
      { type: 'table', header: true, rows: [['заголовок', 'столбец'], ['ячейка', 'ячейка']], caption: 'таблица' },
      { type: 'code', text: 'код', language: 'js' },
    ],
    links: { full: { url: 'https://e.org/full', label: 'Полная версия' }, next: { url: '/next', title: 'Следующая', label: 'Дальше' } },
    tags: ['тег'],
  };
}

function set(object, pointer, value) {
  const keys = pointer.split('/').slice(1);
  let target = object;
  for (const key of keys.slice(0, -1)) target = target[key];
  target[keys.at(-1)] = value;
}

/// The template with `value` in every field of `fields`.
export function articleWith(fields, value) {
  const article = template();
  for (const pointer of fields) set(article, pointer, value);
  return article;
}

export const LAYOUTS = ['full', 'teaser', 'compact'];

// The renderer's own vocabulary (src/render/card.cpp, src/markdown/*.cpp).
export const VOCABULARY = new Set([
  'article', 'header', 'footer', 'nav', 'figure', 'figcaption', 'img', 'p', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'cite', 'time', 'a', 'ul', 'ol', 'li', 'aside', 'div', 'hr', 'br', 'em', 'strong', 'code', 'pre', 'script',
  'table', 'thead', 'tbody', 'tr', 'th', 'td',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'poster', 'srcset', 'xlink:href',
  'background', 'data', 'codebase', 'ping', 'manifest', 'lowsrc', 'dynsrc']);
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/// The scheme a browser sees in `url` (WHATWG: C0 and spaces trimmed, tab/newline removed),
/// or null for a relative address.
export function schemeOf(url) {
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return m ? m[1].toLowerCase() : null;
}

// Every string under a URL-valued schema.org key, at any depth.
function jsonLdUrls(value, key = '') {
  if (typeof value === 'string') return /^(url|@id|mainEntityOfPage|sameAs|contentUrl|embedUrl|logo|image|thumbnailUrl)$/.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => jsonLdUrls(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => jsonLdUrls(v, k));
  return [];
}

/// Problems with one rendered card, as a browser's parser reads it (empty when safe).
/// `jsonLd`: whether one JSON-LD script is expected.
export function checkCard(html, { jsonLd }) {
  const problems = [];
  let scripts = 0;
  const visit = (node) => {
    if (node.tagName !== undefined && node.nodeName !== '#text' && node.nodeName !== '#comment') {
      const tag = node.tagName;
      if (!VOCABULARY.has(tag) || node.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
        problems.push(`element <${tag}> (${node.namespaceURI}) outside the vocabulary`);
      }
      for (const { name, value } of node.attrs) {
        const lower = name.toLowerCase();
        if (lower.startsWith('on')) problems.push(`<${tag} ${name}="${value}">: event handler attribute`);
        if (lower === 'style') problems.push(`<${tag} style>: style attribute`);
        if (lower === 'srcdoc') problems.push(`<${tag} srcdoc>`);
        if (URL_ATTRIBUTES.has(lower)) {
          const scheme = schemeOf(value);
          if (scheme !== null && !ALLOWED_SCHEMES.has(scheme)) problems.push(`<${tag} ${name}="${value}">: scheme ${scheme}:`);
          if (lower === 'srcset' || lower === 'data' || lower === 'ping' || lower === 'background' || lower === 'formaction' || lower === 'action') {
            problems.push(`<${tag} ${name}>: attribute the renderer never writes`);
          }
        }
      }
      if (tag === 'script') {
        scripts += 1;
        const type = node.attrs.find((a) => a.name === 'type')?.value;
        const content = node.childNodes.map((c) => c.value ?? '').join('');
        if (type !== 'application/ld+json') problems.push(`<script type=${type}>`);
        else if (!jsonLd) problems.push('JSON-LD script although jsonLd is off');
        try {
          const data = JSON.parse(content);
          if (data['@type'] !== 'NewsArticle') problems.push('JSON-LD is not a NewsArticle');
          for (const url of jsonLdUrls(data)) {
            const scheme = schemeOf(url);
            if (scheme !== null && !ALLOWED_SCHEMES.has(scheme)) problems.push(`JSON-LD URL ${url}: scheme ${scheme}:`);
          }
        } catch (e) {
          problems.push(`JSON-LD does not parse: ${e.message}: ${content.slice(0, 200)}`);
        }
        if (/[\u2028\u2029]/.test(content)) problems.push('raw U+2028/U+2029 in JSON-LD');
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);  // <template>
  };
  visit(parseFragment(html));
  if (jsonLd && scripts !== 1) problems.push(`${scripts} scripts, expected one JSON-LD`);
  if (!jsonLd && scripts !== 0) problems.push(`${scripts} scripts, expected none`);
  return problems;
}
