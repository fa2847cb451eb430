// The half every entry point shares: one WebAssembly instance per JS realm and the synchronous
// API over it. The entries (node.js, browser.js, inline.js) only say where the .wasm comes from.
//
// Results are plain objects built by the C++ glue: there is no Embind handle to delete().
// Argument mistakes throw TypeError here, before anything crosses into wasm; bad articles come
// back as {ok: false, diagnostics}. A wasm trap (which only a bug can cause) drops the instance
// and the next call builds a fresh one from the already-compiled module.
import { OPTIONS } from './options.js';
import { packChoices, packFlags } from './protocol.js';
import createVerstkaModule from './verstka-core.mjs';

let core = null;      // the ready Emscripten module object
let compiled = null;  // the WebAssembly.Module behind it, kept to rebuild after a trap
let pending = null;   // the init() in progress, shared by concurrent callers

const noop = () => {};

// --- loading --------------------------------------------------------------------------------

function isBufferSource(value) {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

// Engines differ on which views WebAssembly.compile takes (V8 refuses a DataView): pass bytes.
function bytesOf(source) {
  return ArrayBuffer.isView(source) ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength) : source;
}

// Duck-typed: touching the global Response in Node loads its whole fetch implementation
// (about 15 ms), which a start-up that reads the .wasm from disk never needs.
function isResponse(value) {
  return value !== null && typeof value === 'object' && typeof value.arrayBuffer === 'function' &&
         typeof value.headers?.get === 'function' && typeof value.ok === 'boolean';
}

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `an object (${value.constructor?.name ?? 'no prototype'})`;
  return `a ${typeof value}`;
}

function checkWasmSource(wasm, where) {
  if (wasm instanceof WebAssembly.Module || isBufferSource(wasm) || isResponse(wasm)) return;
  if (typeof wasm === 'string' || wasm instanceof URL) return;
  if (wasm && typeof wasm.then === 'function') return;
  throw new TypeError(
    `verstka: ${where} expects a URL, string, Response, BufferSource or WebAssembly.Module, got ${describe(wasm)}`);
}

async function compileResponse(response) {
  if (!response.ok) {
    throw new Error(`verstka: cannot load the WebAssembly module from ${response.url || 'the response'}: HTTP ${response.status}`);
  }
  // Streaming compilation needs the right MIME type; servers that send another one still work,
  // through a buffer.
  const type = (response.headers.get('content-type') || '').split(';')[0].trim().toLowerCase();
  if (type === 'text/html') {
    // An SPA fallback page where the file should be: typically Vite's dev server after
    // pre-bundling moved the module away from its .wasm.
    throw new Error(`verstka: ${response.url || 'the server'} sent an HTML page instead of the WebAssembly module; ` +
                    "serve verstka.wasm next to the module (in Vite's dev server: optimizeDeps: { exclude: ['verstka'] }) " +
                    'or pass init({ wasm: url })');
  }
  if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

// Any accepted source → a compiled module. `fetchLocation` turns a URL or string into bytes or
// a Response: from disk in Node, with fetch() in browsers.
async function compile(source, fetchLocation) {
  source = await source;
  if (source instanceof WebAssembly.Module) return source;
  if (isBufferSource(source)) return WebAssembly.compile(bytesOf(source));
  if (isResponse(source)) return compileResponse(source);
  if (typeof source === 'string' || source instanceof URL) return compile(fetchLocation(source), fetchLocation);
  checkWasmSource(source, 'init({wasm})');  // a promise that resolved to something else
  throw new TypeError('verstka: unreachable');
}

function moduleArguments(instantiateWasm) {
  return { print: noop, printErr: noop, instantiateWasm };
}

function checkBindings(m) {
  if (typeof m.renderArticle !== 'function') {
    throw new Error('verstka: the WebAssembly module has no verstka bindings (wrong .wasm file?)');
  }
  return m;
}

// Emscripten's factory with our own instantiation: its instantiateWasm hook swallows errors, so
// they are caught here and reported by whoever waits.
function instantiateAsync(module) {
  return new Promise((resolve, reject) => {
    const args = moduleArguments((imports, receive) => {
      WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)).catch(reject);
      return {};
    });
    createVerstkaModule(args).then(() => resolve(checkBindings(args)), reject);
  });
}

