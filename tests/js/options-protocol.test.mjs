// The options protocol cannot drift: scripts/generate-options-protocol.mjs writes the glue's side
// from bindings/js/options.js, and bindings/embind.cpp does not compile against a table it does
// not match. Each case edits a copy of the table, generates the header and compiles the glue
// (em++ -fsyntax-only, with the wasm build's -Wall -Werror); the build itself compiles the glue
// against the table as it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { ROOT } from './api-support.mjs';

const run = promisify(execFile);
const OPTIONS_JS = readFileSync(join(ROOT, 'bindings/js/options.js'), 'utf8');

// Generates the header from an edited table and compiles embind.cpp against it: the first
// compiler error, or null when it compiles.
async function compileWith(edit) {
  const dir = mkdtempSync(join(tmpdir(), 'options-protocol-'));
  try {
    mkdirSync(join(dir, 'bindings/js'), { recursive: true });
    mkdirSync(join(dir, 'scripts'));
    cpSync(join(ROOT, 'scripts/generate-options-protocol.mjs'), join(dir, 'scripts/generate-options-protocol.mjs'));
    cpSync(join(ROOT, 'bindings/js/protocol.js'), join(dir, 'bindings/js/protocol.js'));
    const table = edit(OPTIONS_JS);
    writeFileSync(join(dir, 'bindings/js/options.js'), table);
    await run(process.execPath, [join(dir, 'scripts/generate-options-protocol.mjs'), join(dir, 'generated/options_protocol.hpp')]);
    try {
      await run('em++', ['-std=c++17', '-Wall', '-Wextra', '-Wshadow', '-Werror', '-fsyntax-only',
        `-I${join(dir, 'generated')}`, `-I${join(ROOT, 'include')}`, join(ROOT, 'bindings/embind.cpp')]);
      return null;
    } catch (error) {
      return String(error.stderr).split('\n').find((line) => line.includes('error:')) ?? String(error.stderr);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Replaces `from` (which must be in the table) by `to`.
const replace = (from, to) => (text) => {
  assert.ok(text.includes(from), `the table has ${from}`);
  return text.replace(from, to);
};

const CASES = [
  { name: 'a boolean option the glue does not map', edit: replace('newTab: boolean(false),', 'newTab: boolean(false), lazyImages: boolean(true),'),
    error: /enumeration value 'lazyImages' not handled in switch/ },
  { name: 'a boolean option the glue maps but the table lost', edit: replace('    nofollow: boolean(false),\n', ''),
    error: /no member named 'nofollow' in 'verstka::protocol::Flag'/ },
  { name: 'a choice option the glue does not map', edit: replace('    nofollow: boolean(false),', "    nofollow: boolean(false), theme: choice(THEMES, 'light'),"),
    error: /unknown type name 'Theme'|not handled in switch/ },
  { name: 'a C++ value the table lacks (Layout::compact)', edit: replace("['full', 'teaser', 'compact']", "['full', 'teaser']"),
    error: /enumeration value 'compact' not handled in switch/ },
  { name: 'a value the C++ enum lacks', edit: replace("['full', 'teaser', 'compact']", "['full', 'teaser', 'compact', 'sidebar']"),
    error: /no member named 'sidebar' in 'verstka::Layout'/ },
];

test('embind.cpp does not compile against a table it does not match', async (t) => {
  // Two at a time: the machines have two cores.
  const results = [];
  for (let i = 0; i < CASES.length; i += 2) results.push(...await Promise.all(CASES.slice(i, i + 2).map((c) => compileWith(c.edit))));
  CASES.forEach(({ name, error }, i) => assert.match(results[i] ?? 'it compiled', error, name));
  t.diagnostic(CASES.map(({ name }, i) => `${name}: ${results[i] ?? 'compiles'}`).join('\n'));
});
