// Node entry (the "node" export condition): the .wasm is read from disk next to this file.
// Node's fetch() cannot load file paths, so locations are read with fs unless they are http(s).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { makeInit, makeInitSync } from './core.js';

const WASM = new URL('./verstka.wasm', import.meta.url);

function fetchLocation(location) {
  const text = String(location);
  if (/^https?:/i.test(text)) return fetch(text);
  // A file: URL or a plain path (relative to the working directory, as fs reads it).
  return readFile(/^file:/i.test(text) ? new URL(text) : text);
}

export const init = makeInit(() => WASM, fetchLocation);
export const initSync = makeInitSync(() => readFileSync(WASM));
export { renderArticle, validateArticle, typograph, typographyRules, version } from './core.js';
export { fromEditorJs } from './core.js';
