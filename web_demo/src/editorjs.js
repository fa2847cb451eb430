// Editor.js mode: a real Editor.js in place of the code editor. It starts (on first use, from
// its own chunk) with the seed article as Editor.js blocks; every edit is saved and the saved
// document is what the page renders with `renderArticle(data, { from: 'editorjs', meta })`.
// The instance lives on while another mode is shown, so switching back finds the edits.
import { $ } from './dom.js';
import { editorJsFromArticle } from './editorjs_seed.js';
import { state } from './state.js';

let saves = 0;  // the number of the latest save asked for: an older one's result is stale

async function save(onChange) {
  const ticket = ++saves;
  const data = await state.editorjs.editor.save();
  if (ticket !== saves) return;
  state.editorjs.data = data;
  onChange();
}

async function mount(onChange) {
  const { startEditorJs } = await import('./editorjs_tools.js');
  const seed = editorJsFromArticle(JSON.parse(state.examples[0].json));
  state.editorjs.meta = seed.meta;
  state.editorjs.data = seed.document;
  const editor = await startEditorJs($('#editorjs'), seed.document, () => {
    save(onChange).catch((error) => console.warn('Editor.js could not save', error));
  });
  state.editorjs.editor = editor;
  state.editorjs.data = await editor.save();
}

/**
 * Shows Editor.js, starting it on first use; `onChange()` runs after each edit is saved.
 * Rejects when the chunk cannot be loaded (the caller reports it).
 */
export function showEditorJs(onChange) {
  if (!state.editorjs.ready) {
    state.editorjs.ready = mount(onChange).catch((error) => {
      state.editorjs.ready = null;  // the next switch tries again
      throw error;
    });
  }
  return state.editorjs.ready;
}

/** The saved Editor.js document as JSON text, the input the page renders in this mode. */
export const editorJsSource = () => JSON.stringify(state.editorjs.data || { blocks: [] });

/** The block index of a diagnostic's JSON Pointer (`/blocks/3/data/text` → 3), or -1. */
export function blockOfPath(path) {
  const match = /^\/blocks\/(\d+)(?:\/|$)/.exec(path || '');
  return match ? Number(match[1]) : -1;
}

/**
 * Puts the caret into the editor's block that was block `index` of the saved document (found by
 * its id: Editor.js leaves empty blocks out of what it saves), scrolled into view.
 */
export function focusBlock(index) {
  const { editor, data } = state.editorjs;
  if (!editor || !editor.blocks.getBlocksCount()) return;
  const id = data && data.blocks && data.blocks[index] && data.blocks[index].id;
  const found = id ? editor.blocks.getBlockIndex(id) : undefined;
  const at = Number.isInteger(found) && found >= 0 ? found : Math.max(0, Math.min(index, editor.blocks.getBlocksCount() - 1));
  editor.caret.setToBlock(at, 'start');
  editor.blocks.getBlockByIndex(at)?.holder.scrollIntoView({ block: 'center' });
}
