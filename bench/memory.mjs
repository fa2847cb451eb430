// WebAssembly memory over 100,000 renders: the linear memory (which can only grow) and the
// live Embind handles are sampled every 10,000 renders; after the first 10,000 they must stay
// flat. Every example is rendered in turn, in every layout, and every 100th call is a hostile
// input (truncated, invalid UTF-8, 100,000-deep nesting), so error paths are measured too.
//
//   node bench/memory.mjs [RENDERS]        (default 100000; VERSTKA_TESTING_DIST=dir for another
//                                          test build, as scripts/assemble-dist.mjs writes them)
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.VERSTKA_TESTING_DIST || join(ROOT, 'build-wasm/dist-testing');
const RENDERS = Number(process.argv[2] || 100_000);
const SAMPLE = Math.max(1, Math.floor(RENDERS / 10));
// Allowed growth after warm-up: one wasm page block of slack for allocator fragmentation.
const SLACK = 2 ** 20;

const verstka = await import(join(DIST, 'node.js'));
const { internals } = await import(join(DIST, 'core.js'));
await verstka.init();

const examples = readdirSync(join(ROOT, 'examples')).filter((n) => n.endsWith('.json')).sort()
  .map((n) => readFileSync(join(ROOT, 'examples', n), 'utf8'));
const bytes = new TextEncoder().encode(examples[0]);
const hostile = [
  examples[0].slice(0, examples[0].length / 2),
  new Uint8Array([...bytes.subarray(0, 40), 0xff, ...bytes.subarray(40)]),
  '['.repeat(100_000),
  JSON.stringify({ title: 'т', body: [{ type: 'markdown', text: '> '.repeat(5000) + '*'.repeat(5000) }] }),
];
const layouts = ['full', 'teaser', 'compact'];
const expected = examples.map((json) => layouts.map((layout) => verstka.renderArticle(json, { layout, jsonLd: true }).html));

const samples = [];
const sample = (renders) => {
  const { memoryBytes, liveHandles } = internals();
  samples.push({ renders, memoryBytes, liveHandles, heapUsed: process.memoryUsage().heapUsed });
};
sample(0);
const start = performance.now();
let failures = 0;
for (let i = 1; i <= RENDERS; ++i) {
  if (i % 100 === 0) {
    const k = (i / 100) % hostile.length;
    const r = verstka.renderArticle(hostile[k]);
    // The first three are refused with a diagnostic; the deep markdown one is valid.
    if (k < 3 ? r.ok || r.diagnostics.length === 0 : !r.ok) failures += 1;
  } else {
    const e = i % examples.length;
    const l = Math.floor(i / examples.length) % layouts.length;
    const r = verstka.renderArticle(examples[e], { layout: layouts[l], jsonLd: true });
    if (r.html !== expected[e][l]) failures += 1;
  }
  if (i % SAMPLE === 0) sample(i);
}
const seconds = (performance.now() - start) / 1000;

const warm = samples.find((s) => s.renders >= SAMPLE);
const last = samples.at(-1);
const growth = last.memoryBytes - warm.memoryBytes;
const mib = (b) => (b / 2 ** 20).toFixed(2);
console.log(`${RENDERS} renders in ${seconds.toFixed(1)} s (${(RENDERS / seconds).toFixed(0)}/s); every 100th hostile`);
console.log(`${'renders'.padStart(8)}  ${'wasm MiB'.padStart(9)}  ${'handles'.padStart(7)}  ${'JS heap MiB'.padStart(11)}`);
for (const s of samples) {
  console.log(`${String(s.renders).padStart(8)}  ${mib(s.memoryBytes).padStart(9)}  ${String(s.liveHandles).padStart(7)}  ${mib(s.heapUsed).padStart(11)}`);
}
const flat = growth <= SLACK && last.liveHandles <= warm.liveHandles;
console.log(`wasm memory after ${warm.renders} renders: ${mib(warm.memoryBytes)} MiB; after ${last.renders}: ${mib(last.memoryBytes)} MiB ` +
  `(growth ${mib(growth)} MiB, allowed ${mib(SLACK)}); live handles ${warm.liveHandles} → ${last.liveHandles}; wrong results: ${failures}`);
console.log(flat && failures === 0 ? 'memory flat' : 'MEMORY GROWS or results changed');
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/memory.json'), JSON.stringify({ date: new Date().toISOString(), renders: RENDERS, seconds, samples, failures }, null, 2));
process.exitCode = flat && failures === 0 ? 0 : 1;
