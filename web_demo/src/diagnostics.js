// The diagnostics list: each diagnostic with its place (line:column from the engine, or from
// its JSON Pointer), a button that moves the editor there, and the same as editor lint marks.
// In Editor.js mode the place is the block the pointer names (`/blocks/3/…` → block 4).
import { $, h } from './dom.js';
import { moveCursor, showLint } from './editor.js';
import { blockOfPath, focusBlock } from './editorjs.js';
import { inputMode } from './input.js';
import { locatePointer, offsetOfLineColumn } from './json_pointer.js';
import { state } from './state.js';

/** The editor range of a diagnostic: {from, to, line, column}. */
function diagnosticRange(d, text) {
  if (d.line > 0) {
    const from = offsetOfLineColumn(text, d.line, d.column > 0 ? d.column : 1);
    // When the engine's place is where the pointer's value starts, the whole value is the range.
    const value = d.path ? locatePointer(text, d.path) : null;
    const to = value && value.exact && value.from === from ? value.to : from;
    return { from, to, line: d.line, column: d.column > 0 ? d.column : 1 };
  }
  if (typeof d.path === 'string') {
    const found = locatePointer(text, d.path);
    const before = text.slice(0, found.from);
    const line = before.split('\n').length;
    const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
    return { from: found.from, to: found.to, line, column };
  }
  return { from: 0, to: 0, line: 1, column: 1 };
}

// Live regions are touched only when the wording changes, so typing is not read out.
function setText(element, text) {
  if (element.textContent !== text) element.textContent = text;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function diagnosticItem(d, index, range) {
  const where = `${range.line}:${range.column}`;
  return h('li', {}, h('button', {
    type: 'button',
    className: `diag diag--${d.severity}`,
    dataset: { index: String(index), line: String(range.line), column: String(range.column) },
    'aria-label': `${d.severity} ${d.code} at line ${range.line}, column ${range.column}: ${d.message}. Path ${d.path || 'document'}. Go to the place in the editor.`,
    onClick: () => moveCursor(state.editor, range.from, range.to),
  },
  h('span', { className: 'diag__severity' }, d.severity),
  h('span', { className: 'diag__where' }, where),
  ...details(d)));
}

// An Editor.js document's diagnostic: its block, and a button that puts the caret there.
function blockItem(d, index) {
  const block = blockOfPath(d.path);
  // The renderer's notes point into the imported article (`/body/…`), not at a block.
  const where = block >= 0 ? `block ${block + 1}` : (d.path || '').startsWith('/body') ? 'article' : 'document';
  return h('li', {}, h('button', {
    type: 'button',
    className: `diag diag--${d.severity}`,
    dataset: { index: String(index), block: String(block) },
    'aria-label': `${d.severity} ${d.code} in ${where}: ${d.message}. Path ${d.path || 'document'}. Go to the block in the editor.`,
    onClick: () => focusBlock(Math.max(0, block)),
  },
  h('span', { className: 'diag__severity' }, d.severity),
  h('span', { className: 'diag__where' }, where),
  ...details(d)));
}

const details = (d) => [
  h('code', { className: 'diag__code' }, d.code),
  h('span', { className: 'diag__message' }, d.message),
  h('code', { className: 'diag__path' }, d.path || '(document)'),
];

/** Shows `diagnostics` of the article `text` in the list, the counters and the editor. */
export function showDiagnostics(diagnostics, text) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  setText($('#diag-count'), diagnostics.length ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : 'none');
  $('#diag-count').dataset.errors = String(errors);
  setText($('#json-state'), errors ? plural(errors, 'error') : 'valid');
  $('#json-state').className = errors ? 'pill pill--error' : 'pill pill--ok';

  const items = [];
  const lint = [];
  if (!diagnostics.length) items.push(h('li', { className: 'diag diag--empty' }, 'No problems: the article is valid.'));
  if (inputMode() === 'editorjs') {
    // Editor.js shows no marks; its blocks are the places.
    $('#diagnostics').replaceChildren(...items, ...diagnostics.map(blockItem));
    return;
  }
  diagnostics.forEach((d, index) => {
    const range = diagnosticRange(d, text);
    const end = range.to > range.from ? range.to : Math.min(text.length, range.from + 1);
    lint.push({ from: range.from, to: Math.max(end, range.from), severity: d.severity === 'error' ? 'error' : 'warning', message: `${d.code}: ${d.message}` });
    items.push(diagnosticItem(d, index, range));
  });
  $('#diagnostics').replaceChildren(...items);
  try { showLint(state.editor, lint); } catch { /* lint marks are a nicety */ }
}
