// Browser and bundler entry (the "browser" and "default" export conditions): the .wasm is
// fetched from next to this module with streaming compilation. Bundlers (Vite, webpack 5,
// Rollup, esbuild with a loader) see the `new URL(…, import.meta.url)` below and emit the file.
import { makeInit, makeInitImport, makeInitSync } from './core.js';

// Edge runtimes (workerd) give no module URL to find the file from.
const recipe = (init, file) => `pass ${init}({ wasm }): a WebAssembly.Module (Workers: import wasm from 'verstka/${file}'), bytes or a URL`;
const RECIPE = recipe('init', 'verstka.wasm');
const IMPORT_RECIPE = recipe('initImport', 'verstka-import.wasm');

// Each `new URL('./….wasm', import.meta.url)` is written out: that is the form bundlers find.
function defaultLocation() {
  try {
    if (typeof fetch === 'function') return new URL('./verstka.wasm', import.meta.url);
  } catch {}
  throw new Error(`verstka: cannot load verstka.wasm here (import.meta.url ${import.meta.url}); ${RECIPE}`);
}

function defaultImportLocation() {
  try {
    if (typeof fetch === 'function') return new URL('./verstka-import.wasm', import.meta.url);
  } catch {}
  throw new Error(`verstka: cannot load verstka-import.wasm here (import.meta.url ${import.meta.url}); ${IMPORT_RECIPE}`);
}

function fetcher(howTo) {
  return (location) => fetch(location, { credentials: 'same-origin' }).catch((error) => {
    throw new Error(`verstka: cannot fetch ${location} (${error.message}); ${howTo}`, { cause: error });
  });
}

export const init = makeInit(defaultLocation, fetcher(RECIPE));
export const initImport = makeInitImport(defaultImportLocation, fetcher(IMPORT_RECIPE));
export const initSync = makeInitSync(() => {
  throw new TypeError('verstka: initSync() in a browser needs the .wasm bytes or a WebAssembly.Module ' +
                      '(or import from "verstka/inline", which embeds them)');
});
export { renderArticle, validateArticle, typograph, typographRuns, hyphenate, initHyphenation, typographyRules, version, fromText, fromEditorJs } from './core.js';
