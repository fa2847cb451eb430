// Builds the demo into web_demo/dist/: demo.js (the page's code with CodeMirror, bundled by
// esbuild, no CDN) and examples.json (every examples/*.json, the seed article first).
// The verstka package itself stays external: the page imports the built package from /dist
// exactly as a user's page would.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
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

// The package's browser entry when it has one, else the universal index.
const entry = existsSync(join(root, 'dist/browser.js')) ? 'browser.js' : 'index.js';

await mkdir(out, { recursive: true });
const examples = await examplesIndex();
await writeFile(join(out, 'examples.json'), JSON.stringify(examples));

const started = performance.now();
await build({
  entryPoints: [join(root, 'web_demo/src/main.js')],
  outfile: join(out, 'demo.js'),
  bundle: true,
  format: 'esm',
  target: ['chrome105', 'firefox110', 'safari16.4'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [{
    name: 'verstka-package',
    setup(b) {
      // web_demo/dist/demo.js → /dist/<entry>
      b.onResolve({ filter: /^verstka$/ }, () => ({ path: `../../dist/${entry}`, external: true }));
    },
  }],
});
console.log(`web_demo/dist/ built: demo.js (verstka from dist/${entry}), ${examples.length} examples, ${Math.round(performance.now() - started)} ms`);
