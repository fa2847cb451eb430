// `npm run bench:typography`: verstka's typograph() against typograf@7 on ~1 MB of Russian news
// text in ~500-character paragraphs. Same process, runs interleaved, median of 5. Then the
// native build (build/bench/verstka_bench_typography, when built) on the same corpus.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { init, typograph } from '../dist/node.js';
import { typograf } from './js-pipeline.mjs';
import { ROOT, median, newsParagraphs, writeNewsCorpus } from './corpus.mjs';

function pass(paragraphs, work) {
  const start = performance.now();
  for (const p of paragraphs) work(p);
  return performance.now() - start;
}

/// Rows for the performance table: paragraphs/s and MB/s of each engine, and the ratio.
export async function measureTypography({ runs = 5 } = {}) {
  await init();
  const paragraphs = newsParagraphs();
  const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p), 0);
  const engines = {
    'verstka typograph()': (p) => typograph(p).text,
    'typograf@7 execute()': (p) => typograf.execute(p),
  };
  const times = Object.fromEntries(Object.keys(engines).map((name) => [name, []]));
  for (const work of Object.values(engines)) pass(paragraphs.slice(0, 100), work);  // warm-up
  for (let r = 0; r < runs; ++r) {
    for (const [name, work] of Object.entries(engines)) times[name].push(pass(paragraphs, work));
  }
  const rows = Object.entries(times).map(([name, list]) => {
    const ms = median(list);
    return { name, ms, perSecond: paragraphs.length / (ms / 1000), mbPerSecond: bytes / (1 << 20) / (ms / 1000) };
  });
  return { paragraphs: paragraphs.length, bytes, rows, ratio: rows[1].ms / rows[0].ms, native: measureNative() };
}

/// The native typograph() on the same corpus, or null when the native bench is not built.
export function measureNative() {
  const binary = join(ROOT, 'build/bench/verstka_bench_typography');
  if (!existsSync(binary)) return null;
  const corpus = writeNewsCorpus(join(ROOT, 'build/bench/news-corpus.txt'));
  return JSON.parse(execFileSync(binary, [corpus, '--json'], { encoding: 'utf8' }));
}

export function typographyTable(t) {
  const lines = [
    `Input: ${t.paragraphs} paragraphs, ${(t.bytes / (1 << 20)).toFixed(2)} MB of UTF-8 (median of 5 full passes).`,
    '',
    '| engine | paragraphs/s | MB/s | time per pass |',
    '|---|---:|---:|---:|',
    ...t.rows.map((r) => `| ${r.name} | ${Math.round(r.perSecond).toLocaleString('en')} | ${r.mbPerSecond.toFixed(2)} | ${r.ms.toFixed(0)} ms |`),
    '',
    `**typograph() is ${t.ratio.toFixed(1)}× typograf** (budget ≥ 20×).`,
  ];
  if (t.native) {
    const wasm = t.rows[0];
    lines.push(
      '',
      `Native typograph() on the same corpus (diagnostics on, median of 7): ${t.native.mbPerSecond.toFixed(1)} MB/s ` +
        `(${t.native.ms.toFixed(1)} ms per pass, budget ≥ 300 MB/s); ` +
        `${(wasm.ms / t.native.ms).toFixed(1)}× the wasm build, ${(t.rows[1].ms / t.native.ms).toFixed(1)}× typograf.`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(typographyTable(await measureTypography()));
}
