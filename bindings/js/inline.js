// The "verstka/inline" entry: the .wasm travels inside the JS (base64, generated at build), for
// setups that cannot serve or locate a separate asset. Costs about a third more bytes; allows
// initSync() with no argument. The importers' module travels the same way, in a module of its
// own that initImport() imports (bundlers split it off).
import { makeInit, makeInitImport, makeInitSync } from './core.js';
import base64 from './verstka-wasm-inline.js';

let bytes = null;

function fromBase64(text) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; ++i) out[i] = binary.charCodeAt(i);
  return out;
}

function decode() {
  bytes ??= fromBase64(base64);
  return bytes;
}

// Decoded for each load (a failed one is tried again); the text stays with its module.
async function decodeImport() {
  return fromBase64((await import('./verstka-import-wasm-inline.js')).default);
}

function fetchLocation(location) {
  return fetch(location, { credentials: 'same-origin' });
}

// Edge runtimes (Cloudflare Workers, workerd) compile WebAssembly only from modules uploaded
// with the worker, never from bytes: say what works there instead of V8's words.
function explain(error, init = 'init', file = 'verstka.wasm') {
  if (!(error instanceof WebAssembly.CompileError) || !/disallowed by embedder/i.test(error.message)) return error;
  return new Error('verstka: this runtime does not compile WebAssembly from bytes at run time (Cloudflare Workers, ' +
                   "workerd), so verstka/inline cannot work here. Import the module the platform's way and pass " +
                   `it compiled: import wasm from 'verstka/${file}'; await ${init}({ wasm })`, { cause: error });
}

const initAny = makeInit(decode, fetchLocation);
const initImportAny = makeInitImport(decodeImport, fetchLocation);
const initSyncAny = makeInitSync(decode);

export function init(options) {
  return initAny(options).catch((error) => { throw explain(error); });
}

export function initImport(options) {
  return initImportAny(options).catch((error) => { throw explain(error, 'initImport', 'verstka-import.wasm'); });
}

export function initSync(source) {
  try {
    initSyncAny(source);
  } catch (error) {
    throw explain(error);
  }
}
export { renderArticle, validateArticle, typograph, typographRuns, hyphenate, initHyphenation, typographyRules, version, fromText, fromEditorJs } from './core.js';
