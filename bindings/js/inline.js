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

export const init = makeInit(decode, fetchLocation);
export const initSync = makeInitSync(decode);
export { renderArticle, validateArticle, typograph, typographyRules, version } from './core.js';
export { fromEditorJs } from './core.js';
