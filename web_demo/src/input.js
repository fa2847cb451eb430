// The input switch: the code editor holds an article's JSON (the default) or a text scraped
// from a news site, or a real Editor.js holds blocks; the package imports the last two before
// rendering (`renderArticle(input, { from: 'text' | 'editorjs', meta })`). The import notes
// (`import.*`) point into the input, so the diagnostics list shows where each guess was read.
import { $ } from './dom.js';
import { replaceDocument, setEditorLanguage } from './editor.js';
import { editorJsSource, showEditorJs } from './editorjs.js';
import { importedArticle } from './engine.js';
import { state } from './state.js';

export const INPUTS = Object.freeze(['json', 'editorjs', 'text']);

const TITLES = { json: 'Article JSON', editorjs: 'Editor.js document', text: 'Scraped plain text' };

const input = { mode: 'json', saved: { json: '', text: '' }, sample: '' };

/** 'json', 'editorjs' or 'text'. */
export const inputMode = () => input.mode;

/** The current input as text: the code editor's, or the saved Editor.js document's JSON. */
export const inputSource = () => (input.mode === 'editorjs' ? editorJsSource() : state.editor.state.doc.toString());

/** `renderArticle` options for the current input: plain text and Editor.js are imported first. */
export function inputOptions(options) {
  if (input.mode === 'editorjs') return { ...options, from: 'editorjs', meta: state.editorjs.meta };
  if (input.mode !== 'text') return options;
  // The text has no year; the demo dates its datelines in the current one.
  return { ...options, from: 'text', meta: { year: new Date().getFullYear() } };
}

/**
 * The article the card shows, as JSON text: the code editor's in JSON mode, else the import's
 * (what a permalink carries and the before/after view lists); the input itself when the
 * import fails.
 */
export function inputArticleJson() {
  const source = inputSource();
  if (input.mode === 'json') return source;
  const article = importedArticle(source, inputOptions({}));
  return article ? JSON.stringify(article, null, 2) : source;
}

/** Loads the sample scraped text (the seed) that plain-text mode starts with. */
export async function loadSampleText() {
  try {
    const response = await fetch(new URL('./sample-text.txt', import.meta.url));
    input.sample = response.ok ? await response.text() : '';
  } catch {
    input.sample = '';
  }
}

function showMode(mode) {
  $('#editor-title').textContent = TITLES[mode];
  $('#example').disabled = mode !== 'json';
  for (const radio of document.querySelectorAll('input[name="input"]')) radio.checked = radio.value === mode;
  $('#editor').hidden = mode === 'editorjs';
  $('#editorjs-pane').hidden = mode !== 'editorjs';
}

/** Shows the code editor with JSON, the input a permalink's article is in (the caller renders). */
export function showJsonInput() {
  if (input.mode === 'json') return;
  if (input.mode !== 'editorjs') input.saved[input.mode] = state.editor.state.doc.toString();
  input.mode = 'json';
  showMode('json');
  setEditorLanguage(state.editor, 'json');
}

/**
 * Switches the input to `mode`, keeping each mode's input for the way back; `onSwitch` renders,
 * `onEdit` runs after each Editor.js edit. Editor.js starts on the first switch to it.
 */
export async function setInputMode(mode, { onSwitch, onEdit }) {
  if (!INPUTS.includes(mode) || mode === input.mode) return;
  const from = input.mode;
  if (from !== 'editorjs') input.saved[from] = state.editor.state.doc.toString();
  input.mode = mode;
  showMode(mode);
  if (mode === 'editorjs') {
    $('#editorjs-pane').setAttribute('aria-busy', 'true');
    try {
      await showEditorJs(() => input.mode === 'editorjs' && onEdit());
    } catch (error) {
      console.error(error);
      $('#fatal').textContent = `Editor.js could not start: ${error && error.message ? error.message : error}`;
      $('#fatal').hidden = false;
      if (input.mode === 'editorjs') await setInputMode(from, { onSwitch, onEdit });
      return;
    } finally {
      $('#editorjs-pane').removeAttribute('aria-busy');
    }
    if (input.mode !== 'editorjs') return;  // switched away while it started
  } else {
    setEditorLanguage(state.editor, mode);
    state.replacing = true;
    replaceDocument(state.editor, input.saved[mode] || (mode === 'text' ? input.sample : ''));
    state.replacing = false;
  }
  onSwitch();
}

/** Wires the JSON · Editor.js · Plain text radios. */
export function setupInputSwitch(handlers) {
  $('#input-switch').addEventListener('change', (event) => setInputMode(event.target.value, handlers));
}
