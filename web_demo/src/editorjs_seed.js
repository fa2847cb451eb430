// The document Editor.js mode starts with, made from the seed article (examples/): its title
// as a level-1 header and its body as Editor.js blocks. What Editor.js does not hold (lead,
// date, rubric, cover, source, links …) becomes the `meta` that the import merges over the
// document, so the first card of the mode is the seed's own card.

// Editor.js text fields are HTML: the article's text goes in escaped.
const html = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The seed's blocks and their Editor.js counterparts (the tools the demo loads). Inline
// CommonMark is not converted: the seed's text has none.
const BLOCKS = {
  paragraph: (b) => ({ type: 'paragraph', data: { text: html(b.text) } }),
  heading: (b) => ({ type: 'header', data: { text: html(b.text), level: Math.min(4, Math.max(2, b.level || 2)) } }),
  quote: (b) => ({ type: 'quote', data: { text: html(b.text), caption: html(b.author || ''), alignment: 'left' } }),
  list: (b) => ({
    type: 'list',
    data: { style: b.ordered ? 'ordered' : 'unordered', meta: {}, items: b.items.map((item) => ({ content: html(item), meta: {}, items: [] })) },
  }),
  divider: () => ({ type: 'delimiter', data: {} }),
};

/** `{ document, meta }` for an article object: the Editor.js document and the rest of it. */
export function editorJsFromArticle(article) {
  const { v, title, body = [], ...meta } = article;
  const blocks = [{ type: 'header', data: { text: html(title || ''), level: 1 } }];
  for (const block of body) {
    const convert = BLOCKS[block.type];
    if (convert) blocks.push(convert(block));
  }
  return { document: { blocks }, meta };
}
