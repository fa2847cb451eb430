// init() and initSync(): every accepted source, retry after failure, and the state before init.
// Each case runs in a fresh Node process, because an initialised instance stays initialised.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DIST, ROOT, PACKAGE, runModule } from './api-support.mjs';

const ENTRY = JSON.stringify(new URL('../../dist/node.js', import.meta.url).href);
const WASM_PATH = join(DIST, 'verstka.wasm');
const WASM = readFileSync(WASM_PATH);

// A local server: the .wasm with the right MIME type, with a wrong one, and a 404.
let server;
let origin;
before(async () => {
  server = createServer((request, response) => {
    if (request.url === '/good.wasm') response.writeHead(200, { 'content-type': 'application/wasm' }).end(WASM);
    else if (request.url === '/octet.wasm') response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(WASM);
    else if (request.url === '/spa.wasm') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html>');
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

// Runs `body` after importing the Node entry as `v`; `body` prints one JSON line.
async function scenario(body) {
  const r = await runModule(`import * as v from ${ENTRY};\n${body}`);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const rendersSeed = `
const html = v.renderArticle(readFileSync(${JSON.stringify(join(ROOT, 'examples/sochi-vnot-2024.json'))}, 'utf8')).html;
const ok = html.startsWith('<article class="vk-card vk-card--full"');`;

describe('init() sources', () => {
  const sources = {
    'nothing: the packaged file, read from disk': 'undefined',
    'a file: URL': `new URL(${JSON.stringify(new URL('../../dist/verstka.wasm', import.meta.url).href)})`,
    'a file: URL as a string': JSON.stringify(new URL('../../dist/verstka.wasm', import.meta.url).href),
    'an absolute path': JSON.stringify(WASM_PATH),
    'a path relative to the working directory': JSON.stringify('dist/verstka.wasm'),
    'a Uint8Array': 'readFileSync(WASM)',
    'an ArrayBuffer': 'Uint8Array.from(readFileSync(WASM)).buffer',
    'a DataView': 'new DataView(Uint8Array.from(readFileSync(WASM)).buffer)',
    'a WebAssembly.Module': 'new WebAssembly.Module(readFileSync(WASM))',
    'a promise of bytes': 'Promise.resolve(readFileSync(WASM))',
    'a Response served as application/wasm': "new Response(readFileSync(WASM), { headers: { 'content-type': 'application/wasm' } })",
    'a Response with the wrong MIME type': "new Response(readFileSync(WASM), { headers: { 'content-type': 'application/octet-stream' } })",
    'a promise of a Response': "Promise.resolve(new Response(readFileSync(WASM), { headers: { 'content-type': 'application/wasm' } }))",
  };
  for (const [name, expression] of Object.entries(sources)) {
    test(name, async () => {
      const r = await scenario(`
import { readFileSync } from 'node:fs';
const WASM = ${JSON.stringify(WASM_PATH)};
await v.init(${expression === 'undefined' ? '' : `{ wasm: ${expression} }`});
${rendersSeed}
console.log(JSON.stringify({ ok, version: v.version() }));`);
      assert.deepEqual(r, { ok: true, version: PACKAGE.version });
    });
  }

  for (const [path, what] of [['/good.wasm', 'application/wasm (streaming)'], ['/octet.wasm', 'a wrong MIME type (buffered)']]) {
    test(`an http URL served as ${what}`, async () => {
      const r = await scenario(`
import { readFileSync } from 'node:fs';
await v.init({ wasm: ${JSON.stringify(origin + path)} });
${rendersSeed}
console.log(JSON.stringify({ ok }));`);
      assert.deepEqual(r, { ok: true });
    });
  }
});

describe('init() failures and retries', () => {
  const failures = {
    'a 404': 'set below',
    'an HTML page (an SPA fallback) instead of the module': 'set below',
    'a missing file': JSON.stringify(join(DIST, 'no-such.wasm')),
    'bytes that are not WebAssembly': 'new Uint8Array([1, 2, 3, 4])',
    'a WebAssembly module that is not verstka': 'new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])',
  };
  for (const [name, expression] of Object.entries(failures)) {
    test(`${name} rejects, and the next init() succeeds`, async () => {
      const source = name === 'a 404' ? JSON.stringify(`${origin}/missing.wasm`)
        : name.startsWith('an HTML page') ? JSON.stringify(`${origin}/spa.wasm`) : expression;
      const r = await scenario(`
import { readFileSync } from 'node:fs';
let first = null;
try { await v.init({ wasm: ${source} }); } catch (error) { first = error.name + ': ' + error.message; }
let before = null;
try { v.version(); } catch (error) { before = error.message; }
await v.init();
${rendersSeed}
console.log(JSON.stringify({ first, before, ok }));`);
      assert.ok(r.first, 'the first init() must reject');
      assert.match(r.before, /not initialised/);
      assert.equal(r.ok, true);
      if (name === 'a 404') assert.match(r.first, /HTTP 404/);
      if (name.startsWith('an HTML page')) assert.match(r.first, /sent an HTML page instead of the WebAssembly module.*optimizeDeps/);
    });
  }

  test('concurrent init() calls share one load and all resolve', async () => {
    const r = await scenario(`
const results = await Promise.allSettled([v.init(), v.init(), v.init({})]);
console.log(JSON.stringify(results.map((x) => x.status).concat(v.version())));`);
    assert.deepEqual(r, ['fulfilled', 'fulfilled', 'fulfilled', PACKAGE.version]);
  });

  test('a call before init() throws an Error that says what to do', async () => {
    const r = await scenario(`
const messages = [];
for (const f of ['renderArticle', 'validateArticle', 'typograph', 'hyphenate', 'typographyRules', 'version']) {
  try { v[f]('{}'); messages.push('no error'); } catch (error) { messages.push(error.constructor.name + ': ' + error.message); }
}
console.log(JSON.stringify(messages));`);
    for (const m of r) assert.match(m, /^Error: verstka: not initialised; call `await init\(\)`/);
  });

  test('argument types are still checked before init()', async () => {
    const r = await scenario(`
let name = null;
try { v.renderArticle(42); } catch (error) { name = error.constructor.name; }
console.log(JSON.stringify(name));`);
    assert.equal(r, 'TypeError');
  });
});

describe('initSync()', () => {
  const cases = {
    'with no argument (Node reads the packaged file)': '',
    'with bytes': 'readFileSync(WASM)',
    'with a WebAssembly.Module': 'new WebAssembly.Module(readFileSync(WASM))',
  };
  for (const [name, argument] of Object.entries(cases)) {
    test(name, async () => {
      const r = await scenario(`
import { readFileSync } from 'node:fs';
const WASM = ${JSON.stringify(WASM_PATH)};
v.initSync(${argument});
${rendersSeed}
await v.init();
console.log(JSON.stringify({ ok, version: v.version() }));`);
      assert.deepEqual(r, { ok: true, version: PACKAGE.version });
    });
  }

  test('bad bytes throw, and a later initSync() succeeds', async () => {
    const r = await scenario(`
import { readFileSync } from 'node:fs';
let first = null;
try { v.initSync(new Uint8Array([0, 97, 115, 109, 9, 9, 9, 9])); } catch (error) { first = error.constructor.name; }
v.initSync();
${rendersSeed}
console.log(JSON.stringify({ first, ok }));`);
    assert.deepEqual(r, { first: 'CompileError', ok: true });
  });
});
