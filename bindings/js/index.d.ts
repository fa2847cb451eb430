// Types for the `verstka` package (the same for `verstka`, `verstka/inline`).
//
//   import { init, renderArticle } from 'verstka';
//   await init();
//   const { ok, html, diagnostics } = renderArticle(article, { layout: 'teaser' });

/** Where the WebAssembly module comes from, for `init({ wasm })`. */
export type WasmSource =
  | URL
  | string
  | Response
  | ArrayBuffer
  | ArrayBufferView
  | WebAssembly.Module
  | PromiseLike<Response | ArrayBuffer | ArrayBufferView | WebAssembly.Module>;

export interface InitOptions {
  /**
   * The .wasm to use instead of the packaged one: a URL or string (fetched; in Node a file
   * path or `file:` URL is read from disk, `http(s):` is fetched), a `Response` (compiled while
   * streaming when served as `application/wasm`), its bytes, or a compiled module.
   */
  wasm?: WasmSource;
}

/**
 * Loads and instantiates the WebAssembly module. Call (and await) it once before anything
 * else. Idempotent: later calls resolve at once; concurrent calls share one load; after a
 * failure (network, wrong file) the next call tries again. Node reads `verstka.wasm` from
 * disk; browsers fetch it from next to the module.
 */
export function init(options?: InitOptions): Promise<void>;

/**
 * Synchronous init from the module's bytes or a compiled module. In Node, and with
 * `verstka/inline`, the argument may be omitted. Does nothing when already initialised.
 */
export function initSync(source?: ArrayBuffer | ArrayBufferView | WebAssembly.Module): void;

/**
 * Loads the importers' WebAssembly module (`verstka-import.wasm` and its glue, left out of the
 * renderer's so that pages which only render never download them). Call (and await) it once
 * before `fromText`, `fromEditorJs` or `renderArticle(…, { from: 'text' | 'editorjs' })`, which
 * throw `Error` without it; independent of `init()`, which rendering needs as well. Idempotent,
 * retries after a failure; `options.wasm` as for `init()`, but naming `verstka-import.wasm`
 * (Workers: `import importWasm from 'verstka/verstka-import.wasm'`).
 */
export function initImport(options?: InitOptions): Promise<void>;

/** One problem found in an input. Errors make `ok` false; warnings never do. */
export interface Diagnostic {
  /** `info`: a note on a guess an importer made (`import.*`), for an editor to check. */
  severity: 'error' | 'warning' | 'info';
  /** Stable id, e.g. `json.syntax`, `article.missing-title`, `url.rejected`. */
  code: string;
  /** A sentence for people. */
  message: string;
  /** JSON Pointer to the value, e.g. `/body/3/text`; empty when not tied to one. */
  path: string;
  /** 1-based line in the JSON source; 0 when unknown. */
  line: number;
  /** 1-based column in the JSON source; 0 when unknown. */
  column: number;
}

/** Typography switches shared by `renderArticle` and `typograph`. */
export interface TypographyRuleOptions {
  /** Write NBSP, dashes, quotes… as named HTML entities (`&nbsp;`) instead of characters. Default false. */
  entities?: boolean;
  /** Rule ids or group masks (`'nbsp/*'`) to switch on; applied before `disable`. */
  enable?: readonly string[];
  /** Rule ids or group masks to switch off. */
  disable?: readonly string[];
  /** Rules by id: `{ 'nbsp/short-word': false }`; `true` adds to `enable`, `false` to `disable`. */
  rules?: Readonly<Record<string, boolean>>;
  /** English quotes “‘’” for a quotation whose content is Latin-script text (for English text). Default false: Russian text quotes Latin in «». */
  englishQuotes?: boolean;
}

export type Layout = 'full' | 'teaser' | 'compact';

