// The input switch: the editor holds an article's JSON (the default) or a text scraped from a
// news site, which the package imports before rendering (`renderArticle(text, { from: 'text' })`).
// In plain-text mode the import notes (`import.*`, severity info) point into the text, so the
// diagnostics list and the editor marks show where each guess was read.
import { $ } from './dom.js';
import { replaceDocument, setEditorLanguage } from './editor.js';
import { state } from './state.js';

export const INPUTS = Object.freeze(['json', 'text']);

const TITLES = { json: 'Article JSON', text: 'Scraped plain text' };

const input = { mode: 'json', saved: { json: '', text: '' }, sample: '' };

/** 'json' or 'text'. */
export const inputMode = () => input.mode;

/** `renderArticle` options for the current input: plain text is imported first. */
export function inputOptions(options) {
  if (input.mode !== 'text') return options;
  // The text has no year; the demo dates its datelines in the current one.
  return { ...options, from: 'text', meta: { year: new Date().getFullYear() } };
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

/** Switches the editor to `mode`, keeping each mode's text for the way back; `onSwitch` renders. */
export function setInputMode(mode, onSwitch) {
  if (!INPUTS.includes(mode) || mode === input.mode) return;
  input.saved[input.mode] = state.editor.state.doc.toString();
  input.mode = mode;
  $('#editor-title').textContent = TITLES[mode];
  $('#example').disabled = mode === 'text';
  for (const radio of document.querySelectorAll('input[name="input"]')) radio.checked = radio.value === mode;
  setEditorLanguage(state.editor, mode);
  state.replacing = true;
  replaceDocument(state.editor, input.saved[mode] || (mode === 'text' ? input.sample : ''));
  state.replacing = false;
  onSwitch();
}

/** Wires the JSON · Plain text radios. */
export function setupInputSwitch(onSwitch) {
  $('#input-switch').addEventListener('change', (event) => setInputMode(event.target.value, onSwitch));
}
