// Pathological inputs against normal text: render time per MB through the wasm package (and
// natively when the build has the bench program), at two sizes of each input so that
// superlinear growth shows as a slope. A case is flagged when it is more than 10× slower per
// byte than normal text, or when its time grows clearly faster than its size. Both columns
// time the render alone, in process: the native one through build/bench/verstka_bench_render,
// which reads the input once and times only its render loop.
//
//   npm run bench:complexity [-- --quick] [-- --no-native]
//   VERSTKA_DIST=dir         use another build of the package (default dist/)
//   VERSTKA_BENCH_RENDER=path use another native bench program (default build/bench/verstka_bench_render)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.VERSTKA_DIST || join(ROOT, 'dist');
const BENCH_RENDER = process.env.VERSTKA_BENCH_RENDER || join(ROOT, 'build/bench/verstka_bench_render');
const quick = process.argv.includes('--quick');
const native = !process.argv.includes('--no-native') && existsSync(BENCH_RENDER);
const RATIO_LIMIT = 10;
// Time growing as size^1.5 or worse between the two sizes (8× apart) counts as superlinear.
const SLOPE_LIMIT = 1.5;

const verstka = await import(join(DIST, 'node.js'));
await verstka.init();

// Normal text: the seed article's paragraphs, repeated.
const seed = JSON.parse(readFileSync(join(ROOT, 'examples/sochi-vnot-2024.json'), 'utf8'));
const prose = seed.body.filter((b) => b.type === 'paragraph').map((b) => b.text).join(' ');
const proseOf = (bytes) => {
  let s = '';
  while (Buffer.byteLength(s) < bytes) s += prose + ' ';
  return s;
};

