// examples/worker under the real workerd (npm `workerd`), built from the packed tarball the way
// wrangler builds it (esbuild with the workerd conditions; the .wasm a separate compiled module):
// the seed and hostile inputs over HTTP on 127.0.0.1, statuses, headers, diagnostics as JSON, and
// one isolate serving 10,000 requests with flat memory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { BIN, ROOT, SEED, exec, expectedHtml, project, remove } from './support.mjs';

const MAX_BYTES = 65536;
const BUILD = `
import { build } from 'esbuild';
await build({
  entryPoints: ['src/worker.js', 'src/probe.js'], bundle: true, format: 'esm', platform: 'browser', outdir: 'out',
  conditions: ['workerd', 'worker'], logLevel: 'warning',
  plugins: [{ name: 'compiled-wasm', setup(b) {
    b.onResolve({ filter: /^verstka\\/verstka\\.wasm$/ }, () => ({ path: './verstka.wasm', external: true }));
  } }],
});
`;
// What a user who follows the browser recipe or docs for other edge runtimes gets: init() with
// no module, and verstka/inline.
const PROBE = `
import { init } from 'verstka';
import { init as initInline } from 'verstka/inline';
export default {
  async fetch() {
    const out = {};
    try { await init(); out.plain = 'ok'; } catch (error) { out.plain = error.message; }
    try { await initInline(); out.inline = 'ok'; } catch (error) { out.inline = error.message; }
    return Response.json(out);
  },
};
`;
const CONFIG = `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker), (name = "probe", worker = .probe)],
  sockets = [
    (name = "http", address = "127.0.0.1:0", http = (), service = "main"),
    (name = "probe", address = "127.0.0.1:0", http = (), service = "probe"),
  ],
);
const probe :Workerd.Worker = (
  modules = [(name = "probe.js", esModule = embed "out/probe.js")],
  compatibilityDate = "2025-11-01",
);
const worker :Workerd.Worker = (
  modules = [
    (name = "worker.js", esModule = embed "out/worker.js"),
    (name = "verstka.wasm", wasm = embed "out/verstka.wasm"),
  ],
  bindings = [(name = "MAX_BYTES", text = "${MAX_BYTES}")],
  compatibilityDate = "2025-11-01",
);
`;

let dir;
let workerd;
let origin;
let probeOrigin;
let expected;

