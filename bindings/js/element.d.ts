// Types for `verstka/element`: importing it registers <verstka-card>.
import type { Diagnostic, RenderResult } from './index.js';

export interface VerstkaErrorDetail {
  message: string;
  /** The article's diagnostics; empty when it could not be loaded at all. */
  diagnostics: Diagnostic[];
}

/**
 * `<verstka-card src="article.json" layout="teaser" theme="dark">`, or with the article inline
 * as a `<script type="application/json">` child. Renders into Shadow DOM with verstka.css.
 */
export class VerstkaCard extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The article to show (object or JSON string), instead of `src` or the inline JSON. */
  article: object | string | undefined;
  /** Renders again now (re-fetching `src`); resolves when the card or the error box is shown. */
  refresh(): Promise<void>;
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, before: string | null, after: string | null): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'verstka-card': VerstkaCard;
  }
  interface HTMLElementEventMap {
    'verstka-render': CustomEvent<RenderResult>;
    'verstka-error': CustomEvent<VerstkaErrorDetail>;
  }
}