// Each case: where the text goes and a generator of `count` units; `count` is the size the
// issue names (10,000 quotes, 100,000 brackets, a 1 MB word …), measured against 1/8 of it.
const CASES = [
  { name: 'normal text (paragraph)', field: 'paragraph', make: (n) => proseOf(n), count: 960_000, normal: true },
  { name: 'normal text (markdown block)', field: 'markdown', make: (n) => proseOf(n), count: 960_000, normal: true },
  { name: 'unclosed quotes "а', field: 'paragraph', make: (n) => '"а '.repeat(n), count: 10_000 },
  { name: 'unclosed quotes «а', field: 'paragraph', make: (n) => '«а '.repeat(n), count: 10_000 },
  { name: 'straight quotes only', field: 'paragraph', make: (n) => '"'.repeat(n), count: 10_000 },
  { name: 'nested emphasis *…а…*', field: 'paragraph', make: (n) => '*'.repeat(n / 2) + 'а' + '*'.repeat(n / 2), count: 10_000 },
  { name: 'unclosed emphasis *а', field: 'paragraph', make: (n) => '*а '.repeat(n), count: 10_000 },
  { name: 'emphasis openers *_ (markdown)', field: 'markdown', make: (n) => '*_'.repeat(n / 2) + 'а', count: 10_000 },
  { name: 'run of dashes', field: 'paragraph', make: (n) => '-'.repeat(n), count: 1_000_000 },
  { name: 'spaced dashes " - а"', field: 'paragraph', make: (n) => ' - а'.repeat(n), count: 100_000 },
  { name: 'run of dots', field: 'paragraph', make: (n) => '.'.repeat(n), count: 1_000_000 },
  { name: 'ellipses "а..."', field: 'paragraph', make: (n) => 'а...'.repeat(n), count: 100_000 },
  { name: 'commas without spaces "а,"', field: 'paragraph', make: (n) => 'а,'.repeat(n), count: 100_000 },
  { name: 'ellipsis char before a word "а…"', field: 'paragraph', make: (n) => 'а…'.repeat(n), count: 100_000 },
  { name: '1 MB word (Cyrillic)', field: 'paragraph', make: (n) => 'я'.repeat(n), count: 500_000 },
  { name: '1 MB word (Latin)', field: 'paragraph', make: (n) => 'a'.repeat(n), count: 1_000_000 },
  { name: '1 MB number', field: 'paragraph', make: (n) => '1'.repeat(n), count: 1_000_000 },
  { name: '[ brackets (paragraph)', field: 'paragraph', make: (n) => '['.repeat(n), count: 100_000 },
  { name: '[ brackets (markdown)', field: 'markdown', make: (n) => '['.repeat(n), count: 100_000 },
  { name: '[a]( link openers (markdown)', field: 'markdown', make: (n) => '[a]('.repeat(n), count: 25_000 },
  { name: '![ image openers (markdown)', field: 'markdown', make: (n) => '!['.repeat(n), count: 50_000 },
  { name: 'nested block quotes > > >', field: 'markdown', make: (n) => '> '.repeat(n) + 'а', count: 10_000 },
  { name: 'nested lists (markdown)', field: 'markdown', make: (n) => Array.from({ length: n }, (_, i) => ' '.repeat(2 * (i % 60)) + '- а').join('\n'), count: 2_000 },
  { name: 'backtick runs (markdown)', field: 'markdown', make: (n) => Array.from({ length: n }, (_, i) => '`'.repeat(1 + (i % 50)) + 'а').join(' '), count: 5_000 },
  { name: 'short words "в в в"', field: 'paragraph', make: (n) => 'в '.repeat(n), count: 20_000 },
  { name: 'one word repeated "слово слово"', field: 'paragraph', make: (n) => 'слово '.repeat(n), count: 20_000 },
  { name: 'words with commas "слово, "', field: 'paragraph', make: (n) => 'слово, '.repeat(n), count: 20_000 },
  { name: 'initials "А. Б. "', field: 'paragraph', make: (n) => 'А. Б. '.repeat(n), count: 20_000 },
  { name: 'one run of initials "А. " + surname', field: 'paragraph', make: (n) => 'А. '.repeat(n) + 'Пушкин', count: 20_000 },
  { name: 'glued initials "А." + surname', field: 'paragraph', make: (n) => 'А.'.repeat(n) + 'Пушкин', count: 20_000 },
  { name: 'glued abbreviations "т.е."', field: 'paragraph', make: (n) => 'т.е.'.repeat(n), count: 20_000 },
  { name: 'symbols "(c) +- -> "', field: 'paragraph', make: (n) => '(c) +- -> '.repeat(n), count: 10_000 },
  { name: 'raw HTML tags (markdown)', field: 'markdown', make: (n) => '<b>'.repeat(n), count: 30_000 },
  { name: 'entities &amp;', field: 'paragraph', make: (n) => '&amp;'.repeat(n), count: 20_000 },
];
const GROWTH = 8;
// When 1/8 of a case already takes this long, the full size is not run (a quadratic case
// would take minutes); its slope is then unknown and its per-byte ratio decides.
const SKIP_LARGE_MS = 2000;

function article(field, text) {
  return JSON.stringify({ title: 'Заголовок', body: [{ type: field, text }] });
}

