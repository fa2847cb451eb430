// `verstka/rehype`: a unified plugin that typesets a hast tree with verstka's engine.
import type { TypographRunsOptions, WasmSource } from './index.js';

export interface RehypeVerstkaOptions extends TypographRunsOptions {
  /** Where the WebAssembly module comes from, as for `init({ wasm })`; by default the package's file. */
  wasm?: WasmSource;
}

/**
 * `unified().use(rehypeVerstka, options)`: typesets each paragraph of the tree across its inline
 * elements (`em`, `strong`, `a` …), keeps `code` verbatim and skips `pre`. Each engine note
 * becomes a warning on the file (`file.messages`, `source: 'verstka'`). The tree is a hast `Root`.
 */
declare function rehypeVerstka(options?: RehypeVerstkaOptions): (tree: object, file?: unknown) => Promise<void>;
export default rehypeVerstka;
