// What init() says when it cannot find or load the .wasm by itself: the file or URL it tried
// and what to pass instead. Each case runs in a fresh process (a fresh, uninitialised module).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DIST, runModule } from './api-support.mjs';

async function initError(source) {
  const r = await runModule(`${source}\ntry { await init(); console.log('ok'); } catch (error) { console.log(error.message); }`);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('browser entry without fetch(): init() says to pass init({ wasm }) with a compiled module', async () => {
  const message = await initError(`delete globalThis.fetch;\nconst { init } = await import(${JSON.stringify(join(DIST, 'browser.js'))});`);
  assert.match(message, /^verstka: cannot load verstka\.wasm here \(import\.meta\.url file:\/\/.*\/browser\.js\); pass init\(\{ wasm \}\): a WebAssembly\.Module \(Workers: import wasm from 'verstka\/verstka\.wasm'\), bytes or a URL$/);
});

test("browser entry where fetch() cannot load the file (Node's fetch and file: URLs): the URL and the recipe", async () => {
  const message = await initError(`const { init } = await import(${JSON.stringify(join(DIST, 'browser.js'))});`);
  assert.match(message, /^verstka: cannot fetch file:\/\/.*\/verstka\.wasm \(.+\); pass init\(\{ wasm \}\)/);
});

test('Node entry moved away from its .wasm (a bundle): the path looked at and the three ways to ship it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'verstka-missing-'));
  try {
    for (const file of ['node.js', 'core.js', 'options.js', 'protocol.js', 'verstka-core.mjs']) copyFileSync(join(DIST, file), join(dir, file));
    const message = await initError(`const { init } = await import(${JSON.stringify(join(dir, 'node.js'))});`);
    assert.equal(message, `verstka: the WebAssembly module is not at ${join(dir, 'verstka.wasm')}, next to the code that loads it ` +
      '(in a bundle, next to the bundle). Copy node_modules/verstka/dist/verstka.wasm there (esbuild, bun build and serverless ' +
      "packagers do not), or pass it: await init({ wasm: pathOrBytes }), or import from 'verstka/inline', which embeds it");
    const sync = await runModule(`const { initSync } = await import(${JSON.stringify(join(dir, 'node.js'))});\ntry { initSync(); } catch (error) { console.log(error.message); }`);
    assert.match(sync.stdout, /^verstka: the WebAssembly module is not at /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('NOT: a .wasm path the caller gave that does not exist is reported as fs reports it (not as a bundling problem)', async () => {
  const message = await initError(`const { init: base } = await import(${JSON.stringify(join(DIST, 'node.js'))});\nconst init = () => base({ wasm: '/nonexistent/verstka.wasm' });`);
  assert.match(message, /ENOENT.*\/nonexistent\/verstka\.wasm/);
});