// Median of several timed runs (3 or more, up to 300 ms in all; one when a run takes over 1 s).
function measure(run) {
  const times = [];
  const start = performance.now();
  while (times.length < 1 || (times.at(-1) < 1000 && (times.length < 3 || (performance.now() - start < (quick ? 100 : 300) && times.length < 15)))) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function wasmTime(json) {
  const first = verstka.renderArticle(json);
  if (!first.ok) throw new Error(`not rendered: ${JSON.stringify(first.diagnostics).slice(0, 300)}`);
  return measure(() => verstka.renderArticle(json));
}

function nativeTime(json) {
  const r = spawnSync(BENCH_RENDER, ['--budget-ms', quick ? '100' : '300', '-'], { input: json });
  if (r.status !== 0) throw new Error(`native bench exit ${r.status}: ${String(r.stderr).slice(0, 300)}`);
  return JSON.parse(String(r.stdout)).median_ms;
}

const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const rows = [];
for (const c of CASES.filter((k) => k.normal || !only || only.test(k.name))) {
  const small = c.make(Math.round(c.count / GROWTH));
  const large = c.make(c.count);
  const bytesSmall = Buffer.byteLength(small);
  const bytesLarge = Buffer.byteLength(large);
  if (bytesLarge > 1 << 20) throw new Error(`${c.name}: ${bytesLarge} bytes is over the string limit`);
  process.stderr.write(`${c.name}…\r`);
  const row = { name: c.name, field: c.field, normal: !!c.normal, count: c.count };
  const run = (time, key) => {
    const smallMs = time(article(c.field, small));
    if (smallMs > SKIP_LARGE_MS) {
      row[`${key}_ms`] = smallMs;
      row[`${key}_bytes`] = bytesSmall;
      row[`${key}_slope`] = null;
    } else {
      row[`${key}_ms`] = time(article(c.field, large));
      row[`${key}_bytes`] = bytesLarge;
      row[`${key}_slope`] = Math.log(row[`${key}_ms`] / smallMs) / Math.log(bytesLarge / bytesSmall);
    }
    row[`${key}_ms_per_mb`] = row[`${key}_ms`] / (row[`${key}_bytes`] / 2 ** 20);
  };
  run(wasmTime, 'wasm');
  if (native) run(nativeTime, 'native');
  rows.push(row);
  process.stderr.write(`${c.name}: wasm ${row.wasm_ms.toFixed(1)} ms for ${row.wasm_bytes} bytes` +
    (native ? `, native ${row.native_ms.toFixed(1)} ms` : '') + '\n');
}

const normalWasm = Math.max(...rows.filter((r) => r.normal).map((r) => r.wasm_ms_per_mb));
const normalNative = native ? Math.max(...rows.filter((r) => r.normal).map((r) => r.native_ms_per_mb)) : 0;
let flagged = 0;
const header = ['case', 'field', 'bytes', 'wasm ms', 'ms/MB', '×normal', 'slope', ...(native ? ['native ms', 'ms/MB', '×normal', 'slope'] : []), ''];
const lines = [header];
const slopeText = (slope) => (slope === null ? 'skip' : slope.toFixed(2));
for (const r of rows) {
  r.wasm_ratio = r.wasm_ms_per_mb / normalWasm;
  if (native) r.native_ratio = r.native_ms_per_mb / normalNative;
  // A slope only means something when the time is well above timer noise.
  const steep = (slope, ms) => slope !== null && ms > 100 && slope > SLOPE_LIMIT;
  r.flag = !r.normal && (r.wasm_ratio > RATIO_LIMIT || steep(r.wasm_slope, r.wasm_ms) ||
    (native && (r.native_ratio > RATIO_LIMIT || steep(r.native_slope, r.native_ms))));
  if (r.flag) flagged += 1;
  lines.push([r.name, r.field, String(r.wasm_bytes), r.wasm_ms.toFixed(1), r.wasm_ms_per_mb.toFixed(0), r.wasm_ratio.toFixed(2), slopeText(r.wasm_slope),
    ...(native ? [r.native_ms.toFixed(1), r.native_ms_per_mb.toFixed(0), r.native_ratio.toFixed(2), slopeText(r.native_slope)] : []),
    r.flag ? 'FLAG' : '']);
}
const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
const text = lines.map((l) => l.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n');
console.log(`Render time per MB of input (full layout, typography on) at the named size, and its slope against 1/${GROWTH} of it`);
console.log(`('skip': 1/${GROWTH} already took over ${SKIP_LARGE_MS} ms, so the row shows that size).`);
console.log(`slope = log(time ratio)/log(size ratio): 1 is linear. FLAG: > ${RATIO_LIMIT}× normal text per byte, or slope > ${SLOPE_LIMIT}.`);
console.log(text);
console.log(flagged ? `\n${flagged} case(s) flagged` : '\nno case flagged');
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/complexity.json'), JSON.stringify({ date: new Date().toISOString(), native, rows }, null, 2));
process.exitCode = flagged ? 1 : 0;
