// The before/after view: every text field of the article as written and as typeset, side by
// side, with the differences marked (removed characters struck through on the left, inserted
// or replaced ones highlighted on the right, invisible characters made visible).
import { diffChars } from './diff.js';
import { appendMarked, classify } from './marks.js';

// Fields that hold prose; URLs, ids, dates and enum values are not typeset.
const TEXT_KEYS = new Set(['rubric', 'title', 'lead', 'dateline', 'text', 'caption', 'alt', 'credit',
  'author', 'role', 'label', 'name', 'items']);

function escapeToken(token) {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/// [{path, text}] for every prose string of the article, in document order.
export function textFields(article) {
  const out = [];
  const visit = (value, path, prose) => {
    if (typeof value === 'string') {
      if (prose && value.trim() !== '') out.push({ path, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}/${i}`, prose));
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        visit(child, `${path}/${escapeToken(key)}`, TEXT_KEYS.has(key) || (prose && key !== 'url'));
      }
    }
  };
  if (article && typeof article === 'object') {
    for (const [key, child] of Object.entries(article)) {
      if (key === 'tags' || key === 'body' || key === 'links' || key === 'cover' || key === 'authors' || key === 'source' || TEXT_KEYS.has(key)) {
        visit(child, `/${escapeToken(key)}`, TEXT_KEYS.has(key));
      }
    }
  }
  return out;
}

function cell(doc, className, text, kinds) {
  const div = doc.createElement('div');
  div.className = className;
  appendMarked(doc, div, text, kinds);
  return div;
}

export function renderBeforeAfter(panel, article, { typeset, changedOnly, onJump, off = false }) {
  const doc = panel.ownerDocument;
  panel.replaceChildren();
  const summary = { fields: 0, changed: 0, edits: 0 };
  if (!article) return summary;
  const rows = [];
  for (const field of textFields(article)) {
    summary.fields++;
    const after = typeset(field.text);
    if (after === field.text && changedOnly) continue;
    const { removed, added } = diffChars(field.text, after);
    let edits = 0;
    for (let i = 0; i < added.length; i++) if (added[i] && (i === 0 || !added[i - 1])) edits++;
    for (let i = 0; i < removed.length; i++) if (removed[i] && (i === 0 || !removed[i - 1])) edits++;
    if (after !== field.text) summary.changed++;
    summary.edits += edits;
    const row = doc.createElement('div');
    row.className = 'ba-row';
    row.setAttribute('role', 'listitem');
    const jump = doc.createElement('button');
    jump.type = 'button';
    jump.className = 'ba-path';
    jump.textContent = field.path;
    // An imported article's fields have no place in the input to jump to.
    if (onJump) {
      jump.title = 'Show this field in the editor';
      jump.addEventListener('click', () => onJump(field.path));
    } else {
      jump.disabled = true;
    }
    const beforeKinds = Array.from(removed, (r, i) => (r ? 'removed' : classify(field.text[i], null)[0]));
    const before = cell(doc, 'ba-text ba-text--before', field.text, beforeKinds);
    const after_ = cell(doc, 'ba-text ba-text--after', after, classify(after, added));
    before.setAttribute('aria-label', `Before: ${field.text}`);
    row.append(jump, before, after_);
    rows.push(row);
  }
  if (!rows.length) {
    const empty = doc.createElement('p');
    empty.className = 'muted ba-empty';
    empty.textContent = !summary.fields ? 'The article has no text fields.'
      : off ? 'Typography is off: switch it on to see what it changes.'
        : 'Typography changed nothing in this article.';
    panel.append(empty);
  }
  panel.append(...rows);
  return summary;
}
