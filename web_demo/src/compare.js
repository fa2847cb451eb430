// The "Before / after" view: every text field of the article, as written and as typeset.
import { $ } from './dom.js';
import { moveCursor } from './editor.js';
import { typesetField } from './engine.js';
import { inputArticleJson, inputMode } from './input.js';
import { locatePointer } from './json_pointer.js';
import { renderBeforeAfter } from './before_after.js';
import { disabledMasks, state } from './state.js';

/** Fills the before/after panel from the editor's article. */
export function showBeforeAfter() {
  const { settings, editor } = state;
  let article = null;
  try { article = JSON.parse(inputArticleJson()); } catch { article = null; }
  const summary = renderBeforeAfter($('#before-after'), article, {
    typeset: (source) => (settings.typography ? typesetField(source, disabledMasks(settings)) : source),
    changedOnly: $('#changed-only').checked,
    off: !settings.typography,
    // Only the JSON's fields have a place in the code editor.
    onJump: inputMode() !== 'json' ? null : (path) => {
      const found = locatePointer(editor.state.doc.toString(), path);
      moveCursor(editor, found.from, found.to);
    },
  });
  $('#diff-summary').textContent = article
    ? `${summary.changed} of ${summary.fields} text fields changed · ${summary.edits} edits${settings.typography ? '' : ' · typography is off'}`
    : (inputMode() === 'json' ? 'The JSON does not parse; fix it to compare.' : 'The input imports no article; see the diagnostics.');
}
