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

/** One problem found in an input. Errors make `ok` false; warnings never do. */
export interface Diagnostic {
  severity: 'error' | 'warning';
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
}

export interface ValidateOptions {
  /** Larger inputs (UTF-8 bytes) are rejected with `input.too-large`. Default 4 MiB. */
  maxInputBytes?: number;
}

export interface TypographOptions extends TypographyRuleOptions {
  /** The input is an HTML fragment: tags, comments, entities and code stay verbatim. Default false. */
  html?: boolean;
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

/** An article as `renderArticle` takes it: an object (serialised once), a JSON string, or its UTF-8 bytes. */
export type ArticleInput = Article | object | string | Uint8Array;

/**
 * Renders one article into an HTML card. Never throws on a bad article: `ok` is false and
 * `diagnostics` say why. Throws `TypeError` for arguments of the wrong type or unknown options,
 * and `Error` when called before `init()`.
 */
export function renderArticle(article: ArticleInput, options?: RenderOptions): RenderResult;

/** Checks an article without rendering it (the diagnostics `renderArticle` would give). */
export function validateArticle(article: ArticleInput, options?: ValidateOptions): ValidateResult;

/** Applies Russian typography to plain text (or an HTML fragment with `{ html: true }`). */
export function typograph(text: string, options?: TypographOptions): TypographResult;

/** Every typography rule, in the order the engine applies them. */
export function typographyRules(): RuleInfo[];

/** The package version, e.g. `"0.1.0"`. */
export function version(): string;
