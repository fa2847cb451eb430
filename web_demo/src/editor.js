// The JSON editor: CodeMirror 6 with JSON highlighting, bracket matching, folding, search and
// the engine's diagnostics as inline lint marks. Colours come from the page's CSS variables,
// so the editor follows the light/dark theme without being rebuilt.
import { EditorView, basicSetup } from 'codemirror';
import { Compartment, EditorState } from '@codemirror/state';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { setDiagnostics } from '@codemirror/lint';
import { tags } from '@lezer/highlight';
import { schemaCompletion } from './completion.js';

const highlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--syn-property)' },
  { tag: tags.string, color: 'var(--syn-string)' },
  { tag: tags.number, color: 'var(--syn-number)' },
  { tag: [tags.bool, tags.null], color: 'var(--syn-atom)', fontWeight: '600' },
  { tag: [tags.brace, tags.squareBracket, tags.separator, tags.punctuation], color: 'var(--syn-punctuation)' },
  { tag: tags.invalid, color: 'var(--error)' },
]);

const theme = EditorView.theme({
  '&': { height: '100%', color: 'var(--text)', backgroundColor: 'var(--panel)', fontSize: '13px' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.55' },
  '.cm-content': { caretColor: 'var(--accent)', padding: '8px 0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--accent)', borderLeftWidth: '2px' },
  '&.cm-focused': { outline: 'none' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--selection) !important' },
  '.cm-gutters': { backgroundColor: 'var(--panel-2)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)', color: 'var(--text)' },
  '.cm-matchingBracket, &.cm-focused .cm-matchingBracket': { backgroundColor: 'var(--bracket)', outline: '1px solid var(--accent)' },
  '.cm-nonmatchingBracket, &.cm-focused .cm-nonmatchingBracket': { backgroundColor: 'transparent', outline: '1px solid var(--error)' },
  '.cm-foldPlaceholder': { backgroundColor: 'var(--panel-2)', border: '1px solid var(--border)', color: 'var(--muted)' },
  '.cm-tooltip': { backgroundColor: 'var(--panel)', color: 'var(--text)', border: '1px solid var(--border)' },
  '.cm-panels': { backgroundColor: 'var(--panel-2)', color: 'var(--text)' },
  '.cm-searchMatch': { backgroundColor: 'var(--search-match)' },
  '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy var(--error)', textUnderlineOffset: '3px' },
  '.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: 'underline wavy var(--warning)', textUnderlineOffset: '3px' },
});

// The language part of the editor: JSON with schema completion, or nothing for plain text.
const language = new Compartment();
let jsonExtensions = [];

/// Switches the editor between JSON ('json') and plain text ('text').
export function setEditorLanguage(view, mode) {
  view.dispatch({ effects: language.reconfigure(mode === 'text' ? [] : jsonExtensions) });
}

/// Creates the editor in `parent`; `onChange(text)` runs after every document change.
/// `schema` (the article JSON Schema, optional) drives completion of keys and values.
export function createEditor(parent, doc, onChange, schema = null) {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        syntaxHighlighting(highlight),
        basicSetup,
        language.of((jsonExtensions = [json(), schema ? jsonLanguage.data.of({ autocomplete: schemaCompletion(schema) }) : []])),
        theme,
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'Article JSON', 'aria-describedby': 'editor-help' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}

export function replaceDocument(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 }, scrollIntoView: true });
}

/// Moves the cursor to `from` (selecting up to `to`, the cursor staying at `from`), scrolls
/// there and focuses the editor.
export function moveCursor(view, from, to = from) {
  const length = view.state.doc.length;
  const head = Math.max(0, Math.min(from, length));
  const anchor = Math.max(head, Math.min(to, length));
  view.dispatch({ selection: { anchor, head }, effects: EditorView.scrollIntoView(head, { y: 'center' }) });
  view.focus();
}

/// Shows diagnostics as underlines in the text; each item has {from, to, severity, message}.
export function showLint(view, items) {
  view.dispatch(setDiagnostics(view.state, items));
}
