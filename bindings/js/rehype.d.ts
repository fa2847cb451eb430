// `verstka/rehype`: a unified plugin that typesets a hast tree with verstka's engine.
import type { TypographRunsOptions, WasmSource } from './index.js';

export interface RehypeVerstkaOptions extends TypographRunsOptions {
  /** Where the WebAssembly module comes from, as for `init({ wasm })`; by default the package's file. */
  wasm?: WasmSource;
}

/** A hast node as the plugin reads it (any hast `Root`). */
export interface HastNode {
  type: string;
  [key: string]: unknown;
}

/**
 * `unified().use(rehypeVerstka, options)`: typesets each paragraph of the tree across its inline
 * elements (`em`, `strong`, `a` …), keeps `code` verbatim and skips `pre`. Each engine note
 * becomes a warning on the file (`file.messages`, `source: 'verstka'`).
 */
declare function rehypeVerstka(options?: RehypeVerstkaOptions): (tree: HastNode, file?: unknown) => Promise<void>;
export default rehypeVerstka;