export interface RenderOptions extends TypographyRuleOptions {
  /** `full` (default): the whole article; `teaser`: rubric, title, lead, date, cover, link; `compact`: title, date, link. */
  layout?: Layout;
  /** Apply Russian typography to the text. Default true. */
  typography?: boolean;
  /** Append a schema.org `NewsArticle` JSON-LD `<script>`. Default false. */
  jsonLd?: boolean;
  /** Raw HTML in CommonMark text is never passed through: shown as text (`escape`, default) or removed (`drop`). */
  rawHtml?: 'escape' | 'drop';
  /** The HTML level (1–6) of a `#` heading inside a `markdown` block. Default 2 (the card title is `h1`). */
  headingBase?: number;
  /** Add `rel="nofollow ugc"` to links written in article text. Default false. */
  nofollow?: boolean;
  /** Open links written in article text in a new tab. Default false. */
  newTab?: boolean;
  /** Larger inputs (UTF-8 bytes) are rejected with `input.too-large`. Default 4 MiB. */
  maxInputBytes?: number;
  /** Soft hyphens in the Russian words of the card's text (titles included), after typography; see `hyphenate`. Needs `await initHyphenation()`. Default false. */
  hyphenation?: boolean;
  /**
   * What the first argument is: an article (`json`, default), scraped plain text (`text`, see
   * `fromText`) or an Editor.js saved document (`editorjs`, see `fromEditorJs`), the last two
   * imported first; the import's diagnostics come before the render's.
   */
  from?: 'json' | 'text' | 'editorjs';
  /** With `from`: the importer's metadata (see `fromText`, `fromEditorJs`). */
  meta?: ImportMeta | ArticleFields;
}

export interface ValidateOptions {
  /** Larger inputs (UTF-8 bytes) are rejected with `input.too-large`. Default 4 MiB. */
  maxInputBytes?: number;
}

export interface TypographOptions extends TypographyRuleOptions {
  /** The input is an HTML fragment: tags, comments, entities and code stay verbatim. Default false. */
  html?: boolean;
}

export interface HyphenateOptions {
  /** The input is an HTML fragment: tags, comments, entities and code-like elements stay verbatim. Default false. */
  html?: boolean;
  /** Write soft hyphens as `&shy;` instead of U+00AD. Default false. */
  entities?: boolean;
  /** Words (each part of a compound on its own) with fewer letters stay whole; 4 to 100. Default 7. */
  minWordLength?: number;
}

export interface RenderResult {
  /** False when any diagnostic is an error; `html` is empty then. */
  ok: boolean;
  /** One `<article class="vk-card">` element, safe to insert as HTML. */
  html: string;
  diagnostics: Diagnostic[];
}

export interface ValidateResult {
  ok: boolean;
  diagnostics: Diagnostic[];
}

export interface TypographResult {
  text: string;
  /** Notes for editors (unbalanced quotes…); they never change the text. */
  diagnostics: Diagnostic[];
}

export interface RuleInfo {
  /** `group/name`, e.g. `nbsp/short-word`. */
  id: string;
  titleRu: string;
  titleEn: string;
  onByDefault: boolean;
}

/**
 * An article in the verstka JSON format v1 (see docs/article-format.md; the JSON Schema is
 * `schema/article.schema.json`). Checked by the renderer, so this type is deliberately loose.
 */
export interface Article {
  v?: 1;
  title: string;
  body: ReadonlyArray<{ type: string; [field: string]: unknown }>;
  [field: string]: unknown;
}

/** Article fields an importer cannot find in its input (`title`, `lead`, `published`, `rubric`, `cover`, `links` …). */
export type ArticleFields = Partial<Omit<Article, 'body'>> & { [field: string]: unknown };

/** An Editor.js saved document: `{ time, blocks: [{ id, type, data, tunes }], version }`. */
export interface EditorJsDocument {
  time?: number;
  blocks: ReadonlyArray<{ id?: string; type: string; data?: unknown; tunes?: unknown }>;
  version?: string;
  [field: string]: unknown;
}

export interface FromEditorJsOptions {
  /** A `raw` block's HTML is never passed through: shown as a code block (`escape`, default) or left out (`drop`). */
  rawHtml?: 'escape' | 'drop';
  /** Larger documents (UTF-8 bytes) are rejected with `input.too-large`. Default 4 MiB. */
  maxInputBytes?: number;
}

/**
 * Turns an Editor.js document into an article: every core and common tool mapped, inline HTML
 * made CommonMark (everything outside the subset is text), links through the URL policy,
 * unknown tools skipped with a warning. `meta` (fields Editor.js does not hold) is merged over
 * the result; a level-1 header is the title when `meta` gives none. Never throws on a bad document;
 * throws `Error` before `await initImport()`.
 */
export function fromEditorJs(document: EditorJsDocument | object | string | Uint8Array, meta?: ArticleFields | null,
                             options?: FromEditorJsOptions): ImportResult;

