// The "verstka/inline" entry: the .wasm travels inside the JS (base64, generated at build), for
// setups that cannot serve or locate a separate asset. Costs about a third more bytes; allows
// initSync() with no argument.
import { makeInit, makeInitSync } from './core.js';
import base64 from './verstka-wasm-inline.js';

let bytes = null;

function decode() {
  if (!bytes) {
    if (typeof Uint8Array.fromBase64 === 'function') {
      bytes = Uint8Array.fromBase64(base64);
    } else {
      const binary = atob(base64);
      bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
    }
  }
  return bytes;
}

function fetchLocation(location) {
  return fetch(location, { credentials: 'same-origin' });
}

// Edge runtimes (Cloudflare Workers, workerd) compile WebAssembly only from modules uploaded
// with the worker, never from bytes: say what works there instead of V8's words.
function explain(error) {
  if (!(error instanceof WebAssembly.CompileError) || !/disallowed by embedder/i.test(error.message)) return error;
  return new Error('verstka: this runtime does not compile WebAssembly from bytes at run time (Cloudflare Workers, ' +
                   "workerd), so verstka/inline cannot work here. Import the module the platform's way and pass " +
                   "it compiled: import wasm from 'verstka/verstka.wasm'; await init({ wasm })", { cause: error });
}

const initAny = makeInit(decode, fetchLocation);
const initSyncAny = makeInitSync(decode);

export function init(options) {
  return initAny(options).catch((error) => { throw explain(error); });
}

export function initSync(source) {
  try {
    initSyncAny(source);
  } catch (error) {
    throw explain(error);
  }
}
export { renderArticle, validateArticle, typograph, typographRuns, hyphenate, initHyphenation, typographyRules, version, fromText, fromEditorJs } from './core.js';
