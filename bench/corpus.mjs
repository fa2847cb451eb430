// Benchmark inputs, generated deterministically from examples/: the seed article (~5 KB), 100
// varied articles (blocks, lengths and wording recombined from every example), and ~1 MB of
// Russian news text in ~500-character paragraphs for the typography comparison.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8')));

export const SEED_TEXT = readFileSync(join(ROOT, 'examples/sochi-vnot-2024.json'), 'utf8');

/// A seeded random generator (mulberry32): the same sequence on every run.
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/// 100 articles: each takes the head (title, lead, cover …) of one example and 4–16 body
/// blocks drawn from all of them, so sizes run from ~2 KB to ~12 KB.
export function variedArticles(count = 100) {
  const next = random(100);
  const blocks = EXAMPLES.flatMap((a) => a.body);
  return Array.from({ length: count }, (_, i) => {
    const head = EXAMPLES[i % EXAMPLES.length];
    const body = Array.from({ length: 4 + Math.floor(next() * 13) }, () => blocks[Math.floor(next() * blocks.length)]);
    return { ...head, id: `${head.id}-${i}`, title: `${head.title} (${i + 1})`, body };
  });
}

/// The article texts (title, lead, paragraphs, quotes, list items) as plain strings.
function texts() {
  const out = [];
  for (const a of EXAMPLES) {
    out.push(a.title, a.lead ?? '');
    for (const b of a.body) {
      if (typeof b.text === 'string') out.push(b.text);
      if (Array.isArray(b.items)) out.push(...b.items);
      if (typeof b.caption === 'string') out.push(b.caption);
    }
  }
  return out.filter((s) => s.length > 20).map((s) => s.replace(/[*_`[\]]/g, ''));
}

/// ~1 MB (UTF-8) of paragraphs of ~500 characters, sentences shuffled from every example.
export function newsParagraphs(bytes = 1 << 20) {
  const next = random(7);
  const sentences = texts().flatMap((t) => t.split(/(?<=[.!?…])\s+/)).filter((s) => s.length > 10);
  const paragraphs = [];
  let total = 0;
  while (total < bytes) {
    let p = '';
    while (p.length < 500) p += (p ? ' ' : '') + sentences[Math.floor(next() * sentences.length)];
    paragraphs.push(p);
    total += Buffer.byteLength(p);
  }
  return paragraphs;
}

/// Median of `runs` measurements of `fn` (each returns a number).
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/// Items per second of `work(item)` over `items`, as the median of `runs` timed passes of at
/// least `minMs` each (after one warm-up pass).
export function throughput(items, work, { runs = 5, minMs = 300 } = {}) {
  for (const item of items) work(item);
  const rates = [];
  for (let r = 0; r < runs; ++r) {
    let done = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      for (const item of items) work(item);
      done += items.length;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    rates.push(done / (elapsed / 1000));
  }
  return median(rates);
}

/// Writes the news corpus for the native bench (bench/typography_native.cpp): the paragraphs
/// of `newsParagraphs()` separated by U+001E, so both builds typeset the same bytes.
export function writeNewsCorpus(path) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, newsParagraphs().join('\x1E'));
  return path;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === '--write') {
  console.log(writeNewsCorpus(process.argv[3] ?? join(ROOT, 'build/bench/news-corpus.txt')));
}