// With a compiled module and a synchronous receive(), the factory finishes before it returns:
// the bindings are on `args` right away.
function instantiateSync(module) {
  let failure = null;
  const args = moduleArguments((imports, receive) => {
    try {
      receive(new WebAssembly.Instance(module, imports), module);
    } catch (error) {
      failure = error;
    }
    return {};
  });
  createVerstkaModule(args).catch(noop);
  if (failure) throw failure;
  return checkBindings(args);
}

// Instantiating an already-compiled module synchronously is several times faster than the
// async path (no extra turns through the event loop for Emscripten's start-up); engines that
// refuse it on the main thread get the async path.
async function instantiateFast(module) {
  try {
    return instantiateSync(module);
  } catch (error) {
    if (error instanceof RangeError) return instantiateAsync(module);
    throw error;
  }
}

function checkInitOptions(options, where) {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object' || isBufferSource(options) || options instanceof WebAssembly.Module ||
      options instanceof URL || isResponse(options)) {
    throw new TypeError(`verstka: ${where} expects an options object such as {wasm: url}, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (key !== 'wasm') throw new TypeError(`verstka: unknown ${where} option '${key}'`);
  }
  if (options.wasm !== undefined) checkWasmSource(options.wasm, `${where}({wasm})`);
  return options.wasm;
}

/// Builds an entry's init(): `defaultSource()` says where the .wasm is when the caller does not.
export function makeInit(defaultSource, fetchLocation) {
  return async function init(options) {
    const wasm = checkInitOptions(options, 'init');
    if (core || compiled) return;
    if (!pending) {
      pending = (async () => {
        const module = await compile(wasm !== undefined ? wasm : defaultSource(), fetchLocation);
        const ready = await instantiateFast(module);
        if (!core) {  // initSync() may have won the race
          compiled = module;
          core = ready;
        }
      })();
      pending.then(
        () => { pending = null; },
        () => { pending = null; });  // a failed attempt is forgotten: the next init() tries again
    }
    return pending;
  };
}

/// Builds an entry's initSync(): `defaultBytes()` gives the bytes when the caller passes none
/// (Node reads the file; the inline entry decodes them), or throws.
export function makeInitSync(defaultBytes) {
  return function initSync(source) {
    if (source !== undefined && !(source instanceof WebAssembly.Module) && !isBufferSource(source)) {
      throw new TypeError(`verstka: initSync expects a BufferSource or WebAssembly.Module, got ${describe(source)}`);
    }
    if (core || compiled) return;
    if (source === undefined) source = defaultBytes();
    const module = source instanceof WebAssembly.Module ? source : new WebAssembly.Module(bytesOf(source));
    core = instantiateSync(module);
    compiled = module;
  };
}

// --- calls ----------------------------------------------------------------------------------

function instance() {
  if (core) return core;
  if (compiled) return (core = instantiateSync(compiled));  // rebuilt after a trap
  throw new Error('verstka: not initialised; call `await init()` (or initSync()) first');
}

// The input text goes into wasm memory as UTF-8 through TextEncoder.encodeInto (native, and it
// turns lone surrogates into U+FFFD); the glue gets (pointer, length) and we free the buffer.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function allocate(m, bytes) {
  const address = m._malloc(bytes || 1);
  if (!address) throw new RangeError(`verstka: cannot allocate ${bytes} bytes of WebAssembly memory for the input`);
  return address;
}

function copyIn(m, text) {
  // Large texts are encoded to their exact size first: wasm memory never shrinks, so a 3×
  // reservation for a 50 MB string would stay allocated for the life of the page.
  if (typeof text === 'string' && text.length > 1 << 20) text = encoder.encode(text);
  if (typeof text !== 'string') {
    const address = allocate(m, text.length);
    m.HEAPU8.set(text, address);
    return [address, text.length];
  }
  const capacity = text.length * 3;  // a UTF-16 unit is at most 3 UTF-8 bytes
  const address = allocate(m, capacity);
  const { written } = encoder.encodeInto(text, m.HEAPU8.subarray(address, address + capacity));  // after malloc: it may grow the heap
  return [address, written];
}

// Runs `f` on the instance; a trap (only a bug can cause one) drops the instance, and the next
// call builds a fresh one from the compiled module.
function guarded(name, f) {
  const m = instance();
  try {
    return f(m);
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) {
      core = null;
      throw new Error(`verstka: ${name}() crashed the WebAssembly instance (a bug; please report it with the ` +
                      'input); the next call uses a fresh instance', { cause: error });
    }
    throw error;
  }
}

function call(name, ...args) {
  return guarded(name, (m) => m[name](...args));
}

// Copies `text` in, calls the glue with (pointer, length, ...args) and frees the copy.
function passText(m, name, text, args) {
  const [address, length] = copyIn(m, text);
  try {
    return m[name](address, length, ...args);
  } finally {
    m._free(address);
  }
}

function callWithText(name, text, ...args) {
  return guarded(name, (m) => passText(m, name, text, args));
}

// The C++ default of ParseOptions::max_input_bytes (tests/js/options.test.mjs holds them equal).
const DEFAULT_MAX_INPUT_BYTES = OPTIONS.validateArticle.maxInputBytes.default;

// An article over the byte limit is answered without copying it in: wasm memory never
// shrinks, so one 500 MB request would otherwise keep the instance at 500 MB for good. Its
// size is counted only when it may be over the limit, so a normal article costs nothing.
function callWithArticle(name, json, maxBytes, ...args) {
  return guarded(name, (m) => {
    const limit = maxBytes >= 0 ? maxBytes : DEFAULT_MAX_INPUT_BYTES;
    if (typeof json === 'string' ? json.length * 3 > limit : json.length > limit) {
      const bytes = typeof json === 'string' ? utf8Length(json) : json.length;
      if (bytes > limit) return m.inputTooLarge(bytes, limit, name === 'renderArticle');
    }
    return passText(m, name, json, [maxBytes, ...args]);
  });
}

// The length TextEncoder would give, without encoding: a lone surrogate becomes U+FFFD (3 bytes).
function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; ++i) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      ++i;
    } else bytes += 3;
  }
  return bytes;
}

// --- argument checks ------------------------------------------------------------------------

function fail(where, message) {
  throw new TypeError(`verstka: ${where}: ${message}`);
}

// One check per option type of the OPTIONS table (options.js).
const CHECKS = {
  boolean(where, key, v) {
    if (typeof v !== 'boolean') fail(where, `option '${key}' must be a boolean, got ${describe(v)}`);
  },
  choice(where, key, v, { values }) {
    if (!values.includes(v)) fail(where, `option '${key}' must be one of ${values.map((s) => `'${s}'`).join(', ')}, got ${typeof v === 'string' ? `'${v}'` : describe(v)}`);
  },
  integer(where, key, v, { min, max }) {
    if (!Number.isInteger(v) || v < min || v > max) fail(where, `option '${key}' must be an integer from ${min} to ${max}, got ${typeof v === 'number' ? v : describe(v)}`);
  },
  ruleIds(where, key, v) {
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string' && !s.includes('\n'))) {
      fail(where, `option '${key}' must be an array of rule ids (strings), got ${describe(v)}`);
    }
  },
  input(where, key, v, spec) {
    CHECKS.choice(where, key, v, spec);
  },
  meta(where, key, v) {
    if (v !== null && (typeof v !== 'object' || Array.isArray(v))) fail(where, `option '${key}' must be an object, got ${describe(v)}`);
  },
  ruleSwitches(where, key, v) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      fail(where, `option '${key}' must be an object such as {'nbsp/short-word': false}, got ${describe(v)}`);
    }
    for (const [id, on] of Object.entries(v)) {
      if (typeof on !== 'boolean') fail(where, `option '${key}': '${id}' must be true or false, got ${describe(on)}`);
    }
  },
};

// Checks an options object against its function's entry in OPTIONS and returns what the glue
// reads: only known keys with defined values; `rules` folded into the enable/disable lists.
function options(where, given) {
  const out = {};
  if (given === undefined || given === null) return out;
  if (typeof given !== 'object' || Array.isArray(given)) fail(where, `options must be an object, got ${describe(given)}`);
  const specs = OPTIONS[where];
  for (const key of Object.keys(given)) {
    const value = given[key];
    if (!Object.prototype.hasOwnProperty.call(specs, key)) fail(where, `unknown option '${key}'`);
    if (value === undefined) continue;
    CHECKS[specs[key].type](where, key, value, specs[key]);
    out[key] = value;
  }
  if (out.rules) {
    const enable = out.enable ? [...out.enable] : [];
    const disable = out.disable ? [...out.disable] : [];
    for (const [id, on] of Object.entries(out.rules)) (on ? enable : disable).push(id);
    delete out.rules;
    out.enable = enable;
    out.disable = disable;
  }
  return out;
}

// Emscripten's UTF-16 → UTF-8 copy (used for the rule lists) pairs a lone surrogate with
// whatever code unit follows it ("a\uD800b" would lose the "b"): make such strings well-formed,
// each lone surrogate becoming U+FFFD as TextEncoder does.
function wellFormed(text) {
  if (typeof text.isWellFormed === 'function') return text.isWellFormed() ? text : text.toWellFormed();
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// An article as the glue takes it: a JSON string or UTF-8 bytes as they are, anything else
// serialised once.
function articleSource(where, article) {
  if (typeof article === 'string' || article instanceof Uint8Array) return article;
  if (article !== null && typeof article === 'object' && !isBufferSource(article)) {
    return JSON.stringify(article);
  }
  return fail(where, `the article must be an object, a JSON string or UTF-8 bytes (Uint8Array), got ${describe(article)}`);
}

// A document an importer reads: like an article, an object or its JSON text or bytes.
function documentSource(where, document) {
  if (typeof document === 'string' || document instanceof Uint8Array) return document;
  if (document !== null && typeof document === 'object' && !isBufferSource(document)) return JSON.stringify(document);
  return fail(where, `the document must be an object, a JSON string or UTF-8 bytes (Uint8Array), got ${describe(document)}`);
}

function ruleText(list) {
  return list ? wellFormed(list.join('\n')) : '';
}

// --- the API --------------------------------------------------------------------------------

// The glue takes options as primitives (no per-property reads through Embind): the booleans
// and the choices packed as protocol.js lays them out, numbers as numbers (-1 or 0: not given).
export function renderArticle(article, renderOptions) {
  const o = options('renderArticle', renderOptions);
  if (o.from === 'text') return renderImported(importText('renderArticle', article, o.meta), o);
  if (o.from === 'editorjs') return renderImported(importEditorJs('renderArticle', article, o.meta, o), o);
  if (o.meta !== undefined && o.meta !== null) fail('renderArticle', "option 'meta' is for an input to import: give 'from' too");
  return renderJson(articleSource('renderArticle', article), o);
}

function renderJson(json, o) {
  if (o.hyphenation) guarded('renderArticle', (m) => withHyphenation('renderArticle', m));
  return callWithArticle('renderArticle', json, o.maxInputBytes ?? -1, packFlags(o), packChoices(o),
                         o.headingBase ?? 0, ruleText(o.enable), ruleText(o.disable));
}

// An Editor.js document → {ok, article (JSON text), diagnostics}; `o` gives rawHtml and
// maxInputBytes (renderArticle's or fromEditorJs's own options).
function importEditorJs(where, document, meta, o) {
  const json = documentSource(where, document);
  const metaJson = metaSource(where, meta);
  return callWithArticle('importEditorJs', json, o.maxInputBytes ?? -1, packChoices({ rawHtml: o.rawHtml }), metaJson);
}

/// An Editor.js document → `{ ok, article, diagnostics }`, the article a plain object ready for
/// renderArticle (null when `ok` is false). `meta`: article fields merged over the result.
export function fromEditorJs(document, meta, importOptions) {
  const r = importEditorJs('fromEditorJs', document, meta, options('fromEditorJs', importOptions));
  return { ok: r.ok, article: r.ok ? JSON.parse(r.article) : null, diagnostics: r.diagnostics };
}

// An imported article rendered: the importer's notes first (positions in the input text),
// then the renderer's (positions in the article JSON); no card when the import failed.
function renderImported(imported, o) {
  if (!imported.ok) return { ok: false, html: '', diagnostics: imported.diagnostics };
  // The input limit was the text's; the article made of it is as long as it is.
  const rendered = renderJson(imported.article, { ...o, maxInputBytes: imported.article.length * 3 });
  return { ok: rendered.ok, html: rendered.html, diagnostics: [...imported.diagnostics, ...rendered.diagnostics] };
}

// An importer's metadata as the glue takes it: JSON text ('' for none).
function metaSource(where, meta) {
  if (meta === undefined || meta === null) return '';
  if (typeof meta !== 'object' || Array.isArray(meta) || isBufferSource(meta)) {
    fail(where, `meta must be an object such as {url, year}, got ${describe(meta)}`);
  }
  return wellFormed(JSON.stringify(meta));
}

// Scraped text → {ok, article (JSON text), diagnostics}. A text over the input limit is
// answered without copying it into wasm memory (which never shrinks).
function importText(where, text, meta) {
  if (typeof text !== 'string') fail(where, `the text must be a string, got ${describe(text)}`);
  const metaJson = metaSource(where, meta);
  return guarded('importText', (m) => {
    if (text.length * 3 > DEFAULT_MAX_INPUT_BYTES) {
      const bytes = utf8Length(text);
      if (bytes > DEFAULT_MAX_INPUT_BYTES) return { ...m.inputTooLarge(bytes, DEFAULT_MAX_INPUT_BYTES, false), article: '' };
    }
    return passText(m, 'importText', text, [metaJson]);
  });
}

export function fromText(text, meta) {
  const r = importText('fromText', text, meta);
  return { ok: r.ok, article: r.ok ? JSON.parse(r.article) : null, diagnostics: r.diagnostics };
}

export function validateArticle(article, validateOptions) {
  const json = articleSource('validateArticle', article);
  return callWithArticle('validateArticle', json, options('validateArticle', validateOptions).maxInputBytes ?? -1);
}

export function typograph(text, typographOptions) {
  if (typeof text !== 'string') fail('typograph', `the text must be a string, got ${describe(text)}`);
  const o = options('typograph', typographOptions);
  return callWithText('typograph', text, packFlags(o), ruleText(o.enable), ruleText(o.disable));
}

// The hyphenation patterns are not in the .wasm (13 KB gzip most pages never use): an ES module
// beside it, imported once by initHyphenation() and given to each instance on its first
// hyphenating call (an instance rebuilt after a trap gets them again).
let hyphenationTable = null;
let hyphenationPending = null;

export function initHyphenation() {
  if (hyphenationTable) return Promise.resolve();
  hyphenationPending ??= import('./verstka-hyphenation-ru.js').then(
    ({ PATTERNS, EXCEPTIONS }) => { hyphenationTable = [PATTERNS, EXCEPTIONS]; },
    (error) => {
      hyphenationPending = null;  // the next call tries again
      throw new Error('verstka: cannot load the hyphenation patterns (verstka-hyphenation-ru.js)', { cause: error });
    });
  return hyphenationPending;
}

function withHyphenation(where, m) {
  if (m.hyphenationLoaded()) return;
  if (!hyphenationTable) {
    throw new Error(`verstka: ${where}: the hyphenation patterns are not loaded; call \`await initHyphenation()\` first`);
  }
  m.loadHyphenation(...hyphenationTable);
}