before(async () => {
  expected = { full: await expectedHtml(), teaser: await expectedHtml({ layout: 'teaser' }) };
  dir = await project('workerd', { 'build.mjs': BUILD, 'config.capnp': CONFIG, 'src/probe.js': PROBE });
  mkdirSync(join(dir, 'src'), { recursive: true });
  copyFileSync(join(ROOT, 'examples/worker/src/worker.js'), join(dir, 'src/worker.js'));
  const built = await exec(process.execPath, ['build.mjs'], { cwd: dir });
  assert.equal(built.code, 0, built.stderr);
  copyFileSync(join(dir, 'node_modules/verstka/dist/verstka.wasm'), join(dir, 'out/verstka.wasm'));
  // Port 0; workerd reports the port it got on the control fd (3).
  workerd = spawn(join(BIN, 'workerd'), ['serve', 'config.capnp', '--control-fd=3'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
  let log = '';
  workerd.stderr.on('data', (chunk) => { log += chunk; });
  const ports = await new Promise((resolve, reject) => {
    let buffer = '';
    workerd.stdio[3].on('data', (chunk) => {
      buffer += chunk;
      const found = {};
      for (const line of buffer.split('\n')) {
        if (line.includes('"listen"')) found[JSON.parse(line).socket] = JSON.parse(line).port;
      }
      if (found.http && found.probe) resolve(found);
    });
    workerd.on('exit', (code) => reject(new Error(`workerd exited with ${code}: ${log}`)));
    setTimeout(() => reject(new Error(`workerd did not listen within 30 s: ${log}`)), 30000).unref();
  });
  origin = `http://127.0.0.1:${ports.http}`;
  probeOrigin = `http://127.0.0.1:${ports.probe}`;
});

after(() => {
  workerd?.kill();
  remove(dir);
});

const post = (body, { query = '', headers = {} } = {}) => fetch(`${origin}/${query}`, { method: 'POST', body, headers });

test('the seed article: 200, the card the repository renders, Cache-Control and a strong ETag; 304 on If-None-Match', async () => {
  const response = await post(SEED);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(response.headers.get('cache-control'), 'public, max-age=3600');
  const etag = response.headers.get('etag');
  assert.match(etag, /^"[0-9a-f]{32}"$/);
  assert.equal(await response.text(), expected.full);
  const again = await post(SEED, { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  const teaser = await post(SEED, { query: '?layout=teaser' });
  assert.equal(await teaser.text(), expected.teaser);
  assert.notEqual(teaser.headers.get('etag'), etag, 'the layout is part of the ETag');
});

async function diagnosticsOf(response, status) {
  assert.equal(response.status, status);
  assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const body = await response.json();
  assert.equal(body.ok, false);
  assert.ok(body.diagnostics.length > 0);
  for (const d of body.diagnostics) {
    assert.deepEqual(Object.keys(d).sort(), ['code', 'column', 'line', 'message', 'path', 'severity']);
  }
  return body.diagnostics;
}

const HOSTILE = [
  ['a JSON syntax error, with its line and column', '{\n  "title": "T",\n  "body": [,]\n}', (d) => d[0].line === 3 && d[0].column > 0],
  ['not an article (an array)', '[]', (d) => d[0].severity === 'error'],
  ['a title of the wrong type, with its JSON Pointer', '{"title": 1, "body": []}', (d) => d.some((x) => x.path === '/title')],
  ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), (d) => d[0].severity === 'error'],
  ['nesting 30,000 deep', '['.repeat(30000), (d) => d[0].severity === 'error'],
  ['an empty body', '', (d) => d[0].severity === 'error'],
];

for (const [name, body, check] of HOSTILE) {
  test(`400 with diagnostics as JSON: ${name}`, async () => {
    const diagnostics = await diagnosticsOf(await post(body), 400);
    assert.ok(check(diagnostics), JSON.stringify(diagnostics));
  });
}

test('markup in the article is escaped, a javascript: link dropped (200)', async () => {
  const article = JSON.parse(SEED);
  article.title = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
  article.body = [{ type: 'paragraph', text: '[ссылка](javascript:alert(1)) <iframe src="x">' }];
  const response = await post(JSON.stringify(article));
  assert.equal(response.status, 200);
  const html = await response.text();
  assert.doesNotMatch(html, /<script|<img src=x|<iframe|javascript:/i);
  assert.match(html, /&lt;script&gt;/);
});

test('413 over the size limit: declared by Content-Length, or streamed without one', async () => {
  const big = `{"title": "${'a'.repeat(MAX_BYTES)}", "body": []}`;
  const [diagnostic] = await diagnosticsOf(await post(big), 413);
  assert.equal(diagnostic.code, 'input.too-large');
  assert.match(diagnostic.message, new RegExp(String(MAX_BYTES)));
  // Over by one byte, in the last chunk: the worker has read the whole body when it answers.
  // (Over by more, it answers while the client still sends, and the connection may be reset
  // before the client reads the answer: a race of the test, not of the worker.)
  const stream = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 2; ++i) controller.enqueue(new TextEncoder().encode('a'.repeat(MAX_BYTES / 2)));
      controller.enqueue(new TextEncoder().encode('a'));
      controller.close();
    },
  });
  const chunked = await fetch(`${origin}/`, { method: 'POST', body: stream, duplex: 'half' });
  assert.equal((await diagnosticsOf(chunked, 413))[0].code, 'input.too-large');
});

