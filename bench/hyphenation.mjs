// `npm run bench:hyphenation`: verstka's hyphenate() against Hyphenopoly and `hyphen` (npm), in
// one process, on the same inputs, then native verstka against libhyphen (hnj_hyphen_hyphenate2)
// on the same words (build/bench/verstka_bench_hyphenation).
//
// Inputs: a fixed-seed sample of lowercase word forms of Debian's hunspell-ru (expanded by
// scripts/setup.sh into third_party/hunspell-ru/forms.txt), and ~1 MB of Russian news text in
// ~500-character paragraphs (bench/corpus.mjs). Every engine runs with its per-word cache on,
// hyphen character U+00AD and a minimum word length of 7.
//
// Words: each timed pass takes a slice of the list that no engine has seen before, as one text
// of one word a line (a cache holds each word once; a second pass over the same words would
// time the cache, not the hyphenator). Running text: each pass hyphenates every paragraph, one
// call each; caches stay warm across passes, as in a long-lived server. Median of 5 passes; the
// engines take turns pass by pass.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import hyphenopoly from 'hyphenopoly';

import { init, initHyphenation, hyphenate } from '../dist/node.js';
import { median, newsParagraphs, random, ROOT } from './corpus.mjs';

const require = createRequire(import.meta.url);
const { hyphenateSync: hyphenJs } = require('hyphen/ru');

const FORMS = join(ROOT, 'third_party/hunspell-ru/forms.txt');
const PASSES = 5;
const SLICE = 40_000;  // words a pass
const SHY = '\u00AD';

/// (PASSES + 1) × SLICE distinct lowercase forms, in a fixed-seed random order.
function sampleWords() {
  if (!existsSync(FORMS)) throw new Error(`${FORMS} is missing: run scripts/setup.sh`);
  const all = readFileSync(FORMS, 'utf8').split('\n').filter((w) => /^[а-яё]+$/.test(w));
  const next = random(13);
  for (let i = all.length - 1; i > 0; --i) {
    const j = Math.floor(next() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, (PASSES + 1) * SLICE);
}

function hyphenopolyRu() {
  const hyphenators = hyphenopoly.config({
    require: ['ru'],
    sync: true,
    loaderSync: (file, patternDir) => readFileSync(new URL(file, patternDir)),
    hyphen: SHY,
    minWordLength: 7,
  });
  return hyphenators.get('ru');
}

function timed(work) {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export async function measureHyphenation() {
  await init();
  await initHyphenation();
  const words = sampleWords();
  const slices = Array.from({ length: PASSES + 1 }, (_, i) => words.slice(i * SLICE, (i + 1) * SLICE).join('\n'));
  const paragraphs = newsParagraphs();
  const textBytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p), 0);
  const textWords = paragraphs.reduce((n, p) => n + p.split(/\s+/).length, 0);
  const hyphenopolyHyphenate = hyphenopolyRu();
  const engines = {
    'verstka hyphenate() (wasm)': (text) => hyphenate(text),
    'Hyphenopoly 6.1 (wasm)': (text) => hyphenopolyHyphenate(text),
    'hyphen 1.14 (JS)': (text) => hyphenJs(text, { hyphenChar: SHY, minWordLength: 7 }),
  };
  // Passes take turns between the engines (one word-list pass of each, then the next), so that
  // a change in the machine's load during the run falls on every engine alike.
  const entries = Object.entries(engines);
  const wordMs = entries.map(() => []);
  const textMs = entries.map(() => []);
  for (const [, work] of entries) {
    work(slices[PASSES]);  // warm-up on words no timed pass uses
    for (const p of paragraphs.slice(0, 50)) work(p);
  }
  for (let r = 0; r < PASSES; ++r) {
    entries.forEach(([, work], e) => wordMs[e].push(timed(() => work(slices[r]))));
  }
  for (let r = 0; r < PASSES; ++r) {
    entries.forEach(([, work], e) => textMs[e].push(timed(() => { for (const p of paragraphs) work(p); })));
  }
  const rows = entries.map(([name], e) => {
    const words = median(wordMs[e]);
    const text = median(textMs[e]);
    return {
      name,
      wordsPerSecond: SLICE / (words / 1000),
      textWordsPerSecond: textWords / (text / 1000),
      mbPerSecond: textBytes / (1 << 20) / (text / 1000),
    };
  });
  const native = measureNative(words.slice(0, SLICE));
  return { slice: SLICE, textBytes, textWords, paragraphs: paragraphs.length, rows, native };
}

