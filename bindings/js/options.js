// `verstka/options`: each option of verstka's functions, the values it takes and its default,
// for code that offers or checks them. The wrapper checks options against this table and the
// C++ glue's side of the options protocol is generated from it. Everything here is frozen.
//   OPTIONS.renderArticle.rawHtml  // { type: 'choice', values: ['escape', 'drop'], default: 'escape' }

/** `renderArticle`'s `layout`. */
export const LAYOUTS = Object.freeze(['full', 'teaser', 'compact']);

/** `renderArticle`'s `rawHtml`: raw HTML in CommonMark text shown as text, or removed. */
export const RAW_HTML = Object.freeze(['escape', 'drop']);

/**
 * `renderArticle`'s `from`: what its first argument is — an article, scraped plain text or an
 * Editor.js saved document, the last two imported first (`fromText`, `fromEditorJs`).
 */
export const INPUTS = Object.freeze(['json', 'text', 'editorjs']);

/** `<verstka-card theme="…">`; without the attribute the system setting decides. */
export const THEMES = Object.freeze(['light', 'dark']);

/** The largest input a wasm32 instance could hold, and so the largest `maxInputBytes`. */
export const MAX_INPUT_BYTES = 0x7fffffff;

const boolean = (value) => Object.freeze({ type: 'boolean', default: value });
const choice = (values, value) => Object.freeze({ type: 'choice', values, default: value });
const integer = (min, max, value) => Object.freeze({ type: 'integer', min, max, default: value });

// Shared by renderArticle and typograph; rule lists have no default (no rule switched).
const TYPOGRAPHY_OPTIONS = {
  entities: boolean(false),
  enable: Object.freeze({ type: 'ruleIds' }),
  disable: Object.freeze({ type: 'ruleIds' }),
  rules: Object.freeze({ type: 'ruleSwitches' }),
  englishQuotes: boolean(false),
};

const { entities, ...RUN_OPTIONS } = TYPOGRAPHY_OPTIONS;

const maxInputBytes = integer(0, MAX_INPUT_BYTES, 4 * 1024 * 1024);

/**
 * Each function's options: `type` is 'boolean', 'choice' (one of `values`), 'integer' (from
 * `min` to `max`), 'ruleIds' (an array of rule ids or masks) or 'ruleSwitches' (an object of
 * rule id → boolean), 'input' (one of `values`, read by the wrapper itself) or 'meta' (an
 * importer's metadata object); `default` is what leaving the option out means.
 */
export const OPTIONS = Object.freeze({
  renderArticle: Object.freeze({
    ...TYPOGRAPHY_OPTIONS,
    layout: choice(LAYOUTS, 'full'),
    typography: boolean(true),
    jsonLd: boolean(false),
    rawHtml: choice(RAW_HTML, 'escape'),
    headingBase: integer(1, 6, 2),
    nofollow: boolean(false),
    newTab: boolean(false),
    maxInputBytes,
    hyphenation: boolean(false),
    from: Object.freeze({ type: 'input', values: INPUTS, default: 'json' }),
    meta: Object.freeze({ type: 'meta' }),
  }),
  validateArticle: Object.freeze({ maxInputBytes }),
  fromEditorJs: Object.freeze({ rawHtml: choice(RAW_HTML, 'escape'), maxInputBytes }),
  typograph: Object.freeze({ ...TYPOGRAPHY_OPTIONS, html: boolean(false) }),
  hyphenate: Object.freeze({ html: boolean(false), entities: boolean(false), minWordLength: integer(4, 100, 7) }),
  typographRuns: Object.freeze(RUN_OPTIONS),  // Unicode output: the caller's markup escapes
});