test('an Editor.js document (?from=editorjs) and scraped text (?from=text) become cards; a bad document is a 400 at its pointer', async () => {
  const document = JSON.stringify({
    time: 1, version: '2.30.0',
    blocks: [
      { id: 'a', type: 'header', data: { text: 'Открыт "Сочи-парк"', level: 1 } },
      { id: 'b', type: 'paragraph', data: { text: 'Он сказал - <b>"да"</b>' } },
      { id: 'c', type: 'table', data: { withHeadings: true, content: [['Год', 'Число'], ['2024', '12']] } },
    ],
  });
  const card = await post(document, { query: '?from=editorjs' });
  assert.equal(card.status, 200);
  const html = await card.text();
  assert.match(html, /<h1[^>]*>Открыт «Сочи-парк»<\/h1>/);
  assert.match(html, /Он\u00A0сказал\u00A0— <strong>«да»<\/strong>/);
  assert.match(html, /<table/);
  const asText = await post(SEED, { query: '?from=text' });
  assert.equal(asText.status, 200, 'any UTF-8 is text');
  assert.notEqual(asText.headers.get('etag'), (await post(SEED)).headers.get('etag'), 'the format is part of the ETag');
  const bad = await diagnosticsOf(await post(JSON.stringify({ blocks: 'no' }), { query: '?from=editorjs' }), 400);
  assert.ok(bad.some((d) => d.path === '/blocks'), JSON.stringify(bad));
  const text = await post('Заголовок новости\n\nМОСКВА, 2 сентября. Текст новости - первый абзац.\n', { query: '?from=text' });
  assert.equal(text.status, 200);
  assert.match(await text.text(), /Заголовок новости/);
});

test('405 for GET, 415 for an unknown ?from= format, 400 for an unknown ?layout=', async () => {
  const get = await fetch(`${origin}/`);
  assert.equal(get.headers.get('allow'), 'POST');
  assert.equal((await diagnosticsOf(get, 405))[0].code, 'request.method');
  assert.equal((await diagnosticsOf(await post(SEED, { query: '?from=word' }), 415))[0].code, 'request.format');
  assert.equal((await post(SEED, { query: '?from=verstka' })).status, 200, 'verstka JSON is ?from=verstka, the default');
  assert.equal((await diagnosticsOf(await post(SEED, { query: '?layout=poster' }), 400))[0].code, 'request.layout');
});

function rssBytes() {
  const status = readFileSync(`/proc/${workerd.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

// Memory is sampled every 1,000 requests: V8's heap and the wasm memory settle during the first
// few thousand, then must stay flat (a leak of even 2 KB a request would add 8 MB by the end).
test('one isolate serves 10,000 requests (seed and hostile, mixed) with flat memory', async () => {
  const bodies = [SEED, '{"title": 1}', SEED.replace('"title"', '"title": "<b>x</b>", "x"'), '['.repeat(1000)];
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const { port } = new URL(origin);
  const send = (body) => new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('error', reject);
    request.end(body);
  });
  const statuses = {};
  const samples = [];
  let next = 0;
  for (let round = 0; round < 10; ++round) {
    await Promise.all(Array.from({ length: 8 }, async () => {
      for (let i = 0; i < 125; ++i) {
        const status = await send(bodies[next++ % bodies.length]);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }));
    samples.push(rssBytes());
  }
  agent.destroy();
  const mib = (bytes) => (bytes / 2 ** 20).toFixed(1);
  console.log(`workerd RSS every 1,000 requests (MiB): ${samples.map(mib).join(' ')}`);
  assert.deepEqual(statuses, { 200: 5000, 400: 5000 });
  const settled = samples[5];
  assert.ok(samples[9] - settled < 8 * 2 ** 20, `workerd grew from ${mib(settled)} to ${mib(samples[9])} MiB over the last 4,000 requests`);
  const response = await post(SEED);
  assert.equal(await response.text(), expected.full, 'still rendering the same card');
});

test('the example ships a wrangler.toml naming the worker and its size limit', () => {
  const toml = readFileSync(join(ROOT, 'examples/worker/wrangler.toml'), 'utf8');
  assert.match(toml, /^main = "src\/worker\.js"$/m);
  assert.match(toml, /^compatibility_date = "\d{4}-\d{2}-\d{2}"$/m);
  assert.match(toml, /^MAX_BYTES = "\d+"$/m);
});

test('in workerd, init() without a module and verstka/inline say to pass init({ wasm }) with the compiled module', async () => {
  const { plain, inline } = await (await fetch(probeOrigin)).json();
  assert.match(plain, /^verstka: cannot load verstka\.wasm here \(import\.meta\.url undefined\)/);
  assert.match(plain, /pass init\(\{ wasm \}\): a WebAssembly\.Module \(Workers: import wasm from 'verstka\/verstka\.wasm'\)/);
  assert.match(inline, /^verstka: this runtime does not compile WebAssembly from bytes at run time/);
  assert.match(inline, /import wasm from 'verstka\/verstka\.wasm'; await init\(\{ wasm \}\)/);
});