// The native comparison: libhyphen needs a .dic made from the same TeX patterns by its own
// substrings.pl (Debian's hyphen-ru dictionary never went through it and breaks wrongly).
function measureNative(words) {
  const program = join(ROOT, 'build/bench/verstka_bench_hyphenation');
  if (!existsSync(program)) return { skipped: `${program} is missing (native build without libhyphen-dev?)` };
  const dir = join(ROOT, 'build/bench/hyphenation');
  mkdirSync(dir, { recursive: true });
  const dic = join(dir, 'hyph_ru_tex.dic');
  const made = spawnSync('perl', ['/usr/share/libhyphen/substrings.pl', join(ROOT, 'third_party/hyph-utf8/hyph-ru.pat.txt'), dic, 'UTF-8', '2', '2'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (made.status !== 0) return { skipped: `substrings.pl failed: ${made.stderr}` };
  const list = join(dir, 'words.txt');
  writeFileSync(list, words.join('\n') + '\n');
  const run = spawnSync(program, [list, dic], { encoding: 'utf8' });
  if (run.status !== 0) return { skipped: `${program} failed: ${run.stderr}` };
  return JSON.parse(run.stdout);
}

export function hyphenationTable(h) {
  const fmt = (n) => Math.round(n).toLocaleString('en');
  const [verstka, hyphenopolyRow, hyphenRow] = h.rows;
  const lines = [
    `Words: ${fmt(h.slice)} distinct hunspell-ru forms a pass, one text of a word a line, each pass on words`,
    `no engine had seen. Running text: ${h.paragraphs} paragraphs, ${(h.textBytes / (1 << 20)).toFixed(2)} MB, ${fmt(h.textWords)} words, one call a paragraph. Median of ${PASSES}.`,
    '',
    '| engine | words/s (word list) | words/s (running text) | MB/s (running text) |',
    '|---|---:|---:|---:|',
    ...h.rows.map((r) => `| ${r.name} | ${fmt(r.wordsPerSecond)} | ${fmt(r.textWordsPerSecond)} | ${r.mbPerSecond.toFixed(2)} |`),
    '',
    `**wasm: ${(verstka.wordsPerSecond / hyphenopolyRow.wordsPerSecond).toFixed(1)}× Hyphenopoly** (budget ≥ 5×), ` +
      `**${(verstka.wordsPerSecond / hyphenRow.wordsPerSecond).toFixed(1)}× hyphen** (budget ≥ 10×) on the word list; ` +
      `running text ${(verstka.mbPerSecond / hyphenopolyRow.mbPerSecond).toFixed(1)}× and ${(verstka.mbPerSecond / hyphenRow.mbPerSecond).toFixed(1)}×.`,
    '',
  ];
  if (h.native.skipped) {
    lines.push(`Native: skipped (${h.native.skipped}).`);
  } else {
    lines.push(
      `Native, the same ${fmt(h.native.words)} words, one call a word (median of ${h.native.runs}):`,
      '',
      '| engine | words/s |',
      '|---|---:|',
      `| verstka::hyphenate() | ${fmt(h.native.verstka)} |`,
      `| libhyphen hnj_hyphen_hyphenate2 | ${fmt(h.native.libhyphen)} |`,
      '',
      `**native: ${(h.native.verstka / h.native.libhyphen).toFixed(2)}× libhyphen** (budget ≥ 1×).`,
    );
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(hyphenationTable(await measureHyphenation()));
}
