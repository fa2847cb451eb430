// Node entry (the "node" export condition; also Deno's and Bun's): the .wasm is read from disk
// next to this file. Node's fetch() cannot load file paths, so locations are read with fs unless
// they are http(s).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { makeInit, makeInitSync } from './core.js';

const WASM = new URL('./verstka.wasm', import.meta.url);

// A bundle (bun build, esbuild, a serverless packager) moves this module away from its .wasm:
// say which file was looked for and the ways to ship it, not a bare ENOENT.
function explainMissing(error) {
  if (error?.code !== 'ENOENT') return error;
  const path = WASM.protocol === 'file:' ? fileURLToPath(WASM) : String(WASM);
  return new Error(`verstka: the WebAssembly module is not at ${path}, next to the code that loads it (in a bundle, ` +
                   'next to the bundle). Copy node_modules/verstka/dist/verstka.wasm there (esbuild, bun build and ' +
                   'serverless packagers do not), or pass it: await init({ wasm: pathOrBytes }), or import from ' +
                   "'verstka/inline', which embeds it", { cause: error });
}

function fetchLocation(location) {
  const text = String(location);
  if (/^https?:/i.test(text)) return fetch(text);
  // A file: URL or a plain path (relative to the working directory, as fs reads it).
  return readFile(/^file:/i.test(text) ? new URL(text) : text);
}

export const init = makeInit(() => readFile(WASM).catch((error) => { throw explainMissing(error); }), fetchLocation);
export const initSync = makeInitSync(() => {
  try {
    return readFileSync(WASM);
  } catch (error) {
    throw explainMissing(error);
  }
});
export { renderArticle, validateArticle, typograph, typographRuns, hyphenate, initHyphenation, typographyRules, version, fromText, fromEditorJs } from './core.js';
