// typographRuns(): runs in, runs out (the same count, verbatim ones as given), argument
// mistakes as TypeError before anything reaches wasm, and text the C++ side cannot misalign.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';

import { init, typographRuns } from '../../dist/node.js';

const N = '\u00A0';
before(() => init());

const texts = (runs, options) => typographRuns(runs, options).runs.map((run) => run.text);

test('typographRuns: quotes pair across runs; each run keeps its own text; verbatim runs untouched', () => {
  assert.deepEqual(texts([{ text: 'он сказал "' }, { text: 'да' }, { text: '" - и ушел' }]), [`он${N}сказал «`, 'да', `»${N}— и${N}ушел`]);
  assert.deepEqual(typographRuns([{ text: 'код ' }, { text: 'a - "b"', verbatim: true }, { text: ' и "x"', verbatim: false }]).runs,
                   [{ text: 'код ', verbatim: false }, { text: 'a - "b"', verbatim: true }, { text: ` и${N}«x»`, verbatim: false }]);
});

test('typographRuns: multi-byte text and lone surrogates keep the runs aligned', () => {
  // A high surrogate ending one run and a low one starting the next must not pair up.
  assert.deepEqual(texts([{ text: 'а\uD83D' }, { text: '\uDE00б' }, { text: '😀 "в"' }]), ['а\uFFFD', '\uFFFDб', '😀 «в»']);
  assert.deepEqual(texts([{ text: '' }, { text: 'ё' }, { text: '' }]), ['', 'ё', '']);
});

test('typographRuns: no runs need no instance; options are checked', () => {
  assert.deepEqual(typographRuns([]), { runs: [], diagnostics: [] });
  assert.deepEqual(texts([{ text: 'в Сочи' }], { disable: ['nbsp/*'] }), ['в Сочи']);
  assert.throws(() => typographRuns([], { entities: true }), { name: 'TypeError', message: "verstka: typographRuns: unknown option 'entities'" });
});

const WRONG = [
  ['a string instead of runs', 'text'],
  ['a run without text', [{}]],
  ['a run with a number', [{ text: 1 }]],
  ['null in the runs', [null]],
  ["a 'verbatim' that is not a boolean", [{ text: 'a', verbatim: 'yes' }]],
];
for (const [name, runs] of WRONG) {
  test(`typographRuns: TypeError for ${name}`, () => {
    assert.throws(() => typographRuns(runs), { name: 'TypeError', message: /^verstka: typographRuns: the runs must be an array of \{text: string, verbatim\?: boolean\}/ });
  });
}
