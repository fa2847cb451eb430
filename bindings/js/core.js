// The half every entry point shares: one WebAssembly instance per JS realm and the synchronous
// API over it. The entries (node.js, browser.js, inline.js) only say where the .wasm comes from.
// The importers (fromText, fromEditorJs, renderArticle's `from`) are a second module,
// verstka-import.wasm with its own glue, loaded only by initImport(): most pages only render.
//
// Results are plain objects built by the C++ glue: there is no Embind handle to delete().
// Argument mistakes throw TypeError here, before anything crosses into wasm; bad articles come
// back as {ok: false, diagnostics}. A wasm trap (which only a bug can cause) drops the instance
// and the next call builds a fresh one from the already-compiled module.
import { OPTIONS } from './options.js';
import { packChoices, packFlags } from './protocol.js';
import createVerstkaModule from './verstka-core.mjs';

// One slot per WebAssembly module: `ready` is the Emscripten module object, `compiled` the
// WebAssembly.Module behind it (kept to rebuild after a trap), `pending` the load in progress,
// shared by concurrent callers; `factory` is Emscripten's (the importers' glue is imported with
// their module), `binding` a function the right module has.
const renderer = { factory: createVerstkaModule, binding: 'renderArticle', ready: null, compiled: null, pending: null };
const importer = { factory: null, binding: 'importText', ready: null, compiled: null, pending: null };

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

function checkBindings(slot, m) {
  if (typeof m[slot.binding] !== 'function') {
    throw new Error(slot === importer
      ? 'verstka: the WebAssembly module has no importer bindings (initImport() takes verstka-import.wasm)'
      : 'verstka: the WebAssembly module has no verstka bindings (wrong .wasm file?)');
  }
  return m;
}

// Emscripten's factory with our own instantiation: its instantiateWasm hook swallows errors, so
// they are caught here and reported by whoever waits.
function instantiateAsync(slot, module) {
  return new Promise((resolve, reject) => {
    const args = moduleArguments((imports, receive) => {
      WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)).catch(reject);
      return {};
    });
    slot.factory(args).then(() => resolve(checkBindings(slot, args)), reject);
  });
}

// With a compiled module and a synchronous receive(), the factory finishes before it returns:
// the bindings are on `args` right away.
function instantiateSync(slot, module) {
  let failure = null;
  const args = moduleArguments((imports, receive) => {
    try {
      receive(new WebAssembly.Instance(module, imports), module);
    } catch (error) {
      failure = error;
    }
    return {};
  });
  slot.factory(args).catch(noop);
  if (failure) throw failure;
  return checkBindings(slot, args);
}

