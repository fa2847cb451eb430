// "Show the typography": makes the engine's invisible work visible. Works on the DOM after
// rendering (a TreeWalker over text nodes), wrapping characters in spans built with
// createElement — the card's markup is never re-assembled from strings.
import { diffChars } from './diff.js';

export const INVISIBLE = {
  '\u00A0': ['nbsp', 'no-break space'],
  '\u202F': ['nnbsp', 'narrow no-break space'],
  '\u2009': ['thin', 'thin space'],
  '\u200A': ['thin', 'hair space'],
  '\u2007': ['thin', 'figure space'],
  '\u00AD': ['shy', 'soft hyphen'],
};

const GLYPH_NAMES = {
  '«': 'opening quote «', '»': 'closing quote »', '„': 'inner opening quote „', '“': 'inner closing quote “',
  '”': 'closing quote ”', '‘': 'opening quote ‘', '’': 'apostrophe ’', '—': 'em dash', '–': 'en dash',
  '−': 'minus sign', '…': 'ellipsis', '№': 'numero sign', '×': 'multiplication sign', '″': 'double prime',
};

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

export function textNodes(root) {
  const nodes = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let p = node.parentNode; p && p !== root; p = p.parentNode) {
        if (SKIP.has(p.nodeName)) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  return nodes;
}

/// The kind of mark for each character: an invisible character always, an inserted or
/// replaced character when `changed` says so.
export function classify(text, changed) {
  const kinds = new Array(text.length).fill(null);
  for (let i = 0; i < text.length; i++) {
    const invisible = INVISIBLE[text[i]];
    if (invisible) kinds[i] = invisible[0];
    else if (changed && changed[i] && text[i].trim() !== '') kinds[i] = 'changed';
    else if (changed && changed[i]) kinds[i] = 'space';
  }
  return kinds;
}

function describe(kind, ch) {
  if (INVISIBLE[ch]) return INVISIBLE[ch][1];
  if (kind === 'space') return 'space added';
  return `changed: ${GLYPH_NAMES[ch] || `“${ch}”`}`;
}

/// Fills `parent` with `text`, wrapping marked characters in <span class="vkd-mark vkd-KIND">.
/// Runs of the same kind share a span (except invisible characters: one span each, so each
/// NBSP is visible on its own).
export function appendMarked(doc, parent, text, kinds, extraClass = '') {
  let i = 0;
  while (i < text.length) {
    const kind = kinds[i];
    let j = i + 1;
    if (kind === null || kind === 'changed' || kind === 'space' || kind === 'removed') {
      while (j < text.length && kinds[j] === kind) j++;
    }
    const chunk = text.slice(i, j);
    if (kind === null) {
      parent.appendChild(doc.createTextNode(chunk));
    } else {
      const span = doc.createElement('span');
      span.className = `vkd-mark vkd-${kind}${extraClass ? ` ${extraClass}` : ''}`;
      span.title = kind === 'removed' ? 'removed' : describe(kind, chunk[0]);
      span.textContent = chunk;
      parent.appendChild(span);
    }
    i = j;
  }
}

/// Marks the typography of the rendered card `root`. `baseline` is the same article rendered
/// without typography (a detached element): when its text nodes line up with the card's,
/// inserted or replaced quotes and dashes are highlighted too. Returns counts per kind.
export function markTypography(root, baseline) {
  const doc = root.ownerDocument;
  const nodes = textNodes(root);
  const before = baseline ? textNodes(baseline) : [];
  const aligned = before.length === nodes.length;
  const counts = { nbsp: 0, nnbsp: 0, thin: 0, shy: 0, changed: 0, space: 0 };
  nodes.forEach((node, index) => {
    const text = node.data;
    const changed = aligned ? diffChars(before[index].data, text).added : null;
    const kinds = classify(text, changed);
    if (!kinds.some((k) => k !== null)) return;
    let run = null;
    for (const k of kinds) {
      if (k !== run && k !== null) counts[k]++;
      run = k === 'changed' || k === 'space' ? k : null;
    }
    const fragment = doc.createDocumentFragment();
    appendMarked(doc, fragment, text, kinds);
    node.parentNode.replaceChild(fragment, node);
  });
  return { counts, aligned };
}

/// CSS for the marks, adopted by the preview's shadow root and by the before/after view.
export const MARKS_CSS = `
.vkd-mark { border-radius: 2px; }
.vkd-nbsp, .vkd-nnbsp { background: var(--vkd-nbsp, rgba(37, 99, 235, .22)); box-shadow: inset 0 -2px 0 var(--vkd-nbsp-line, rgba(37, 99, 235, .85)); }
.vkd-nnbsp, .vkd-thin { background: var(--vkd-thin, rgba(13, 148, 136, .25)); box-shadow: inset 0 -2px 0 var(--vkd-thin-line, rgba(13, 148, 136, .9)); }
.vkd-shy { position: relative; }
.vkd-shy::after { content: ""; position: absolute; left: -1px; top: .1em; bottom: .1em; width: 2px; border-radius: 1px; background: var(--vkd-shy, rgba(219, 39, 119, .75)); }
.vkd-changed { background: var(--vkd-changed, rgba(234, 179, 8, .38)); box-shadow: 0 0 0 1px var(--vkd-changed-line, rgba(202, 138, 4, .6)); }
.vkd-space { background: var(--vkd-changed, rgba(234, 179, 8, .38)); }
.vkd-removed { background: var(--vkd-removed, rgba(220, 38, 38, .16)); color: var(--vkd-removed-text, #9f1239); text-decoration: line-through; text-decoration-thickness: 1px; }
`;
