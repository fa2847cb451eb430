// Minimal loader (the full wrapper arrives with the npm-package work): init() once, then
// synchronous calls that return plain objects.
import createVerstkaModule from './verstka-core.mjs';

let instance = null;
let pending = null;

export async function init(options = {}) {
  if (instance) return;
  if (!pending) {
    const moduleOptions = {};
    if (options.wasmBinary) moduleOptions.wasmBinary = options.wasmBinary;
    pending = createVerstkaModule(moduleOptions).then(
      (m) => { instance = m; },
      (error) => { pending = null; throw error; },
    );
  }
  return pending;
}

function core() {
  if (!instance) throw new Error('verstka: call `await init()` first');
  return instance;
}

export function renderArticle(article, options = {}) {
  const json = typeof article === 'string' ? article : JSON.stringify(article);
  return core().renderArticle(json, options);
}

export function validateArticle(article, options = {}) {
  const json = typeof article === 'string' ? article : JSON.stringify(article);
  return core().validateArticle(json, options);
}

export function typograph(text, options = {}) {
  return core().typograph(text, options);
}

export function typographyRules() {
  return core().typographyRules();
}

export function version() {
  return core().version();
}