// Instantiating an already-compiled module synchronously is several times faster than the
// async path (no extra turns through the event loop for Emscripten's start-up); engines that
// refuse it on the main thread get the async path.
async function instantiateFast(slot, module) {
  try {
    return instantiateSync(slot, module);
  } catch (error) {
    if (error instanceof RangeError) return instantiateAsync(slot, module);
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

// Loads `slot`'s module once: `prepare()` resolves to the compiled module.
function load(slot, prepare) {
  if (slot.ready || slot.compiled) return Promise.resolve();
  if (!slot.pending) {
    slot.pending = (async () => {
      const module = await prepare();
      const ready = await instantiateFast(slot, module);
      if (!slot.ready) {  // initSync() may have won the race
        slot.compiled = module;
        slot.ready = ready;
      }
    })();
    slot.pending.then(
      () => { slot.pending = null; },
      () => { slot.pending = null; });  // a failed attempt is forgotten: the next call tries again
  }
  return slot.pending;
}

/// Builds an entry's init(): `defaultSource()` says where the .wasm is when the caller does not.
export function makeInit(defaultSource, fetchLocation) {
  return async function init(options) {
    const wasm = checkInitOptions(options, 'init');
    return load(renderer, () => compile(wasm !== undefined ? wasm : defaultSource(), fetchLocation));
  };
}

/// Builds an entry's initImport(), which loads the importers' module (verstka-import.wasm) and
/// its glue: `defaultSource()` says where that .wasm is when the caller does not.
export function makeInitImport(defaultSource, fetchLocation) {
  return async function initImport(options) {
    const wasm = checkInitOptions(options, 'initImport');
    return load(importer, async () => {
      const [module, glue] = await Promise.all([
        compile(wasm !== undefined ? wasm : defaultSource(), fetchLocation),
        import('./verstka-import-core.mjs').catch((error) => {
          throw new Error('verstka: cannot load the importers\' glue (verstka-import-core.mjs)', { cause: error });
        }),
      ]);
      importer.factory = glue.default;
      return module;
    });
  };
}

/// Builds an entry's initSync(): `defaultBytes()` gives the bytes when the caller passes none
/// (Node reads the file; the inline entry decodes them), or throws.
export function makeInitSync(defaultBytes) {
  return function initSync(source) {
    if (source !== undefined && !(source instanceof WebAssembly.Module) && !isBufferSource(source)) {
      throw new TypeError(`verstka: initSync expects a BufferSource or WebAssembly.Module, got ${describe(source)}`);
    }
    if (renderer.ready || renderer.compiled) return;
    if (source === undefined) source = defaultBytes();
    const module = source instanceof WebAssembly.Module ? source : new WebAssembly.Module(bytesOf(source));
    renderer.ready = instantiateSync(renderer, module);
    renderer.compiled = module;
  };
}

// --- calls ----------------------------------------------------------------------------------

function instance(slot = renderer, where = '') {
  if (slot.ready) return slot.ready;
  if (slot.compiled) return (slot.ready = instantiateSync(slot, slot.compiled));  // rebuilt after a trap
  if (slot === importer) throw new Error(`verstka: ${where}: the importers are not loaded; call \`await initImport()\` first`);
  throw new Error('verstka: not initialised; call `await init()` (or initSync()) first');
}

// The input text goes into wasm memory as UTF-8 through TextEncoder.encodeInto (native, and it
// turns lone surrogates into U+FFFD); the glue gets (pointer, length) and we free the buffer.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const utf16Decoder = new TextDecoder('utf-16le');

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

// Runs `f` on the instance of `slot`'s module; a trap (only a bug can cause one) drops the
// instance, and the next call builds a fresh one from the compiled module.
function guarded(name, f, slot = renderer) {
  const m = instance(slot, name);
  try {
    return f(m);
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) {
      slot.ready = null;
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

// The rule lists (`enable`, `disable`) go to the instance only when a call's differ from the
// ones it holds (embind.cpp's setRuleLists), so most calls pass no string through Embind. A new
// instance, also one rebuilt after a trap, holds none.
const heldRules = new WeakMap();  // instance → [enable, disable] as ruleText() joined them
const NO_RULES = ['', ''];

function withRules(m, o) {
  const enable = ruleText(o.enable);
  const disable = ruleText(o.disable);
  const held = heldRules.get(m) ?? NO_RULES;
  if (held[0] !== enable || held[1] !== disable) {
    m.setRuleLists(enable, disable);
    heldRules.set(m, [enable, disable]);
  }
  return m;
}

// Copies `text` in and calls glue `name`, which typesets it by the options `o` (rule lists
// included), with (pointer, length, ...args).
function callTypesetting(name, text, o, ...args) {
  return guarded(name, (m) => passText(withRules(m, o), name, text, args));
}

// The C++ default of ParseOptions::max_input_bytes (tests/js/options.test.mjs holds them equal).
const DEFAULT_MAX_INPUT_BYTES = OPTIONS.validateArticle.maxInputBytes.default;

// An article over the byte limit is answered without copying it in: wasm memory never
// shrinks, so one 500 MB request would otherwise keep the instance at 500 MB for good. Its
// size is counted only when it may be over the limit, so a normal article costs nothing.
// `o`: the options of a call that typesets, whose rule lists it sends; null for one that does not.
function callWithArticle(name, json, maxBytes, o, ...args) {
  return guarded(name, (m) => {
    const limit = maxBytes >= 0 ? maxBytes : DEFAULT_MAX_INPUT_BYTES;
    const bytes = bytesOver(json, limit);
    if (bytes) return m.inputTooLarge(bytes, limit, name === 'renderArticle');
    return passText(o ? withRules(m, o) : m, name, json, [maxBytes, ...args]);
  });
}

// The UTF-8 size of `input` when it is over `limit`, else 0; counted only when it may be over.
function bytesOver(input, limit) {
  if (typeof input === 'string' ? input.length * 3 <= limit : input.length <= limit) return 0;
  const bytes = typeof input === 'string' ? utf8Length(input) : input.length;
  return bytes > limit ? bytes : 0;
}

// Calls importer `name` of the importers' module with `input` copied in (one over `limit` is
// answered without the copy): {ok, article (JSON text), diagnostics}.
function callImporter(where, name, input, limit, args) {
  return guarded(where, (m) => {
    const bytes = bytesOver(input, limit);
    if (bytes) return m.inputTooLarge(bytes, limit);
    return passText(m, name, input, args);
  }, importer);
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
  if (o.from === 'text' || o.from === 'editorjs') instance();  // both modules: the renderer's first
  if (o.from === 'text') return renderImported(importText('renderArticle', article, o.meta), o);
  if (o.from === 'editorjs') return renderImported(importEditorJs('renderArticle', article, o.meta, o), o);
  if (o.meta !== undefined && o.meta !== null) fail('renderArticle', "option 'meta' is for an input to import: give 'from' too");
  return renderJson(articleSource('renderArticle', article), o);
}

function renderJson(json, o) {
  if (o.hyphenation) guarded('renderArticle', (m) => withHyphenation('renderArticle', m));
  const result = callWithArticle('renderArticle', json, o.maxInputBytes ?? -1, o, packFlags(o), packChoices(o),
                                 o.headingBase ?? 0);
  // The card arrives as UTF-16 code units in the wasm memory (embind.cpp's utf16_view), valid
  // until the next call into the module: decoded now. An input over the limit gets '' instead.
  if (typeof result.html !== 'string') result.html = utf16Decoder.decode(result.html);
  return result;
}

// An Editor.js document → {ok, article (JSON text), diagnostics}; `o` gives rawHtml and
// maxInputBytes (renderArticle's or fromEditorJs's own options).
function importEditorJs(where, document, meta, o) {
  const json = documentSource(where, document);
  const metaJson = metaSource(where, meta);
  const maxBytes = o.maxInputBytes ?? -1;
  return callImporter(where, 'importEditorJs', json, maxBytes >= 0 ? maxBytes : DEFAULT_MAX_INPUT_BYTES,
                      [maxBytes, packChoices({ rawHtml: o.rawHtml }), metaJson]);
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
  return callImporter(where, 'importText', text, DEFAULT_MAX_INPUT_BYTES, [metaJson]);
}

export function fromText(text, meta) {
  const r = importText('fromText', text, meta);
  return { ok: r.ok, article: r.ok ? JSON.parse(r.article) : null, diagnostics: r.diagnostics };
}

export function validateArticle(article, validateOptions) {
  const json = articleSource('validateArticle', article);
  return callWithArticle('validateArticle', json, options('validateArticle', validateOptions).maxInputBytes ?? -1, null);
}

export function typograph(text, typographOptions) {
  if (typeof text !== 'string') fail('typograph', `the text must be a string, got ${describe(text)}`);
  const o = options('typograph', typographOptions);
  const result = callTypesetting('typograph', text, o, packFlags(o));
  // The text arrives as UTF-16 code units in the wasm memory (embind.cpp's utf16_view), valid
  // until the next call into the module: decoded now.
  result.text = utf16Decoder.decode(result.text);
  return result;
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
  const layout = texts.map((t, i) => utf8Length(t) + (runs[i].verbatim ? 'v' : '')).join();
  const { texts: out, diagnostics } = callTypesetting('typographRuns', texts.join(''), o, layout, packFlags(o));
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
  const m = instance(renderer);
  return {
    memoryBytes: m.HEAPU8.length,
    liveHandles: m.count_emval_handles(),
    /// Wrecks the instance's heap so that its next call traps (tests the recovery path).
    corruptHeap: () => m.HEAPU8.fill(0xff),
  };
}
