// The demo's calls into the package. The package never throws for bad articles; a throw here
// is a bug (or a crashed instance, which the package rebuilds on the next call): it is shown
// like a diagnostic and the page keeps going.
import { fromEditorJs, fromText, renderArticle, typograph } from 'verstka';

/** `renderArticle`, with an exception turned into a `demo.exception` diagnostic. */
export function safeRender(text, options) {
  try {
    return renderArticle(text, options);
  } catch (error) {
    console.warn(error);
    const message = String(error && error.message ? error.message : error);
    return { ok: false, html: '', diagnostics: [{ severity: 'error', code: 'demo.exception', message, path: '', line: 0, column: 0 }] };
  }
}

/** One plain-text field typeset with the rules not in `disable`; the source itself on failure. */
export function typesetField(source, disable) {
  try {
    return typograph(source, { html: false, entities: false, disable }).text;
  } catch (error) {
    console.warn(error);
    return source;
  }
}

/** The article object an imported input (`from: 'text' | 'editorjs'`) makes; null when it does not. */
export function importedArticle(source, { from, meta }) {
  try {
    const imported = from === 'editorjs' ? fromEditorJs(source, meta) : fromText(source, meta);
    return imported.ok ? imported.article : null;
  } catch (error) {
    console.warn(error);
    return null;
  }
}
