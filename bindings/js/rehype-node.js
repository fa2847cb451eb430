// `verstka/rehype` in Node, Deno and Bun (static-site builders): the plugin with the Node
// entry's init(), which reads the .wasm from disk.
import { init } from './node.js';
import { makeRehypeVerstka } from './rehype-plugin.js';

const rehypeVerstka = makeRehypeVerstka(init);
export default rehypeVerstka;
