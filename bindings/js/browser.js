// Browser and bundler entry (the "browser" and "default" export conditions): the .wasm is
// fetched from next to this module with streaming compilation. Bundlers (Vite, webpack 5,
// Rollup, esbuild with a loader) see the `new URL(…, import.meta.url)` below and emit the file.
import { makeInit, makeInitSync } from './core.js';

function fetchLocation(location) {
  return fetch(location, { credentials: 'same-origin' });
}

export const init = makeInit(() => new URL('./verstka.wasm', import.meta.url), fetchLocation);
export const initSync = makeInitSync(() => {
  throw new TypeError('verstka: initSync() in a browser needs the .wasm bytes or a WebAssembly.Module ' +
                      '(or import from "verstka/inline", which embeds them)');
});
export { renderArticle, validateArticle, typograph, typographyRules, version } from './core.js';
export { fromEditorJs } from './core.js';