/** An article as `renderArticle` takes it: an object (serialised once), a JSON string, or its UTF-8 bytes. */
export type ArticleInput = Article | object | string | Uint8Array;

/**
 * Renders one article into an HTML card. Never throws on a bad article: `ok` is false and
 * `diagnostics` say why. Throws `TypeError` for arguments of the wrong type or unknown options,
 * and `Error` when called before `init()` (with `from: 'text' | 'editorjs'`, before `initImport()` too).
 */
export function renderArticle(article: ArticleInput, options?: RenderOptions): RenderResult;

/**
 * What an importer cannot read from its input: `year` (for a dateline without one) and article
 * fields merged over the imported article (`null` removes one). `cover` and the links may be
 * given as their URL alone.
 */
export interface ImportMeta {
  year?: number;
  url?: string;
  id?: string;
  rubric?: string;
  published?: string;
  cover?: string | { src: string; alt?: string; width?: number; height?: number; [field: string]: unknown };
  links?: {
    full?: string | { url: string; label?: string };
    next?: string | { url: string; label?: string; title?: string };
  };
  [field: string]: unknown;
}

export interface ImportResult {
  /** False when any diagnostic is an error; `article` is null then. */
  ok: boolean;
  /** The article, ready for `renderArticle`. */
  article: Article | null;
  /**
   * From `fromText`: an `info` note (`import.*`) for every guess, with the line and column of the
   * text it read. From `fromEditorJs`: paths point into the document (`/blocks/3/data/text`), or
   * into `meta` (messages start with `meta: `).
   */
  diagnostics: Diagnostic[];
}

/**
 * Turns text scraped from a news site into an article: title, lead, photo caption and credit,
 * dateline, paragraphs, direct speech as quotes, lists, age marks; site boilerplate becomes
 * link labels or is dropped with a note. Never throws on a bad text; throws `TypeError` for
 * arguments of the wrong type, and `Error` before `await initImport()`.
 */
export function fromText(text: string, meta?: ImportMeta | null): ImportResult;

/** Checks an article without rendering it (the diagnostics `renderArticle` would give). */
export function validateArticle(article: ArticleInput, options?: ValidateOptions): ValidateResult;

/** Applies Russian typography to plain text (or an HTML fragment with `{ html: true }`). */
export function typograph(text: string, options?: TypographOptions): TypographResult;

/**
 * Inserts soft hyphens (U+00AD) into the Russian words of `text` where they may break (Liang's
 * algorithm, TeX's Russian patterns). URLs, e-mails, numbers, abbreviations in capitals, words
 * with Latin letters and words that already hold a soft hyphen stay whole; nothing else changes.
 */
export function hyphenate(text: string, options?: HyphenateOptions): string;

/**
 * Loads the hyphenation patterns (an ES module of 13 KB gzip beside the .wasm, left out of it so
 * that pages which never hyphenate never download them). Call once, after or alongside `init()`,
 * before `hyphenate()` or `renderArticle(…, { hyphenation: true })`, which throw `Error` without
 * it. Idempotent.
 */
export function initHyphenation(): Promise<void>;
/** One piece of a paragraph's text, cut where inline markup (a link, emphasis) begins or ends. */
export interface TextRun {
  text: string;
  /** Never changed (inline code); reads as one opaque word to its neighbours. Default false. */
  verbatim?: boolean;
}

/** `typographRuns`' options: the rule switches (runs are plain text, written as Unicode characters). */
export type TypographRunsOptions = Omit<TypographyRuleOptions, 'entities'>;

export interface TypographRunsResult {
  /** The runs typeset, one for each given, in order (new objects; the input is not changed). */
  runs: Array<{ text: string; verbatim: boolean }>;
  /** Notes for editors, with line/column in the runs' joined text. */
  diagnostics: Diagnostic[];
}

/**
 * Applies Russian typography to the runs of one paragraph together, so that quotes pair and
 * non-breaking spaces land across the markup between them (what `verstka/rehype` does for a
 * hast tree). Leading whitespace of the first run and trailing of the last are dropped.
 */
export function typographRuns(runs: readonly TextRun[], options?: TypographRunsOptions): TypographRunsResult;

/** Every typography rule, in the order the engine applies them. */
export function typographyRules(): RuleInfo[];

/** The package version, e.g. `"0.1.0"`. */
export function version(): string;
