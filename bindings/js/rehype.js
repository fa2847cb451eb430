// `verstka/rehype` for browsers and bundlers: the plugin with the browser entry's init().
import { init } from './browser.js';
import { makeRehypeVerstka } from './rehype-plugin.js';

const rehypeVerstka = makeRehypeVerstka(init);
export default rehypeVerstka;
