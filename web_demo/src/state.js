// The demo's one state object, and the settings a permalink may carry. The allowed values of
// the package's options come from `verstka/options`; the demo adds its own (width, view).
import { LAYOUTS, OPTIONS, THEMES } from 'verstka/options';

export const WIDTHS = Object.freeze(['wide', 'narrow']);
export const VIEWS = Object.freeze(['preview', 'diff', 'html']);
/** The page's theme: the reader's system setting, or one of the card's themes. */
export const APPEARANCES = Object.freeze(['auto', ...THEMES]);

const render = OPTIONS.renderArticle;

/** The settings the controls show and a permalink carries. */
export const DEFAULTS = Object.freeze({
  layout: render.layout.default,
  width: WIDTHS[0],
  theme: APPEARANCES[0],
  typography: render.typography.default,
  entities: render.entities.default,
  jsonLd: render.jsonLd.default,
  hyphenation: render.hyphenation.default,
  show: false,          // mark the typography in the preview
  disabled: [],         // typography rule groups switched off
  view: VIEWS[0],
});

/** Everything the demo holds, declared in full. */
export const state = {
  settings: { ...DEFAULTS, disabled: [] },
  editor: null,         // the CodeMirror view
  examples: [],         // [{id, file, title, json}], the seed first
  cardCss: '',          // the package's verstka.css, for the preview and downloads
  groups: [],           // typography rule groups, in engine order
  last: null,           // the last good render: {html, text, ms}
  renders: 0,           // renders since the page loaded
  times: [],            // the last 20 render times, ms
  timer: 0,             // the pending render's timeout
  replacing: false,     // the editor's text is being replaced by the demo, not edited
  preview: { stage: null, base: null, fit: () => {} },
  // Editor.js mode: the editor (once started), its last saved document, the article fields
  // it does not hold (`meta`), and the promise of its start.
  editorjs: { editor: null, data: null, meta: null, ready: null },
};

const CHOICES = { layout: LAYOUTS, width: WIDTHS, theme: APPEARANCES, view: VIEWS };
const SWITCHES = ['typography', 'entities', 'jsonLd', 'hyphenation', 'show'];

/** The settings of a saved (untrusted) object that are allowed values; the rest is dropped. */
export function pickSettings(saved) {
  const out = {};
  if (!saved || typeof saved !== 'object') return out;
  for (const [key, allowed] of Object.entries(CHOICES)) if (allowed.includes(saved[key])) out[key] = saved[key];
  for (const key of SWITCHES) if (typeof saved[key] === 'boolean') out[key] = saved[key];
  if (Array.isArray(saved.disabled)) out.disabled = saved.disabled.filter((g) => typeof g === 'string');
  return out;
}

/** The rule masks that switch the disabled groups off. */
export const disabledMasks = (settings) => settings.disabled.map((group) => `${group}/*`);

/** `renderArticle` options for the current settings. */
export function renderOptions(settings, typography = settings.typography) {
  return {
    layout: settings.layout,
    typography,
    entities: settings.entities,
    jsonLd: settings.jsonLd,
    hyphenation: settings.hyphenation,
    disable: disabledMasks(settings),
  };
}
