// The JS pipeline people use today, producing the same card structure as verstka's `full`
// layout: marked for the CommonMark fields, typograf for Russian typography, sanitize-html
// over the result, template literals for the markup. And, for reference, the same content as
// Portable Text rendered by @portabletext/to-html.
import { marked } from 'marked';
import Typograf from 'typograf';
import sanitizeHtml from 'sanitize-html';
import { toHTML } from '@portabletext/to-html';

const typograf = new Typograf({ locale: ['ru', 'en-US'] });
const dateFormat = new Intl.DateTimeFormat('ru-RU', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Moscow' });

const SANITIZE = {
  allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img', 'figure', 'figcaption', 'time', 'header', 'footer', 'nav', 'aside', 'cite']),
  allowedAttributes: { '*': ['class', 'lang', 'aria-label', 'data-article-id'], a: ['href', 'rel'], img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'], time: ['datetime'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
};

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const inline = (s) => typograf.execute(marked.parseInline(s ?? ''));
const plain = (s) => typograf.execute(escape(s ?? ''));

function figure(cls, image) {
  const caption = image.caption || image.credit
    ? `<figcaption class="vk-figure__caption">${image.caption ? `<span class="vk-figure__text">${inline(image.caption)}</span>` : ''}` +
      `${image.credit ? ` <span class="vk-figure__credit">${escape(image.creditPrefix ?? 'Фото')}: ${plain(image.credit)}</span>` : ''}</figcaption>`
    : '';
  const size = image.width ? ` width="${image.width}" height="${image.height}"` : '';
  return `<figure class="${cls} vk-figure"><img class="vk-figure__img" src="${escape(image.src)}" alt="${plain(image.alt)}"${size} loading="lazy" decoding="async">${caption}</figure>`;
}

function block(b) {
  switch (b.type) {
    case 'paragraph': return `<p class="vk-p">${inline(b.text)}</p>`;
    case 'heading': return `<h${b.level ?? 2} class="vk-h">${plain(b.text)}</h${b.level ?? 2}>`;
    case 'quote': return `<blockquote class="vk-quote"><p>${inline(b.text)}</p>${b.author ? `<footer><cite>${plain(b.author)}</cite>${b.role ? `, ${plain(b.role)}` : ''}</footer>` : ''}</blockquote>`;
    case 'image': return figure('vk-card__image', b);
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag} class="vk-list">${b.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${tag}>`;
    }
    case 'callout': return `<aside class="vk-callout">${b.title ? `<p class="vk-callout__title">${plain(b.title)}</p>` : ''}<p>${inline(b.text)}</p></aside>`;
    case 'embed': return `<figure class="vk-embed"><a class="vk-embed__link" href="${escape(b.url)}" rel="noopener noreferrer">${escape(b.provider)}</a>${b.caption ? `<figcaption>${inline(b.caption)}</figcaption>` : ''}</figure>`;
    case 'markdown': return `<div class="vk-md">${typograf.execute(marked.parse(b.text))}</div>`;
    case 'divider': return '<hr class="vk-divider">';
    default: return '';
  }
}

/// Renders one article (an object) into the card's HTML.
export function renderWithJsPipeline(a) {
  const date = a.published ? `<time class="vk-card__date" datetime="${escape(a.published)}">${dateFormat.format(new Date(a.published))}</time>` : '';
  const meta = [a.rubric && `<span class="vk-card__rubric">${plain(a.rubric)}</span>`, a.dateline && `<span class="vk-card__dateline">${plain(a.dateline)}</span>`, date,
                a.ageRating && `<span class="vk-card__age">${escape(a.ageRating)}</span>`].filter(Boolean).join(' ');
  const html = `<article class="vk-card vk-card--full" lang="ru" data-article-id="${escape(a.id ?? '')}">
<header class="vk-card__header">
<p class="vk-card__meta">${meta}</p>
<h1 class="vk-card__title">${plain(a.title)}</h1>
${a.lead ? `<p class="vk-card__lead">${inline(a.lead)}</p>` : ''}
</header>
${a.cover ? figure('vk-card__cover', a.cover) : ''}
<div class="vk-card__body">
${a.body.map(block).join('\n')}
</div>
<footer class="vk-card__footer">
${a.source ? `<p class="vk-card__source">Источник: <a href="${escape(a.source.url)}" rel="noopener noreferrer">${plain(a.source.name)}</a></p>` : ''}
${a.tags ? `<ul class="vk-card__tags">${a.tags.map((t) => `<li class="vk-tag">${plain(t)}</li>`).join('')}</ul>` : ''}
${a.links?.full ? `<nav class="vk-card__links"><a class="vk-card__more" href="${escape(a.links.full.url)}">${plain(a.links.full.label)}</a></nav>` : ''}
</footer>
</article>
`;
  return sanitizeHtml(html, SANITIZE);
}

/// The article as Portable Text blocks (converted once, outside the timed loop).
export function toPortableText(a) {
  let key = 0;
  const span = (text, marks = []) => ({ _type: 'span', _key: `s${key++}`, text, marks });
  const textBlock = (text, style = 'normal', extra = {}) => ({ _type: 'block', _key: `b${key++}`, style, markDefs: [], children: [span(text)], ...extra });
  const blocks = [textBlock(a.title, 'h1')];
  if (a.lead) blocks.push(textBlock(a.lead));
  for (const b of a.body) {
    if (b.type === 'heading') blocks.push(textBlock(b.text, `h${b.level ?? 2}`));
    else if (b.type === 'quote') blocks.push(textBlock(b.text, 'blockquote'));
    else if (b.type === 'list') for (const item of b.items) blocks.push(textBlock(item, 'normal', { listItem: b.ordered ? 'number' : 'bullet', level: 1 }));
    else if (typeof b.text === 'string') blocks.push(textBlock(b.text));
    else if (b.type === 'image') blocks.push({ _type: 'image', _key: `i${key++}`, src: b.src, alt: b.alt });
  }
  return blocks;
}

const portableComponents = {
  types: { image: ({ value }) => `<figure><img src="${escape(value.src)}" alt="${escape(value.alt ?? '')}"></figure>` },
};

export function renderPortableText(blocks) {
  return toHTML(blocks, { components: portableComponents });
}

export { typograf };
