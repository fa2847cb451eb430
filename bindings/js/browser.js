// Browser and bundler entry (the "browser" and "default" export conditions): the .wasm is
// fetched from next to this module with streaming compilation. Bundlers (Vite, webpack 5,
// Rollup, esbuild with a loader) see the `new URL(…, import.meta.url)` below and emit the file.
import { makeInit, makeInitSync } from './core.js';

// Edge runtimes (workerd) give no module URL to find the file from.
const RECIPE = "pass init({ wasm }): a WebAssembly.Module (Workers: import wasm from 'verstka/verstka.wasm'), bytes or a URL";

function defaultLocation() {
  try {
    if (typeof fetch === 'function') return new URL('./verstka.wasm', import.meta.url);
  } catch {}
  throw new Error(`verstka: cannot load verstka.wasm here (import.meta.url ${import.meta.url}); ${RECIPE}`);
}

function fetchLocation(location) {
  return fetch(location, { credentials: 'same-origin' }).catch((error) => {
    throw new Error(`verstka: cannot fetch ${location} (${error.message}); ${RECIPE}`, { cause: error });
  });
}

export const init = makeInit(defaultLocation, fetchLocation);
export const initSync = makeInitSync(() => {
  throw new TypeError('verstka: initSync() in a browser needs the .wasm bytes or a WebAssembly.Module ' +
                      '(or import from "verstka/inline", which embeds them)');
});
export { renderArticle, validateArticle, typograph, typographRuns, hyphenate, initHyphenation, typographyRules, version, fromText, fromEditorJs } from './core.js';
