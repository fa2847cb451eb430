// `npm run bench`: size, start-up, rendering speed against the JS pipeline, typography speed
// and memory, printed as markdown and saved to docs/performance.md. Reported, not asserted.
// Needs `npm run build` first (it measures dist/). `--quick` skips the 100,000-render memory run.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

// The test build (dist/ plus internals(), for the memory section); the size section reads dist/.
import { init, renderArticle, version } from '../build-wasm/dist-testing/node.js';
import { internals } from '../build-wasm/dist-testing/core.js';
import { ROOT, SEED_TEXT, median, variedArticles } from './corpus.mjs';
import { renderWithJsPipeline, renderPortableText, toPortableText } from './js-pipeline.mjs';
import { measureTypography, typographyTable } from './typography.mjs';

const quick = process.argv.includes('--quick');
const KB = (n) => `${(n / 1024).toFixed(1)} KB`;
const rate = (n) => Math.round(n).toLocaleString('en');
const sections = [];

// --- size ---------------------------------------------------------------------------------
function sizes(files) {
  const bytes = Buffer.concat(files.map((f) => readFileSync(join(ROOT, 'dist', f))));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length,
           brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
}
const parts = [
  ['verstka.wasm', ['verstka.wasm']],
  ['JS glue (Emscripten + wrapper: verstka-core.mjs, core.js, options.js, protocol.js, browser.js)', ['verstka-core.mjs', 'core.js', 'options.js', 'protocol.js', 'browser.js']],
  ['**wasm + glue**', ['verstka.wasm', 'verstka-core.mjs', 'core.js', 'options.js', 'protocol.js', 'browser.js']],
  ['`verstka/inline` (wasm as base64 + glue)', ['verstka-wasm-inline.js', 'verstka-core.mjs', 'core.js', 'options.js', 'protocol.js', 'inline.js']],
  ['`verstka/element` + stylesheet module', ['element.js', 'verstka-css.js']],
  ['the importers, loaded by `initImport()` (verstka-import.wasm + verstka-import-core.mjs)', ['verstka-import.wasm', 'verstka-import-core.mjs']],
];
const sizeRows = parts.map(([name, files]) => ({ name, ...sizes(files) }));
const total = sizeRows[2];
sections.push(['Size', [
  '| file | raw | gzip -9 | brotli |', '|---|---:|---:|---:|',
  ...sizeRows.map((r) => `| ${r.name} | ${KB(r.raw)} | ${KB(r.gzip)} | ${KB(r.brotli)} |`),
  '', `wasm + glue: **${KB(total.gzip)} gzip** (budget ≤ 200 KB).`,
].join('\n')]);

// --- start-up ------------------------------------------------------------------------------
const startupScript = `const t0 = performance.now();
const v = await import(${JSON.stringify(new URL('../dist/node.js', import.meta.url).href)});
await v.init();
const t1 = performance.now();
v.renderArticle('{}');
console.log(JSON.stringify({ init: t1 - t0, first: performance.now() - t1 }));`;
const startups = [];
for (let i = 0; i < 11; ++i) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', startupScript], { encoding: 'utf8' });
  startups.push(JSON.parse(r.stdout));
}
const startup = median(startups.map((s) => s.init));
sections.push(['Start-up (Node)', [
  '| measure | median of 11 fresh processes |', '|---|---:|',
  `| \`import\` + \`await init()\` | ${startup.toFixed(1)} ms |`,
  `| then the first \`renderArticle\` call | ${median(startups.map((s) => s.first)).toFixed(1)} ms |`,
  '', `Budget ≤ 15 ms: ${startup <= 15 ? 'met' : 'missed'}.`,
].join('\n')]);

