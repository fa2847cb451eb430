// The "verstka/element" entry: importing it registers <verstka-card>, so a site embeds a card
// with one tag:
//
//   <script type="module">import 'verstka/element';</script>
//   <verstka-card src="/news/sochi.json" layout="teaser" theme="dark"></verstka-card>
//   <verstka-card><script type="application/json">{"v":1,"title":"…","body":[…]}</script></verstka-card>
//
// The card renders into Shadow DOM with verstka.css, so the page's styles neither leak in nor
// get overridden. Attributes: src (fetched JSON), layout (full|teaser|compact), theme
// (light|dark; otherwise the system setting). A bad article shows an error box listing its
// diagnostics, never a blank. Events: `verstka-render` (detail: the render result) after every
// successful render, `verstka-error` (detail: {message, diagnostics}) when there is no card.
import { init, renderArticle } from './browser.js';
import { LAYOUTS, THEMES } from './options.js';
import stylesheet from './verstka-css.js';

const ELEMENT_CSS = `
:host { display: block; }
:host([hidden]) { display: none; }
.vk-element-error {
  font: 14px/1.45 system-ui, sans-serif; color: #5c0b0b; background: #fff1f0;
  border: 1px solid #e0a6a0; border-left: 4px solid #c62828; border-radius: 6px;
  padding: 12px 16px; margin: 0;
}
.vk-element-error__title { font-weight: 600; margin: 0 0 6px; }
.vk-element-error__list { margin: 0; padding-left: 20px; }
.vk-element-error code { font: 12px/1.4 ui-monospace, monospace; color: #3a0606; }
`;

let sharedSheet = null;

function adoptStyles(shadow) {
  const constructable = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype &&
                        'adoptedStyleSheets' in shadow;
  if (constructable) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(stylesheet + ELEMENT_CSS);
    }
    shadow.adoptedStyleSheets = [sharedSheet];
  } else {
    const style = document.createElement('style');
    style.textContent = stylesheet + ELEMENT_CSS;
    shadow.append(style);
  }
}

function errorBox(message, diagnostics) {
  const box = document.createElement('div');
  box.className = 'vk-element-error';
  box.setAttribute('role', 'alert');
  box.setAttribute('part', 'error');
  const title = document.createElement('p');
  title.className = 'vk-element-error__title';
  title.textContent = message;
  box.append(title);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    const list = document.createElement('ul');
    list.className = 'vk-element-error__list';
    for (const d of errors) {
      const item = document.createElement('li');
      const where = d.line ? `${d.line}:${d.column} ` : '';
      item.append(`${where}${d.message} `);
      const code = document.createElement('code');
      code.textContent = d.path ? `[${d.code}] at ${d.path}` : `[${d.code}]`;
      item.append(code);
      list.append(item);
    }
    box.append(list);
  }
  return box;
}

// Importing this module during server-side rendering must not throw: there the class is
// inert and nothing is registered.
const ElementBase = typeof HTMLElement === 'undefined' ? class {} : HTMLElement;

export class VerstkaCard extends ElementBase {
  static get observedAttributes() {
    return ['src', 'layout', 'theme'];
  }

  #root;
  #content;
  #article = undefined;  // set through the `article` property; wins over src and inline JSON
  #generation = 0;       // only the newest render may write
  #observer = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.#root);
    this.#content = document.createElement('div');
    this.#content.setAttribute('part', 'card');
    this.#root.append(this.#content);
  }

  /// The article to show (object or JSON string), instead of `src` or the inline JSON.
  get article() {
    return this.#article;
  }

  set article(value) {
    this.#article = value;
    this.#schedule();
  }

  connectedCallback() {
    this.#applyTheme();
    // Inline JSON may be edited or arrive after the element is parsed.
    this.#observer = new MutationObserver(() => {
      if (!this.hasAttribute('src') && this.#article === undefined) this.#schedule();
    });
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.#schedule();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    ++this.#generation;
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected) return;
    if (name === 'theme') this.#applyTheme();
    else this.#schedule();
  }

  /// Renders again now (re-fetching `src`); resolves when the card or the error box is shown.
  refresh() {
    return this.#render(++this.#generation);
  }

  #applyTheme() {
    const theme = this.getAttribute('theme');
    if (THEMES.includes(theme)) this.#content.setAttribute('data-vk-theme', theme);
    else this.#content.removeAttribute('data-vk-theme');
  }

  #schedule() {
    if (!this.isConnected) return;
    const generation = ++this.#generation;
    queueMicrotask(() => {
      if (generation === this.#generation) this.#render(generation);
    });
  }

  async #load() {
    if (this.#article !== undefined) return this.#article;
    const src = this.getAttribute('src');
    if (src !== null) {
      const response = await fetch(new URL(src, document.baseURI), { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`cannot load ${src}: HTTP ${response.status}`);
      return response.text();
    }
    const script = this.querySelector('script[type="application/json"]');
    if (script) return script.textContent;
    return null;
  }

  async #render(generation) {
    this.setAttribute('aria-busy', 'true');
    let result = null;
    let failure = null;
    try {
      const [article] = await Promise.all([this.#load(), init()]);
      if (article !== null) {
        const layout = this.getAttribute('layout');
        result = renderArticle(article, LAYOUTS.includes(layout) ? { layout } : {});  // else the default
      }
    } catch (error) {
      failure = error;
    }
    if (generation !== this.#generation) return;
    this.removeAttribute('aria-busy');
    if (result === null && failure === null) {
      this.#content.replaceChildren();  // nothing to show yet
      return;
    }
    if (result && result.ok) {
      this.#content.innerHTML = result.html;  // verstka's output is escaped and URL-checked
      this.dispatchEvent(new CustomEvent('verstka-render', { detail: result }));
      return;
    }
    const message = failure ? `verstka: ${String(failure.message).replace(/^verstka: /, '')}` : 'verstka: this article cannot be shown';
    const diagnostics = result ? result.diagnostics : [];
    this.#content.replaceChildren(errorBox(message, diagnostics));
    this.dispatchEvent(new CustomEvent('verstka-error', { detail: { message, diagnostics } }));
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('verstka-card')) {
  customElements.define('verstka-card', VerstkaCard);
}