export function hyphenate(text, hyphenateOptions) {
  if (typeof text !== 'string') fail('hyphenate', `the text must be a string, got ${describe(text)}`);
  const o = options('hyphenate', hyphenateOptions);
  return guarded('hyphenate', (m) => {
    withHyphenation('hyphenate', m);
    // A view of the wasm memory, valid until the next call into the module.
    return decoder.decode(passText(m, 'hyphenate', text, [packFlags(o), o.minWordLength ?? 7]));
  });
}

// The runs go in as one text and their UTF-8 lengths ("12,3v,40": 'v' marks verbatim); each is
// made well-formed first, so that joining them cannot pair two lone surrogates.
export function typographRuns(runs, typographOptions) {
  if (!Array.isArray(runs) || !runs.every((r) => typeof r?.text === 'string' && [undefined, true, false].includes(r.verbatim))) {
    fail('typographRuns', `the runs must be an array of {text: string, verbatim?: boolean}, got ${describe(runs)}`);
  }
  const o = options('typographRuns', typographOptions);
  if (!runs.length) return { runs: [], diagnostics: [] };
  const texts = runs.map((r) => wellFormed(r.text));
  const { texts: out, diagnostics } = callWithText('typographRuns', texts.join(''), texts.map((t, i) => utf8Length(t) + (runs[i].verbatim ? 'v' : '')).join(),
                                                   packFlags(o), ruleText(o.enable), ruleText(o.disable));
  return { runs: out.map((text, i) => ({ text: runs[i].verbatim ? runs[i].text : text, verbatim: !!runs[i].verbatim })), diagnostics };
}

export function typographyRules() {
  return call('typographyRules');
}

export function version() {
  return call('version');
}

// --- test build only -------------------------------------------------------------------------
// scripts/assemble-dist.mjs leaves everything from the line above on out of the package (dist/)
// and keeps it in the test build (build-wasm/dist-testing/), which the tests and benchmarks that
// look inside the instance import.

/// The size of the wasm linear memory and the count of live Embind value handles.
export function internals() {
  const m = instance();
  return {
    memoryBytes: m.HEAPU8.length,
    liveHandles: m.count_emval_handles(),
    /// Wrecks the instance's heap so that its next call traps (tests the recovery path).
    corruptHeap: () => m.HEAPU8.fill(0xff),
  };
}