// --- rendering -----------------------------------------------------------------------------
await init();
const seed = JSON.parse(SEED_TEXT);
const varied = variedArticles();
const variedBytes = varied.reduce((n, a) => n + Buffer.byteLength(JSON.stringify(a)), 0);
const contenders = (articles) => {
  const texts = articles.map((a) => JSON.stringify(a));
  const portable = articles.map(toPortableText);
  return {
    'verstka `renderArticle(object)`': () => { for (const a of articles) renderArticle(a); },
    'verstka `renderArticle(jsonString)`': () => { for (const t of texts) renderArticle(t); },
    'marked + typograf + sanitize-html + template': () => { for (const a of articles) renderWithJsPipeline(a); },
    '@portabletext/to-html (no typography, reference)': () => { for (const p of portable) renderPortableText(p); },
  };
};
// Interleaved rounds (A B C D, A B C D …) so load on the machine hits everyone alike.
function articlesPerSecond(articles, { runs = 5, minMs = 250 } = {}) {
  const work = contenders(articles);
  const rates = Object.fromEntries(Object.keys(work).map((k) => [k, []]));
  for (const f of Object.values(work)) f();
  for (let r = 0; r < runs; ++r) {
    for (const [name, f] of Object.entries(work)) {
      let done = 0;
      const start = performance.now();
      let elapsed;
      do { f(); done += articles.length; elapsed = performance.now() - start; } while (elapsed < minMs);
      rates[name].push(done / (elapsed / 1000));
    }
  }
  return Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, median(v)]));
}
const seedRates = articlesPerSecond([seed]);
const variedRates = articlesPerSecond(varied);
const pipeline = 'marked + typograf + sanitize-html + template';
const renderRows = Object.keys(seedRates).map((name) =>
  `| ${name} | ${rate(seedRates[name])} | ${rate(variedRates[name])} | ${(seedRates[name] / seedRates[pipeline]).toFixed(1)}× | ${(variedRates[name] / variedRates[pipeline]).toFixed(1)}× |`);
const seedRatio = seedRates['verstka `renderArticle(object)`'] / seedRates[pipeline];
const variedRatio = variedRates['verstka `renderArticle(object)`'] / variedRates[pipeline];
sections.push(['Rendering', [
  `Seed article: ${KB(Buffer.byteLength(SEED_TEXT))} of JSON. Varied: 100 articles, ${KB(variedBytes)} in all. Articles/s, median of 5 interleaved rounds; typography on everywhere but Portable Text.`,
  '', '| renderer | seed articles/s | varied articles/s | × JS pipeline (seed) | × JS pipeline (varied) |', '|---|---:|---:|---:|---:|',
  ...renderRows,
  '', `**verstka is ${seedRatio.toFixed(1)}× (seed) and ${variedRatio.toFixed(1)}× (varied) the JS pipeline** (budget ≥ 20×).`,
].join('\n')]);

// --- typography ----------------------------------------------------------------------------
const typography = await measureTypography();
sections.push(['Typography', typographyTable(typography)]);

// --- memory --------------------------------------------------------------------------------
if (!quick) {
  for (let i = 0; i < 1000; ++i) renderArticle(SEED_TEXT);
  const after1k = internals().memoryBytes;
  const start = performance.now();
  for (let i = 1000; i < 100000; ++i) renderArticle(SEED_TEXT);
  const seconds = (performance.now() - start) / 1000;
  const after100k = internals().memoryBytes;
  sections.push(['Memory', [
    '| renders of the seed article | wasm linear memory |', '|---|---:|',
    `| 1,000 | ${(after1k / (1 << 20)).toFixed(2)} MB |`,
    `| 100,000 | ${(after100k / (1 << 20)).toFixed(2)} MB |`,
    '', `Growth ${((after100k - after1k) / (1 << 20)).toFixed(2)} MB (budget ≤ 2 MB); live Embind handles after the run: ${internals().liveHandles}. 99,000 renders took ${seconds.toFixed(1)} s.`,
  ].join('\n')]);
}

// --- report --------------------------------------------------------------------------------
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const report = `# Performance

Generated by \`npm run bench\` (bench/run.mjs; \`npm run bench:typography\` runs the typography part
alone). Reported, not asserted. Everything runs in one Node process on the built \`dist/\`.

verstka ${version()} · Node ${process.version} · ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} ·
load average ${load} at the end · ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC

${sections.map(([title, body]) => `## ${title}\n\n${body}`).join('\n\n')}
`;
console.log(report);
if (!quick) writeFileSync(join(ROOT, 'docs/performance.md'), `${report.trimEnd()}\n\n${readNotes()}`);

function readNotes() {
  try {
    return readFileSync(join(ROOT, 'bench/notes.md'), 'utf8');
  } catch {
    return '';
  }
}
