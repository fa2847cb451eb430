// Builds the demo into web_demo/dist/: demo.js (the page's code with CodeMirror, bundled by
// esbuild, no CDN), chunks/ (Editor.js and its tools, loaded when Editor.js mode is first
// chosen), examples.json (every examples/*.json, the seed article first) and the
// article JSON Schema (for completion).
// The verstka package itself stays external: the page imports the built package from /dist
// exactly as a user's page would.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'web_demo/dist');
const SEED = 'sochi-vnot-2024';

async function examplesIndex() {
  const names = (await readdir(join(root, 'examples'))).filter((n) => n.endsWith('.json')).sort();
  const entries = [];
  for (const name of names) {
    const json = await readFile(join(root, 'examples', name), 'utf8');
    let title = '';
    try { title = String(JSON.parse(json).title || ''); } catch { title = ''; }
    entries.push({ id: basename(name, '.json'), file: `examples/${name}`, title, json });
  }
  entries.sort((a, b) => (a.id === SEED ? -1 : b.id === SEED ? 1 : 0));
  return entries;
}

// The package's browser entry and stylesheet, as its package.json exports them (the page is
// served from the checkout, so these are paths under /dist).
async function packageFiles() {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const main = pkg.exports && pkg.exports['.'];
  const pick = (value) => (typeof value === 'string' ? value : value && (value.browser || value.default));
  let entry = pick(main);
  if (!entry) entry = existsSync(join(root, 'dist/browser.js')) ? './dist/browser.js' : './dist/index.js';
  const css = (pkg.exports && pick(pkg.exports['./verstka.css'])) || './dist/verstka.css';
  const options = (pkg.exports && pick(pkg.exports['./options'])) || './dist/options.js';
  for (const file of [entry, css, options]) {
    if (!file.startsWith('./dist/')) throw new Error(`web_demo: ${file} is not under dist/, which the demo server serves`);
    if (!existsSync(join(root, file))) throw new Error(`web_demo: ${file} is missing: build the package first (npm run build)`);
  }
  // Relative to web_demo/dist/demo.js.
  return { entry: `../../${entry.slice(2)}`, css: `../../${css.slice(2)}`, options: `../../${options.slice(2)}` };
}

const files = await packageFiles();

await mkdir(out, { recursive: true });
// Chunk names carry a content hash: the last build's chunks would pile up.
await rm(join(out, 'chunks'), { recursive: true, force: true });
const examples = await examplesIndex();
await writeFile(join(out, 'examples.json'), JSON.stringify(examples));
// The scraped seed text that plain-text mode starts with.
await copyFile(join(root, 'tests/import/seed.txt'), join(out, 'sample-text.txt'));
// The format's contract, for completion in the editor.
await copyFile(join(root, 'schema/article.schema.json'), join(out, 'article.schema.json'));

const started = performance.now();
const result = await build({
  entryPoints: { demo: join(root, 'web_demo/src/main.js') },
  outdir: out,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  bundle: true,
  format: 'esm',
  target: ['chrome105', 'firefox110', 'safari16.4'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
  define: { VERSTKA_CSS_URL: JSON.stringify(files.css) },
  plugins: [{
    name: 'verstka-package',
    setup(b) {
      // web_demo/dist/demo.js → /dist/<entry>; the option table likewise (its one copy).
      b.onResolve({ filter: /^verstka$/ }, () => ({ path: files.entry, external: true }));
      b.onResolve({ filter: /^verstka\/options$/ }, () => ({ path: files.options, external: true }));
    },
  }],
});
// Output paths in the metafile are relative to the working directory.
const outputs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
const size = (name) => kb(outputs.find(([f]) => f.endsWith(`/${name}`))[1].bytes);
const chunks = outputs.filter(([f]) => f.includes('/chunks/')).map(([f, o]) => `${f.slice(f.lastIndexOf('/') + 1)} ${kb(o.bytes)}`);
console.log(`web_demo/dist/ built: demo.js ${size('demo.js')} (verstka from ${files.entry.slice(6)}), ` +
  `${chunks.join(', ')}, ${examples.length} examples, ${Math.round(performance.now() - started)} ms`);
