// The page's actions: copy, download, permalinks, examples, and the toast that reports them.
import { $, h } from './dom.js';
import { replaceDocument } from './editor.js';
import { inputArticleJson, showJsonInput } from './input.js';
import { decodeState, encodeState } from './permalink.js';
import { standalonePage } from './standalone.js';
import { DEFAULTS, pickSettings, state } from './state.js';

let toastTimer = 0;
/** Shows `message` for a moment. */
export function toast(message) {
  const box = $('#toast');
  box.textContent = message;
  box.classList.add('is-visible');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => box.classList.remove('is-visible'), 2600);
}

/** Copies `text`, then toasts `done` (or the browser's refusal). */
export async function copyText(text, done) {
  try {
    await navigator.clipboard.writeText(text);
    toast(done);
    return true;
  } catch {
    toast('The browser refused clipboard access');
    return false;
  }
}

// A field of the last rendered article; for an imported input (whose text is no article),
// of the current import.
function articleField(name, fallback) {
  for (const text of [state.last.text, inputArticleJson()]) {
    try {
      const value = JSON.parse(text)[name];
      if (value) return String(value);
    } catch { /* not an article */ }
  }
  return fallback;
}

/** Downloads the last card as a standalone page. */
export function downloadHtml() {
  if (!state.last) return;
  const page = standalonePage({ html: state.last.html, css: state.cardCss, title: articleField('title', 'verstka card'), theme: state.settings.theme });
  const url = URL.createObjectURL(new Blob([page], { type: 'text/html;charset=utf-8' }));
  const link = h('a', { href: url, download: `${articleField('id', 'card').replace(/[^\w.-]+/g, '-')}.html` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  toast(`Downloaded ${link.download}`);
}

/**
 * Puts the article (as JSON: an Editor.js document or a text goes in imported) and the settings
 * into the URL hash, shows and copies the link.
 */
export async function makePermalink() {
  const hash = await encodeState({ v: 1, article: inputArticleJson(), settings: { ...state.settings } });
  history.replaceState(null, '', hash);
  const url = location.href;
  $('#permalink-url').value = url;
  $('#permalink-box').hidden = false;
  $('#permalink-url').select();
  await copyText(url, 'Permalink copied');
  return url;
}

/** Restores the article and the settings of a permalink hash; false when there is none. */
export async function restorePermalink() {
  const saved = await decodeState(location.hash);
  if (!saved || typeof saved.article !== 'string') return false;
  Object.assign(state.settings, DEFAULTS, pickSettings(saved.settings));
  showJsonInput();
  setDocument(saved.article);
  $('#example').value = state.examples.find((e) => e.json === saved.article)?.id || '';
  return true;
}

/** Replaces the editor's text without counting it as an edit. */
export function setDocument(text) {
  state.replacing = true;
  try { replaceDocument(state.editor, text); } finally { state.replacing = false; }
}

/** Loads the example `id` into the editor; false when there is no such example. */
export function loadExample(id) {
  const example = state.examples.find((e) => e.id === id);
  if (!example) return false;
  setDocument(example.json);
  $('#example').value = id;
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  return true;
}

/** The example menu: "Your article" (chosen once the text is edited), then every example. */
export function fillExamples() {
  $('#example').append(
    h('option', { value: '', disabled: true }, 'Your article'),
    ...state.examples.map((example, index) => h('option', { value: example.id, title: example.title || null },
      index === 0 ? `${example.id} (seed)` : example.id)));
}
