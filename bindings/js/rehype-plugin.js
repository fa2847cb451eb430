// The rehype plugin behind `verstka/rehype`: typesets a hast tree paragraph by paragraph. The
// text nodes of one paragraph, across its inline elements (em, strong, a …), go to the engine
// together as runs, so quotes pair and non-breaking spaces land across markup; `code` (and kbd,
// samp) is a verbatim run, never changed; `pre`, `script`, `style`, `svg`, `math` are not
// entered. Any other element is a block: it ends the paragraph around it and has its own.
// The tree keeps its shape: only text node values change, and the serialiser escapes them.
import { typographRuns } from './core.js';

const PHRASING = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'mark', 'q', 's',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr',
]);
const VERBATIM = new Set(['code', 'kbd', 'samp']);
const SKIPPED = new Set(['pre', 'script', 'style', 'textarea', 'template', 'svg', 'math', 'noscript', 'iframe', 'object']);

const LEADING = /^\s+/;
const TRAILING = /\s+$/;

// A link whose text is its own address (an autolink) is shown as typed: verbatim.
function isAutolink(node) {
  const href = node.properties?.href;
  if (typeof href !== 'string' || node.children.length !== 1 || node.children[0].type !== 'text') return false;
  const text = node.children[0].value;
  return text === href || `mailto:${text}` === href;
}

/// Typesets `tree` in place; each diagnostic goes to `report(diagnostic, blockNode)`.
export function typesetTree(tree, options, report) {
  const block = (parent) => {
    let texts = [];  // the text nodes of the paragraph being collected, with their verbatim flags
    const flush = () => {
      if (texts.some(({ node, verbatim }) => !verbatim && node.value.trim() !== '')) {
        // The engine drops the paragraph's outer whitespace; the tree keeps it (newlines between
        // blocks, a space before a following element).
        const first = texts[0];
        const last = texts[texts.length - 1];
        const lead = first.verbatim ? '' : (first.node.value.match(LEADING)?.[0] ?? '');
        const trail = last.verbatim ? '' : (last.node.value.match(TRAILING)?.[0] ?? '');
        const { runs, diagnostics } = typographRuns(texts.map(({ node, verbatim }) => ({ text: node.value, verbatim })), options);
        runs.forEach((run, i) => { texts[i].node.value = run.text; });
        if (first === last) {
          first.node.value = lead + first.node.value + trail;
        } else {
          first.node.value = lead + first.node.value;
          last.node.value += trail;
        }
        for (const diagnostic of diagnostics) report(diagnostic, parent);
      }
      texts = [];
    };
    const inline = (node, verbatim) => {
      for (const child of node.children ?? []) {
        if (child.type === 'text') {
          texts.push({ node: child, verbatim });
        } else if (child.type === 'element') {
          const name = child.tagName;
          if (SKIPPED.has(name)) {
            flush();
          } else if (VERBATIM.has(name) || (name === 'a' && isAutolink(child))) {
            inline(child, true);
          } else if (PHRASING.has(name)) {
            inline(child, verbatim);
          } else {
            flush();
            block(child);
          }
        } else if (child.type === 'root') {
          flush();
          block(child);
        }
        // Comments, doctypes and raw nodes are neither text nor a boundary.
      }
    };
    inline(parent, false);
    flush();
  };
  block(tree);
}

/// `unified().use(rehypeVerstka, options)`, with `init` the entry's (node or browser) loader.
export function makeRehypeVerstka(init) {
  return function rehypeVerstka(options) {
    const { wasm, ...typography } = options ?? {};
    typographRuns([], typography);  // checks the options now, at .use() time
    return async function transformer(tree, file) {
      await init(wasm === undefined ? undefined : { wasm });
      typesetTree(tree, typography, (diagnostic, node) => {
        if (typeof file?.message === 'function') {
          file.message(diagnostic.message, { place: node.position, ruleId: diagnostic.code, source: 'verstka' });
        }
      });
    };
  };
}
